package dev.klout;

import com.google.common.collect.ImmutableMap;
import dev.klout.spi.Pillar;
import dev.klout.spi.Signal;
import dev.klout.spi.Weighting;
import java.util.Map;

/**
 * Model v2, whole: every number of its formulas, its weights and its calibration knots, with the
 * reason for each. The formulas themselves are in {@link OrganicWindow} (the aggregates) and
 * {@link CoreSignalV2} (the signals); nothing there is a number that is not named here.
 *
 * <h2>What changed from v1, and why</h2>
 * v1 counted reactions almost at face value, so bought reactions, pod duty and one viral post
 * raised it as much as an audience moved by the work itself, and four of its five big signals grew
 * with how often a person posts (VALIDATION.md). v2 measures <em>organic</em> reactions: each known
 * actor's reactions are worth {@code selectivity x log2(1 + n) / n} of a reaction, where
 * {@code n} is how many times they reacted in the window, and reactions whose actor is unknown are
 * assumed to be as organic as the known ones. That one estimate feeds every signal:
 * <ul>
 *   <li>G1: an actor who reacts {@link #BOT_REACTIONS_PER_DAY} times a day or more is worth
 *       nothing, whatever their number: a bot pack lowers the organic share it is part of.
 *   <li>G2: the same few people reacting to every post are worth {@code log2(1 + n)}, not
 *       {@code n}: a pod member's 30 reactions count as 5.
 *   <li>G3: amplification is the mean over posts of {@code ln(1 + organic reactions)} and reach
 *       caps each post at {@link #SPIKE_CAP} times the person's typical post, so one post far above
 *       the usual moves the score less than the same reactions spread over the window.
 *   <li>B7: a hidden count is estimated from the post's views, at the ratio of the account's own
 *       posts where it shows, else at {@link #LIKES_PER_VIEW} and {@link #COMMENTS_PER_VIEW}.
 * </ul>
 */
final class ModelV2 {
  private ModelV2() {}

  // ---------------------------------------------------------------------------------------------
  // Reactions and actors.

  /** Reshare, comment, like, view: what one reaction says about being moved to act (as v1). */
  static final double[] KIND_WEIGHT = {3.0, 2.0, 1.0, 0.0};

  /**
   * R4, G1: reactions a day at and above which an actor is taken for an automated account and
   * worth nothing. People who react by hand rarely give more than a few dozen a day; bot farms
   * give hundreds (DeKoven et al. 2018).
   */
  static final double BOT_REACTIONS_PER_DAY = 100.0;

  /**
   * R4: how much one reaction of an actor who gives {@code perDay} reactions a day is worth:
   * {@code (1 - perDay / 100)^2}, 1 for the most selective, 0.81 at 5 a day (the median), 0.25 at
   * 50, and 0 from {@link #BOT_REACTIONS_PER_DAY} on, so any number of bots adds nothing.
   */
  static double selectivity(double perDay) {
    double rest = 1.0 - perDay / BOT_REACTIONS_PER_DAY;
    return rest <= 0 ? 0.0 : rest * rest;
  }

  /**
   * R5: an actor's influence on the 1-100 scale, close to logarithmic (S3): each 10 points double
   * a reaction's worth, an average actor (40) counts 1. As v1.
   */
  static double influenceWeight(double influence) {
    return StrictMath.pow(2.0, (influence - 40.0) / 10.0);
  }

  /**
   * R3, G2: what {@code n} reactions of one actor in the window are worth together:
   * {@code log2(1 + n)}. The first counts whole and each repeat less, so the same few people
   * reacting to every post (a pod out of obligation) are worth little more than once each: 30
   * reactions count as 5.
   */
  static double repeatWorth(int n) {
    return StrictMath.log1p(n) / LN2;
  }

  private static final double LN2 = StrictMath.log(2.0);

  /**
   * With no known actor at all, the organic share assumed of a reaction and the distinct people per
   * reaction: half, as v1 assumed.
   */
  static final double UNKNOWN_ACTOR_SHARE = 0.5;

  /**
   * G3: a post's organic reactions count towards reach up to this many times the mean of the
   * person's other posts. Cascades are heavy-tailed, so ten times the usual is common enough to
   * keep, and far above it is a one-hit spike.
   */
  static final double SPIKE_CAP = 10.0;

  /**
   * The exponent of posts that the engaged audience is divided by for the Amplification pillar:
   * between 0 (the audience, which rewards posting often) and 1 (people per post, which misses
   * that an audience acting on every post is the same few people). Chosen on the tuning
   * configurations of klout-validation, where 0.2 to 0.4 predict the per-post truth best.
   */
  static final double POSTS_EXPONENT = 0.3;

  static double postsPower(int posts) {
    return StrictMath.pow(posts, POSTS_EXPONENT);
  }

  /**
   * B7: likes and comments per view where a post hides them and the account shows them nowhere
   * else: YouTube's typical ratios (likes about 3% of views, comments about 0.2%).
   */
  static final double LIKES_PER_VIEW = 0.03;
  static final double COMMENTS_PER_VIEW = 0.002;
  static final double RESHARES_PER_VIEW = 0.002;

  // ---------------------------------------------------------------------------------------------
  // Weights.

  /**
   * The core signals' weights.
   * <ul>
   *   <li>{@code core.consistency} 2 and {@code core.reach} 1: the engaged audience, as its
   *       spread over the 13 weeks and as a total; together they answer "how many people does this
   *       person move", the total's question (P1). Organic reactions week by week were the best
   *       single predictor of who moves people next on the tuning configurations (0.72 to 0.75
   *       Spearman, against 0.70 to 0.73 for the total), because a week without reactions says
   *       as much as a week with many.
   *   <li>{@code core.amplification} 1: people moved per post; the Amplification pillar.
   *   <li>{@code core.network_impact} 0.3: the influence of the organic engaged audience; it
   *       re-reads the same people, so it refines the total rather than leads it.
   *   <li>{@code core.relationships} 0.5 and {@code core.focus} 0.2: modifiers that reward how
   *       influence is earned (R6, R7), enough that twenty conversations or a held topic show in
   *       the score; no more, because they re-read reactions counted already and predicted the
   *       future least of the signals (at 0.1 each the tuning worlds gained 0.003 Spearman).
   *   <li>{@code core.audience} and {@code core.views}: followers and views that never act add
   *       little (R1, B5).
   * </ul>
   */
  static final ImmutableMap<String, Double> CORE_WEIGHTS = ImmutableMap.<String, Double>builder()
      .put("core.consistency", 2.0)
      .put("core.reach", 1.0)
      .put("core.amplification", 1.0)
      .put("core.network_impact", 0.3)
      .put("core.relationships", 0.5)
      .put("core.focus", 0.2)
      .put("core.audience", 0.04)
      .put("core.views", 0.1)
      .build();

  /** Adapters' signals by pillar: half a core pillar, since they complement it (as v1). */
  static double adapterWeight(Pillar pillar) {
    switch (pillar) {
      case REACH:
      case AMPLIFICATION:
        return 0.5;
      case NETWORK_IMPACT:
        return 0.3;
      case RELATIONSHIPS:
      case CONSISTENCY:
        return 0.25;
      case FOCUS:
        return 0.15;
      default:
        throw new AssertionError(pillar);
    }
  }

  static final Weighting WEIGHTING = new Weighting() {
    @Override
    public double signalWeight(Signal signal) {
      Double core = CORE_WEIGHTS.get(signal.id());
      return core != null ? core : adapterWeight(signal.pillar());
    }

    @Override
    public String toString() {
      return "ScoreModel.V2.weighting()";
    }
  };

  // ---------------------------------------------------------------------------------------------
  // Calibration: fitted by CalibrationRulesTest in klout-testkit to the first 200,000 profiles of
  // ReferencePopulation.standard().withGaming(); that test fails if these drift from the fit.

  static final Calibration TOTAL = Calibration.of("reference-v2",
      new double[] {0.0, 3.3026321838734196, 9.063619406148362, 17.76885452451697,
          32.095443392323766, 45.207130594925545, 59.197157330862154, 68.9641992980536},
      new double[] {1.0, 36.180262647229284, 47.180262647229284, 54.09013132361464, 63.0, 72.0,
          80.0, 87.0});

  static final Map<Pillar, Calibration> PILLARS = ImmutableMap.of(
      Pillar.REACH, Calibration.of("reference-v2-reach",
          new double[] {0.0, 1.0434426145848388, 2.832620354792069, 5.262830609605425,
              9.22414088821007, 12.88879859019923, 16.345784143586542, 18.8546414589157},
          new double[] {1.0, 36.10647831321844, 47.10647831321844, 54.05323915660922, 63.0,
              72.0, 80.0, 87.0}),
      Pillar.AMPLIFICATION, Calibration.of("reference-v2-amplification",
          new double[] {0.0, 0.5687966304950554, 1.855198422608105, 3.8822974193227924,
              7.0836997793985566, 10.136599297774383, 13.19318402143059, 15.493479336656277},
          new double[] {1.0, 36.634765402509075, 47.634765402509075, 54.31738270125454, 63.0,
              72.0, 80.0, 87.0}),
      Pillar.NETWORK_IMPACT, Calibration.of("reference-v2-network-impact",
          new double[] {0.0, 0.4164080592569678, 1.1006405409133788, 1.7752981030410637,
              3.0044417914008235, 4.035677777082793, 4.967803278619354, 5.710071583123978},
          new double[] {1.0, 35.92871854167453, 46.92871854167453, 53.964359270837264, 63.0,
              72.0, 80.0, 87.0}));
}
