package dev.klout.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.klout.fetch.loopback.LoopbackServer;
import dev.klout.fetch.loopback.LoopbackServer.Answer;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final String TOKEN = "tok-SECRET-123";
  private static final String KEY = "key-SECRET-456";

  private final LoopbackServer api = LoopbackServer.scripted();
  private final List<Duration> slept = new ArrayList<>();
  private final List<String> heard = new ArrayList<>();

  @AfterEach
  void stop() {
    api.close();
  }

  private HttpFetcher.Builder fetcher() {
    return HttpFetcher.builder("x", api.url()).clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .sleeper(slept::add).jitter(() -> 1.0).backoff(Duration.ofMillis(100), Duration.ofSeconds(2))
        .secretHeader("Authorization", Secret.of("Bearer " + TOKEN))
        .secretQuery("key", Secret.of(KEY))
        .listener(new FetchListener() {
          @Override
          public void request(String network, String what, int calls, int quotaUnits) {
            heard.add(network + " " + what + " " + calls + " " + quotaUnits);
          }

          @Override
          public void waiting(String network, Duration wait, String why) {
            heard.add(network + " wait " + wait.toMillis() + " " + why);
          }
        });
  }

  private static Answer answer(int status, String body, Map<String, String> headers) {
    return new Answer(status, body, headers, Duration.ZERO);
  }

  private void assertNoSecret(String text) {
    assertFalse(text.contains(TOKEN) || text.contains(KEY) || text.contains("SECRET"), text);
  }

  @Test
  void fiveHundredsAreRetriedWithBackoffThenTheBodyComesBack() {
    api.script().on("/a", 502, "").on("/a", 503, "").on("/a", 200, "{\"ok\":1}");
    HttpFetcher.Session s = fetcher().build().session();
    assertEquals("{\"ok\":1}", s.get("/a", "q=1"));
    assertEquals(3, s.calls());
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), slept);
    assertEquals(List.of("/a?q=1&key=" + KEY, "/a?q=1&key=" + KEY, "/a?q=1&key=" + KEY),
        api.requests());
    assertEquals("Bearer " + TOKEN, api.authorizations().get(0));
    heard.forEach(this::assertNoSecret);
    assertTrue(heard.contains("x GET /a 3 0"), heard.toString());
  }

  @Test
  void retriesExhaustedAreUnavailableNamingNetworkHostAndPath() {
    for (int i = 0; i < 4; i++) {
      api.script().on("/a", 500, "");
    }
    HttpFetcher f = fetcher().build();
    FetchException e = assertThrows(FetchException.class, () -> f.session().get("/a", "q=1"));
    assertEquals(FetchException.Kind.UNAVAILABLE, e.kind());
    assertEquals("x: " + f.host() + "/a: answered HTTP 500, and 3 retries did not help",
        e.getMessage());
    assertEquals("/a", e.path());
    assertNoSecret(e.getMessage());
  }

  @Test
  void aRateLimitIsWaitedOutInEachNetworksDialect() {
    long reset = NOW.getEpochSecond() + 30;
    api.script().on("/x", answer(429, "", Map.of("x-rate-limit-reset", "" + reset)))
        .on("/x", 200, "{}")
        .on("/bsky", answer(429, "", Map.of("RateLimit-Reset", "" + reset))).on("/bsky", 200, "{}")
        .on("/masto", answer(429, "", Map.of("X-RateLimit-Reset", "2026-11-28T12:00:30.000Z")))
        .on("/masto", 200, "{}")
        .on("/retry", answer(429, "", Map.of("Retry-After", "7"))).on("/retry", 200, "{}")
        .on("/date", answer(429, "", Map.of("Retry-After", "Sat, 28 Nov 2026 12:00:10 GMT")))
        .on("/date", 200, "{}");
    HttpFetcher.Session s = fetcher().build().session();
    for (String path : List.of("/x", "/bsky", "/masto", "/retry", "/date")) {
      assertEquals("{}", s.get(path, ""));
    }
    assertEquals(List.of(Duration.ofSeconds(31), Duration.ofSeconds(31), Duration.ofSeconds(31),
        Duration.ofSeconds(7), Duration.ofSeconds(11)), slept);
    assertTrue(heard.stream().anyMatch(h -> h.startsWith("x wait 31000 GET /x is rate limited")),
        heard.toString());
  }

  @Test
  void aRateLimitBeyondTheMaximumWaitFailsAtOnce() {
    api.script().on("/a", answer(429, "", Map.of("x-rate-limit-reset",
        "" + (NOW.getEpochSecond() + 3600))));
    HttpFetcher f = fetcher().maxRateLimitWait(Duration.ofMinutes(15)).build();
    FetchException e = assertThrows(FetchException.class, () -> f.session().get("/a", ""));
    assertEquals(FetchException.Kind.RATE_LIMITED, e.kind());
    assertTrue(e.getMessage().contains("for 3601 s more, beyond the 900 s this fetch may wait"),
        e.getMessage());
    assertTrue(slept.isEmpty());
  }

  @Test
  void aTimeoutIsRetriedAndThenSaysSo() {
    api.script().on("/slow", new Answer(200, "{}", Map.of(), Duration.ofSeconds(2)));
    HttpFetcher f = fetcher().requestTimeout(Duration.ofMillis(200)).maxRetries(0).build();
    FetchException e = assertThrows(FetchException.class, () -> f.session().get("/slow", ""));
    assertEquals(FetchException.Kind.UNAVAILABLE, e.kind());
    assertTrue(e.getMessage().endsWith("/slow: timed out after 0 s, and 0 retries did not help"),
        e.getMessage());
    assertTrue(e.getCause() instanceof java.net.http.HttpTimeoutException, "the cause is kept");
  }

  @Test
  void quotaIsCountedOnlyForRequestsTheNetworkReceived() {
    // A port nothing listens on: every request fails before the network sees it.
    LoopbackServer gone = LoopbackServer.scripted();
    URI closed = gone.url();
    gone.close();
    HttpFetcher f = HttpFetcher.builder("yt", closed).sleeper(slept::add).maxRetries(1)
        .quota(path -> 1, 10).build();
    HttpFetcher.Session s = f.session();
    FetchException e = assertThrows(FetchException.class, () -> s.get("/v", ""));
    assertTrue(e.getMessage().contains("could not connect, and 1 retries did not help"),
        e.getMessage());
    assertEquals(2, s.calls());
    assertEquals(0, s.quotaUnits());

    api.script().on("/v", 200, "{}").on("/v", 404, "{}").on("/v", 200, "{}");
    HttpFetcher.Session t = HttpFetcher.builder("yt", api.url()).quota(path -> 1, 2).build()
        .session();
    t.get("/v", "");
    assertThrows(FetchException.class, () -> t.get("/v", ""));
    assertEquals(2, t.quotaUnits(), "a 404 was received: it costs");
    assertFalse(t.canSpend("/v"));
    FetchException budget = assertThrows(FetchException.class, () -> t.get("/v", ""));
    assertEquals(FetchException.Kind.QUOTA, budget.kind());
    assertEquals(2, t.calls(), "over budget: never sent");
  }

  @Test
  void errorsAreTypedAndNeverHoldACredential() {
    api.script().on("/401", 401, "{\"detail\":\"Bearer " + TOKEN + " is bad\"}")
        .on("/404", 404, "{}").on("/400", 400, "{}");
    HttpFetcher f = fetcher().build();
    HttpFetcher.Session s = f.session();
    Map<String, FetchException.Kind> want = Map.of("/401", FetchException.Kind.CREDENTIALS,
        "/404", FetchException.Kind.NOT_FOUND, "/400", FetchException.Kind.BAD_REQUEST);
    want.forEach((path, kind) -> {
      FetchException e = assertThrows(FetchException.class, () -> s.get(path, "q=" + KEY));
      assertEquals(kind, e.kind(), path);
      assertNoSecret(e.getMessage());
      assertEquals("x", e.network());
    });
    assertNoSecret(f.toString());
    assertNoSecret(Secret.of(TOKEN).toString());
  }

  @Test
  void aBodyThatEchoesTheCredentialIsScrubbed() {
    api.script().on("/e", 400, "{}");
    HttpFetcher f = fetcher().dialect((status, body, headers) -> Dialect.Verdict.fail(
        FetchException.Kind.BAD_REQUEST, "", "token " + TOKEN + " and key " + KEY + " refused"))
        .build();
    FetchException e = assertThrows(FetchException.class, () -> f.session().get("/e", ""));
    assertTrue(e.getMessage().endsWith("token <redacted> and key <redacted> refused (HTTP 400)"),
        e.getMessage());
  }

  @Test
  void aDialectDecidesWhatABodySays() {
    api.script().on("/q", 403, "{\"reason\":\"quotaExceeded\"}")
        .on("/r", 403, "{\"reason\":\"rateLimitExceeded\"}").on("/r", 200, "{}");
    HttpFetcher f = fetcher().dialect((status, body, headers) -> {
      String reason = Json.parse(body).path("reason").asText();
      return reason.equals("rateLimitExceeded") ? Dialect.Verdict.rateLimited(reason)
          : Dialect.Verdict.fail(FetchException.Kind.QUOTA, reason, "the daily quota is spent");
    }).build();
    FetchException e = assertThrows(FetchException.class, () -> f.session().get("/q", ""));
    assertEquals(FetchException.Kind.QUOTA, e.kind());
    assertEquals("quotaExceeded", e.reason());
    assertTrue(e.getMessage().endsWith("/q: the daily quota is spent (HTTP 403 quotaExceeded)"),
        e.getMessage());
    assertEquals("{}", f.session().get("/r", ""));
    assertEquals(List.of(Duration.ofMillis(100)), slept, "no reset header: one backoff");
  }

  @Test
  void truncatedOrWrongJsonIsMalformedNamingTheRequest() {
    api.script().on("/t", 200, "{\"data\":[1,2").on("/w", 200, "{\"count\":-3}");
    HttpFetcher f = fetcher().build();
    FetchException cut = assertThrows(FetchException.class,
        () -> f.session().getJson("/t", "", n -> n));
    assertEquals(FetchException.Kind.MALFORMED, cut.kind());
    assertTrue(cut.getMessage().contains("/t: the response is not what the API documents: the"
        + " body is not JSON"), cut.getMessage());
    FetchException wrong = assertThrows(FetchException.class,
        () -> f.session().getJson("/w", "", n -> Json.count(n, "count")));
    assertTrue(wrong.getMessage().endsWith("'count' must be a count but was -3"),
        wrong.getMessage());
  }

  @Test
  void aListenerThatThrowsNeverFailsTheFetch() {
    api.script().on("/a", 500, "").on("/a", 200, "{}");
    HttpFetcher f = fetcher().listener(new FetchListener() {
      @Override
      public void request(String network, String what, int calls, int quotaUnits) {
        throw new IllegalStateException("broken progress bar");
      }
    }).build();
    assertEquals("{}", f.session().get("/a", ""));
  }

  @Test
  void jsonHelpersReadCountsAsNumbersOrStringsAndAbsentAsUnknown() {
    JsonNode n = Json.parse("{\"a\":12,\"b\":\"34\",\"c\":null,\"at\":\"2026-01-02T03:04:05+01:00\"}");
    assertEquals(OptionalLong.of(12), Json.count(n, "a"));
    assertEquals(OptionalLong.of(34), Json.count(n, "b"));
    assertEquals(OptionalLong.empty(), Json.count(n, "c"));
    assertEquals(OptionalLong.empty(), Json.count(n, "missing"));
    assertEquals(Instant.parse("2026-01-02T02:04:05Z"), Json.instant(n, "at"));
    assertThrows(Json.Malformed.class, () -> Json.requiredCount(n, "c"));
    assertEquals(java.util.Optional.of(Duration.ofSeconds(1)), RateLimits.waitFrom(
        HttpHeaders.of(Map.of("ratelimit-reset", List.of("" + NOW.getEpochSecond())),
            (a, b) -> true), Clock.fixed(NOW, ZoneOffset.UTC)));
    assertEquals(java.util.Optional.empty(), RateLimits.waitFrom(
        HttpHeaders.of(Map.of(), (a, b) -> true), Clock.fixed(NOW, ZoneOffset.UTC)));
  }

  @Test
  void aSecretComesFromTheFirstVariableSet() {
    Map<String, String> env = Map.of("B", " tok ", "A", " ");
    Secret s = Secret.fromEnvironment(env, "A", "B").orElseThrow();
    assertEquals("tok", s.reveal());
    assertEquals("B", s.source());
    assertEquals("Secret{<redacted>, from B}", s.toString());
    assertTrue(Secret.fromEnvironment(env, "C").isEmpty());
  }
}
