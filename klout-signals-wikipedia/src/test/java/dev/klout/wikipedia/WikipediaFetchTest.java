package dev.klout.wikipedia;

import dev.klout.fetch.Json;
import dev.klout.fetch.NetworkClient;
import dev.klout.testkit.FetchContract;
import dev.klout.testkit.LoopbackApi;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The Wikipedia client against the fetch contract every network meets. */
class WikipediaFetchTest extends FetchContract {
  @Override
  protected String network() {
    return WikipediaSignals.NETWORK;
  }

  @Override
  protected NetworkClient client(Settings s) {
    return WikipediaClient.builder().baseUrl(s.baseUrl()).sleeper(s.sleeper()).jitter(() -> 1.0)
        .requestTimeout(s.requestTimeout()).maxRetries(s.maxRetries()).listener(s.listener())
        .build();
  }

  @Override
  protected String credential() {
    return ""; // Wikimedia needs none
  }

  @Override
  protected String who() {
    return "en:Ada_Lovelace";
  }

  @Override
  protected String notAnAccount() {
    return "en:a|b"; // titles may hold spaces and '?', never '|'
  }

  @Override
  protected Instant asOf() {
    return Ada.AS_OF;
  }

  @Override
  protected void scriptFetch(LoopbackApi api) {
    Ada.script(api);
  }

  @Override
  protected String firstPath() {
    return Ada.API;
  }

  @Override
  protected LoopbackApi.Answer credentialRejected() {
    // A wiki that refuses the client (Wikimedia blocks generic User-Agents) answers 403.
    return new LoopbackApi.Answer(403, "{\"error\":{\"code\":\"forbidden\"}}", Map.of(),
        Duration.ZERO);
  }

  @Override
  protected LoopbackApi.Answer rateLimited(long resetEpochSecond) {
    return new LoopbackApi.Answer(429, "{}", Map.of("Retry-After",
        Long.toString(resetEpochSecond - Instant.now().getEpochSecond())), Duration.ZERO);
  }

  @Override
  protected List<Consumer<String>> parsers() {
    return List.of(b -> WikipediaJson.langlinks(Json.parse(b), "t"),
        b -> WikipediaJson.backlinks(Json.parse(b)), b -> WikipediaJson.pageviews(Json.parse(b)),
        b -> WikipediaJson.editor(Json.parse(b), "u"),
        b -> WikipediaJson.contributions(Json.parse(b)));
  }

  @Override
  protected List<String> fixtures() {
    return List.of("langlinks-1.json", "langlinks-2.json", "backlinks-1.json",
        "backlinks-2.json", "pageviews.json", "user.json", "contribs-1.json", "missing.json");
  }
}
