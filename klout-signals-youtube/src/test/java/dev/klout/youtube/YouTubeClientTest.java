package dev.klout.youtube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.Account;
import dev.klout.Post;
import dev.klout.ReactionKind;
import dev.klout.Reply;
import dev.klout.fetch.FetchException;
import dev.klout.fetch.FetchListener;
import dev.klout.fetch.FetchResult;
import dev.klout.testkit.LoopbackApi;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class YouTubeClientTest {
  static final String KEY = "AIzaSy-secret-api-key-0123456789";
  static final Instant AS_OF = Instant.parse("2026-01-01T00:00:00Z");

  private final LoopbackApi api;
  private final List<Duration> waits = new ArrayList<>();

  YouTubeClientTest() throws IOException {
    api = new LoopbackApi();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private YouTubeClient.Builder client() {
    return YouTubeClient.builder().baseUrl(api.url()).apiKey(KEY).sleeper(waits::add)
        .jitter(() -> 1.0);
  }

  private FetchException fails(YouTubeClient client) {
    FetchException e = assertThrows(FetchException.class, () -> client.fetch("@curie", AS_OF));
    assertFalse(e.getMessage().contains(KEY), e::getMessage);
    assertFalse(String.valueOf(e.getCause()).contains(KEY));
    return e;
  }

  @Test
  void fetchesTheWindowIntoAnAccount() {
    Curie.script(api);
    FetchResult fetch = client().build().fetch("@curie", AS_OF);
    Account a = fetch.account();

    assertEquals(412_000, a.audience());
    assertEquals(48_200_000.0, a.fact(YouTubeMapper.LIFETIME_VIEWS).orElseThrow());
    assertEquals(55, a.posts().size(), "56 uploads in the window, one of them gone private");
    // channel, two upload pages (the second reaches past the window, so no third), two video
    // batches (50 + 6 ids), three comment lookups.
    assertEquals(8, fetch.quotaUnits());
    assertEquals(2, api.requests.stream().filter(r -> r.startsWith("/youtube/v3/playlistItems"))
        .count());
    List<String> batches = api.requests.stream().filter(r -> r.startsWith("/youtube/v3/videos"))
        .toList();
    assertEquals(50, batches.get(0).split("id=")[1].split("&")[0].split(",").length);
    assertEquals(6, batches.get(1).split("id=")[1].split("&")[0].split(",").length);
  }

  @Test
  void countsOfEveryShape() {
    Curie.script(api);
    Account a = client().build().fetch("@curie", AS_OF).account();
    Post hiddenLikes = post(a, "2025-12-26T16:48:00Z");
    assertEquals(0, hiddenLikes.likes(), "likeCount absent when the creator hides likes");
    assertTrue(hiddenLikes.isHidden(ReactionKind.LIKE), "hidden, unknown: not none (B7)");
    assertFalse(hiddenLikes.isHidden(ReactionKind.COMMENT));
    assertEquals(43, hiddenLikes.comments());
    Post commentsOff = post(a, "2025-12-25T02:24:00Z");
    assertEquals(0, commentsOff.comments(), "commentCount absent when comments are off");
    Post huge = post(a, "2025-12-23T12:00:00Z");
    assertEquals(3_000_000_000L, huge.views(), "beyond Integer.MAX_VALUE");
    assertTrue(huge.topics().contains("physics") && huge.topics().contains("category-28"),
        huge.topics()::toString);
  }

  private static Post post(Account a, String at) {
    return a.posts().stream().filter(p -> p.at().equals(Instant.parse(at))).findFirst()
        .orElseThrow(() -> new AssertionError("no post at " + at + " in " + a.posts()));
  }

  @Test
  void commentersAndTheCreatorsRepliesBecomeActorsAndConversations() {
    Curie.script(api);
    Account a = client().build().fetch("@curie", AS_OF).account();
    Post mostViewed = post(a, "2025-12-23T12:00:00Z");
    assertEquals(List.of("UCfan00000000000000000001", "UCfan00000000000000000002",
            "UCfan00000000000000000003"),
        mostViewed.engagements().stream().map(e -> e.actor().id()).toList(),
        "the creator's own comment is not a reaction");
    assertEquals(List.of(Reply.to("UCfan00000000000000000001",
        Instant.parse("2025-12-20T12:00:00Z"))), a.replies());
  }

  @Test
  void hiddenSubscribersAndHugeCounts() {
    api.onFixture("/youtube/v3/channels", "channel-hidden.json")
        .on("/youtube/v3/playlistItems", 200, "{\"items\": []}");
    Account hidden = client().build().fetch("@curie", AS_OF).account();
    assertEquals(0, hidden.audience());
    assertEquals(1.0, hidden.fact(YouTubeMapper.SUBSCRIBERS_HIDDEN).orElseThrow());

    api.onFixture("/youtube/v3/channels", "channel-big.json")
        .on("/youtube/v3/playlistItems", 200, "{\"items\": []}");
    Account big = client().build().fetch(Curie.ID, AS_OF).account();
    assertEquals(Long.MAX_VALUE, big.audience(), "2^63 saturates");
    assertEquals((double) Long.MAX_VALUE, big.fact(YouTubeMapper.LIFETIME_VIEWS).orElseThrow());
    assertTrue(api.requests.get(api.requests.size() - 2).contains("id=" + Curie.ID));
  }

  @Test
  void unknownChannelBothWays() {
    api.onFixture("/youtube/v3/channels", "channel-empty.json");
    assertEquals(FetchException.Kind.NOT_FOUND, fails(client().build()).kind());
    api.on("/youtube/v3/channels", 404, LoopbackApi.fixture("error-channel-not-found.json"));
    FetchException old = fails(client().build());
    assertEquals(FetchException.Kind.NOT_FOUND, old.kind());
    assertEquals("channelNotFound", old.reason());
  }

  @Test
  void everyErrorReasonIsTyped() {
    Map<String, FetchException.Kind> expected = Map.of(
        "error-quota.json", FetchException.Kind.QUOTA,
        "error-forbidden.json", FetchException.Kind.CREDENTIALS,
        "error-access-not-configured.json", FetchException.Kind.CREDENTIALS,
        "error-key-invalid.json", FetchException.Kind.CREDENTIALS,
        "error-bad-request-key.json", FetchException.Kind.CREDENTIALS,
        "error-invalid-page-token.json", FetchException.Kind.BAD_REQUEST,
        "error-playlist-not-found.json", FetchException.Kind.NOT_FOUND);
    expected.forEach((fixture, kind) -> {
      String body = LoopbackApi.fixture(fixture);
      int status = body.contains("\"code\": 400") ? 400 : body.contains("\"code\": 404") ? 404
          : 403;
      api.onFixture("/youtube/v3/channels", "channel.json")
          .on("/youtube/v3/playlistItems", status, body);
      FetchException e = fails(client().build());
      assertEquals(kind, e.kind(), fixture + ": " + e.getMessage());
    });
    assertTrue(waits.isEmpty(), "none of these is retried, the quota least of all");
  }

  @Test
  void theListenerHearsEachCallWithTheQuotaSpentAndEachBackoff() {
    api.on("/youtube/v3/channels", 503, "");
    Curie.script(api);
    List<String> heard = new ArrayList<>();
    FetchResult fetch = client().listener(new FetchListener() {
      @Override
      public void request(String network, String what, int calls, int quotaUnits) {
        heard.add(network + " " + quotaUnits + " " + what);
      }

      @Override
      public void waiting(String network, Duration wait, String why) {
        heard.add(network + " wait " + wait.toMillis() + "ms");
      }
    }).build().fetch("@curie", AS_OF);
    assertEquals(List.of("youtube 1 GET /youtube/v3/channels", "youtube wait 500ms",
        "youtube 2 GET /youtube/v3/channels", "youtube 3 GET /youtube/v3/playlistItems"),
        heard.subList(0, 4));
    assertEquals(fetch.quotaUnits() + 1, heard.size(), heard::toString);
    assertTrue(heard.get(heard.size() - 1).startsWith("youtube " + fetch.quotaUnits() + " GET"));
    assertTrue(heard.stream().noneMatch(h -> h.contains(KEY) || h.contains("?")), heard::toString);
  }

  @Test
  void serverErrorsAndTransientRateLimitsAreRetried() {
    api.on("/youtube/v3/channels", 503, "")
        .on("/youtube/v3/channels", 403, LoopbackApi.fixture("error-rate-limit.json"));
    Curie.script(api);
    FetchResult fetch = client().backoff(Duration.ofMillis(100), Duration.ofSeconds(5)).build()
        .fetch("@curie", AS_OF);
    assertEquals(55, fetch.account().posts().size());
    // A 5xx backs off as the first failure; a transient rate limit with no reset header waits as
    // the first rate-limit wait: each has its own count.
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(100)), waits);
    assertEquals(10, fetch.quotaUnits(), "failed calls the API received cost quota too");
  }

  @Test
  void retriesRunOutAndTimeoutsAreTyped() {
    for (int i = 0; i < 3; i++) {
      api.on("/youtube/v3/channels", 500, "");
    }
    FetchException e = fails(client().maxRetries(2).build());
    assertEquals(FetchException.Kind.UNAVAILABLE, e.kind());
    assertTrue(e.getMessage().contains("HTTP 500"), e::getMessage);

    api.on("/youtube/v3/channels", new LoopbackApi.Answer(200,
        LoopbackApi.fixture("channel.json"), Map.of(), Duration.ofSeconds(2)));
    FetchException slow = fails(client().requestTimeout(Duration.ofMillis(200)).maxRetries(0)
        .build());
    assertEquals(FetchException.Kind.UNAVAILABLE, slow.kind());
    assertTrue(slow.getMessage().contains("timed out"), slow::getMessage);
  }

  @Test
  void malformedJsonIsTyped() {
    api.on("/youtube/v3/channels", 200, "{\"items\": [{\"id\": \"UCx\", \"statistics\":");
    assertEquals(FetchException.Kind.MALFORMED, fails(client().build()).kind());
    api.on("/youtube/v3/channels", 200, LoopbackApi.fixture("channel.json")
        .replace("\"412000\"", "\"-4\""));
    assertEquals(FetchException.Kind.MALFORMED, fails(client().build()).kind());
  }

  @Test
  void theQuotaBudgetCapsAFetch() {
    Curie.script(api);
    FetchResult fetch = client().quotaBudget(6).build().fetch("@curie", AS_OF);
    assertEquals(6, fetch.quotaUnits(), "one comment lookup fits; the other two stop short");

    Curie.script(api);
    FetchException e = fails(client().quotaBudget(2).build());
    assertEquals(FetchException.Kind.QUOTA, e.kind());
  }

  @Test
  void theKeyNeverShows() {
    Curie.script(api);
    client().build().fetch("@curie", AS_OF);
    assertTrue(api.requests.stream().allMatch(r -> r.contains("key=" + KEY)),
        "the key is a query parameter of every call");
    assertFalse(client().build().toString().contains(KEY));
    assertFalse(client().toString().contains(KEY));
    assertThrows(IllegalArgumentException.class, () -> client().build().fetch("curie", AS_OF));
  }
}
