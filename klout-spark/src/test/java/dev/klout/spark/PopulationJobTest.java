package dev.klout.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.Account;
import dev.klout.InfluenceScorer;
import dev.klout.PopulationScorer;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.population.PopulationFormat;
import dev.klout.population.PopulationReader;
import dev.klout.population.PopulationWriter;
import dev.klout.population.ScoreRecord;
import dev.klout.testkit.LinkedPopulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job against the in-process PopulationScorer, every field bit for bit. */
class PopulationJobTest {
  private static final Instant AS_OF = Instant.parse("2026-03-01T12:00:00Z");
  private static final int PEOPLE = 300;

  @TempDir
  static Path tmp;
  static Path jsonl;
  static SparkSession spark;
  static Map<String, ScoreRecord> expected;
  static PopulationScorer.Run expectedRun;

  @BeforeAll
  static void start() throws IOException {
    jsonl = tmp.resolve("population");
    write(jsonl);
    List<ScoreRecord> records = new ArrayList<>();
    try (PopulationReader reader = PopulationReader.open(jsonl)) {
      expectedRun = PopulationScorer.of(InfluenceScorer.create())
          .score(reader, s -> records.add(ScoreRecord.of(s)));
    }
    expected = new HashMap<>();
    records.forEach(r -> expected.put(r.person(), r));
    spark = SparkSession.builder().master("local[2]").appName("klout-spark-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** The testkit's linked population: outsiders, bots, private accounts, hidden likes, opt-outs. */
  private static void write(Path dir) throws IOException {
    try (PopulationWriter w = PopulationWriter.create(dir)) {
      for (Profile p : LinkedPopulation.of(PEOPLE, 42)) {
        w.write(p);
      }
    }
  }

  private static void assertSameAsInProcess(PopulationJob.Result result) {
    List<Row> rows = result.scores().collectAsList();
    assertEquals(PEOPLE, rows.size());
    for (Row row : rows) {
      ScoreRecord want = expected.get(row.getString(0));
      String who = want.person();
      assertEquals(want.model(), row.getString(1), who);
      assertEquals(want.scored(), row.getBoolean(2), who);
      assertEquals(want.score(), row.getInt(3), who);
      assertBits(want.exact(), row.getDouble(4), who + " exact");
      assertBits(want.raw(), row.getDouble(5), who + " raw");
      List<Row> pillars = row.getList(6);
      assertEquals(want.pillars().size(), pillars.size(), who);
      for (int k = 0; k < pillars.size(); k++) {
        ScoreRecord.Pillar p = want.pillars().get(k);
        assertEquals(p.pillar(), pillars.get(k).getString(0), who);
        assertEquals(p.score(), pillars.get(k).getInt(1), who);
        assertBits(p.exact(), pillars.get(k).getDouble(2), who + " " + p.pillar());
      }
      List<Row> signals = row.getList(7);
      assertEquals(want.signals().size(), signals.size(), who);
      for (int k = 0; k < signals.size(); k++) {
        ScoreRecord.Signal s = want.signals().get(k);
        Row got = signals.get(k);
        assertEquals(s.network(), got.getString(0), who);
        assertEquals(s.signal(), got.getString(1), who);
        assertBits(s.value(), got.getDouble(2), who + " " + s.signal());
        assertBits(s.weight(), got.getDouble(3), who + " " + s.signal());
        assertBits(s.contribution(), got.getDouble(4), who + " " + s.signal());
      }
      assertEquals(want.excluded(), row.getList(8), who);
    }
    PopulationJob.Run run = result.run();
    assertEquals(expectedRun.iterations(), run.iterations(), run.toString());
    assertBits(expectedRun.lastChange(), run.lastChange(), "last change");
    assertEquals(expectedRun.populationLinks(), run.populationLinks());
  }

  private static void assertBits(double want, double got, String what) {
    assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got),
        what + ": " + want + " vs " + got);
  }

  @Test
  void twoPartitionsGiveTheInProcessScoresBitForBit() {
    spark.conf().set("spark.sql.shuffle.partitions", "2");
    assertSameAsInProcess(PopulationJob.score(spark, jsonl.toString(), "jsonl", -1));
    assertTrue(expectedRun.populationLinks() > 100, expectedRun::toString);
    assertTrue(expectedRun.converged(), expectedRun::toString);
  }

  @Test
  void threePartitionsFromParquetGiveThemToo() throws IOException {
    spark.conf().set("spark.sql.shuffle.partitions", "3");
    Path parquet = tmp.resolve("parquet");
    for (String table : PopulationFormat.TABLES) {
      // The same columns in Parquet, each table split in three files in another order.
      spark.read().json(jsonl.resolve(table + ".jsonl").toString()).repartition(3)
          .write().parquet(parquet.resolve(table + ".parquet").toString());
    }
    Files.copy(jsonl.resolve(PopulationFormat.MANIFEST), parquet.resolve(PopulationFormat.MANIFEST));
    PopulationJob.Result result = PopulationJob.score(spark, parquet.toString(), "parquet", -1);
    assertSameAsInProcess(result);
    Path out = tmp.resolve("scores.parquet");
    result.scores().write().parquet(out.toString());
    assertEquals(PEOPLE, spark.read().parquet(out.toString()).count());
  }

  @Test
  void twoPeopleClaimingOneAccountIsAnError() throws IOException {
    Path dir = tmp.resolve("claimed");
    try (PopulationWriter w = PopulationWriter.create(dir)) {
      for (String id : List.of("a", "b")) {
        w.write(Profile.builder(id, AS_OF).account(Account.on("x").id("same")
            .post(Post.at(AS_OF.minusSeconds(60)).likes(1).build()).build()).build());
      }
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PopulationJob.score(spark, dir.toString(), "jsonl", -1));
    assertEquals("population: 'a' and 'b' both hold the account x:same", e.getMessage());
  }
}
