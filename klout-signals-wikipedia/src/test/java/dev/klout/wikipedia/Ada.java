package dev.klout.wikipedia;

import dev.klout.testkit.LoopbackApi;
import java.time.Instant;

/** The article en:Ada_Lovelace: two pages of editions and of backlinks, 91 days of views. */
final class Ada {
  static final Instant AS_OF = Instant.parse("2026-01-01T00:00:00Z");
  static final String API = "/w/api.php";
  static final String VIEWS = "/api/rest_v1/metrics/pageviews/per-article/en.wikipedia/all-access"
      + "/user/Ada_Lovelace/daily/20251003/20260101";

  private Ada() {}

  static LoopbackApi script(LoopbackApi api) {
    return api.onFixture(API, "langlinks-1.json").onFixture(API, "langlinks-2.json")
        .onFixture(API, "backlinks-1.json").onFixture(API, "backlinks-2.json")
        .onFixture(VIEWS, "pageviews.json");
  }
}
