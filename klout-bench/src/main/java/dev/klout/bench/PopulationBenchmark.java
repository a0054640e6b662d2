package dev.klout.bench;

import dev.klout.InfluenceScorer;
import dev.klout.PopulationMember;
import dev.klout.PopulationScorer;
import dev.klout.Profile;
import dev.klout.testkit.LinkedPopulation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * One round of the population fixed point over a linked population, against its floor: a plain
 * compressed-sparse-row loop over the same edges (weight times the source's score, summed per
 * person), which is what any implementation of a round must at least do. Edge updates a second
 * are {@code edges / time}; the setup prints the edge count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PopulationBenchmark {
  @Param({"10000"})
  public int people;

  private PopulationScorer population;
  private PopulationMember[] members;
  private int[][] actors;
  private double[] scores;
  // The same edges as a CSR matrix: person i's sources are source[start[i]..start[i+1]).
  private int[] start;
  private int[] source;
  private double[] weight;

  @Setup(Level.Trial)
  public void setUp() {
    population = PopulationScorer.of(InfluenceScorer.create());
    List<PopulationMember> list = new ArrayList<>();
    Map<String, Integer> owner = new HashMap<>();
    for (Profile p : LinkedPopulation.of(people, 1)) {
      PopulationMember m = population.member(p);
      for (String key : m.accountKeys()) {
        owner.put(key, list.size());
      }
      list.add(m);
    }
    members = list.toArray(new PopulationMember[0]);
    actors = new int[members.length][];
    start = new int[members.length + 1];
    List<Integer> sources = new ArrayList<>();
    for (int i = 0; i < members.length; i++) {
      List<String> keys = members[i].actorKeys();
      actors[i] = new int[keys.size()];
      start[i] = sources.size();
      for (int t = 0; t < keys.size(); t++) {
        actors[i][t] = owner.getOrDefault(keys.get(t), -1);
        if (actors[i][t] >= 0) {
          sources.add(actors[i][t]);
        }
      }
    }
    start[members.length] = sources.size();
    source = sources.stream().mapToInt(Integer::intValue).toArray();
    weight = new double[source.length];
    Arrays.fill(weight, 0.5);
    scores = new double[members.length];
    Arrays.fill(scores, 40.0);
    long known = Arrays.stream(actors).mapToLong(a -> a.length).sum();
    System.out.printf("%n%,d people, %,d known actors, %,d edges within the population%n",
        members.length, known, source.length);
  }

  /** One round: every member's next score from its actors' scores. */
  @Benchmark
  public double round() {
    double sum = 0;
    for (int i = 0; i < members.length; i++) {
      if (members[i].optedOut()) {
        continue;
      }
      int[] a = actors[i];
      double[] s = new double[a.length];
      for (int t = 0; t < a.length; t++) {
        s[t] = a[t] < 0 ? Double.NaN : scores[a[t]];
      }
      sum += population.next(members[i], s);
    }
    return sum;
  }

  /** The floor: the same edges, one multiply-add each. */
  @Benchmark
  public double csrFloor() {
    double total = 0;
    for (int i = 0; i < start.length - 1; i++) {
      double acc = 0;
      for (int e = start[i]; e < start[i + 1]; e++) {
        acc += weight[e] * scores[source[e]];
      }
      total += acc;
    }
    return total;
  }
}
