package dev.klout.bench;

import dev.klout.Profile;
import dev.klout.testkit.ReferenceProfiles;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;

/**
 * Retained bytes per profile of each size, measured by walking the object graph with JOL: every
 * object reachable from the profile, counted once, with this JVM's object layout.
 *
 * <p>Run: {@code java -cp klout-bench/target/benchmarks.jar dev.klout.bench.MemoryFootprint}
 */
public final class MemoryFootprint {
  private MemoryFootprint() {}

  public static void main(String[] args) {
    // Records' fields have no Unsafe offsets; JOL finds them by its own probing instead.
    System.setProperty("jol.magicFieldOffset", "true");
    System.out.printf(Locale.ROOT, "%-10s %12s %10s %12s%n", "profile", "numbers", "objects",
        "bytes");
    for (String size : new String[] {"small", "median", "p99", "celebrity"}) {
      Profile p = Inputs.profile(size);
      GraphLayout layout = GraphLayout.parseInstance(p);
      System.out.printf(Locale.ROOT, "%-10s %12d %10d %12d%n", size, ReferenceProfiles.size(p),
          layout.totalCount(), layout.totalSize());
    }
  }
}
