package dev.klout.bench;

import dev.klout.Profile;
import dev.klout.testkit.ReferencePopulation;
import dev.klout.testkit.ReferenceProfiles;
import java.util.stream.IntStream;

/** The profiles every benchmark measures, by name. */
final class Inputs {
  private Inputs() {}

  /**
   * {@code small}, {@code median} and {@code p99} are the 10th, 50th and 99th percentiles of data
   * size in the standard reference population; {@code celebrity} is far beyond them.
   */
  static Profile profile(String size) {
    switch (size) {
      case "small":
        return ReferenceProfiles.small();
      case "median":
        return ReferenceProfiles.median();
      case "p99":
        return ReferenceProfiles.p99();
      case "celebrity":
        return ReferenceProfiles.celebrity();
      default:
        throw new IllegalArgumentException("size must be small, median, p99 or celebrity but was '"
            + size + "'");
    }
  }

  /** The first {@code n} people of the standard population, made in parallel. */
  static Profile[] population(int n) {
    ReferencePopulation population = ReferencePopulation.standard();
    return IntStream.range(0, n).parallel().mapToObj(population::profile).toArray(Profile[]::new);
  }
}
