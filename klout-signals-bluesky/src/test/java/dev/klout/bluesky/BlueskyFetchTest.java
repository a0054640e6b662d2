package dev.klout.bluesky;

import dev.klout.fetch.Json;
import dev.klout.fetch.NetworkClient;
import dev.klout.testkit.FetchContract;
import dev.klout.testkit.LoopbackApi;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The Bluesky client against the fetch contract every network meets. */
class BlueskyFetchTest extends FetchContract {
  @Override
  protected String network() {
    return BlueskySignals.NETWORK;
  }

  @Override
  protected NetworkClient client(Settings s) {
    return BlueskyClient.builder().baseUrl(s.baseUrl()).actorCalls(1, 1).sleeper(s.sleeper())
        .jitter(() -> 1.0).requestTimeout(s.requestTimeout()).maxRetries(s.maxRetries())
        .listener(s.listener()).build();
  }

  @Override
  protected String credential() {
    return ""; // the AppView needs none
  }

  @Override
  protected String who() {
    return "alice.bsky.social";
  }

  @Override
  protected Instant asOf() {
    return Alice.AS_OF;
  }

  @Override
  protected void scriptFetch(LoopbackApi api) {
    Alice.script(api);
  }

  @Override
  protected String firstPath() {
    return "/xrpc/app.bsky.actor.getProfile";
  }

  @Override
  protected LoopbackApi.Answer credentialRejected() {
    // No key to reject: an AppView that refuses anonymous reads answers 401 like this.
    return new LoopbackApi.Answer(401, "{\"error\":\"AuthMissing\",\"message\":\"Authentication"
        + " Required\"}", Map.of(), Duration.ZERO);
  }

  @Override
  protected LoopbackApi.Answer rateLimited(long resetEpochSecond) {
    return new LoopbackApi.Answer(429, LoopbackApi.fixture("error-rate-limit.json"),
        Map.of("RateLimit-Limit", "3000", "RateLimit-Remaining", "0",
            "RateLimit-Reset", Long.toString(resetEpochSecond), "RateLimit-Policy", "3000;w=300"),
        Duration.ZERO);
  }

  @Override
  protected List<Consumer<String>> parsers() {
    return List.of(b -> BlueskyJson.profile(Json.parse(b)),
        b -> BlueskyJson.profiles(Json.parse(b)), b -> BlueskyJson.feed(Json.parse(b)),
        b -> BlueskyJson.likes(Json.parse(b)), b -> BlueskyJson.repostedBy(Json.parse(b)),
        b -> BlueskyJson.thread(Json.parse(b), "did:plc:alice111"));
  }

  @Override
  protected List<String> fixtures() {
    return List.of("profile.json", "feed-1.json", "feed-2.json", "reposted-by.json",
        "likes.json", "thread.json", "profiles.json", "error-not-found.json");
  }
}
