package dev.klout.twitter;

import dev.klout.fetch.Json;
import dev.klout.fetch.NetworkClient;
import dev.klout.testkit.FetchContract;
import dev.klout.testkit.LoopbackApi;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The X client against the fetch contract every network meets. */
class TwitterFetchTest extends FetchContract {
  @Override
  protected String network() {
    return TwitterSignals.NETWORK;
  }

  @Override
  protected NetworkClient client(Settings s) {
    return TwitterClient.builder().baseUrl(s.baseUrl()).bearerToken(s.credential())
        .sleeper(s.sleeper()).jitter(() -> 1.0).requestTimeout(s.requestTimeout())
        .maxRetries(s.maxRetries()).listener(s.listener()).build();
  }

  @Override
  protected String credential() {
    return TwitterClientTest.TOKEN;
  }

  @Override
  protected String who() {
    return "ada";
  }

  @Override
  protected Instant asOf() {
    return TwitterClientTest.AS_OF;
  }

  @Override
  protected void scriptFetch(LoopbackApi api) {
    Ada.script(api);
  }

  @Override
  protected String firstPath() {
    return "/2/users/by/username/ada";
  }

  @Override
  protected LoopbackApi.Answer credentialRejected() {
    return new LoopbackApi.Answer(401, LoopbackApi.fixture("unauthorized.json"), Map.of(),
        Duration.ZERO);
  }

  @Override
  protected LoopbackApi.Answer rateLimited(long resetEpochSecond) {
    return new LoopbackApi.Answer(429, "{}",
        Map.of("x-rate-limit-reset", Long.toString(resetEpochSecond)), Duration.ZERO);
  }

  @Override
  protected List<Consumer<String>> parsers() {
    return List.of(b -> TwitterJson.user(Json.parse(b), "test"),
        b -> TwitterJson.tweets(Json.parse(b), "test"),
        b -> TwitterJson.users(Json.parse(b), "test"), XDialect::describe);
  }

  @Override
  protected List<String> fixtures() {
    return List.of("user.json", "user-renamed.json", "user-protected.json",
        "user-not-found.json", "user-suspended.json", "timeline-1.json", "timeline-2.json",
        "timeline-partial-errors.json", "retweeted-by.json", "mentions.json",
        "timeline-not-authorized.json", "unauthorized.json");
  }
}
