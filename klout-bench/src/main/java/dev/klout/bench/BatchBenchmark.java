package dev.klout.bench;

import dev.klout.InfluenceScorer;
import dev.klout.Profile;
import dev.klout.testkit.ReferenceProfiles;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A batch of {@code batch} profiles scored on one thread and on every core. The batch cycles
 * through {@code pool} distinct profiles of the reference population: a million distinct profiles
 * would need tens of gigabytes, while 50,000 already far exceed the CPU caches, so each score
 * still reads its profile from memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class BatchBenchmark {
  @Param("1000000")
  public int batch;

  @Param("50000")
  public int pool;

  private InfluenceScorer scorer;
  private Profile[] profiles;
  private ExecutorService executor;
  private int threads;

  @Setup(Level.Trial)
  public void setUp() {
    scorer = InfluenceScorer.create();
    profiles = Inputs.population(pool);
    threads = Runtime.getRuntime().availableProcessors();
    executor = Executors.newFixedThreadPool(threads);
    long numbers = 0;
    for (int i = 0; i < batch; i++) {
      numbers += ReferenceProfiles.size(profiles[i % pool]);
    }
    System.out.printf("%nbatch of %d profiles holds %d posts, known reactions and replies;"
        + " %d threads%n", batch, numbers, threads);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    executor.shutdownNow();
  }

  @Benchmark
  public double oneThread() {
    return scoreRange(0, batch);
  }

  @Benchmark
  public double parallelStream() {
    return IntStream.range(0, batch).parallel()
        .mapToDouble(i -> scorer.score(profiles[i % pool]).exact()).sum();
  }

  /** One contiguous slice of the batch per core: no work stealing, no per-element overhead. */
  @Benchmark
  public double executor() throws Exception {
    List<Future<Double>> parts = new ArrayList<>(threads);
    int slice = (batch + threads - 1) / threads;
    for (int t = 0; t < threads; t++) {
      int from = t * slice;
      int to = Math.min(batch, from + slice);
      parts.add(executor.submit(() -> scoreRange(from, to)));
    }
    double sum = 0;
    for (Future<Double> part : parts) {
      sum += part.get();
    }
    return sum;
  }

  private double scoreRange(int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += scorer.score(profiles[i % pool]).exact();
    }
    return sum;
  }
}
