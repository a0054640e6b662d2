package dev.klout.validation;

import dev.klout.AccountWindow;
import dev.klout.InfluenceScorer;
import dev.klout.Post;
import dev.klout.PillarScore;
import dev.klout.PopulationScorer;
import dev.klout.Profile;
import dev.klout.Score;
import dev.klout.spi.Pillar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * How well each predictor ranks the people of one world by what their posts did next: Spearman's
 * correlation with both truths, and precision among the top 1%. The people asked about are those
 * who posted in the observed window. The reach truth (distinct people moved to act in the 30
 * days after) is taken over all of them; the per-post truth (people moved to act per post in those
 * days) only over those who posted in them, since for the others it does not exist.
 */
final class Evaluation {
  /** The predictors: the score and its Amplification pillar first, then the baselines. */
  static final List<String> PREDICTORS = List.of("Klout score", "Amplification pillar",
      "log(followers)", "total reactions", "reactions per post", "unique actors");
  /** Where the baselines start in {@link #PREDICTORS}. */
  static final int FIRST_BASELINE = 2;
  static final String SCORE = PREDICTORS.get(0);
  static final String AMPLIFICATION = PREDICTORS.get(1);

  /** One predictor's agreement with the truths. */
  record Row(String predictor, double spearmanPerPost, double spearmanReach,
      double top1PerPost, double top1Reach) {}

  /** The best rank blend of two baselines for one truth: which two, lambda, and its Spearman. */
  record Blend(String first, String second, double lambda, double spearman) {}

  final String config;
  final long seed;
  final int people;
  final int posters;
  final Map<String, Row> rows = new LinkedHashMap<>();
  /**
   * The trade-off between the two natural baselines: for lambda = 0, 0.1, ..., 1, the Spearman
   * correlations with both truths of {@code lambda rank(total reactions) + (1 - lambda)
   * rank(reactions per post)}, as {lambda, per post, reach}.
   */
  final List<double[]> frontier = new ArrayList<>();
  /** The best blend of any two baselines, lambda 0.1 to 0.9, on the per-post and reach truths. */
  Blend bestBlendPerPost;
  Blend bestBlendReach;

  private Evaluation(String config, long seed, int people, int posters) {
    this.config = config;
    this.seed = seed;
    this.people = people;
    this.posters = posters;
  }

  static Evaluation of(Config config, long seed, InfluenceScorer scorer) {
    return of(World.simulate(config, seed), config, seed, scorer, false);
  }

  /**
   * The evaluation of one simulated world; with {@code population}, the score and its pillar come
   * from scoring everyone in the world at once ({@link PopulationScorer}), so the people who
   * reacted count with their own scores rather than the adapter's estimate.
   */
  static Evaluation of(World world, Config config, long seed, InfluenceScorer scorer,
      boolean population) {
    List<Integer> asked = new ArrayList<>();
    for (int i = 0; i < world.people(); i++) {
      if (world.posted(i)) {
        asked.add(i);
      }
    }
    int m = asked.size();
    List<Score> everyone = null;
    if (population) {
      Iterable<Profile> people = () -> IntStream.range(0, world.people())
          .mapToObj(world::profile).iterator();
      everyone = PopulationScorer.of(scorer).scoreAll(people);
    }
    double[][] predicted = new double[PREDICTORS.size()][m];
    double[] reach = new double[m];
    boolean[] postsNext = new boolean[m];
    for (int k = 0; k < m; k++) {
      int i = asked.get(k);
      Profile profile = world.profile(i);
      Score score = everyone != null ? everyone.get(i) : scorer.score(profile);
      AccountWindow window = AccountWindow.of(profile.accounts().firstEntry().getValue(),
          profile.asOf());
      long reactions = 0;
      for (Post p : window.posts()) {
        reactions += p.reshares() + p.comments() + p.likes();
      }
      predicted[0][k] = score.exact();
      predicted[1][k] = score.pillar(Pillar.AMPLIFICATION).map(PillarScore::exact)
          .orElse(score.exact());
      predicted[2][k] = StrictMath.log1p(world.audience(i));
      predicted[3][k] = reactions;
      predicted[4][k] = (double) reactions / Math.max(1, window.postCount());
      predicted[5][k] = window.uniqueActors();
      reach[k] = world.futureReach(i);
      postsNext[k] = world.postsInFuture(i);
    }
    int posters = 0;
    for (boolean b : postsNext) {
      posters += b ? 1 : 0;
    }
    double[] perPost = new double[posters];
    for (int k = 0, j = 0; k < m; k++) {
      if (postsNext[k]) {
        perPost[j++] = world.futurePerPost(asked.get(k));
      }
    }
    Evaluation e = new Evaluation(config.name(), seed, m, posters);
    double[][] ranks = new double[PREDICTORS.size()][];
    for (int p = 0; p < PREDICTORS.size(); p++) {
      double[] forPerPost = onlyPosters(predicted[p], postsNext, posters);
      e.rows.put(PREDICTORS.get(p), new Row(PREDICTORS.get(p),
          Ranks.spearman(forPerPost, perPost), Ranks.spearman(predicted[p], reach),
          Ranks.precisionAtTop(forPerPost, perPost, 0.01),
          Ranks.precisionAtTop(predicted[p], reach, 0.01)));
      ranks[p] = Ranks.ranks(predicted[p]);
    }
    for (int step = 0; step <= 10; step++) {
      double lambda = step / 10.0;
      double[] mix = blend(ranks[3], ranks[4], lambda);
      e.frontier.add(new double[] {lambda,
          Ranks.spearman(onlyPosters(mix, postsNext, posters), perPost),
          Ranks.spearman(mix, reach)});
    }
    for (int a = FIRST_BASELINE; a < PREDICTORS.size(); a++) {
      for (int b = a + 1; b < PREDICTORS.size(); b++) {
        for (int step = 1; step <= 9; step++) {
          double lambda = step / 10.0;
          double[] mix = blend(ranks[a], ranks[b], lambda);
          double onPerPost = Ranks.spearman(onlyPosters(mix, postsNext, posters), perPost);
          double onReach = Ranks.spearman(mix, reach);
          if (e.bestBlendPerPost == null || onPerPost > e.bestBlendPerPost.spearman()) {
            e.bestBlendPerPost = new Blend(PREDICTORS.get(a), PREDICTORS.get(b), lambda, onPerPost);
          }
          if (e.bestBlendReach == null || onReach > e.bestBlendReach.spearman()) {
            e.bestBlendReach = new Blend(PREDICTORS.get(a), PREDICTORS.get(b), lambda, onReach);
          }
        }
      }
    }
    return e;
  }

  private static double[] blend(double[] first, double[] second, double lambda) {
    double[] mix = new double[first.length];
    for (int k = 0; k < mix.length; k++) {
      mix[k] = lambda * first[k] + (1 - lambda) * second[k];
    }
    return mix;
  }

  private static double[] onlyPosters(double[] values, boolean[] postsNext, int posters) {
    double[] out = new double[posters];
    for (int k = 0, j = 0; k < values.length; k++) {
      if (postsNext[k]) {
        out[j++] = values[k];
      }
    }
    return out;
  }

  Row score() {
    return rows.get(SCORE);
  }

  Row amplification() {
    return rows.get(AMPLIFICATION);
  }

  /** The best baseline's Spearman with a truth. */
  double bestBaseline(boolean perPost) {
    double best = -1;
    for (int p = FIRST_BASELINE; p < PREDICTORS.size(); p++) {
      Row r = rows.get(PREDICTORS.get(p));
      best = Math.max(best, perPost ? r.spearmanPerPost() : r.spearmanReach());
    }
    return best;
  }

  /** The best of the baselines and their blends with a truth. */
  double bestOfAll(boolean perPost) {
    return Math.max(bestBaseline(perPost),
        perPost ? bestBlendPerPost.spearman() : bestBlendReach.spearman());
  }

  /** The best top-1% precision of a baseline on a truth. */
  double bestBaselineTop1(boolean perPost) {
    double best = 0;
    for (int p = FIRST_BASELINE; p < PREDICTORS.size(); p++) {
      Row r = rows.get(PREDICTORS.get(p));
      best = Math.max(best, perPost ? r.top1PerPost() : r.top1Reach());
    }
    return best;
  }
}
