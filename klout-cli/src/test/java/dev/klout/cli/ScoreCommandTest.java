package dev.klout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** {@code klout score} on recordings: the table, the JSON, progress and quiet. */
class ScoreCommandTest {
  @Test
  void tableShowsScoreNetworksPillarsAndProgressOnStderr() {
    Cli.Result r = new Cli().run("score", "--from", Cli.example("both-networks").toString());
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.lines().get(0).matches("both-networks  \\d{1,3} / 100   as of"
        + " 2026-11-20T00:00:00Z, model v2 .*"), r::toString);
    assertTrue(r.out().contains("  twitter  ") && r.out().contains("  youtube  "), r::toString);
    for (String pillar : new String[] {"reach", "amplification", "network impact",
        "relationships", "focus", "consistency"}) {
      assertTrue(r.out().contains("  " + pillar + " "), pillar + "\n" + r);
    }
    // The three pillars have a 1-100 score of their own; the modifiers do not.
    assertTrue(r.out().lines()
        .anyMatch(l -> l.matches("  amplification\\s+[0-9.]+\\s+\\d+%\\s+\\d+")), r::toString);
    assertTrue(r.out().lines()
        .anyMatch(l -> l.matches("  focus\\s+[0-9.]+\\s+\\d+%\\s+-")), r::toString);
    assertTrue(r.err().contains("twitter: 1 call; GET /2/users/by/username/sam_devrel"), r::toString);
    assertTrue(r.err().contains("youtube: 1 call, 1 quota unit; GET /youtube/v3/channels"),
        r::toString);
    assertTrue(r.err().contains("klout: youtube: this fetch spent"), r::toString);
  }

  @Test
  void theTableSaysWhichCountsTheNetworkHid() throws Exception {
    String from = Cli.example("youtube-creator").toString();
    Cli.Result table = new Cli().run("score", "--from", from, "-q");
    Cli.Result json = new Cli().run("score", "--from", from, "--format", "json", "-q");
    int likes = new ObjectMapper().readTree(json.out()).get("score").get("networks").get(0)
        .get("hidden_posts").get("likes").asInt();
    assertTrue(likes > 0, json::toString);
    assertTrue(table.out().contains("  hidden by the network: unknown, estimated from what the"
        + " posts show\n  youtube          "), table::toString);
    assertTrue(table.out().matches("(?s).*likes on " + likes + " of \\d+ posts.*"), table::toString);
    Cli.Result none = new Cli().run("score", "--from", Cli.example("engaged-creator").toString(),
        "-q");
    assertTrue(!none.out().contains("hidden by the network"), none::toString);
  }

  @Test
  void jsonIsTheOnlyThingOnStdoutAndAddsUp() throws Exception {
    Cli.Result r = new Cli().run("score", "--from", Cli.example("engaged-creator").toString(),
        "--format", "json", "--quiet");
    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.err(), "quiet means nothing on stderr");
    JsonNode document = new ObjectMapper().readTree(r.out());
    assertEquals(JsonView.SCHEMA, document.get("schema").asInt());
    assertEquals("score", document.get("kind").asText());
    JsonNode json = document.get("score");
    assertEquals("engaged-creator", json.get("profile").asText());
    int score = json.get("score").asInt();
    assertTrue(score >= 1 && score <= 100);
    double networks = 0;
    for (JsonNode n : json.get("networks")) {
      networks += n.get("contribution").asDouble();
      assertEquals("twitter", n.get("network").asText());
    }
    assertEquals(json.get("raw").asDouble(), networks, 1e-9);
    double pillars = 0;
    List<String> every = new ArrayList<>();
    List<String> scored = new ArrayList<>();
    for (var p : json.get("pillars").properties()) {
      every.add(p.getKey());
      pillars += p.getValue().get("raw").asDouble();
      if (!p.getValue().get("score").isNull()) {
        scored.add(p.getKey());
        int s = p.getValue().get("score").asInt();
        assertTrue(s >= 1 && s <= 100, p::toString);
      }
    }
    assertEquals(json.get("raw").asDouble(), pillars, 1e-9);
    assertEquals(List.of("reach", "amplification", "network_impact", "relationships", "focus",
        "consistency"), every, "every pillar, in the model's order");
    assertEquals(List.of("reach", "amplification", "network_impact"), scored);
  }

  @Test
  void theSameRecordingScoresTheSameEveryTime() {
    String from = Cli.example("celebrity").toString();
    Cli.Result a = new Cli().run("score", "--from", from, "--format", "json", "-q");
    Cli.Result b = new Cli().run("score", "--from", from, "--format", "json", "-q");
    assertEquals(a.out(), b.out());
  }

  @Test
  void aPrivateAccountIsLeftOutAndTheExitSaysSo() {
    Cli.Result r = new Cli().run("score", "--from", Cli.example("private-person").toString());
    assertEquals(3, r.code(), r::toString);
    assertTrue(r.out().contains("private-person  1 / 100"), r::toString);
    assertTrue(r.out().contains("twitter          the account is private"), r::toString);
    assertTrue(r.err().contains("every account is private"), r::toString);
    assertTrue(!r.err().contains("tweets"), "a protected account's tweets are never requested");
  }

  @Test
  void asOfMovesTheWindow() {
    Cli.Result r = new Cli().run("score", "--from", Cli.example("engaged-creator").toString(),
        "--as-of", "2027-06-01", "-q");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("engaged-creator  1 / 100   as of 2027-06-01T00:00:00Z"),
        r::toString);
    assertTrue(r.out().contains("no posts or replies in the last 90 days"), r::toString);
  }

  @Test
  void usageErrorsAreOneLineAndExitTwo() {
    Cli.Result none = new Cli().run("score");
    assertEquals(2, none.code(), none::toString);
    assertEquals(1, none.err().lines().count(), none::toString);
    assertTrue(none.err().startsWith("klout: name at least one account"), none::toString);

    Cli.Result unknown = new Cli().run("score", "--bogus");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("Unknown option: '--bogus'")
        && unknown.err().contains("see 'klout score --help'"), unknown::toString);

    Cli.Result badDate = new Cli().run("score", "--from", Cli.example("celebrity").toString(),
        "--as-of", "yesterday");
    assertEquals(2, badDate.code());
    assertTrue(badDate.err().contains("--as-of must be an instant"), badDate::toString);

    Cli.Result badFormat = new Cli().run("score", "--twitter", "x", "--format", "xml");
    assertEquals(2, badFormat.code(), badFormat::toString);
  }

  @Test
  void helpHasExamplesAndExitCodes() {
    for (String command : new String[] {"score", "explain", "what-if", "demo", "history",
        "compare"}) {
      Cli.Result r = new Cli().run(command, "--help");
      assertEquals(0, r.code(), r::toString);
      assertTrue(r.out().contains("Examples:") && r.out().contains("Exit codes:")
          && r.out().contains("4   a token or key is missing or was rejected"), r::toString);
    }
  }

  @Test
  void completionScriptIsGenerated() {
    Cli.Result r = new Cli().run("generate-completion");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("complete -F") && r.out().contains("what-if"), r::toString);
  }

  @Test
  void everyCommandPrintsTheRealVersion() {
    for (String[] args : new String[][] {{"-V"}, {"score", "-V"}, {"demo", "--version"},
        {"history", "-V"}}) {
      Cli.Result r = new Cli().run(args);
      assertEquals(0, r.code(), r::toString);
      assertTrue(r.out().strip().matches("klout \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?, score model v2"),
          () -> String.join(" ", args) + ": " + r);
    }
  }
}
