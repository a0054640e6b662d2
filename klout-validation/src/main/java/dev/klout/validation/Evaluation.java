package dev.klout.validation;

import dev.klout.AccountWindow;
import dev.klout.InfluenceScorer;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.Score;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well each predictor ranks the people of one world by what their posts did next: Spearman's
 * correlation with both truths, and precision among the top 1%. The people asked about are those
 * who posted in the observed window. The reach truth (distinct people moved to act in the 30
 * days after) is taken over all of them; the per-post truth (people moved to act per post in those
 * days) only over those who posted in them, since for the others it does not exist.
 */
final class Evaluation {
  /** The predictors, the score first. */
  static final List<String> PREDICTORS = List.of("Klout score", "log(followers)",
      "total reactions", "reactions per post", "unique actors");

  /** One predictor's agreement with the truths. */
  record Row(String predictor, double spearmanPerPost, double spearmanReach,
      double top1PerPost, double top1Reach) {}

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

  private Evaluation(String config, long seed, int people, int posters) {
    this.config = config;
    this.seed = seed;
    this.people = people;
    this.posters = posters;
  }

  static Evaluation of(Config config, long seed, InfluenceScorer scorer) {
    World world = World.simulate(config, seed);
    List<Integer> asked = new ArrayList<>();
    for (int i = 0; i < world.people(); i++) {
      if (world.posted(i)) {
        asked.add(i);
      }
    }
    int m = asked.size();
    double[][] predicted = new double[PREDICTORS.size()][m];
    double[] reach = new double[m];
    boolean[] postsNext = new boolean[m];
    for (int k = 0; k < m; k++) {
      int i = asked.get(k);
      Profile profile = world.profile(i);
      Score score = scorer.score(profile);
      AccountWindow window = AccountWindow.of(profile.accounts().firstEntry().getValue(),
          profile.asOf());
      long reactions = 0;
      for (Post p : window.posts()) {
        reactions += p.reshares() + p.comments() + p.likes();
      }
      predicted[0][k] = score.exact();
      predicted[1][k] = StrictMath.log1p(world.audience(i));
      predicted[2][k] = reactions;
      predicted[3][k] = (double) reactions / Math.max(1, window.postCount());
      predicted[4][k] = window.uniqueActors();
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
    for (int p = 0; p < PREDICTORS.size(); p++) {
      double[] forPerPost = new double[posters];
      for (int k = 0, j = 0; k < m; k++) {
        if (postsNext[k]) {
          forPerPost[j++] = predicted[p][k];
        }
      }
      e.rows.put(PREDICTORS.get(p), new Row(PREDICTORS.get(p),
          Ranks.spearman(forPerPost, perPost), Ranks.spearman(predicted[p], reach),
          Ranks.precisionAtTop(forPerPost, perPost, 0.01),
          Ranks.precisionAtTop(predicted[p], reach, 0.01)));
    }
    double[] totalRanks = Ranks.ranks(predicted[2]);
    double[] perPostRanks = Ranks.ranks(predicted[3]);
    for (int step = 0; step <= 10; step++) {
      double lambda = step / 10.0;
      double[] mix = new double[m];
      double[] mixPerPost = new double[posters];
      for (int k = 0, j = 0; k < m; k++) {
        mix[k] = lambda * totalRanks[k] + (1 - lambda) * perPostRanks[k];
        if (postsNext[k]) {
          mixPerPost[j++] = mix[k];
        }
      }
      e.frontier.add(new double[] {lambda, Ranks.spearman(mixPerPost, perPost),
          Ranks.spearman(mix, reach)});
    }
    return e;
  }

  Row score() {
    return rows.get(PREDICTORS.get(0));
  }

  /** The best baseline's Spearman with a truth. */
  double bestBaseline(boolean perPost) {
    double best = -1;
    for (Row r : rows.values()) {
      if (r != score()) {
        best = Math.max(best, perPost ? r.spearmanPerPost() : r.spearmanReach());
      }
    }
    return best;
  }
}
