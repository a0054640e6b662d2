package dev.klout.blogger;

import dev.klout.testkit.LoopbackApi;
import java.time.Instant;

/** gracegarden.blogspot.com: two pages of posts, the most commented post's comments. */
final class Garden {
  static final Instant AS_OF = Instant.parse("2026-01-01T00:00:00Z");
  static final String KEY = "AIza-blogger-SECRET-key-42";
  static final String BLOGS = "/blogger/v3/blogs/";
  static final String ID = "8070105920543249955";

  private Garden() {}

  static LoopbackApi script(LoopbackApi api) {
    return api.onFixture(BLOGS + "byurl", "blog.json")
        .onFixture(BLOGS + ID + "/posts", "posts-1.json")
        .onFixture(BLOGS + ID + "/posts", "posts-2.json")
        .onFixture(BLOGS + ID + "/posts/7004/comments", "comments.json");
  }
}
