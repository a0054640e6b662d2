package dev.klout.twitter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.Account;
import dev.klout.Engagement;
import dev.klout.Post;
import dev.klout.ReactionKind;
import dev.klout.Reply;
import dev.klout.Visibility;
import dev.klout.fetch.FetchException;
import dev.klout.fetch.FetchListener;
import dev.klout.testkit.LoopbackApi;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TwitterClientTest {
  static final String TOKEN = "AAAA-secret-bearer-token-0123456789";
  static final Instant AS_OF = Instant.parse("2026-01-01T00:00:00Z");

  private final LoopbackApi x;
  private final List<Duration> waits = new ArrayList<>();

  TwitterClientTest() throws IOException {
    x = new LoopbackApi();
  }

  @AfterEach
  void stop() {
    x.close();
  }

  private TwitterClient.Builder client() {
    return TwitterClient.builder().baseUrl(x.url()).bearerToken(TOKEN)
        .clock(Clock.fixed(AS_OF, ZoneOffset.UTC))
        .sleeper(waits::add).jitter(() -> 1.0)
        .requestTimeout(Duration.ofSeconds(5));
  }

  private FetchException fails(TwitterClient client, String username) {
    FetchException e = assertThrows(FetchException.class,
        () -> client.fetchAccount(username, AS_OF));
    assertFalse(e.getMessage().contains(TOKEN), e::getMessage);
    return e;
  }

  @Test
  void fetchesTheWindowIntoAnAccount() {
    Ada.script(x);
    Account a = client().build().fetchAccount("@ada", AS_OF);

    assertEquals(Visibility.PUBLIC, a.visibility());
    assertEquals(2400, a.audience());
    assertEquals(310, a.following());
    assertEquals(41.0, a.fact(TwitterMapper.LISTED).orElseThrow());
    assertEquals(3, a.posts().stream().mapToLong(Post::quotes).sum(), "2 + 0 + 1 quotes");
    // 9001 and 9004 are Ada's posts, 9005 continues her own thread; 9002 is a reply to Babbage
    // (a conversation), 9003 a plain retweet of someone else's post.
    assertEquals(3, a.posts().size());
    assertEquals(List.of(Reply.to("3003", Instant.parse("2025-12-29T18:00:00Z"))), a.replies());

    Post notes = a.posts().stream().filter(p -> p.at().equals(Instant.parse(
        "2025-12-30T09:00:00Z"))).findFirst().orElseThrow();
    assertEquals(14, notes.reshares(), "12 retweets and 2 quotes");
    assertEquals(2, notes.quotes());
    assertEquals(4, notes.comments());
    assertEquals(80, notes.likes());
    assertEquals(4000, notes.views());
    assertEquals(List.of("computing", "math"), List.copyOf(notes.topics()));
    Map<ReactionKind, List<String>> known = notes.engagements().stream().collect(
        Collectors.groupingBy(Engagement::kind,
            Collectors.mapping(e -> e.actor().id(), Collectors.toList())));
    assertEquals(List.of("3003", "4004", "5005"), known.get(ReactionKind.RESHARE));
    assertEquals(List.of("3003"), known.get(ReactionKind.COMMENT));

    Post renamed = a.posts().stream().filter(p -> p.at().equals(Instant.parse(
        "2025-11-15T08:30:00Z"))).findFirst().orElseThrow();
    assertEquals(3, renamed.reshares(), "repost_count is read as retweet_count");
    assertEquals(0, renamed.views(), "a missing impression_count is 0");
  }

  @Test
  void actorsAreEstimatedFromTheirPublicMetrics() {
    Ada.script(x);
    Account a = client().build().fetchAccount("ada", AS_OF);
    var babbage = a.actors().stream().filter(act -> act.id().equals("3003")).findFirst()
        .orElseThrow();
    assertEquals(Math.round(16 * StrictMath.log10(1 + 150_000.0) * 1000) / 1000.0,
        babbage.influence());
    assertTrue(babbage.influence() > 80 && babbage.influence() < 84, babbage::toString);
    var fan = a.actors().stream().filter(act -> act.id().equals("4004")).findFirst().orElseThrow();
    assertTrue(fan.reactionsPerDay() > 70, "29,000 posts and likes in a year: " + fan);
  }

  @Test
  void pagesTheTimelineAndSendsTheWindowAndToken() {
    Ada.script(x);
    client().build().fetchAccount("ada", AS_OF);
    List<String> timeline = x.requests.stream().filter(r -> r.startsWith("/2/users/1001/tweets"))
        .toList();
    assertEquals(2, timeline.size());
    assertTrue(timeline.get(0).contains("start_time=2025-10-03T00:00:00Z"), timeline.get(0));
    assertTrue(timeline.get(0).contains("end_time=2026-01-01T00:00:00Z"), timeline.get(0));
    assertTrue(timeline.get(0).contains("max_results=100"), timeline.get(0));
    assertFalse(timeline.get(0).contains("pagination_token"));
    assertTrue(timeline.get(1).contains("pagination_token=page-2+token"), timeline.get(1));
    assertTrue(x.authorizations.stream().allMatch(("Bearer " + TOKEN)::equals));
    assertTrue(x.requests.stream().noneMatch(r -> r.contains(TOKEN)), "the token is a header only");
  }

  @Test
  void protectedAccountIsPrivateAndItsTweetsAreNeverRequested() {
    x.onFixture("/2/users/by/username/quiet", "user-protected.json");
    Account a = client().build().fetchAccount("quiet", AS_OF);
    assertEquals(Visibility.PRIVATE, a.visibility());
    assertEquals(50_000, a.audience());
    assertTrue(a.posts().isEmpty());
    assertEquals(1, x.requests.size(), x.requests::toString);
  }

  @Test
  void missingSuspendedAndUnauthorizedAreTyped() {
    x.onFixture("/2/users/by/username/nobody_here", "user-not-found.json")
        .onFixture("/2/users/by/username/spammer", "user-suspended.json")
        .on("/2/users/by/username/ada", 401, LoopbackApi.fixture("unauthorized.json"))
        .on("/2/users/by/username/gone", 404, "");
    assertEquals(FetchException.Kind.NOT_FOUND, fails(client().build(), "nobody_here").kind());
    FetchException suspended = fails(client().build(), "spammer");
    assertEquals(FetchException.Kind.SUSPENDED, suspended.kind());
    assertTrue(suspended.getMessage().contains("suspended"), suspended::getMessage);
    FetchException unauthorized = fails(client().build(), "ada");
    assertEquals(FetchException.Kind.CREDENTIALS, unauthorized.kind());
    assertTrue(unauthorized.getMessage().contains("bearer token was rejected"),
        unauthorized::getMessage);
    assertEquals(FetchException.Kind.NOT_FOUND, fails(client().build(), "gone").kind());
  }

  @Test
  void timelineThatIsNotAuthorizedIsProtected() {
    x.onFixture("/2/users/by/username/ada", "user.json")
        .onFixture("/2/users/1001/tweets", "timeline-not-authorized.json");
    assertEquals(FetchException.Kind.PRIVATE, fails(client().build(), "ada").kind());
  }

  @Test
  void dataWithErrorsKeepsTheData() {
    x.onFixture("/2/users/by/username/ada", "user.json")
        .onFixture("/2/users/1001/tweets", "timeline-partial-errors.json")
        .onFixture("/2/tweets/9101/retweeted_by", "retweeted-by.json")
        .on("/2/users/1001/mentions", 200, "{\"meta\":{\"result_count\":0}}");
    Account a = client().build().fetchAccount("ada", AS_OF);
    assertEquals(1, a.posts().size());
    assertEquals(1, a.posts().get(0).engagements().size(), "one reshare, so one known resharer");
  }

  @Test
  void rateLimitWaitsForTheResetThenRetries() {
    long reset = AS_OF.getEpochSecond() + 30;
    x.on("/2/users/by/username/ada", new LoopbackApi.Answer(429, "not json at all",
        Map.of("x-rate-limit-reset", Long.toString(reset)), Duration.ZERO));
    Ada.script(x);
    Account a = client().build().fetchAccount("ada", AS_OF);
    assertEquals(2400, a.audience());
    assertEquals(List.of(Duration.ofSeconds(31)), waits);
  }

  @Test
  void theListenerHearsEveryRequestAndTheWaitAndNoSecret() {
    long reset = AS_OF.getEpochSecond() + 30;
    x.on("/2/users/by/username/ada", new LoopbackApi.Answer(429, "{}",
        Map.of("x-rate-limit-reset", Long.toString(reset)), Duration.ZERO));
    Ada.script(x);
    List<String> heard = new ArrayList<>();
    Account a = client().listener(new FetchListener() {
      @Override
      public void request(String network, String what, int calls, int quotaUnits) {
        heard.add(network + " " + calls + " " + what);
      }

      @Override
      public void waiting(String network, Duration wait, String why) {
        heard.add(network + " wait " + wait.toSeconds() + "s: " + why);
        throw new IllegalStateException("a broken listener must not fail the fetch");
      }
    }).build().fetchAccount("ada", AS_OF);
    assertEquals(2400, a.audience());
    assertEquals("twitter 1 GET /2/users/by/username/ada", heard.get(0));
    assertTrue(heard.get(1).startsWith("twitter wait 31s: GET /2/users/by/username/ada is rate"),
        heard::toString);
    assertEquals("twitter 2 GET /2/users/by/username/ada", heard.get(2));
    assertEquals(x.requests.size() + 1, heard.size(), heard::toString);
    assertTrue(heard.stream().noneMatch(h -> h.contains(TOKEN) || h.contains("?")),
        heard::toString);
  }

  @Test
  void rateLimitBeyondTheBudgetFails() {
    long reset = AS_OF.getEpochSecond() + 3_600;
    x.on("/2/users/by/username/ada", new LoopbackApi.Answer(429, "{}",
        Map.of("x-rate-limit-reset", Long.toString(reset)), Duration.ZERO));
    FetchException e = fails(client().maxRateLimitWait(Duration.ofMinutes(15)).build(), "ada");
    assertEquals(FetchException.Kind.RATE_LIMITED, e.kind());
    assertTrue(e.getMessage().contains("3601 s"), e::getMessage);
    assertTrue(waits.isEmpty());
  }

  @Test
  void serverErrorsAreRetriedWithGrowingBackoff() {
    x.on("/2/users/by/username/ada", 503, "")
        .on("/2/users/by/username/ada", 500, "{\"title\":\"oops\"}");
    Ada.script(x);
    Account a = client().backoff(Duration.ofMillis(100), Duration.ofSeconds(10)).build()
        .fetchAccount("ada", AS_OF);
    assertEquals(2400, a.audience());
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), waits);
  }

  @Test
  void retriesRunOut() {
    for (int i = 0; i < 4; i++) {
      x.on("/2/users/by/username/ada", 502, "");
    }
    FetchException e = fails(client().maxRetries(3).build(), "ada");
    assertEquals(FetchException.Kind.UNAVAILABLE, e.kind());
    assertTrue(e.getMessage().contains("HTTP 502") && e.getMessage().contains("3 retries"),
        e::getMessage);
    assertEquals(4, x.requests.size());
  }

  @Test
  void slowResponsesTimeOut() {
    x.on("/2/users/by/username/ada", new LoopbackApi.Answer(200, LoopbackApi.fixture("user.json"), Map.of(),
        Duration.ofSeconds(2)));
    x.on("/2/users/by/username/ada", new LoopbackApi.Answer(200, LoopbackApi.fixture("user.json"), Map.of(),
        Duration.ofSeconds(2)));
    FetchException e = fails(client().requestTimeout(Duration.ofMillis(200)).maxRetries(1)
        .build(), "ada");
    assertEquals(FetchException.Kind.UNAVAILABLE, e.kind());
    assertTrue(e.getMessage().contains("timed out"), e::getMessage);
  }

  @Test
  void truncatedAndMalformedJsonAreTyped() {
    String user = LoopbackApi.fixture("user.json");
    x.on("/2/users/by/username/ada", 200, user.substring(0, user.length() / 2));
    assertEquals(FetchException.Kind.MALFORMED, fails(client().build(), "ada").kind());
    x.on("/2/users/by/username/ada", 200, "{\"data\": {\"id\": 17}}");
    assertEquals(FetchException.Kind.MALFORMED, fails(client().build(), "ada").kind());
    x.on("/2/users/by/username/ada", 200,
        "{\"data\": {\"id\": \"1\", \"public_metrics\": {\"followers_count\": -5}}}");
    assertEquals(FetchException.Kind.MALFORMED, fails(client().build(), "ada").kind());
  }

  @Test
  void theTokenNeverShows() {
    TwitterClient client = client().build();
    assertFalse(client.toString().contains(TOKEN));
    assertFalse(client().toString().contains(TOKEN));
    assertThrows(IllegalArgumentException.class, () -> client.fetchAccount("not a name!", AS_OF));
  }
}
