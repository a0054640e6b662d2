package dev.klout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code klout explain} and {@code klout what-if} on the example personas. */
class ExplainAndWhatIfTest {
  private static List<String> advice(Cli.Result r) {
    List<String> lines = r.lines();
    return lines.subList(lines.indexOf("Advice, after the tips of \"" + dev.klout.Insights.ARTICLE
        + "\"") + 1, lines.size());
  }

  @Test
  void explainGivesTheBreakdownThenAdviceFromTheData() {
    Cli.Result r = new Cli().run("explain", "--from", Cli.example("engaged-creator").toString(),
        "-q");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.lines().get(0).startsWith("Score "), r::toString);
    assertTrue(r.out().contains("core.amplification"), r::toString);
    List<String> advice = advice(r);
    assertTrue(advice.stream().anyMatch(a -> a.matches(
        "  - twitter: you replied to \\d+ people; \\d+ of those exchanges went both ways.*")),
        advice::toString);
    assertTrue(advice.stream().anyMatch(a -> a.matches("  - twitter: \\d of your 5 most reshared"
        + " posts had a conversation you took part in .*")), advice::toString);
    assertTrue(advice.stream().anyMatch(a -> a.matches("  - twitter: \\d+ of the \\d+ known people"
        + " who reacted are influential \\(60 or more\\), most of all @fan_7001 \\(86\\), whose"
        + " reactions weigh 24x an average account's \\(tip 3\\)")), advice::toString);
    assertTrue(advice.stream().anyMatch(a -> a.matches(
        "  - twitter: 100% of your reactions came on rust, wasm: .* \\(tip 4\\)")),
        advice::toString);
    assertTrue(advice.stream().anyMatch(a -> a.matches(
        "  - twitter: \\d+ reactions per post for every 1,000 in your audience.*")), advice::toString);
    assertTrue(advice.get(advice.size() - 1).contains("klout history engaged-creator"));
  }

  @Test
  void adviceTellsTheSilentGiantWhatIsWrong() {
    Cli.Result r = new Cli().run("explain", "--from", Cli.example("silent-giant").toString(),
        "-q");
    assertEquals(0, r.code(), r::toString);
    List<String> advice = advice(r);
    assertTrue(advice.stream().anyMatch(a -> a.contains("twitter: an audience of 480,000, but"
        + " 0.00 reactions per post for every 1,000 of them")), advice::toString);
    assertTrue(advice.stream().noneMatch(a -> a.contains("influential (60 or more)")),
        "nobody known reacted, so nothing is said of influencers: " + advice);
  }

  @Test
  void noInfluencerAdviceWhereTheNetworkDoesNotSayWhoIsInfluential() {
    Cli.Result r = new Cli().run("explain", "--from", Cli.example("youtube-creator").toString(),
        "-q");
    assertEquals(0, r.code(), r::toString);
    assertTrue(advice(r).stream().noneMatch(a -> a.contains("influen")), r::toString);
    assertTrue(advice(r).stream().anyMatch(a -> a.startsWith("  - youtube: you replied to")),
        r::toString);
  }

  @Test
  void adviceOnAPrivateAccountSaysItAddsNothing() {
    Cli.Result r = new Cli().run("explain", "--from", Cli.example("private-person").toString(),
        "-q");
    assertEquals(3, r.code(), r::toString);
    assertTrue(advice(r).get(0).contains("twitter: the account is private"), r::toString);
  }

  @Test
  void whatIfWithoutANetworkShowsWhatItAdded() {
    Cli.Result r = new Cli().run("what-if", "--from", Cli.example("both-networks").toString(),
        "--without", "youtube", "-q");
    assertEquals(0, r.code(), r::toString);
    assertEquals("both-networks: with twitter and youtube -> with twitter", r.lines().get(0));
    assertTrue(r.lines().get(1).matches("\\d+ -> \\d+ \\(-\\d+ points; .*"), r::toString);
    assertTrue(r.out().contains("youtube: no longer contributes"), r::toString);
    assertTrue(r.out().contains("youtube core.reach"), r::toString);
  }

  @Test
  void whatIfWithANetworkShowsTheGain() {
    Cli.Result r = new Cli().run("what-if", "--from", Cli.example("both-networks").toString(),
        "--with", "twitter", "-q");
    assertEquals(0, r.code(), r::toString);
    assertEquals("both-networks: with youtube -> with twitter and youtube", r.lines().get(0));
    assertTrue(r.lines().get(1).matches("\\d+ -> \\d+ \\(\\+\\d+ points; .*"), r::toString);
    assertTrue(r.out().contains("twitter: now contributes"), r::toString);
  }

  @Test
  void whatIfOnANetworkThePersonDoesNotHaveIsAUsageError() {
    Cli.Result r = new Cli().run("what-if", "--from", Cli.example("youtube-creator").toString(),
        "--without", "twitter");
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("--without twitter: the profile has no twitter account (it has"
        + " youtube)"), r::toString);
    Cli.Result none = new Cli().run("what-if", "--from", Cli.example("youtube-creator").toString());
    assertEquals(2, none.code(), none::toString);
  }
}
