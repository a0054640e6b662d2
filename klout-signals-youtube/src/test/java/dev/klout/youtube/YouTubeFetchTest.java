package dev.klout.youtube;

import dev.klout.fetch.GoogleErrors;
import dev.klout.fetch.Json;
import dev.klout.fetch.NetworkClient;
import dev.klout.testkit.FetchContract;
import dev.klout.testkit.LoopbackApi;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The YouTube client against the fetch contract every network meets. */
class YouTubeFetchTest extends FetchContract {
  @Override
  protected String network() {
    return YouTubeSignals.NETWORK;
  }

  @Override
  protected NetworkClient client(Settings s) {
    return YouTubeClient.builder().baseUrl(s.baseUrl()).apiKey(s.credential())
        .sleeper(s.sleeper()).jitter(() -> 1.0).requestTimeout(s.requestTimeout())
        .maxRetries(s.maxRetries()).listener(s.listener()).build();
  }

  @Override
  protected String credential() {
    return YouTubeClientTest.KEY;
  }

  @Override
  protected String who() {
    return "@curie";
  }

  @Override
  protected Instant asOf() {
    return YouTubeClientTest.AS_OF;
  }

  @Override
  protected void scriptFetch(LoopbackApi api) {
    Curie.script(api);
  }

  @Override
  protected String firstPath() {
    return "/youtube/v3/channels";
  }

  @Override
  protected LoopbackApi.Answer credentialRejected() {
    return new LoopbackApi.Answer(400, LoopbackApi.fixture("error-key-invalid.json"), Map.of(),
        Duration.ZERO);
  }

  @Override
  protected LoopbackApi.Answer rateLimited(long resetEpochSecond) {
    // Google's own 429 says when to come back in Retry-After, in seconds.
    return new LoopbackApi.Answer(429, LoopbackApi.fixture("error-rate-limit.json"),
        Map.of("Retry-After", Long.toString(resetEpochSecond - Instant.now().getEpochSecond())),
        Duration.ZERO);
  }

  @Override
  protected List<Consumer<String>> parsers() {
    return List.of(b -> YouTubeJson.channel(Json.parse(b), "test"),
        b -> YouTubeJson.uploads(Json.parse(b), "test"),
        b -> YouTubeJson.videos(Json.parse(b), "test"),
        b -> YouTubeJson.threads(Json.parse(b), "test"), GoogleErrors::parse);
  }

  @Override
  protected List<String> fixtures() {
    return List.of("channel.json", "channel-hidden.json", "channel-big.json",
        "channel-empty.json", "uploads-1.json", "uploads-2.json", "videos-1.json",
        "videos-2.json", "comment-threads.json", "error-quota.json", "error-key-invalid.json");
  }
}
