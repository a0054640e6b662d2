package dev.klout.bench;

import dev.klout.InfluenceScorer;
import dev.klout.PopulationListener;
import dev.klout.PopulationScorer;
import dev.klout.Profile;
import dev.klout.population.PopulationReader;
import dev.klout.testkit.LinkedPopulation;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * In-process population scoring end to end, on one thread: people and known reactions a second,
 * each phase's time and the peak heap. Not JMH: one run of a whole population is the figure, as a
 * user would meet it. Either a population directory or a generated linked population:
 *
 * <pre>
 * java -Xmx16g -cp benchmarks.jar dev.klout.bench.PopulationScale --dir target/population
 * java -Xmx16g -cp benchmarks.jar dev.klout.bench.PopulationScale --generate 1000000
 * </pre>
 */
public final class PopulationScale {
  private PopulationScale() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2 || !(args[0].equals("--dir") || args[0].equals("--generate"))) {
      System.err.println("usage: PopulationScale --dir DIR | --generate PEOPLE");
      System.exit(2);
    }
    InfluenceScorer scorer = InfluenceScorer.create();
    long[] reactions = {0};
    long[] phase = new long[3];
    long start = System.nanoTime();
    PopulationScorer population = PopulationScorer.builder(scorer)
        .listener(new PopulationListener() {
          @Override
          public void iterated(int round, double largestChange) {
            if (round == 1) {
              phase[0] = System.nanoTime();
            }
            phase[1] = System.nanoTime();
          }
        }).build();
    Iterable<Profile> source;
    PopulationReader reader = null;
    if (args[0].equals("--dir")) {
      reader = PopulationReader.open(Path.of(args[1]));
      source = reader;
    } else {
      source = LinkedPopulation.of(Integer.parseInt(args[1]), 1);
    }
    Iterable<Profile> counted = () -> new Iterator<>() {
      private final Iterator<Profile> it = source.iterator();

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Profile next() {
        Profile p = it.next();
        p.accounts().values().forEach(a -> a.posts().forEach(
            post -> reactions[0] += post.engagements().size()));
        return p;
      }
    };
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long[] scored = {0};
    PopulationScorer.Run run = population.score(counted, s -> scored[0]++);
    long end = System.nanoTime();
    if (reader != null) {
      reader.close();
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    double seconds = (end - start) / 1e9;
    // The first round starts after everyone is read and measured; its time is in the rounds.
    double read = (phase[0] - start) / 1e9;
    System.out.printf(Locale.ROOT, "%s%n", run);
    System.out.printf(Locale.ROOT, "%,d people, %,d known reactions in %.1f s: %,.0f people/s,"
        + " %,.0f known reactions/s%n", scored[0], reactions[0], seconds, scored[0] / seconds,
        reactions[0] / seconds);
    System.out.printf(Locale.ROOT, "read and measure (until round 1 ends) %.1f s, rounds %.1f s,"
        + " final scores %.1f s; peak heap %.0f MB (sum of the heap pools' peaks)%n", read,
        (phase[1] - phase[0]) / 1e9, (end - phase[1]) / 1e9, peak / 1e6);
  }
}
