package dev.klout.wordpress;

import com.fasterxml.jackson.databind.JsonNode;
import dev.klout.fetch.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads WordPress.com's REST API v1.1; anything of the wrong shape is {@link Json.Malformed}. */
final class WordPressJson {
  private WordPressJson() {}

  record Site(long id, String name, long posts, long subscribers, boolean isPrivate) {}

  record WpPost(long id, Instant date, String authorLogin, long likes, long comments,
      List<String> topics) {}

  record Page<T>(List<T> items, @Nullable String nextPage) {}

  static Site site(JsonNode root) {
    if (!root.isObject()) {
      throw new Json.Malformed("the site is not an object");
    }
    return new Site(Json.requiredCount(root, "ID"), Json.optionalText(root, "name").orElse(""),
        Json.count(root, "post_count").orElse(0), Json.count(root, "subscribers_count").orElse(0),
        root.path("is_private").asBoolean(false));
  }

  static Page<WpPost> posts(JsonNode root) {
    if (!root.isObject() || !root.path("posts").isArray()) {
      throw new Json.Malformed("'posts' is not an array");
    }
    List<WpPost> out = new ArrayList<>();
    for (JsonNode p : root.path("posts")) {
      // v1.1 nests the comment count in discussion; older responses have it at the top.
      JsonNode discussion = p.path("discussion");
      long comments = discussion.has("comment_count")
          ? Json.count(discussion, "comment_count").orElse(0)
          : Json.count(p, "comment_count").orElse(0);
      Set<String> topics = new LinkedHashSet<>();
      for (String field : List.of("tags", "categories")) {
        for (Iterator<String> names = p.path(field).fieldNames(); names.hasNext(); ) {
          String name = names.next().strip().toLowerCase(Locale.ROOT);
          if (!name.isEmpty()) {
            topics.add(name);
          }
        }
      }
      out.add(new WpPost(Json.requiredCount(p, "ID"), Json.instant(p, "date"),
          p.path("author").path("login").asText(""), Json.count(p, "like_count").orElse(0),
          comments, List.copyOf(topics)));
    }
    JsonNode next = root.path("meta").path("next_page");
    return new Page<>(out, next.isTextual() && !next.asText().isEmpty() ? next.asText() : null);
  }

  /** Who liked: logins. */
  static List<String> likes(JsonNode root) {
    if (!root.isObject()) {
      throw new Json.Malformed("the likes are not an object");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode l : root.path("likes")) {
      out.add(Json.text(l, "login"));
    }
    return out;
  }
}
