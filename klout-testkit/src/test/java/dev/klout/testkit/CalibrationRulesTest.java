package dev.klout.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.Calibration;
import dev.klout.CoreSignals;
import dev.klout.InfluenceScorer;
import dev.klout.Score;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Rule 6, the scale (SCORING-PRINCIPLES S1-S3): on profiles the calibration never saw, the mean
 * is 40 +- 1, the 95th percentile 63 +- 1, and at most 0.01% reach 90.
 */
class CalibrationRulesTest {
  private static final int FIT_SIZE = 200_000;
  private static final int TEST_SIZE = 100_000;
  private static final long UNSEEN_SEED = 7L;

  private static double[] rawScores(InfluenceScorer scorer, ReferencePopulation population, int n) {
    // Each profile depends only on its index, and toArray keeps index order: deterministic.
    return IntStream.range(0, n).parallel()
        .mapToDouble(i -> scorer.score(population.profile(i)).raw()).toArray();
  }

  @Test
  void shippedCalibrationIsTheFitToTheReferencePopulation() {
    InfluenceScorer scorer = InfluenceScorer.builder().provider(new CoreSignals()).build();
    Calibration fitted = Calibration.fit(rawScores(scorer, ReferencePopulation.standard(), FIT_SIZE));
    Calibration shipped = Calibration.standard();
    String literal = String.format(Locale.ROOT, "raw %s%nscore %s",
        Arrays.toString(fitted.rawKnots()), Arrays.toString(fitted.scoreKnots()));
    assertArrayEquals(fitted.rawKnots(), shipped.rawKnots(),
        () -> "Calibration.standard() is stale; the model changed, so bump the model version and"
            + " ship the new fit:\n" + literal);
    assertArrayEquals(fitted.scoreKnots(), shipped.scoreKnots(), () -> literal);
  }

  @Test
  void unseenPopulationHasMeanFortyAndTopFivePercentAtSixtyThree() {
    InfluenceScorer scorer = InfluenceScorer.builder().provider(new CoreSignals()).build();
    ReferencePopulation unseen = ReferencePopulation.withSeed(UNSEEN_SEED);
    int[] values = IntStream.range(0, TEST_SIZE).parallel()
        .map(i -> scorer.score(unseen.profile(i)).value()).toArray();
    double mean = Arrays.stream(values).average().orElseThrow();
    int[] sorted = values.clone();
    Arrays.sort(sorted);
    int p95 = sorted[(int) Math.ceil(0.95 * TEST_SIZE) - 1];
    long nineties = Arrays.stream(values).filter(v -> v >= 90).count();

    assertEquals(40.0, mean, 1.0, "mean score");
    assertEquals(63, p95, 1, "95th percentile");
    assertTrue(nineties <= TEST_SIZE / 10_000, () -> nineties + " of " + TEST_SIZE + " reach 90");
    assertTrue(sorted[0] >= 1 && sorted[TEST_SIZE - 1] <= 100);
  }

  @Test
  void higherIsExponentiallyHarder() {
    // S3: the reactions it takes to climb grow by a factor, not an increment. Find the reactions
    // per post that reach 30, 45 and 60 points on an otherwise fixed account and compare ratios.
    long at30 = reactionsToReach(30);
    long at45 = reactionsToReach(45);
    long at60 = reactionsToReach(60);
    assertTrue(at45 >= 2 * at30 && at60 >= 2 * at45,
        () -> "reactions per post needed: 30 -> " + at30 + ", 45 -> " + at45 + ", 60 -> " + at60);
  }

  private static long reactionsToReach(int target) {
    for (long likes = 1; likes < 1L << 40; likes = likes * 11 / 10 + 1) {
      Score s = ModelFixtures.score(ModelFixtures.person(
          ModelFixtures.active("twitter", 1_000, 30, 0, 0, likes).build()));
      if (s.value() >= target) {
        return likes;
      }
    }
    throw new AssertionError("no reaction count reaches " + target);
  }

  @Test
  void hostCanFitItsOwnPopulation() {
    InfluenceScorer scorer = InfluenceScorer.builder().provider(new CoreSignals()).build();
    double[] raws = rawScores(scorer, ReferencePopulation.withSeed(99), 20_000);
    // A host whose members are all twice as active as the reference population.
    double[] host = Arrays.stream(raws).map(r -> r * 1.5 + 2).toArray();
    Calibration own = Calibration.fit(host);
    InfluenceScorer hostScorer = InfluenceScorer.builder().provider(new CoreSignals())
        .calibration(own).build();
    double mean = Arrays.stream(host).map(own::apply).average().orElseThrow();
    assertEquals(40.0, mean, 0.5);
    assertTrue(hostScorer.modelVersion().startsWith("v1+fitted-"), hostScorer::modelVersion);
  }
}
