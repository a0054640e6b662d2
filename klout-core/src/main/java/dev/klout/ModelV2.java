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
 * assumed to be as organic as the known ones of their kind (likes, which networks rarely name, as
 * the least organic kind that is known: bots sell likes and reshares together, and the reshares
 * are the ones a network names). That one estimate feeds every signal:
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

  /** {@code posts^0.3}, from a table of StrictMath's own results for the counts most have. */
  static double postsPower(int posts) {
    return posts < POSTS_POWER.length ? POSTS_POWER[posts] : StrictMath.pow(posts, POSTS_EXPONENT);
  }

  private static final double[] POSTS_POWER = new double[1024];

  static {
    for (int n = 0; n < POSTS_POWER.length; n++) {
      POSTS_POWER[n] = StrictMath.pow(n, POSTS_EXPONENT);
    }
  }

  /**
   * B7: likes and comments per view where a post hides them and the account shows them nowhere
   * else: YouTube's typical ratios (likes about 3% of views, comments about 0.2%).
   */
  static final double LIKES_PER_VIEW = 0.03;
  static final double COMMENTS_PER_VIEW = 0.002;
  static final double RESHARES_PER_VIEW = 0.002;

  // ---------------------------------------------------------------------------------------------
  // Populations (P2): network impact from the population's own scores (PopulationScorer).

  /**
   * The score every member of a population starts the fixed point from: the floor. Nobody is
   * influential until the population shows it, so scores rise towards the fixed point from below
   * and a ring of accounts that only react to each other can never overshoot it.
   */
  static final double POPULATION_START = 1.0;

  /**
   * At most this many rounds of the fixed point (Tweepcred's limit). It is a contraction: a
   * reactor's score reaches a person's only through network impact, weighted 0.3, as
   * {@code ln(1 + impact)} of a weight {@code 2^(score / 10)}, so one point more for every
   * reactor moves the person's raw score by at most {@code 0.3 ln 2 / 10 = 0.021} per network, and
   * their score by at most that times the steepest slope of the calibration (9 points per raw
   * unit, at the floor): 0.19 of the change for each network the two share, so each round cuts
   * the distance to the fixed point at least fivefold for a one-network population (2.6-fold where
   * people react to each other on two), and usually far more, since no single reactor is all of a
   * person's network impact. {@link PopulationScorer.Run#converged()} says whether it stopped by
   * {@link #POPULATION_TOLERANCE} or by this limit.
   */
  static final int POPULATION_MAX_ITERATIONS = 20;

  /**
   * The stopping rule: the fixed point stops early once no member's score moved by more than this
   * (in score points) in the last round. A maximum over members, so it does not depend on their
   * order, and no displayed score can change after it.
   */
  static final double POPULATION_TOLERANCE = 1e-9;

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
   *   <li>{@code core.relationships} 0.5 and {@code core.focus} 0.6: modifiers that reward how
   *       influence is earned (R6, R7), enough that twenty conversations, or the same reactions on
   *       one topic rather than thirty, show as a point or more; no more, because they re-read
   *       reactions counted already (at 0.1 each the tuning worlds gained 0.004 Spearman).
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
      .put("core.focus", 0.6)
      .put("core.audience", 0.04)
      .put("core.views", 0.1)
      .build();

  static final Weighting WEIGHTING = new Weighting() {
    @Override
    public double signalWeight(Signal signal) {
      // Adapters' signals weigh as in v1: by pillar, half a core pillar, since they complement
      // the core measurements of the same account rather than replace them.
      Double core = CORE_WEIGHTS.get(signal.id());
      return core != null ? core : Weighting.standard().signalWeight(signal);
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
      new double[] {0.0, 3.9203306225191055, 10.502294339228477, 20.19821055244061,
          36.117752833253746, 50.87287140681687, 66.16661479292652, 76.65624644669454},
      new double[] {1.0, 36.14483641964314, 47.14483641964314, 54.07241820982157, 63.0, 72.0, 80.0,
          87.0});

  static final Map<Pillar, Calibration> PILLARS = ImmutableMap.of(
      Pillar.REACH, Calibration.of("reference-v2-reach",
          new double[] {0.0, 1.0433280787971382, 2.8547677965787375, 5.32257579343565,
              9.290421390595265, 13.085962004552762, 16.456650975206394, 18.89504979537748},
          new double[] {1.0, 36.12418969239417, 47.12418969239417, 54.062094846197084, 63.0, 72.0,
              80.0, 87.0}),
      Pillar.AMPLIFICATION, Calibration.of("reference-v2-amplification",
          new double[] {0.0, 0.5688063548384842, 1.871292612445059, 3.9339634082628074,
              7.149753641067021, 10.314095680058996, 13.36211457829444, 15.536841129387307},
          new double[] {1.0, 36.63974151596404, 47.63974151596404, 54.31987075798202, 63.0, 72.0,
              80.0, 87.0}),
      Pillar.NETWORK_IMPACT, Calibration.of("reference-v2-network-impact",
          new double[] {0.0, 0.41835974720639313, 1.1061664216556186, 1.7905236132760913,
              3.0246021071015785, 4.080266580252882, 5.001181873063327, 5.713870050362402},
          new double[] {1.0, 35.94983992597375, 46.94983992597375, 53.974919962986874, 63.0, 72.0,
              80.0, 87.0}));
}
