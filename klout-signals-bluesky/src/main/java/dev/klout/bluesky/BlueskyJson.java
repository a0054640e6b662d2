package dev.klout.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import dev.klout.fetch.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the AppView's payloads ({@code app.bsky.actor.*}, {@code app.bsky.feed.*} lexicons).
 * Anything of the wrong shape is {@link Json.Malformed}, never a NullPointerException; a count
 * the AppView leaves out is unknown.
 */
final class BlueskyJson {
  static final String REPOST = "app.bsky.feed.defs#reasonRepost";
  static final String TAG = "app.bsky.richtext.facet#tag";

  private BlueskyJson() {}

  /** {@code profileViewDetailed}: who, their audience, their lifetime posts, since when. */
  record Profile(String did, String handle, long followers, long follows, long posts,
      @Nullable Instant createdAt) {}

  /** One item of an author feed: the post, whether it is a repost, whose post it answers. */
  record FeedItem(String uri, String authorDid, Instant createdAt, boolean repost,
      @Nullable String replyToDid, long replies, long reposts, long likes, long quotes,
      List<String> tags) {}

  /** A page and the opaque cursor of the next, or null at the end. */
  record Page<T>(List<T> items, @Nullable String cursor) {}

  /** A reply under a post, and the post author's own answers to it (R6). */
  record ThreadReply(String authorDid, Instant createdAt, List<Instant> answeredByAuthorAt) {}

  static Profile profile(JsonNode root) {
    if (!root.isObject()) {
      throw new Json.Malformed("the profile is not an object");
    }
    return new Profile(Json.text(root, "did"), Json.text(root, "handle"),
        Json.count(root, "followersCount").orElse(0), Json.count(root, "followsCount").orElse(0),
        Json.count(root, "postsCount").orElse(0),
        root.hasNonNull("createdAt") ? Json.instant(root, "createdAt") : null);
  }

  static List<Profile> profiles(JsonNode root) {
    List<Profile> out = new ArrayList<>();
    for (JsonNode p : array(root, "profiles")) {
      out.add(profile(p));
    }
    return out;
  }

  static Page<FeedItem> feed(JsonNode root) {
    List<FeedItem> out = new ArrayList<>();
    for (JsonNode item : array(root, "feed")) {
      JsonNode post = item.path("post");
      if (!post.isObject()) {
        throw new Json.Malformed("a feed item has no post");
      }
      JsonNode record = post.path("record");
      boolean repost = REPOST.equals(item.path("reason").path("$type").asText(""));
      JsonNode parentAuthor = item.path("reply").path("parent").path("author");
      String replyTo = parentAuthor.isObject() ? Json.text(parentAuthor, "did")
          : record.path("reply").isObject() ? "" : null; // a reply whose parent is not shown
      out.add(new FeedItem(Json.text(post, "uri"), Json.text(post.path("author"), "did"),
          Json.instant(record, "createdAt"), repost, replyTo,
          Json.count(post, "replyCount").orElse(0), Json.count(post, "repostCount").orElse(0),
          Json.count(post, "likeCount").orElse(0), Json.count(post, "quoteCount").orElse(0),
          tags(record)));
    }
    return new Page<>(out, cursor(root));
  }

  /** Who liked: {@code likes[].actor.did}. */
  static Page<String> likes(JsonNode root) {
    List<String> out = new ArrayList<>();
    for (JsonNode like : array(root, "likes")) {
      out.add(Json.text(like.path("actor"), "did"));
    }
    return new Page<>(out, cursor(root));
  }

  /** Who reposted: {@code repostedBy[].did}. */
  static Page<String> repostedBy(JsonNode root) {
    List<String> out = new ArrayList<>();
    for (JsonNode actor : array(root, "repostedBy")) {
      out.add(Json.text(actor, "did"));
    }
    return new Page<>(out, cursor(root));
  }

  /** The direct replies under a post, each with the post author's answers under it. */
  static List<ThreadReply> thread(JsonNode root, String authorDid) {
    List<ThreadReply> out = new ArrayList<>();
    JsonNode replies = root.path("thread").path("replies");
    if (!replies.isArray()) {
      return out;
    }
    for (JsonNode r : replies) {
      JsonNode post = r.path("post");
      if (!post.isObject()) {
        continue; // notFoundPost, blockedPost
      }
      List<Instant> answers = new ArrayList<>();
      for (JsonNode a : r.path("replies")) {
        JsonNode p = a.path("post");
        if (p.isObject() && authorDid.equals(p.path("author").path("did").asText(""))) {
          answers.add(Json.instant(p.path("record"), "createdAt"));
        }
      }
      out.add(new ThreadReply(Json.text(post.path("author"), "did"),
          Json.instant(post.path("record"), "createdAt"), answers));
    }
    return out;
  }

  private static Iterable<JsonNode> array(JsonNode root, String field) {
    if (!root.isObject()) {
      throw new Json.Malformed("the body is not an object");
    }
    JsonNode a = root.path(field);
    if (a.isMissingNode() || a.isNull()) {
      return List.of();
    }
    if (!a.isArray()) {
      throw new Json.Malformed("'" + field + "' is not an array");
    }
    for (JsonNode e : a) {
      if (!e.isObject()) {
        throw new Json.Malformed("an item of '" + field + "' is not an object");
      }
    }
    return a;
  }

  private static @Nullable String cursor(JsonNode root) {
    JsonNode c = root.path("cursor");
    if (c.isMissingNode() || c.isNull()) {
      return null;
    }
    if (!c.isTextual() || c.asText().isEmpty()) {
      throw new Json.Malformed("'cursor' is not a string");
    }
    return c.asText();
  }

  /** Hashtags: the record's tag facets and its own {@code tags}, lower-cased, once each. */
  private static List<String> tags(JsonNode record) {
    Set<String> tags = new LinkedHashSet<>();
    for (JsonNode facet : record.path("facets")) {
      for (JsonNode feature : facet.path("features")) {
        if (TAG.equals(feature.path("$type").asText("")) && feature.path("tag").isTextual()
            && !feature.path("tag").asText().isBlank()) {
          tags.add(feature.path("tag").asText().strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    for (JsonNode t : record.path("tags")) {
      if (t.isTextual() && !t.asText().isBlank()) {
        tags.add(t.asText().strip().toLowerCase(Locale.ROOT));
      }
    }
    return List.copyOf(tags);
  }
}
