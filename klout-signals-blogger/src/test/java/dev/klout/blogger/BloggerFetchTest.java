package dev.klout.blogger;

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

/** The Blogger client against the fetch contract every network meets. */
class BloggerFetchTest extends FetchContract {
  @Override
  protected String network() {
    return BloggerSignals.NETWORK;
  }

  @Override
  protected NetworkClient client(Settings s) {
    return BloggerClient.builder().baseUrl(s.baseUrl()).apiKey(s.credential()).commentLookups(1)
        .sleeper(s.sleeper()).jitter(() -> 1.0).requestTimeout(s.requestTimeout())
        .maxRetries(s.maxRetries()).listener(s.listener()).build();
  }

  @Override
  protected String credential() {
    return Garden.KEY;
  }

  @Override
  protected String who() {
    return "gracegarden.blogspot.com";
  }

  @Override
  protected Instant asOf() {
    return Garden.AS_OF;
  }

  @Override
  protected void scriptFetch(LoopbackApi api) {
    Garden.script(api);
  }

  @Override
  protected String firstPath() {
    return Garden.BLOGS + "byurl";
  }

  @Override
  protected LoopbackApi.Answer credentialRejected() {
    return new LoopbackApi.Answer(400, LoopbackApi.fixture("error-key.json"), Map.of(),
        Duration.ZERO);
  }

  @Override
  protected LoopbackApi.Answer rateLimited(long resetEpochSecond) {
    return new LoopbackApi.Answer(429, LoopbackApi.fixture("error-rate.json"), Map.of(
        "Retry-After", Long.toString(resetEpochSecond - Instant.now().getEpochSecond())),
        Duration.ZERO);
  }

  @Override
  protected List<Consumer<String>> parsers() {
    return List.of(b -> BloggerJson.blog(Json.parse(b)), b -> BloggerJson.posts(Json.parse(b)),
        b -> BloggerJson.comments(Json.parse(b)), GoogleErrors::parse);
  }

  @Override
  protected List<String> fixtures() {
    return List.of("blog.json", "posts-1.json", "posts-2.json", "comments.json",
        "error-key.json", "error-daily.json");
  }
}
