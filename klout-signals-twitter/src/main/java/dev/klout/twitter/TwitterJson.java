package dev.klout.twitter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.klout.fetch.FetchException;
import dev.klout.fetch.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads X API v2 payloads. Absent fields are omitted by the API, so every read has a default;
 * anything of the wrong shape is {@link Json.Malformed} (a MALFORMED failure naming the request),
 * never a NullPointerException. Both spellings of the fields the API is renaming are accepted.
 */
final class TwitterJson {
  /** A user as the API describes one. */
  record User(String id, String username, boolean isProtected, long followers, long following,
      long posts, long listed, long likes, @Nullable Instant createdAt) {}

  /** A tweet and what the API says of it; a count the API left out is {@link #UNKNOWN}. */
  record Tweet(String id, Instant createdAt, @Nullable String authorId, long reposts, long replies,
      long likes, long quotes, long impressions, List<String> hashtags,
      List<Reference> references, @Nullable String inReplyToUserId) {
    static final long UNKNOWN = -1;

    boolean is(String type) {
      for (Reference r : references) {
        if (r.type().equals(type)) {
          return true;
        }
      }
      return false;
    }
  }

  /** One entry of {@code referenced_tweets}: retweeted, quoted or replied_to. */
  record Reference(String type, String id) {}

  /** A page of results: the data, the users of {@code includes}, and the next page's token. */
  record Page<T>(List<T> data, List<User> includedUsers, @Nullable String nextToken) {}

  private TwitterJson() {}

  /** The single user of a user lookup, or the typed error the response holds instead. */
  static User user(JsonNode root, String what) {
    if (!root.isObject()) {
      throw malformed(what, "the body is not a JSON object");
    }
    JsonNode data = root.path("data");
    if (!data.isObject()) {
      throw errorOrMalformed(root, what, "it has no user data");
    }
    return userOf(data, what);
  }

  static Page<Tweet> tweets(JsonNode root, String what) {
    JsonNode data = root.path("data");
    if (data.isMissingNode() && root.has("errors")) {
      throw errorOrMalformed(root, what, "it has no tweets");
    }
    List<Tweet> tweets = new ArrayList<>();
    if (!data.isMissingNode()) {
      if (!data.isArray()) {
        throw malformed(what, "data is not an array");
      }
      for (JsonNode t : data) {
        tweets.add(tweet(t, what));
      }
    }
    return new Page<>(tweets, includedUsers(root, what), nextToken(root, what));
  }

  static Page<User> users(JsonNode root, String what) {
    JsonNode data = root.path("data");
    if (data.isMissingNode() && root.has("errors")) {
      throw errorOrMalformed(root, what, "it has no users");
    }
    List<User> users = new ArrayList<>();
    if (!data.isMissingNode()) {
      if (!data.isArray()) {
        throw malformed(what, "data is not an array");
      }
      for (JsonNode u : data) {
        users.add(userOf(u, what));
      }
    }
    return new Page<>(users, List.of(), nextToken(root, what));
  }

  private static List<User> includedUsers(JsonNode root, String what) {
    JsonNode users = root.path("includes").path("users");
    List<User> out = new ArrayList<>();
    if (users.isArray()) {
      for (JsonNode u : users) {
        out.add(userOf(u, what));
      }
    }
    return out;
  }

  private static @Nullable String nextToken(JsonNode root, String what) {
    JsonNode token = root.path("meta").path("next_token");
    if (token.isMissingNode() || token.isNull()) {
      return null;
    }
    if (!token.isTextual() || token.asText().isEmpty()) {
      throw malformed(what, "meta.next_token is not a string");
    }
    return token.asText();
  }

  private static User userOf(JsonNode u, String what) {
    if (!u.isObject()) {
      throw malformed(what, "a user is not an object");
    }
    JsonNode metrics = u.path("public_metrics");
    return new User(
        text(u, "id", what),
        u.path("username").asText(""),
        u.path("protected").asBoolean(false),
        count(metrics, what, "followers_count"),
        count(metrics, what, "following_count"),
        count(metrics, what, "tweet_count", "post_count"),
        count(metrics, what, "listed_count"),
        count(metrics, what, "like_count"),
        Json.optionalInstant(u, "created_at"));
  }

  private static Tweet tweet(JsonNode t, String what) {
    if (!t.isObject()) {
      throw malformed(what, "a tweet is not an object");
    }
    String id = text(t, "id", what);
    Instant createdAt = Json.optionalInstant(t, "created_at");
    if (createdAt == null) {
      throw malformed(what, "tweet " + id + " has no created_at");
    }
    JsonNode metrics = t.path("public_metrics");
    List<String> hashtags = new ArrayList<>();
    JsonNode tags = t.path("entities").path("hashtags");
    if (tags.isArray()) {
      for (JsonNode tag : tags) {
        String name = tag.path("tag").asText("").strip();
        if (!name.isEmpty()) {
          hashtags.add(name.toLowerCase(Locale.ROOT));
        }
      }
    }
    List<Reference> references = new ArrayList<>();
    JsonNode refs = t.path("referenced_tweets");
    if (refs.isArray()) {
      for (JsonNode r : refs) {
        references.add(new Reference(r.path("type").asText(""), r.path("id").asText("")));
      }
    }
    JsonNode replyTo = t.path("in_reply_to_user_id");
    JsonNode author = t.path("author_id");
    return new Tweet(id, createdAt, author.isTextual() ? author.asText() : null,
        countOrUnknown(metrics, what, "retweet_count", "repost_count"),
        countOrUnknown(metrics, what, "reply_count"),
        countOrUnknown(metrics, what, "like_count"),
        countOrUnknown(metrics, what, "quote_count"),
        countOrUnknown(metrics, what, "impression_count"),
        hashtags, references, replyTo.isTextual() ? replyTo.asText() : null);
  }

  private static String text(JsonNode node, String field, String what) {
    JsonNode v = node.path(field);
    if (!v.isTextual() || v.asText().isBlank()) {
      throw malformed(what, "'" + field + "' is missing or not a string");
    }
    return v.asText();
  }

  /** A count under either spelling; absent is 0 (the API omits what it does not know). */
  private static long count(JsonNode metrics, String what, String... names) {
    long v = countOrUnknown(metrics, what, names);
    return v == Tweet.UNKNOWN ? 0 : v;
  }

  /**
   * A count under either spelling, or {@link Tweet#UNKNOWN} where the API leaves it out: a metric
   * it does not publish for this tweet is unknown, never none (SCORING-PRINCIPLES B7).
   */
  private static long countOrUnknown(JsonNode metrics, String what, String... names) {
    for (String name : names) {
      JsonNode v = metrics.path(name);
      if (v.isMissingNode() || v.isNull()) {
        continue;
      }
      try {
        return Json.count(metrics, name).orElse(Tweet.UNKNOWN);
      } catch (Json.Malformed e) {
        throw malformed(what, "public_metrics." + e.getMessage());
      }
    }
    return Tweet.UNKNOWN;
  }

  /**
   * The typed error a 200 response with {@code errors} and no data stands for: the API answers
   * lookups of missing, suspended and protected users this way.
   */
  private static RuntimeException errorOrMalformed(JsonNode root, String what, String missing) {
    JsonNode errors = root.path("errors");
    if (!errors.isArray() || errors.size() == 0) {
      return malformed(what, missing);
    }
    JsonNode first = errors.get(0);
    String type = first.path("type").asText("");
    String title = first.path("title").asText("");
    String detail = first.path("detail").asText(title);
    String text = what + ": " + abbreviate(detail);
    String reason = type.substring(type.lastIndexOf('/') + 1);
    if (detail.toLowerCase(Locale.ROOT).contains("suspended")) {
      return new Json.Refused(FetchException.Kind.SUSPENDED, reason, text);
    }
    if (type.endsWith("/not-authorized-for-resource")) {
      return new Json.Refused(FetchException.Kind.PRIVATE, reason, text);
    }
    if (type.endsWith("/resource-not-found")) {
      return new Json.Refused(FetchException.Kind.NOT_FOUND, reason, text);
    }
    return new Json.Refused(FetchException.Kind.BAD_REQUEST, reason, text);
  }

  private static Json.Malformed malformed(String what, String why) {
    return new Json.Malformed(what + ": " + why);
  }

  private static String abbreviate(Object value) {
    String s = String.valueOf(value);
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }
}
