package dev.klout.mastodon;

import dev.klout.fetch.Json;
import dev.klout.fetch.NetworkClient;
import dev.klout.testkit.FetchContract;
import dev.klout.testkit.LoopbackApi;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The Mastodon client against the fetch contract every network meets. */
class MastodonFetchTest extends FetchContract {
  private static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (a, b) -> true);

  @Override
  protected String network() {
    return MastodonSignals.NETWORK;
  }

  @Override
  protected NetworkClient client(Settings s) {
    return MastodonClient.builder().baseUrl(s.baseUrl()).actorCalls(1, 1)
        .accessToken(s.credential()).sleeper(s.sleeper()).jitter(() -> 1.0)
        .requestTimeout(s.requestTimeout()).maxRetries(s.maxRetries()).listener(s.listener())
        .build();
  }

  @Override
  protected String credential() {
    return "optional-user-token-SECRET-42";
  }

  @Override
  protected String who() {
    return Maya.WHO;
  }

  @Override
  protected Instant asOf() {
    return Maya.AS_OF;
  }

  @Override
  protected void scriptFetch(LoopbackApi api) {
    Maya.script(api);
  }

  @Override
  protected String firstPath() {
    return "/api/v1/accounts/lookup";
  }

  @Override
  protected LoopbackApi.Answer credentialRejected() {
    return new LoopbackApi.Answer(401, LoopbackApi.fixture("error-auth.json"), Map.of(),
        Duration.ZERO);
  }

  @Override
  protected LoopbackApi.Answer rateLimited(long resetEpochSecond) {
    return new LoopbackApi.Answer(429, LoopbackApi.fixture("error-rate-limit.json"),
        Map.of("X-RateLimit-Limit", "300", "X-RateLimit-Remaining", "0",
            "X-RateLimit-Reset", Instant.ofEpochSecond(resetEpochSecond).toString()),
        Duration.ZERO);
  }

  @Override
  protected List<Consumer<String>> parsers() {
    return List.of(b -> MastodonJson.account(Json.parse(b), "small.town"),
        b -> MastodonJson.statuses(Json.parse(b), NO_HEADERS),
        b -> MastodonJson.accounts(Json.parse(b), "small.town"),
        b -> MastodonJson.descendants(Json.parse(b), "small.town"));
  }

  @Override
  protected List<String> fixtures() {
    return List.of("account.json", "statuses-1.json", "statuses-2.json", "reblogged-by.json",
        "favourited-by.json", "context.json", "locked.json", "suspended.json",
        "error-not-found.json");
  }
}
