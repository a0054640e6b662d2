package dev.klout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The README's main command: every persona scored in one table, telling the article's story. */
class DemoTest {
  private static Cli.Result demo;
  private static final Map<String, String[]> rows = new HashMap<>();

  @BeforeAll
  static void runDemo() {
    demo = new Cli().run("demo", "--examples", Cli.examples().toString());
    for (String line : demo.lines()) {
      String[] cells = line.trim().split("\\s{2,}");
      if (cells.length >= 4) {
        rows.put(cells[0], cells);
      }
    }
  }

  private static int score(String persona) {
    String[] row = rows.get(persona);
    assertTrue(row != null, () -> persona + " is missing from\n" + demo);
    return Integer.parseInt(row[1]);
  }

  @Test
  void scoresEveryPersonaInOneTable() {
    assertEquals(0, demo.code(), demo::toString);
    for (String persona : new String[] {"engaged-creator", "silent-giant", "celebrity",
        "private-person", "youtube-creator", "both-networks"}) {
      int s = score(persona);
      assertTrue(s >= 1 && s <= 100, persona + " " + s);
    }
    assertEquals("", demo.err(), "the demo reads local files: no progress noise");
  }

  @Test
  void theEngagedCreatorBeatsTheLargeSilentAccount() {
    assertTrue(score("engaged-creator") > score("silent-giant") + 10, demo::toString);
  }

  @Test
  void thePrivateAccountHasNoTwitterContribution() {
    assertEquals(1, score("private-person"), demo::toString);
    String row = String.join("  ", rows.get("private-person"));
    assertTrue(row.contains("twitter left out (private)"), row);
  }

  @Test
  void theCelebrityIsTheHighestAndUsesBothNetworks() {
    for (String other : rows.keySet()) {
      if (!other.equals("celebrity") && !other.equals("persona")) {
        assertTrue(score("celebrity") > score(other), other + "\n" + demo);
      }
    }
    assertTrue(rows.get("celebrity")[5].matches("twitter \\d+%, youtube \\d+%"), demo::toString);
    assertEquals("youtube 100%", rows.get("youtube-creator")[5], demo::toString);
  }

  @Test
  void everyScoredPersonaShowsItsThreePillarScores() {
    assertEquals(List.of("persona", "score", "reach", "ampl.", "impact",
        "where the score comes from"), List.of(rows.get("persona")), demo::toString);
    for (String persona : new String[] {"engaged-creator", "celebrity", "youtube-creator"}) {
      for (int column = 2; column <= 4; column++) {
        int pillar = Integer.parseInt(rows.get(persona)[column]);
        assertTrue(pillar >= 1 && pillar <= 100, persona + "\n" + demo);
      }
    }
    // The creator's few followers act on nearly every post: her amplification beats the giant's.
    assertTrue(Integer.parseInt(rows.get("engaged-creator")[3])
        > Integer.parseInt(rows.get("silent-giant")[3]) + 10, demo::toString);
  }

  @Test
  void theTableFitsEightyColumns() {
    List<String> lines = demo.lines();
    // The table, up to the blank line before the hint that names a path on this machine.
    for (String line : lines.subList(0, lines.indexOf(""))) {
      assertTrue(line.length() <= DemoCommand.WIDTH, () -> line.length() + ": " + line);
    }
    assertTrue(demo.out().contains("    a novelist with a Wikipedia article"), demo::toString);
  }

  @Test
  void aMissingExamplesDirectoryIsAUsageError() {
    Cli.Result r = new Cli().run("demo", "--examples", "no/such/dir");
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("no examples directory no/such/dir"), r::toString);
  }
}
