package dev.klout.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.Calibration;
import dev.klout.CoreSignals;
import dev.klout.InfluenceScorer;
import dev.klout.PillarScore;
import dev.klout.Score;
import dev.klout.ScoreModel;
import dev.klout.spi.Pillar;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Rule 6, the scale (SCORING-PRINCIPLES S1-S3, P1): on profiles the calibration never saw, the
 * mean is 40 +- 1, the 95th percentile 63 +- 1, and at most 0.01% reach 90, for the total of every
 * model and for each pillar of the models that score pillars.
 */
class CalibrationRulesTest {
  private static final int FIT_SIZE = 200_000;
  private static final int TEST_SIZE = 100_000;
  private static final long UNSEEN_SEED = 7L;

  /** The population each model was calibrated on: v2's has gaming planted in it. */
  static ReferencePopulation calibratedOn(ScoreModel model, ReferencePopulation population) {
    return model == ScoreModel.V1 ? population : population.withGaming();
  }

  private static InfluenceScorer scorer(ScoreModel model) {
    return InfluenceScorer.builder().provider(new CoreSignals()).model(model).build();
  }

  /** Column 0 the total's raw score, then each pillar's, per profile in index order. */
  private static double[][] rawScores(InfluenceScorer scorer, ReferencePopulation population,
      int n) {
    // Each profile depends only on its index, and toArray keeps index order: deterministic.
    Score[] scores = IntStream.range(0, n).parallel()
        .mapToObj(i -> scorer.score(population.profile(i))).toArray(Score[]::new);
    double[][] raws = new double[1 + PILLARS.size()][n];
    for (int i = 0; i < n; i++) {
      raws[0][i] = scores[i].raw();
      for (PillarScore p : scores[i].pillars()) {
        raws[1 + PILLARS.indexOf(p.pillar())][i] = p.raw();
      }
    }
    return raws;
  }

  private static final List<Pillar> PILLARS =
      List.of(Pillar.REACH, Pillar.AMPLIFICATION, Pillar.NETWORK_IMPACT);

  /**
   * The shipped knots are the fit, bit for bit: what a new model version refits. Long (400,000
   * profiles scored), so it runs with {@code -Plong-checks}, as CI does; the golden files catch a
   * changed model on every run.
   */
  @Tag("long")
  @ParameterizedTest
  @EnumSource(ScoreModel.class)
  void shippedCalibrationIsTheFitToTheReferencePopulation(ScoreModel model) {
    double[][] raws = rawScores(scorer(model),
        calibratedOn(model, ReferencePopulation.standard()), FIT_SIZE);
    StringBuilder stale = new StringBuilder();
    checkFit(stale, model + " total", Calibration.fit(raws[0]), model.calibration());
    for (Map.Entry<Pillar, Calibration> e : model.pillarCalibrations().entrySet()) {
      checkFit(stale, model + " " + e.getKey(),
          Calibration.fit(raws[1 + PILLARS.indexOf(e.getKey())]), e.getValue());
    }
    assertTrue(stale.length() == 0, () -> "the shipped calibration is stale; the model changed,"
        + " so make a new model version and ship the new fit:" + stale);
  }

  private static void checkFit(StringBuilder stale, String what, Calibration fitted,
      Calibration shipped) {
    if (!Arrays.equals(fitted.rawKnots(), shipped.rawKnots())
        || !Arrays.equals(fitted.scoreKnots(), shipped.scoreKnots())) {
      stale.append(String.format(Locale.ROOT, "%n%s:%n    new double[] %s,%n    new double[] %s",
          what, Arrays.toString(fitted.rawKnots()).replace('[', '{').replace(']', '}'),
          Arrays.toString(fitted.scoreKnots()).replace('[', '{').replace(']', '}')));
    }
  }

  @ParameterizedTest
  @EnumSource(ScoreModel.class)
  void unseenPopulationHasMeanFortyAndTopFivePercentAtSixtyThree(ScoreModel model) {
    InfluenceScorer scorer = scorer(model);
    ReferencePopulation unseen = calibratedOn(model, ReferencePopulation.withSeed(UNSEEN_SEED));
    Score[] scores = IntStream.range(0, TEST_SIZE).parallel()
        .mapToObj(i -> scorer.score(unseen.profile(i))).toArray(Score[]::new);
    assertScale(model + " total", Arrays.stream(scores).mapToInt(Score::value).toArray());
    for (Pillar pillar : model.pillarCalibrations().keySet()) {
      assertScale(model + " " + pillar, Arrays.stream(scores)
          .mapToInt(s -> s.pillar(pillar).orElseThrow().value()).toArray());
    }
  }

  private static void assertScale(String what, int[] values) {
    double mean = Arrays.stream(values).average().orElseThrow();
    int[] sorted = values.clone();
    Arrays.sort(sorted);
    int p95 = sorted[(int) Math.ceil(0.95 * values.length) - 1];
    long nineties = Arrays.stream(values).filter(v -> v >= 90).count();

    assertEquals(40.0, mean, 1.0, what + ": mean score");
    assertEquals(63, p95, 1, what + ": 95th percentile");
    assertTrue(nineties <= values.length / 10_000,
        () -> what + ": " + nineties + " of " + values.length + " reach 90");
    assertTrue(sorted[0] >= 1 && sorted[values.length - 1] <= 100);
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
    InfluenceScorer scorer = scorer(ScoreModel.V1);
    double[] raws = rawScores(scorer, ReferencePopulation.withSeed(99), 20_000)[0];
    // A host whose members are all twice as active as the reference population.
    double[] host = Arrays.stream(raws).map(r -> r * 1.5 + 2).toArray();
    Calibration own = Calibration.fit(host);
    InfluenceScorer hostScorer = InfluenceScorer.builder().provider(new CoreSignals())
        .model(ScoreModel.V1).calibration(own).build();
    double mean = Arrays.stream(host).map(own::apply).average().orElseThrow();
    assertEquals(40.0, mean, 0.5);
    assertTrue(hostScorer.modelVersion().startsWith("v1+fitted-"), hostScorer::modelVersion);
  }
}
