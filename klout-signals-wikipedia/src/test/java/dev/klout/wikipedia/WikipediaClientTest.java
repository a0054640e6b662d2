package dev.klout.wikipedia;

import static dev.klout.wikipedia.Ada.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.Account;
import dev.klout.InfluenceScorer;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.Score;
import dev.klout.fetch.FetchException;
import dev.klout.testkit.LoopbackApi;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WikipediaClientTest {
  private final LoopbackApi api;
  private final List<Duration> waits = new ArrayList<>();

  WikipediaClientTest() throws IOException {
    api = new LoopbackApi();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private WikipediaClient client() {
    return WikipediaClient.builder().baseUrl(api.url()).sleeper(waits::add).build();
  }

  @Test
  void anArticlesAttentionLinksAndEditions() {
    Ada.script(api);
    Account a = client().fetch("en:Ada Lovelace", AS_OF).account();
    assertEquals("en:Ada_Lovelace", a.id().orElseThrow());
    assertEquals(4.0, a.fact(WikipediaSignals.EDITIONS).orElseThrow());
    assertEquals(4.0, a.fact(WikipediaSignals.BACKLINKS).orElseThrow());
    long views = a.posts().stream().mapToLong(Post::views).sum();
    assertTrue(views > 300_000 && views < 450_000, "about 82 days of 4,000-4,900: " + views);
    assertTrue(a.posts().stream().allMatch(p -> p.comments() + p.likes() + p.reshares() == 0),
        "an article draws readers, not reactions");
    assertTrue(api.requests.get(1).contains("llcontinue=1234%7Cfr"), api.requests::toString);
    assertTrue(api.requests.stream().allMatch(r -> !r.startsWith("/w/") || r.contains(
        "format=json&formatversion=2")), api.requests::toString);
  }

  @Test
  void pageviewsThatAre404MeanNoDataNotAnError() {
    api.onFixture(Ada.API, "langlinks-2.json").onFixture(Ada.API, "backlinks-2.json")
        .on(Ada.VIEWS, 404, "{\"type\":\"https://mediawiki.org/wiki/HyperSwitch/errors/not_found\"}");
    Account a = client().fetch("en:Ada_Lovelace", AS_OF).account();
    assertTrue(a.posts().isEmpty());
    assertEquals(2.0, a.fact(WikipediaSignals.EDITIONS).orElseThrow());
  }

  @Test
  void anEditorsSustainedContributionAndTalkPagesAsConversations() {
    api.onFixture(Ada.API, "user.json").onFixture(Ada.API, "contribs-1.json")
        .onFixture(Ada.API, "contribs-2.json");
    Account a = client().fetch("editor:en:Grace Editor", AS_OF).account();
    assertEquals("editor:en:Grace_Editor", a.id().orElseThrow());
    assertEquals(24, a.posts().size(), "30 edits, 6 of them on talk pages");
    assertEquals(6, a.replies().size());
    assertTrue(api.requests.get(1).contains("ucstart=2026-01-01T00:00:00Z&ucend=2025-10-03"),
        api.requests::toString);
    Score s = InfluenceScorer.create().score(Profile.builder("grace", AS_OF).account(a).build());
    assertTrue(s.signals().stream().anyMatch(c -> c.signalId().equals("wikipedia.contribution")
        && c.value() > 0.5), s.explain()::toString);
  }

  @Test
  void errorsInA200AreFailuresAndRateLimitsAreWaitedOut() {
    api.on(Ada.API, new LoopbackApi.Answer(200, LoopbackApi.fixture("error-ratelimited.json"),
        Map.of("MediaWiki-API-Error", "ratelimited", "Retry-After", "5"), Duration.ZERO));
    Ada.script(api);
    client().fetch("en:Ada_Lovelace", AS_OF);
    assertEquals(List.of(Duration.ofSeconds(5)), waits);
    api.on(Ada.API, new LoopbackApi.Answer(200, LoopbackApi.fixture("error-badvalue.json"),
        Map.of("MediaWiki-API-Error", "badvalue"), Duration.ZERO));
    FetchException bad = assertThrows(FetchException.class,
        () -> client().fetch("en:Ada_Lovelace", AS_OF));
    assertEquals(FetchException.Kind.BAD_REQUEST, bad.kind());
    assertEquals("badvalue", bad.reason());
  }

  @Test
  void noArticleAndNoUserAreNotFound() {
    api.onFixture(Ada.API, "missing.json").onFixture(Ada.API, "user-missing.json");
    assertEquals(FetchException.Kind.NOT_FOUND, assertThrows(FetchException.class,
        () -> client().fetch("en:Nobody Here", AS_OF)).kind());
    assertEquals(FetchException.Kind.NOT_FOUND, assertThrows(FetchException.class,
        () -> client().fetch("editor:Nobody", AS_OF)).kind());
  }

  @Test
  void everyRequestSaysWhoItIs() {
    Ada.script(api);
    WikipediaClient c = client();
    c.fetch("en:Ada_Lovelace", AS_OF);
    assertTrue(dev.klout.fetch.HttpFetcher.USER_AGENT.startsWith("klout/"));
  }
}
