package dev.klout.blogger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.klout.fetch.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads the Blogger API v3; anything of the wrong shape is {@link Json.Malformed}. */
final class BloggerJson {
  private BloggerJson() {}

  record Blog(String id, String name, long posts) {}

  record BlogPost(String id, Instant published, String authorId, long comments,
      List<String> labels) {}

  record Comment(String id, String authorId, Instant published, @Nullable String inReplyTo) {}

  record Page<T>(List<T> items, @Nullable String nextPageToken) {}

  static Blog blog(JsonNode root) {
    if (!root.isObject()) {
      throw new Json.Malformed("the blog is not an object");
    }
    return new Blog(Json.text(root, "id"), Json.optionalText(root, "name").orElse(""),
        Json.count(root.path("posts"), "totalItems").orElse(0));
  }

  static Page<BlogPost> posts(JsonNode root) {
    List<BlogPost> out = new ArrayList<>();
    for (JsonNode p : items(root)) {
      Set<String> labels = new LinkedHashSet<>();
      for (JsonNode l : p.path("labels")) {
        if (l.isTextual() && !l.asText().isBlank()) {
          labels.add(l.asText().strip().toLowerCase(Locale.ROOT));
        }
      }
      // replies.totalItems is a string of digits; Json.count reads both.
      out.add(new BlogPost(Json.text(p, "id"), Json.instant(p, "published"),
          p.path("author").path("id").asText(""),
          Json.count(p.path("replies"), "totalItems").orElse(0), List.copyOf(labels)));
    }
    return new Page<>(out, token(root));
  }

  static Page<Comment> comments(JsonNode root) {
    List<Comment> out = new ArrayList<>();
    for (JsonNode c : items(root)) {
      JsonNode reply = c.path("inReplyTo").path("id");
      out.add(new Comment(Json.text(c, "id"), Json.text(c.path("author"), "id"),
          Json.instant(c, "published"), reply.isTextual() ? reply.asText() : null));
    }
    return new Page<>(out, token(root));
  }

  private static Iterable<JsonNode> items(JsonNode root) {
    if (!root.isObject()) {
      throw new Json.Malformed("the body is not an object");
    }
    JsonNode items = root.path("items");
    if (items.isMissingNode()) {
      return List.of();
    }
    if (!items.isArray()) {
      throw new Json.Malformed("'items' is not an array");
    }
    for (JsonNode i : items) {
      if (!i.isObject()) {
        throw new Json.Malformed("an item is not an object");
      }
    }
    return items;
  }

  private static @Nullable String token(JsonNode root) {
    JsonNode t = root.path("nextPageToken");
    return t.isTextual() && !t.asText().isEmpty() ? t.asText() : null;
  }
}
