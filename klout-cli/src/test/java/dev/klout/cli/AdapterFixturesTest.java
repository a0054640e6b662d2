package dev.klout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.testkit.LoopbackApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every kind of failure the adapters type, from the adapters' own recorded fixtures served on
 * loopback, ends as its documented exit code with one line on stderr and no secret.
 */
class AdapterFixturesTest {
  private static final String TOKEN = "AAAA-fixture-token-never-shown";
  private static final String KEY = "AIza-fixture-key-never-shown";

  private LoopbackApi api;

  @BeforeEach
  void start() throws IOException {
    api = new LoopbackApi();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private static String fixture(String network, String name) {
    Path dir = Path.of(System.getProperty("klout.fixtures." + network,
        "../klout-signals-" + network + "/src/test/resources/fixtures"));
    try {
      return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Cli.Result twitter(String user) {
    return new Cli().env("X_BEARER_TOKEN", TOKEN).run("score", "--twitter", user,
        "--twitter-api", api.url().toString());
  }

  private Cli.Result youtube() {
    return new Cli().env("YOUTUBE_API_KEY", KEY).run("score", "--youtube", "@curie",
        "--youtube-api", api.url().toString());
  }

  private static void oneErrorLine(Cli.Result r, int code, String says) {
    assertEquals(code, r.code(), r::toString);
    assertEquals(1, r.err().lines().filter(l -> l.startsWith("klout: ")).count(), r::toString);
    assertTrue(r.err().contains(says), () -> says + "\n" + r);
    assertFalse(r.err().contains(TOKEN) || r.err().contains(KEY) || r.out().contains(TOKEN)
        || r.out().contains(KEY), r::toString);
  }

  @Test
  void twitterFixtures() {
    api.on("/2/users/by/username/spammer", 200, fixture("twitter", "user-suspended.json"));
    oneErrorLine(twitter("spammer"), 3, "klout: twitter spammer: ");

    api.on("/2/users/by/username/nobody_here", 200, fixture("twitter", "user-not-found.json"));
    oneErrorLine(twitter("nobody_here"), 3, "Could not find user");

    api.on("/2/users/by/username/ada", 401, fixture("twitter", "unauthorized.json"));
    oneErrorLine(twitter("ada"), 4, "the bearer token was rejected");

    api.on("/2/users/by/username/quiet", 200, fixture("twitter", "user-protected.json"));
    Cli.Result quiet = twitter("quiet");
    oneErrorLine(quiet, 3, "every account is private");
    assertTrue(quiet.out().startsWith("quiet  1 / 100"), quiet::toString);
  }

  @Test
  void youtubeFixtures() {
    String[][] cases = {
      {"error-quota.json", "403", "5", "quotaExceeded"},
      {"error-forbidden.json", "403", "4", "forbidden"},
      {"error-access-not-configured.json", "403", "4", "accessNotConfigured"},
      {"error-key-invalid.json", "400", "4", "check YOUTUBE_API_KEY"},
      {"error-bad-request-key.json", "400", "4", "check YOUTUBE_API_KEY"},
      {"error-channel-not-found.json", "404", "3", "channelNotFound"},
    };
    for (String[] c : cases) {
      api.on("/youtube/v3/channels", Integer.parseInt(c[1]), fixture("youtube", c[0]));
      oneErrorLine(youtube(), Integer.parseInt(c[2]), c[3]);
    }
    api.on("/youtube/v3/channels", 200, fixture("youtube", "channel-empty.json"));
    oneErrorLine(youtube(), 3, "no such channel");
  }
}
