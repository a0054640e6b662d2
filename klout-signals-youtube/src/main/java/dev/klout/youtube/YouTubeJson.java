package dev.klout.youtube;

import com.fasterxml.jackson.databind.JsonNode;
import dev.klout.fetch.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads Data API v3 payloads. Counts are strings holding unsigned 64-bit numbers; absent counts
 * (hidden likes, comments off, hidden subscribers) are absent, not zero, until the mapper decides.
 * Anything of the wrong shape is {@link Json.Malformed}: a MALFORMED failure naming the request.
 */
final class YouTubeJson {
  /** A channel's statistics and where its uploads are. */
  record Channel(String id, long views, @Nullable Long subscribers, boolean subscribersHidden,
      long videos, String uploadsPlaylist) {}

  /** One upload of the playlist: which video, published when. */
  record Upload(String videoId, Instant publishedAt) {}

  /** A video's statistics; null where the creator hides the number. */
  record Video(String id, Instant publishedAt, long views, @Nullable Long likes,
      @Nullable Long comments, List<String> topics) {}

  /** One top-level comment and who answered it. */
  record Thread(String authorChannelId, Instant publishedAt, List<ReplyByAuthor> replies) {}

  record ReplyByAuthor(String authorChannelId, Instant publishedAt) {}

  record Page<T>(List<T> items, @Nullable String nextPageToken) {}

  private YouTubeJson() {}

  private static JsonNode object(JsonNode root, String what) {
    if (!root.isObject()) {
      throw malformed(what, "the body is not a JSON object");
    }
    return root;
  }

  /** The channel, or empty for an unknown or terminated one ({@code totalResults: 0}). */
  static Optional<Channel> channel(JsonNode body, String what) {
    JsonNode root = object(body, what);
    JsonNode items = root.path("items");
    if (items.isMissingNode() || (items.isArray() && items.size() == 0)) {
      return Optional.empty();
    }
    if (!items.isArray()) {
      throw malformed(what, "items is not an array");
    }
    JsonNode c = items.get(0);
    JsonNode stats = c.path("statistics");
    boolean hidden = stats.path("hiddenSubscriberCount").asBoolean(false);
    String uploads = c.path("contentDetails").path("relatedPlaylists").path("uploads").asText("");
    if (uploads.isEmpty()) {
      throw malformed(what, "contentDetails.relatedPlaylists.uploads is missing");
    }
    return Optional.of(new Channel(text(c, "id", what), count(stats, "viewCount", what, 0L),
        hidden ? null : count(stats, "subscriberCount", what, null), hidden,
        count(stats, "videoCount", what, 0L), uploads));
  }

  static Page<Upload> uploads(JsonNode body, String what) {
    JsonNode root = object(body, what);
    List<Upload> out = new ArrayList<>();
    for (JsonNode item : items(root, what)) {
      JsonNode details = item.path("contentDetails");
      Instant at = Json.optionalInstant(details, "videoPublishedAt");
      if (at == null) {
        continue; // a private or deleted upload carries no publication time
      }
      out.add(new Upload(text(details, "videoId", what), at));
    }
    return new Page<>(out, token(root, what));
  }

  static List<Video> videos(JsonNode body, String what) {
    JsonNode root = object(body, what);
    List<Video> out = new ArrayList<>();
    for (JsonNode v : items(root, what)) {
      JsonNode snippet = v.path("snippet");
      JsonNode stats = v.path("statistics");
      Instant at = Json.optionalInstant(snippet, "publishedAt");
      if (at == null) {
        throw malformed(what, "video " + v.path("id").asText("?") + " has no publishedAt");
      }
      List<String> topics = new ArrayList<>();
      JsonNode tags = snippet.path("tags");
      if (tags.isArray()) {
        for (JsonNode t : tags) {
          String tag = t.asText("").strip().toLowerCase(Locale.ROOT);
          if (!tag.isEmpty()) {
            topics.add(tag);
          }
        }
      }
      String category = snippet.path("categoryId").asText("");
      if (!category.isEmpty()) {
        topics.add("category-" + category);
      }
      out.add(new Video(text(v, "id", what), at, count(stats, "viewCount", what, 0L),
          count(stats, "likeCount", what, null), count(stats, "commentCount", what, null),
          topics));
    }
    return out;
  }

  static Page<Thread> threads(JsonNode body, String what) {
    JsonNode root = object(body, what);
    List<Thread> out = new ArrayList<>();
    for (JsonNode item : items(root, what)) {
      JsonNode top = item.path("snippet").path("topLevelComment").path("snippet");
      String author = top.path("authorChannelId").path("value").asText("");
      Instant at = Json.optionalInstant(top, "publishedAt");
      if (author.isEmpty() || at == null) {
        continue; // comments by deleted accounts carry no author
      }
      List<ReplyByAuthor> replies = new ArrayList<>();
      JsonNode list = item.path("replies").path("comments");
      if (list.isArray()) {
        for (JsonNode r : list) {
          JsonNode s = r.path("snippet");
          String by = s.path("authorChannelId").path("value").asText("");
          Instant when = Json.optionalInstant(s, "publishedAt");
          if (!by.isEmpty() && when != null) {
            replies.add(new ReplyByAuthor(by, when));
          }
        }
      }
      out.add(new Thread(author, at, replies));
    }
    return new Page<>(out, token(root, what));
  }

  private static Iterable<JsonNode> items(JsonNode root, String what) {
    JsonNode items = root.path("items");
    if (items.isMissingNode()) {
      return List.of();
    }
    if (!items.isArray()) {
      throw malformed(what, "items is not an array");
    }
    for (JsonNode item : items) {
      if (!item.isObject()) {
        throw malformed(what, "an item is not an object");
      }
    }
    return items;
  }

  private static @Nullable String token(JsonNode root, String what) {
    JsonNode t = root.path("nextPageToken");
    if (t.isMissingNode() || t.isNull()) {
      return null;
    }
    if (!t.isTextual() || t.asText().isEmpty()) {
      throw malformed(what, "nextPageToken is not a string");
    }
    return t.asText();
  }

  private static String text(JsonNode node, String field, String what) {
    JsonNode v = node.path(field);
    if (!v.isTextual() || v.asText().isBlank()) {
      throw malformed(what, "'" + field + "' is missing or not a string");
    }
    return v.asText();
  }

  /**
   * A count: a string (or number) holding an unsigned 64-bit value; values beyond
   * {@code Long.MAX_VALUE} saturate. Absent gives {@code absent}.
   */
  private static @Nullable Long count(JsonNode stats, String field, String what,
      @Nullable Long absent) {
    JsonNode v = stats.path(field);
    if (v.isMissingNode() || v.isNull()) {
      return absent;
    }
    String s = v.isTextual() ? v.asText() : v.isIntegralNumber() ? v.asText() : null;
    if (s == null || !s.matches("[0-9]{1,20}")) {
      throw malformed(what, "statistics." + field + " is not a count: " + abbreviate(v));
    }
    try {
      long unsigned = Long.parseUnsignedLong(s);
      return unsigned < 0 ? Long.MAX_VALUE : unsigned;
    } catch (NumberFormatException e) {
      throw malformed(what, "statistics." + field + " does not fit 64 bits: " + abbreviate(v));
    }
  }

  private static Json.Malformed malformed(String what, String why) {
    return new Json.Malformed(what + ": " + why);
  }

  private static String abbreviate(Object value) {
    String s = String.valueOf(value);
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }
}
