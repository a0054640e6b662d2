package dev.klout.wordpress;

import dev.klout.fetch.Json;
import dev.klout.fetch.NetworkClient;
import dev.klout.testkit.FetchContract;
import dev.klout.testkit.LoopbackApi;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The WordPress.com client against the fetch contract every network meets. */
class WordPressFetchTest extends FetchContract {
  @Override
  protected String network() {
    return WordPressSignals.NETWORK;
  }

  @Override
  protected NetworkClient client(Settings s) {
    return WordPressClient.builder().baseUrl(s.baseUrl()).likeLookups(1).sleeper(s.sleeper())
        .jitter(() -> 1.0).requestTimeout(s.requestTimeout()).maxRetries(s.maxRetries())
        .listener(s.listener()).build();
  }

  @Override
  protected String credential() {
    return ""; // public sites need none
  }

  @Override
  protected String who() {
    return "adanotes.wordpress.com";
  }

  @Override
  protected Instant asOf() {
    return Notes.AS_OF;
  }

  @Override
  protected void scriptFetch(LoopbackApi api) {
    Notes.script(api);
  }

  @Override
  protected String firstPath() {
    return Notes.SITE;
  }

  @Override
  protected LoopbackApi.Answer credentialRejected() {
    return new LoopbackApi.Answer(401, "{\"error\":\"authorization_required\"}", Map.of(),
        Duration.ZERO);
  }

  @Override
  protected LoopbackApi.Answer rateLimited(long resetEpochSecond) {
    return new LoopbackApi.Answer(429, "{}", Map.of("Retry-After",
        Long.toString(resetEpochSecond - Instant.now().getEpochSecond())), Duration.ZERO);
  }

  @Override
  protected List<Consumer<String>> parsers() {
    return List.of(b -> WordPressJson.site(Json.parse(b)), b -> WordPressJson.posts(Json.parse(b)),
        b -> WordPressJson.likes(Json.parse(b)));
  }

  @Override
  protected List<String> fixtures() {
    return List.of("site.json", "posts-1.json", "posts-2.json", "likes.json",
        "error-unknown.json");
  }
}
