package dev.klout.mastodon;

import dev.klout.testkit.LoopbackApi;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The happy path for @maya@small.town: two status pages, one post's reactors, one context. */
final class Maya {
  static final Instant AS_OF = Instant.parse("2026-01-01T00:00:00Z");
  static final String WHO = "@maya@small.town";

  private Maya() {}

  static LoopbackApi script(LoopbackApi api) {
    String next = "<" + api.url() + "/api/v1/accounts/109/statuses?limit=40&max_id=298>;"
        + " rel=\"next\", <" + api.url() + "/api/v1/accounts/109/statuses?min_id=301>;"
        + " rel=\"prev\"";
    return api.onFixture("/api/v1/accounts/lookup", "account.json")
        .on("/api/v1/accounts/109/statuses", new LoopbackApi.Answer(200,
            LoopbackApi.fixture("statuses-1.json"), Map.of("Link", next), Duration.ZERO))
        .onFixture("/api/v1/accounts/109/statuses", "statuses-2.json")
        .onFixture("/api/v1/statuses/301/favourited_by", "favourited-by.json")
        .onFixture("/api/v1/statuses/301/reblogged_by", "reblogged-by.json")
        .onFixture("/api/v1/statuses/301/context", "context.json");
  }

  /** A client that spends its actor calls on one post's reactors and one context, as scripted. */
  static MastodonClient.Builder client(LoopbackApi api) {
    return MastodonClient.builder().baseUrl(api.url()).actorCalls(1, 1).environment(Map.of());
  }
}
