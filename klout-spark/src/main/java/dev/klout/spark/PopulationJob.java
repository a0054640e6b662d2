package dev.klout.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.struct;

import dev.klout.InfluenceScorer;
import dev.klout.PopulationMember;
import dev.klout.PopulationScorer;
import dev.klout.Profile;
import dev.klout.population.PersonRecord;
import dev.klout.population.PersonRows;
import dev.klout.population.ScoreRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores a population on Spark, as {@link PopulationScorer} does in one process and bit for bit
 * the same: every person is measured once into a {@link PopulationMember}; each round joins the
 * members with the scores of the people who reacted to them and takes one step of the fixed
 * point; the last scores everyone with their breakdown. A person's step puts each actor's score
 * at the actor's own place in the member ({@code pos}), so neither Spark's partitioning nor the
 * order it gathers rows in can change a sum; the stopping rule is a maximum.
 *
 * <pre>
 * spark-submit --class dev.klout.spark.PopulationJob klout-spark-job.jar \
 *     --in s3://bucket/population --out s3://bucket/scores [--format parquet|jsonl]
 *     [--iterations N]
 * </pre>
 */
public final class PopulationJob {
  private static final Logger LOG = LoggerFactory.getLogger(PopulationJob.class);

  static final StructType MEMBERS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("person", DataTypes.StringType, false),
      DataTypes.createStructField("opted_out", DataTypes.BooleanType, false),
      DataTypes.createStructField("member", DataTypes.BinaryType, false),
      DataTypes.createStructField("accounts",
          DataTypes.createArrayType(DataTypes.StringType, false), false),
      DataTypes.createStructField("actors",
          DataTypes.createArrayType(DataTypes.StringType, false), false)));
  static final StructType STEP = DataTypes.createStructType(List.of(
      DataTypes.createStructField("person", DataTypes.StringType, false),
      DataTypes.createStructField("score", DataTypes.DoubleType, false),
      DataTypes.createStructField("change", DataTypes.DoubleType, false)));
  private static final StructType PILLAR = DataTypes.createStructType(List.of(
      DataTypes.createStructField("pillar", DataTypes.StringType, false),
      DataTypes.createStructField("score", DataTypes.IntegerType, false),
      DataTypes.createStructField("exact", DataTypes.DoubleType, false)));
  private static final StructType SIGNAL = DataTypes.createStructType(List.of(
      DataTypes.createStructField("network", DataTypes.StringType, false),
      DataTypes.createStructField("signal", DataTypes.StringType, false),
      DataTypes.createStructField("value", DataTypes.DoubleType, false),
      DataTypes.createStructField("weight", DataTypes.DoubleType, false),
      DataTypes.createStructField("contribution", DataTypes.DoubleType, false)));
  /** The scores' columns: klout-population's {@link ScoreRecord}, field for field. */
  public static final StructType SCORES = DataTypes.createStructType(List.of(
      DataTypes.createStructField("person", DataTypes.StringType, false),
      DataTypes.createStructField("model", DataTypes.StringType, false),
      DataTypes.createStructField("scored", DataTypes.BooleanType, false),
      DataTypes.createStructField("score", DataTypes.IntegerType, false),
      DataTypes.createStructField("exact", DataTypes.DoubleType, false),
      DataTypes.createStructField("raw", DataTypes.DoubleType, false),
      DataTypes.createStructField("pillars", DataTypes.createArrayType(PILLAR, false), false),
      DataTypes.createStructField("signals", DataTypes.createArrayType(SIGNAL, false), false),
      DataTypes.createStructField("excluded",
          DataTypes.createArrayType(DataTypes.StringType, false), false)));

  private PopulationJob() {}

  /** What a run did, and how long each part took on the driver's clock. */
  public record Run(long people, long populationLinks, int iterations, double lastChange,
      boolean converged, long measureMillis, long iterateMillis) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%,d people, %,d links to people of the population, %d"
          + " rounds (last change %.3g points, %s); read and measure %.1f s, rounds %.1f s",
          people, populationLinks, iterations, lastChange,
          converged ? "converged" : "round limit", measureMillis / 1e3, iterateMillis / 1e3);
    }
  }

  /** The scores of a population, not yet written, and what computing them took. */
  public record Result(Dataset<Row> scores, Run run) {}

  public static void main(String[] args) {
    String in = null;
    String out = null;
    String format = "parquet";
    int iterations = -1;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--in" -> in = value;
        case "--out" -> out = value;
        case "--format" -> format = value;
        case "--iterations" -> iterations = value == null ? -2 : Integer.parseInt(value);
        default -> usage("unknown argument '" + args[i] + "'");
      }
      i++;
    }
    if (in == null || out == null) {
      usage("--in and --out are required");
    }
    if (!"parquet".equals(format) && !"jsonl".equals(format)) {
      usage("--format must be parquet or jsonl but was '" + format + "'");
    }
    if (iterations < -1 || iterations > 1000) {
      usage("--iterations must be from 0 to 1000");
    }
    SparkSession spark = SparkSession.builder().appName("klout population").getOrCreate();
    try {
      long start = System.nanoTime();
      Result result = score(spark, in, format, iterations);
      long scored = System.nanoTime();
      result.scores().write().mode("overwrite").parquet(out);
      long end = System.nanoTime();
      System.err.printf(Locale.ROOT, "klout population: %s; score and write %.1f s; %.1f s in"
          + " all; scores in %s%n", result.run(), (end - scored) / 1e9, (end - start) / 1e9, out);
    } finally {
      spark.stop();
    }
  }

  private static void usage(String why) {
    System.err.println("klout population job: " + why);
    System.err.println("usage: PopulationJob --in DIR --out DIR [--format parquet|jsonl]"
        + " [--iterations N]");
    System.exit(2);
  }

  /**
   * Scores the population in {@code dir} ({@code format} "parquet" or "jsonl"); the scores are
   * computed when the returned dataset is, and the fixed point's rounds already have been.
   *
   * @param maxIterations at most this many rounds, or -1 for the model's limit
   */
  public static Result score(SparkSession spark, String dir, String format, int maxIterations) {
    long t0 = System.nanoTime();
    Dataset<Row> members = Tables.people(spark, dir, format)
        .mapPartitions(new Measure(), Encoders.row(MEMBERS))
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    long people = members.count();

    Dataset<Row> owners = members.select(col("person").as("owner"),
        explode(col("accounts")).as("key"));
    List<Row> claimed = owners.groupBy("key")
        .agg(count(lit(1)).as("n"), min("owner").as("first"), max("owner").as("second"))
        .filter(col("n").gt(1)).orderBy("key").limit(1).collectAsList();
    if (!claimed.isEmpty()) {
      Row c = claimed.get(0);
      throw new IllegalArgumentException(String.format(Locale.ROOT, "population: '%s' and '%s'"
          + " both hold the account %s", c.getString(2), c.getString(3), c.getString(0)));
    }
    List<Row> twins = members.groupBy("person").agg(count(lit(1)).as("n"))
        .filter(col("n").gt(1)).orderBy("person").limit(1).collectAsList();
    if (!twins.isEmpty()) {
      throw new IllegalArgumentException("population: the profile id '"
          + twins.get(0).getString(0) + "' appears " + twins.get(0).getLong(1) + " times");
    }
    // Who reacted to whom, where the actor is a person of the population: (person, pos, owner).
    Dataset<Row> links = members.select(col("person"), posexplode(col("actors")))
        .withColumnRenamed("col", "key")
        .join(owners, "key")
        .select("person", "pos", "owner")
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    long populationLinks = links.count();
    long t1 = System.nanoTime();

    PopulationScorer local = Scorers.population(maxIterations);
    Dataset<Row> scores = members.filter(not(col("opted_out")))
        .select(col("person"), lit(local.start()).as("score"));
    int rounds = 0;
    double change = Double.POSITIVE_INFINITY;
    while (rounds < local.maxIterations() && !(change <= local.tolerance())) {
      Dataset<Row> step = state(members.filter(not(col("opted_out"))), links, scores)
          .mapPartitions(step(), Encoders.row(STEP))
          .localCheckpoint(true);
      Row moved = step.agg(max("change")).first();
      change = moved.isNullAt(0) ? 0 : moved.getDouble(0);
      scores = step.select("person", "score");
      rounds++;
      LOG.info("population round {}: largest change {} points", rounds, change);
    }
    long t2 = System.nanoTime();
    Dataset<Row> result = state(members, links, scores)
        .mapPartitions(scores(), Encoders.row(SCORES));
    Run run = new Run(people, populationLinks, rounds, people == 0 ? 0 : change,
        change <= local.tolerance(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    return new Result(result, run);
  }

  /** Each member with its own score and its actors' scores: (member, score, inflow). */
  private static Dataset<Row> state(Dataset<Row> members, Dataset<Row> links,
      Dataset<Row> scores) {
    Dataset<Row> actorScores = scores.withColumnRenamed("person", "owner")
        .withColumnRenamed("score", "actor_score");
    Dataset<Row> inflow = links.join(actorScores, "owner")
        .groupBy("person")
        .agg(collect_list(struct(col("pos"), col("actor_score"))).as("inflow"));
    // Scores come from members, so the join names its key apart rather than compare a column
    // with itself.
    Dataset<Row> own = scores.withColumnRenamed("person", "scored_person");
    return members.join(own, col("person").equalTo(col("scored_person")), "left_outer")
        .drop("scored_person")
        .join(inflow, "person", "left_outer");
  }

  /** The actors' scores in the member's own order; NaN for actors outside the population. */
  static double[] actorScores(Row row, int actors) {
    double[] scores = new double[actors];
    Arrays.fill(scores, Double.NaN);
    int at = row.fieldIndex("inflow");
    if (!row.isNullAt(at)) {
      List<Row> inflow = row.getList(at);
      for (Row r : inflow) {
        scores[r.getInt(0)] = r.getDouble(1);
      }
    }
    return scores;
  }

  /** Profiles into members, with what each person holds and who reacted to them. */
  static final class Measure implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> people) {
      PopulationScorer population = Scorers.population(-1);
      List<Row> out = new ArrayList<>();
      while (people.hasNext()) {
        Row r = people.next();
        PersonRecord person = Tables.person(r);
        String who = person.person();
        Profile profile = PersonRows.profile(person, Tables.accounts(r, who),
            Tables.posts(r, who), Tables.reactions(r, who), Tables.replies(r, who));
        PopulationMember m = population.member(profile);
        out.add(RowFactory.create(who, m.optedOut(), m.toBytes(), seq(m.accountKeys()),
            seq(m.actorKeys())));
      }
      return out.iterator();
    }
  }

  /** What a partition's pass does with one member, given the scores of its actors. */
  @FunctionalInterface
  interface PerMember extends java.io.Serializable {
    Row apply(PopulationScorer population, PopulationMember member, double[] actorScores,
        Row row);
  }

  /** A pass over a partition's members: each read back from bytes, given its actors' scores. */
  static final class Members implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final PerMember each;

    Members(PerMember each) {
      this.each = each;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      PopulationScorer population = Scorers.population(-1);
      List<Row> out = new ArrayList<>();
      while (rows.hasNext()) {
        Row r = rows.next();
        PopulationMember m = population.member((byte[]) r.getAs("member"));
        out.add(each.apply(population, m, actorScores(r, m.actorKeys().size()), r));
      }
      return out.iterator();
    }
  }

  /** One round of the fixed point: the member's next score and how far it moved. */
  static Members step() {
    return new Members((population, m, scores, r) -> {
      double before = r.getAs("score");
      double next = population.next(m, scores);
      return RowFactory.create(m.profileId(), next, Math.abs(next - before));
    });
  }

  /** The last pass: every member's score, breakdown and all, as a {@link ScoreRecord} row. */
  static Members scores() {
    return new Members((population, m, scores, r) ->
        row(ScoreRecord.of(population.score(m, scores))));
  }

  static Row row(ScoreRecord s) {
    List<Row> pillars = new ArrayList<>();
    for (ScoreRecord.Pillar p : s.pillars()) {
      pillars.add(RowFactory.create(p.pillar(), p.score(), p.exact()));
    }
    List<Row> signals = new ArrayList<>();
    for (ScoreRecord.Signal g : s.signals()) {
      signals.add(RowFactory.create(g.network(), g.signal(), g.value(), g.weight(),
          g.contribution()));
    }
    return RowFactory.create(s.person(), s.model(), s.scored(), s.score(), s.exact(), s.raw(),
        seq(pillars), seq(signals), seq(s.excluded()));
  }

  /** A list as a Row's array column wants it: a Scala sequence. */
  private static scala.collection.Seq<?> seq(List<?> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list);
  }

  /** One scorer per executor JVM: discovery reads every adapter's services, once. */
  static final class Scorers {
    private static @Nullable InfluenceScorer scorer;

    private Scorers() {}

    static synchronized PopulationScorer population(int maxIterations) {
      if (scorer == null) {
        scorer = InfluenceScorer.create();
      }
      PopulationScorer.Builder b = PopulationScorer.builder(scorer);
      if (maxIterations >= 0) {
        b.maxIterations(maxIterations);
      }
      return b.build();
    }
  }
}
