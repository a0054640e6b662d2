package dev.klout.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.InfluenceScorer;
import dev.klout.Profile;
import dev.klout.Score;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Score history: save, reload, compare, migrations, and a locked or corrupt database. */
class HistoryTest {
  @TempDir
  Path dir;

  private Cli.Result save(Path db, String persona, String asOf) {
    return new Cli().run("score", "--from", Cli.example(persona).toString(), "--as-of", asOf,
        "--save", "--db", db.toString(), "-q");
  }

  @Test
  void savedScoresMakeAHistoryWithChangesAndASparkline() {
    Path db = dir.resolve("nested/history.db");
    assertEquals(0, save(db, "engaged-creator", "2026-10-01").code());
    assertEquals(0, save(db, "engaged-creator", "2026-10-20").code());
    assertEquals(0, save(db, "engaged-creator", "2026-11-20").code());
    assertEquals(0, save(db, "silent-giant", "2026-11-20").code());

    Cli.Result r = new Cli().run("history", "engaged-creator", "--db", db.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals("engaged-creator: 3 saved scores", r.lines().get(0));
    List<String> rows = r.lines().subList(2, 5);
    assertTrue(rows.get(0).contains("2026-10-01T00:00:00Z"), r::toString);
    assertTrue(rows.get(2).matches("\\s+3\\s+2026-11-20T00:00:00Z\\s+\\d+\\s+[+-]\\d+\\s+v2\\s+"
        + "recorded .*engaged-creator"), r::toString);
    String spark = r.lines().get(5).trim();
    assertTrue(spark.matches("[\u2581-\u2588]{3}  \\d+\\.\\.\\d+"), spark);
  }

  @Test
  void savingSaysWhereOnStderrAndKeepsStdoutForTheScore() {
    Path db = dir.resolve("h.db");
    Cli.Result r = new Cli().run("score", "--from", Cli.example("celebrity").toString(),
        "--save", "--db", db.toString());
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.err().contains("klout: saved as #1 in " + db), r::toString);
    assertTrue(!r.out().contains("saved as"), r::toString);
  }

  @Test
  void compareExplainsWhatMovedBetweenTwoSavedScores() {
    Path db = dir.resolve("h.db");
    save(db, "both-networks", "2026-10-15");
    save(db, "both-networks", "2026-11-20");
    Cli.Result r = new Cli().run("compare", "both-networks", "--db", db.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals("both-networks: #1 (2026-10-15T00:00:00Z) -> #2 (2026-11-20T00:00:00Z)",
        r.lines().get(0));
    assertTrue(r.lines().get(1).matches("\\d+ -> \\d+ \\([+-]?\\d+ points; exact .*"),
        r::toString);
    assertTrue(r.lines().stream().anyMatch(l -> l.matches("\\s+[+-]\\d+\\.\\d{3}\\s+(twitter|"
        + "youtube) \\S+ \\(.*\\)")), r::toString);

    Cli.Result explicit = new Cli().run("compare", "both-networks", "2", "1", "--db",
        db.toString());
    assertEquals(0, explicit.code(), explicit::toString);
    assertTrue(explicit.lines().get(0).endsWith("#2 (2026-11-20T00:00:00Z) -> #1"
        + " (2026-10-15T00:00:00Z)"), explicit::toString);

    Cli.Result missing = new Cli().run("compare", "both-networks", "1", "9", "--db",
        db.toString());
    assertEquals(3, missing.code(), missing::toString);
    Cli.Result nobody = new Cli().run("history", "nobody", "--db", db.toString());
    assertEquals(3, nobody.code(), nobody::toString);
    assertTrue(nobody.err().contains("no saved score for 'nobody'"), nobody::toString);
  }

  @Test
  void aSavedScoreComesBackWholeAndComparesAsTheLiveOnesDo() throws Exception {
    Path db = dir.resolve("h.db");
    InfluenceScorer scorer = InfluenceScorer.create();
    Profile early = Cli.profile("both-networks", Instant.parse("2026-10-15T00:00:00Z"));
    Profile late = Cli.profile("both-networks", Instant.parse("2026-11-20T00:00:00Z"));
    Score before = scorer.score(early);
    Score after = scorer.score(late);
    try (History history = History.open(db, Duration.ofSeconds(1))) {
      history.save(before, "test", Instant.EPOCH);
      history.save(after, "test", Instant.EPOCH);
      List<History.Saved> saved = history.series("both-networks");
      Score restored = saved.get(1).score();
      assertEquals(Double.doubleToLongBits(after.exact()),
          Double.doubleToLongBits(restored.exact()), "bit for bit");
      assertEquals(after.pillars(), restored.pillars());
      assertEquals(after.networks(), restored.networks());
      assertEquals(after.explain(), restored.explain());
      // youtube-creator's channel hides likes and comments on some videos: the save keeps which.
      Score hiding = scorer.score(Cli.profile("youtube-creator",
          Instant.parse("2026-11-20T00:00:00Z")));
      assertTrue(!hiding.hidden().isEmpty(), hiding::toString);
      history.save(hiding, "test", Instant.EPOCH);
      Score back = history.series("youtube-creator").get(0).score();
      assertEquals(hiding.hidden(), back.hidden());
      assertEquals(hiding.explain(), back.explain(), "the hidden line too");
      assertEquals(dev.klout.ScoreChange.between(before, after).explain(),
          dev.klout.ScoreChange.between(saved.get(0).score(), restored).explain());
    }
  }

  @Test
  void todaysSchemaMigratesForwardWithoutLosingARow() throws Exception {
    // Schema 2, as klout wrote it before scores were rebuilt whole: no signal version or
    // description, no pillar scores, exclusions as their text.
    Path db = dir.resolve("v2.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      for (String[] step : History.MIGRATIONS.subList(0, 2)) {
        for (String sql : step) {
          s.execute(sql);
        }
      }
      s.execute("PRAGMA user_version = 2");
      for (int id = 1; id <= 2; id++) {
        s.execute("INSERT INTO result (profile, as_of, saved_at, model, scored, score, exact, raw,"
            + " source) VALUES ('sam', '2026-1" + id + "-01T00:00:00Z', '2026-12-01T00:00:00Z',"
            + " 'v2', 1, " + (40 + id) + ", " + (40.25 + id) + ", " + (10.5 + id) + ", 'live')");
        s.execute("INSERT INTO contribution VALUES (" + id + ", 'twitter', 'core.reach', 'reach',"
            + " " + (5.0 + id) + ", 1.0, " + (5.0 + id) + ")");
        s.execute("INSERT INTO contribution VALUES (" + id + ", 'twitter', 'core.focus', 'focus',"
            + " 9.0, 0.6, 5.5)");
        s.execute("INSERT INTO exclusion VALUES (" + id + ", 'youtube', 'the account is private,"
            + " and only public activity counts')");
      }
      s.execute("INSERT INTO result (profile, as_of, saved_at, model, scored, score, exact, raw,"
          + " source) VALUES ('gone', '2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z', 'v2', 0, 0,"
          + " 0, 0, 'live')");
    }
    try (History history = History.open(db, Duration.ofSeconds(1))) {
      List<History.Saved> sam = history.series("sam");
      assertEquals(2, sam.size());
      Score second = sam.get(1).score();
      assertEquals(42, second.value());
      assertEquals(42.25, second.exact());
      assertEquals(List.of("core.focus", "core.reach"), second.signals().stream()
          .map(dev.klout.SignalContribution::signalId).toList());
      assertEquals(12.5, second.network("twitter").orElseThrow().contribution());
      assertEquals(List.of(new dev.klout.Exclusion("youtube", dev.klout.Exclusion.Reason.PRIVATE)),
          second.exclusions());
      assertEquals(List.of(), second.pillars(), "schema 2 kept no pillar scores");
      assertEquals(List.of("41 -> 42 (+1 points; exact +1.00, raw +1.000)",
          "  +1.000  twitter core.reach (6.000 -> 7.000)"),
          dev.klout.ScoreChange.between(sam.get(0).score(), second).explain());
      assertTrue(!history.series("gone").get(0).scored());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      assertEquals(3, count(s, "result"));
      assertEquals(4, count(s, "contribution"));
      assertEquals(2, count(s, "exclusion"));
      try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
        assertEquals(History.MIGRATIONS.size(), r.getInt(1));
      }
    }
    Cli.Result compared = new Cli().run("compare", "sam", "--db", db.toString());
    assertEquals(0, compared.code(), compared::toString);
    assertTrue(compared.out().contains("+1.000  twitter core.reach"), compared::toString);
  }

  private static int count(Statement s, String table) throws Exception {
    try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      return r.getInt(1);
    }
  }

  @Test
  void readingAMissingHistoryCreatesNothing() {
    Path db = dir.resolve("none/history.db");
    Cli.Result r = new Cli().run("history", "x", "--db", db.toString());
    assertEquals(3, r.code(), r::toString);
    assertTrue(r.err().contains("no history database at " + db), r::toString);
    assertTrue(!Files.exists(db.getParent()), "reading created nothing");
  }

  @Test
  void anEmptyFileIsMigratedToTheCurrentSchema() throws Exception {
    Path db = dir.resolve("empty.db");
    Files.createFile(db);
    assertEquals(0, save(db, "engaged-creator", "2026-11-20").code());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA user_version")) {
      assertEquals(History.MIGRATIONS.size(), r.getInt(1));
    }
  }

  @Test
  void aFirstSchemaDatabaseIsMigratedAndKeepsItsScores() throws Exception {
    Path db = dir.resolve("v1.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      for (String sql : History.MIGRATIONS.get(0)) {
        s.execute(sql);
      }
      s.execute("PRAGMA user_version = 1");
      s.execute("INSERT INTO result (profile, as_of, saved_at, model, scored, score, exact, raw)"
          + " VALUES ('old', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', 'v1', 1, 42, 42.2,"
          + " 9.5)");
    }
    try (History history = History.open(db, Duration.ofSeconds(1))) {
      List<History.Saved> old = history.series("old");
      assertEquals(1, old.size());
      assertEquals(42, old.get(0).score().value());
      assertEquals("live", old.get(0).source(), "the new column's default fills old rows");
    }
  }

  @Test
  void aLockedDatabaseFailsClearlyAndLosesNothing() throws Exception {
    Path db = dir.resolve("locked.db");
    assertEquals(0, save(db, "engaged-creator", "2026-11-01").code());
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = other.createStatement()) {
      // Another writer holds the write lock (readers may still read, so the history opens).
      s.execute("BEGIN IMMEDIATE");
      s.execute("DELETE FROM contribution");
      try (History history = History.open(db, Duration.ofMillis(200))) {
        Score score = InfluenceScorer.create().score(
            Profile.builder("x", Instant.parse("2026-11-20T00:00:00Z")).build());
        CliFailure e = assertThrows(CliFailure.class,
            () -> history.save(score, "live", Instant.now()));
        assertTrue(e.getMessage().contains("is locked by another writer; could not save the score;"
            + " nothing was written"), e::getMessage);
        assertEquals(Exit.OTHER, e.exit());
      }
      s.execute("ROLLBACK");
    }
    Cli.Result r = new Cli().run("history", "engaged-creator", "--db", db.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals("engaged-creator: 1 saved score", r.lines().get(0));
  }

  @Test
  void aCorruptFileIsReportedAndLeftAsItIs() throws Exception {
    Path db = dir.resolve("corrupt.db");
    byte[] junk = new byte[4096];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i * 31 + 7);
    }
    Files.write(db, junk);
    Cli.Result r = save(db, "engaged-creator", "2026-11-20");
    Cli.Result shown = new Cli().run("score", "--from", Cli.example("engaged-creator").toString(),
        "--save", "--db", db.toString());
    assertEquals(1, r.code(), r::toString);
    assertEquals("", r.err(), "quiet");
    assertTrue(shown.err().contains("is not a klout history or is corrupt; it was left as it is"),
        shown::toString);
    assertArrayEquals(junk, Files.readAllBytes(db));
  }

  @Test
  void aNewerSchemaIsRefused() throws Exception {
    Path db = dir.resolve("future.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 99");
    }
    byte[] before = Files.readAllBytes(db);
    Cli.Result r = new Cli().run("history", "x", "--db", db.toString());
    assertEquals(1, r.code(), r::toString);
    assertTrue(r.err().contains("has schema 99, newer than this klout knows"), r::toString);
    Cli.Result save = save(db, "engaged-creator", "2026-11-20");
    assertEquals(1, save.code(), save::toString);
    assertArrayEquals(before, Files.readAllBytes(db), "left byte for byte as it was");
  }

  @Test
  void anotherProgramsDatabaseIsRefusedAndLeftByteForByte() throws Exception {
    Path db = dir.resolve("notes.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)");
      s.execute("INSERT INTO note (text) VALUES ('keep me')");
    }
    byte[] before = Files.readAllBytes(db);
    Cli.Result r = new Cli().run("score", "--from", Cli.example("engaged-creator").toString(),
        "--save", "--db", db.toString());
    assertEquals(1, r.code(), r::toString);
    assertTrue(r.err().contains("is another program's database (tables note), not a klout"
        + " history; it was left as it is"), r::toString);
    assertArrayEquals(before, Files.readAllBytes(db));
    Cli.Result read = new Cli().run("history", "x", "--db", db.toString());
    assertEquals(1, read.code(), read::toString);
    assertArrayEquals(before, Files.readAllBytes(db));
  }
}
