package dev.klout.wordpress;

import dev.klout.testkit.LoopbackApi;
import java.time.Instant;

/** adanotes.wordpress.com: two pages of posts (one by a guest author), one post's likers. */
final class Notes {
  static final Instant AS_OF = Instant.parse("2026-01-01T00:00:00Z");
  static final String SITE = "/rest/v1.1/sites/adanotes.wordpress.com";

  private Notes() {}

  static LoopbackApi script(LoopbackApi api) {
    return api.onFixture(SITE, "site.json").onFixture(SITE + "/posts/", "posts-1.json")
        .onFixture(SITE + "/posts/", "posts-2.json").onFixture(SITE + "/posts/508/likes/",
            "likes.json");
  }
}
