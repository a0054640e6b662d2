package dev.klout.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.InfluenceScorer;
import dev.klout.ScoreModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A quality check of the score on small, fixed simulated networks of the tuning configurations
 * (deterministic data, no timing): it must not restate follower counts, must rank people by what
 * they do next better than every baseline and blend of two on the gamed network, and at least as
 * well on the organic one; and v1, which bought engagement fooled, must not.
 */
class ValidationTest {
  private static Evaluation small;
  private static Evaluation gamed;

  @BeforeAll
  static void simulate() {
    small = Evaluation.of(Config.tuning().withPeople(4_000), 7, InfluenceScorer.create());
    gamed = Evaluation.of(Config.tuningGamed().withPeople(4_000), 7, InfluenceScorer.create());
  }

  @Test
  void theScoreIsNotAFollowerCount() {
    Evaluation.Row score = small.score();
    Evaluation.Row followers = small.rows.get("log(followers)");
    assertTrue(score.spearmanPerPost() - followers.spearmanPerPost() >= 0.05, small.rows::toString);
    assertTrue(score.spearmanReach() - followers.spearmanReach() >= 0.05, small.rows::toString);
    assertTrue(score.top1Reach() > followers.top1Reach(), small.rows::toString);
  }

  @Test
  void onTheOrganicNetworkTheScoreAndItsAmplificationAreAtLeastTheBestBaseline() {
    assertTrue(small.score().spearmanReach() >= small.bestOfAll(false) - Validation.ORGANIC_SLACK,
        () -> small.rows + " " + small.bestBlendReach);
    assertTrue(small.amplification().spearmanPerPost()
        >= small.bestOfAll(true) - Validation.ORGANIC_SLACK,
        () -> small.rows + " " + small.bestBlendPerPost);
  }

  @Test
  void onTheGamedNetworkTheScoreBeatsEveryBaselineAndBlend() {
    assertTrue(gamed.score().spearmanReach() >= gamed.bestOfAll(false) + Validation.GAMED_MARGIN,
        () -> gamed.rows + " " + gamed.bestBlendReach);
    assertTrue(gamed.amplification().spearmanPerPost()
        >= gamed.bestOfAll(true) + Validation.GAMED_MARGIN,
        () -> gamed.rows + " " + gamed.bestBlendPerPost);
  }

  @Test
  void modelV1IsFooledByTheGamingThatV2Resists() {
    InfluenceScorer v1 = InfluenceScorer.builder().discover().model(ScoreModel.V1).build();
    Evaluation old = Evaluation.of(Config.tuningGamed().withPeople(4_000), 7, v1);
    assertTrue(old.score().spearmanReach() < gamed.score().spearmanReach() - 0.02,
        () -> "v1 " + old.score() + " v2 " + gamed.score());
  }

  @Test
  void aWorldIsTheSameForTheSameSeed() {
    Evaluation again = Evaluation.of(Config.tuning().withPeople(4_000), 7,
        InfluenceScorer.create());
    assertEquals(small.rows, again.rows);
    Evaluation other = Evaluation.of(Config.tuning().withPeople(4_000), 8,
        InfluenceScorer.create());
    assertTrue(!other.rows.equals(small.rows));
  }

  @Test
  void ranksHandleTiesAndPrecisionCountsTheOverlap() {
    assertEquals(1.0, Ranks.spearman(new double[] {1, 2, 3, 4}, new double[] {10, 20, 30, 40}));
    assertEquals(-1.0, Ranks.spearman(new double[] {1, 2, 3, 4}, new double[] {4, 3, 2, 1}));
    assertEquals(java.util.Arrays.toString(new double[] {1.5, 1.5, 3}),
        java.util.Arrays.toString(Ranks.ranks(new double[] {5, 5, 7})));
    double[] truth = new double[200];
    double[] half = new double[200];
    for (int i = 0; i < 200; i++) {
      truth[i] = i;
      half[i] = i % 2 == 0 ? i : -i;
    }
    assertEquals(1.0, Ranks.precisionAtTop(truth, truth, 0.01));
    assertEquals(0.5, Ranks.precisionAtTop(half, truth, 0.01));
  }
}
