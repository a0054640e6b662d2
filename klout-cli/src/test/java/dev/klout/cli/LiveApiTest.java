package dev.klout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.testkit.LoopbackApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live path: tokens from the environment, the adapters' clients against loopback servers, and
 * every kind of failure mapped to its exit code with one line on stderr and no secret anywhere.
 */
class LiveApiTest {
  private static final String TOKEN = "AAAA-live-bearer-token-that-must-never-show";
  private static final String KEY = "AIza-live-api-key-that-must-never-show";
  private static final String NOT_FOUND = "{\"errors\":[{\"value\":\"ghost\",\"detail\":\"Could"
      + " not find user with username: [ghost].\",\"title\":\"Not Found Error\",\"type\":"
      + "\"https://api.x.com/2/problems/resource-not-found\"}]}";

  private LoopbackApi api;

  @BeforeEach
  void start() throws IOException {
    api = new LoopbackApi();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  /** Queues every file of a recording on the path it answers, pages in order. */
  private static void script(LoopbackApi api, Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      String name = root.relativize(f).toString().replace('\\', '/');
      String path = "/" + name.replaceAll("(@[^/]*)?\\.json$", "");
      api.on(path, 200, Files.readString(f, StandardCharsets.UTF_8));
    }
  }

  private Cli.Result twitter(String user, String... more) {
    String[] args = Stream.concat(Stream.of("score", "--twitter", user, "--twitter-api",
        api.url().toString(), "--as-of", "2026-11-20T00:00:00Z"), Stream.of(more))
        .toArray(String[]::new);
    return new Cli().env("X_BEARER_TOKEN", TOKEN).run(args);
  }

  private Cli.Result youtube(String channel, String... more) {
    String[] args = Stream.concat(Stream.of("score", "--youtube", channel, "--youtube-api",
        api.url().toString(), "--as-of", "2026-11-20T00:00:00Z"), Stream.of(more))
        .toArray(String[]::new);
    return new Cli().env("YOUTUBE_API_KEY", KEY).run(args);
  }

  private static void noSecret(Cli.Result r) {
    assertFalse(r.out().contains(TOKEN) || r.err().contains(TOKEN), r::toString);
    assertFalse(r.out().contains(KEY) || r.err().contains(KEY), r::toString);
  }

  @Test
  void scoresALiveTwitterAccountWithTheTokenFromTheEnvironment() throws IOException {
    script(api, Cli.example("engaged-creator").resolve("twitter"));
    Cli.Result r = twitter("mayacodes", "--verbose");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().startsWith("mayacodes  "), r::toString);
    assertTrue(api.authorizations.stream().allMatch(("Bearer " + TOKEN)::equals));
    assertTrue(r.err().contains("twitter: 2 calls; GET /2/users/1001/tweets"), r::toString);
    noSecret(r);
  }

  @Test
  void theSameAccountLiveAndRecordedScoresTheSame() throws IOException {
    script(api, Cli.example("engaged-creator").resolve("twitter"));
    Cli.Result live = twitter("mayacodes", "--name", "engaged-creator", "--format", "json", "-q");
    Cli.Result recorded = new Cli().run("score", "--from",
        Cli.example("engaged-creator").toString(), "--format", "json", "-q");
    assertEquals(recorded.out(), live.out());
  }

  @Test
  void scoresALiveYouTubeChannelAndReportsTheQuota() throws IOException {
    script(api, Cli.example("youtube-creator").resolve("youtube"));
    Cli.Result r = youtube("@curiouslab");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.err().contains("klout: youtube: this fetch spent 6 quota units"), r::toString);
    assertTrue(api.requests.stream().allMatch(q -> q.contains("key=")));
    noSecret(r);
  }

  @Test
  void notFoundIsExitThree() {
    api.on("/2/users/by/username/ghost", 200, NOT_FOUND);
    Cli.Result r = twitter("ghost");
    assertEquals(3, r.code(), r::toString);
    assertTrue(r.err().lines().anyMatch(l -> l.startsWith("klout: twitter ghost: ")
        && l.contains("Could not find user with username: [ghost]")), r::toString);
    assertFalse(r.err().contains("\tat "), "no stack trace without --verbose");

    api.on("/youtube/v3/channels", 200, "{\"kind\":\"youtube#channelListResponse\","
        + "\"pageInfo\":{\"totalResults\":0,\"resultsPerPage\":5}}");
    Cli.Result y = youtube("@nobody");
    assertEquals(3, y.code(), y::toString);
    assertTrue(y.err().contains("no such channel"), y::toString);
  }

  @Test
  void credentialsMissingOrRejectedAreExitFour() {
    Cli.Result missing = new Cli().run("score", "--twitter", "jack");
    assertEquals(4, missing.code(), missing::toString);
    assertTrue(missing.err().startsWith("klout: no twitter credential: set X_BEARER_TOKEN or"
        + " TWITTER_BEARER_TOKEN"),
        missing::toString);
    Cli.Result noKey = new Cli().run("score", "--youtube", "@jack");
    assertEquals(4, noKey.code(), noKey::toString);

    api.on("/2/users/by/username/jack", 401, "{\"title\":\"Unauthorized\",\"type\":"
        + "\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}");
    Cli.Result rejected = twitter("jack", "--verbose");
    assertEquals(4, rejected.code(), rejected::toString);
    assertTrue(rejected.err().contains("the bearer token was rejected"), rejected::toString);
    assertTrue(rejected.err().contains("\tat "), "--verbose shows the stack trace");
    noSecret(rejected);

    api.on("/youtube/v3/channels", 400, "{\"error\":{\"code\":400,\"message\":\"API key not"
        + " valid. Please pass a valid API key.\",\"errors\":[{\"message\":\"API key not valid.\","
        + "\"domain\":\"global\",\"reason\":\"badRequest\"}]}}");
    Cli.Result badKey = youtube("@jack");
    assertEquals(4, badKey.code(), badKey::toString);
    noSecret(badKey);
  }

  @Test
  void rateLimitsAndQuotaAreExitFive() {
    long reset = Instant.now().plus(Duration.ofHours(2)).getEpochSecond();
    api.on("/2/users/by/username/jack", new LoopbackApi.Answer(429, "{}",
        Map.of("x-rate-limit-reset", Long.toString(reset)), Duration.ZERO));
    Cli.Result limited = twitter("jack");
    assertEquals(5, limited.code(), limited::toString);
    assertTrue(limited.err().contains("rate limited"), limited::toString);

    api.on("/youtube/v3/channels", 403, "{\"error\":{\"code\":403,\"message\":\"The request"
        + " cannot be completed because you have exceeded your quota.\",\"errors\":[{\"message\":"
        + "\"quota\",\"domain\":\"youtube.quota\",\"reason\":\"quotaExceeded\"}]}}");
    Cli.Result quota = youtube("@jack");
    assertEquals(5, quota.code(), quota::toString);
    assertTrue(quota.err().contains("quotaExceeded"), quota::toString);

    api.on("/youtube/v3/channels", 200, "{\"kind\":\"youtube#channelListResponse\","
        + "\"items\":[{\"id\":\"UCabcdefghijklmnopqrstuv\",\"statistics\":{\"viewCount\":\"1\","
        + "\"subscriberCount\":\"1\",\"videoCount\":\"1\"},\"contentDetails\":{"
        + "\"relatedPlaylists\":{\"uploads\":\"UUabcdefghijklmnopqrstuv\"}}}]}");
    Cli.Result budget = youtube("@jack", "--quota", "1");
    assertEquals(5, budget.code(), budget::toString);
    assertTrue(budget.err().contains("budget of 1 quota units"), budget::toString);

    Cli.Result none = youtube("@jack", "--quota", "0");
    assertEquals(2, none.code(), none::toString);
    assertTrue(none.err().startsWith("klout: --quota must be at least 1 but was 0"),
        none::toString);
  }

  @Test
  void aShortRateLimitIsWaitedOutWithProgress() throws IOException {
    // A few seconds ahead, so that the limit has not reset yet when the first request is made.
    long reset = Instant.now().getEpochSecond() + 3;
    api.on("/2/users/by/username/mayacodes", new LoopbackApi.Answer(429, "{}",
        Map.of("x-rate-limit-reset", Long.toString(reset)), Duration.ZERO));
    script(api, Cli.example("engaged-creator").resolve("twitter"));
    Cli.Result r = twitter("mayacodes");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.err().lines().anyMatch(l -> l.matches("twitter: waiting [2-4]s: GET"
        + " /2/users/by/username/mayacodes is rate limited \\(HTTP 429\\); waiting for the limit"
        + " to reset")),
        r::toString);
  }

  @Test
  void malformedResponsesAreOtherFailures() {
    api.on("/2/users/by/username/jack", 200, "{\"data\": {\"id\": ");
    Cli.Result r = twitter("jack");
    assertEquals(1, r.code(), r::toString);
    // The network, the account, the host and the path; never the query.
    assertEquals(List.of("klout: twitter jack: " + api.url().getAuthority()
        + "/2/users/by/username/jack: the response is not what the API documents: the body is"
        + " not JSON (Unexpected end-of-input within/between Object entries)"),
        r.err().lines().filter(l -> l.startsWith("klout:")).toList(), r::toString);
  }

  @Test
  void quietPrintsNothingOnStderrEvenOnFailure() {
    api.on("/2/users/by/username/ghost", 200, NOT_FOUND);
    Cli.Result r = twitter("ghost", "--quiet");
    assertEquals(3, r.code());
    assertEquals("", r.err());
    assertEquals("", r.out());
  }
}
