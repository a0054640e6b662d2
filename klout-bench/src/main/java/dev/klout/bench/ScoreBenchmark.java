package dev.klout.bench;

import dev.klout.Account;
import dev.klout.AccountWindow;
import dev.klout.InfluenceScorer;
import dev.klout.Profile;
import dev.klout.Score;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One profile of each size: scoring it, the floor of reading it, and its two halves, measuring
 * (reads the profile) and scoring measured values (weighting and calibration only).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ScoreBenchmark {
  @Param({"small", "median", "p99", "celebrity"})
  public String size;

  private InfluenceScorer scorer;
  private Profile profile;
  private dev.klout.Measurement measured;

  @Setup(Level.Trial)
  public void setUp() {
    scorer = InfluenceScorer.create();
    profile = Inputs.profile(size);
    measured = scorer.measure(profile);
  }

  /** The whole hot path: read, measure, weigh, calibrate. */
  @Benchmark
  @BenchmarkMode({Mode.AverageTime, Mode.Throughput})
  public Score score() {
    return scorer.score(profile);
  }

  /** The floor: touch every number scoring may read, and nothing else. */
  @Benchmark
  public double floor() {
    return Floor.read(profile);
  }

  /** The reading half: every signal of every account. */
  @Benchmark
  public dev.klout.Measurement measure() {
    return scorer.measure(profile);
  }

  /** Inside the reading half: only the windows' organic aggregates (model v2), no signal. */
  @Benchmark
  public double window() {
    double sum = 0;
    for (Account account : profile.accounts().values()) {
      sum += AccountWindow.of(account, profile.asOf()).organicEngagers();
    }
    return sum;
  }

  /** The other half: weighting and calibration of values already measured. */
  @Benchmark
  public Score scoreMeasured() {
    return scorer.score(measured);
  }
}
