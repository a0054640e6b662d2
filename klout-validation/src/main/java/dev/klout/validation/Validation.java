package dev.klout.validation;

import dev.klout.InfluenceScorer;
import dev.klout.ScoreModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs every configuration on several seeds and prints, as Markdown, how well the score, its
 * Amplification pillar and each baseline predict what people's posts do next, against the
 * targets: on the gamed configurations the score beats every baseline and every rank blend of two
 * by {@value #GAMED_MARGIN} Spearman on the reach truth, and the Amplification pillar does the same
 * on the per-post truth; on the organic ones each is at most {@value #ORGANIC_SLACK} below the
 * best of them; on the gamed ones each finds the top 1% at least as well as the best baseline.
 *
 * <pre>
 * java -jar klout-validation/target/validation.jar [--people N] [--seeds 1,2,3]
 *     [--configs tuning,held-out,tuning-gamed,held-out-gamed] [--model v1|v2] [--population]
 * </pre>
 */
public final class Validation {
  static final double GAMED_MARGIN = 0.03;
  static final double ORGANIC_SLACK = 0.01;

  private Validation() {}

  public static void main(String[] args) {
    int people = 0;
    long[] seeds = {1, 2, 3};
    List<Config> configs = Config.all();
    ScoreModel model = ScoreModel.current();
    boolean population = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--people":
          people = Integer.parseInt(args[++i]);
          break;
        case "--seeds":
          String[] parts = args[++i].split(",");
          seeds = new long[parts.length];
          for (int k = 0; k < parts.length; k++) {
            seeds[k] = Long.parseLong(parts[k].trim());
          }
          break;
        case "--configs":
          configs = new ArrayList<>();
          for (String name : args[++i].split(",")) {
            configs.add(Config.named(name.trim()));
          }
          break;
        case "--population":
          population = true;
          break;
        case "--model":
          model = ScoreModel.valueOf(args[++i].trim().toUpperCase(Locale.ROOT));
          break;
        default:
          System.err.println("usage: validation [--people N] [--seeds 1,2,3]"
              + " [--configs tuning,held-out,tuning-gamed,held-out-gamed] [--model v1|v2]"
              + " [--population]");
          System.exit(2);
      }
    }
    InfluenceScorer scorer = InfluenceScorer.builder().discover().model(model).build();
    List<String> summary = new ArrayList<>();
    List<String> versus = new ArrayList<>();
    boolean allMet = true;
    for (Config config : configs) {
      Config c = people > 0 ? config.withPeople(people) : config;
      boolean gamed = c.gaming().any();
      System.out.printf(Locale.ROOT, "### %s, %d people (model %s%s)%n%n", c.name(), c.people(),
          scorer.modelVersion(), population ? ", scored as one population" : "");
      System.out.println("| seed | predictor | Spearman, per post | Spearman, reach | top 1%,"
          + " per post | top 1%, reach |");
      System.out.println("|---:|---|---:|---:|---:|---:|");
      List<String> verdicts = new ArrayList<>();
      Evaluation first = null;
      for (long seed : seeds) {
        World world = World.simulate(c, seed);
        Evaluation e = Evaluation.of(world, c, seed, scorer, population);
        if (population) {
          Evaluation alone = Evaluation.of(world, c, seed, scorer, false);
          versus.add(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %+.3f | %.3f | %.3f |"
              + " %+.3f | %.2f | %.2f |", c.name(), seed, alone.score().spearmanReach(),
              e.score().spearmanReach(),
              e.score().spearmanReach() - alone.score().spearmanReach(),
              alone.amplification().spearmanPerPost(), e.amplification().spearmanPerPost(),
              e.amplification().spearmanPerPost() - alone.amplification().spearmanPerPost(),
              alone.score().top1Reach(), e.score().top1Reach()));
        }
        if (first == null) {
          first = e;
        }
        for (Evaluation.Row r : e.rows.values()) {
          boolean ours = r == e.score() || r == e.amplification();
          System.out.printf(Locale.ROOT, "| %d | %s | %.3f | %.3f | %.2f | %.2f |%n", seed,
              ours ? "**" + r.predictor() + "**" : r.predictor(), r.spearmanPerPost(),
              r.spearmanReach(), r.top1PerPost(), r.top1Reach());
        }
        System.out.printf(Locale.ROOT, "| %d | best blend, per post: %s | %.3f | | | |%n", seed,
            describe(e.bestBlendPerPost), e.bestBlendPerPost.spearman());
        System.out.printf(Locale.ROOT, "| %d | best blend, reach: %s | | %.3f | | |%n", seed,
            describe(e.bestBlendReach), e.bestBlendReach.spearman());
        double marginReach = e.score().spearmanReach() - e.bestOfAll(false);
        double marginPerPost = e.amplification().spearmanPerPost() - e.bestOfAll(true);
        double need = gamed ? GAMED_MARGIN : -ORGANIC_SLACK;
        boolean top1 = !gamed || (e.score().top1Reach() >= e.bestBaselineTop1(false)
            && e.amplification().top1PerPost() >= e.bestBaselineTop1(true));
        boolean met = marginReach >= need && marginPerPost >= need && top1;
        allMet &= met;
        verdicts.add(String.format(Locale.ROOT, "seed %d (%d people who posted, %d of them again"
            + " in the 30 days after): %s; the score against the best baseline or blend on reach"
            + " %+.3f, the Amplification pillar on the per-post truth %+.3f (target >= %.2f)%s",
            seed, e.people, e.posters, met ? "target met" : "target NOT met", marginReach,
            marginPerPost, need,
            gamed ? String.format(Locale.ROOT, "; top 1%%: score %.2f vs best baseline %.2f on"
                + " reach, pillar %.2f vs %.2f per post", e.score().top1Reach(),
                e.bestBaselineTop1(false), e.amplification().top1PerPost(),
                e.bestBaselineTop1(true)) : ""));
        summary.add(String.format(Locale.ROOT, "| %s | %d | %.3f | %+.3f | %.3f | %+.3f | %s |",
            c.name(), seed, e.score().spearmanReach(), marginReach,
            e.amplification().spearmanPerPost(), marginPerPost, met ? "met" : "**not met**"));
      }
      System.out.println();
      verdicts.forEach(v -> System.out.println("- " + v));
      System.out.println();
      System.out.printf(Locale.ROOT, "Seed %d: every blend of the two natural baselines, lambda"
          + " rank(total reactions) + (1 - lambda) rank(reactions per post), against the score%n%n",
          first.seed);
      System.out.println("| lambda | Spearman, per post | Spearman, reach |");
      System.out.println("|---:|---:|---:|");
      for (double[] f : first.frontier) {
        System.out.printf(Locale.ROOT, "| %.1f | %.3f | %.3f |%n", f[0], f[1], f[2]);
      }
      System.out.printf(Locale.ROOT, "| **Klout score** | %.3f | %.3f |%n",
          first.score().spearmanPerPost(), first.score().spearmanReach());
      System.out.printf(Locale.ROOT, "| **Amplification pillar** | %.3f | %.3f |%n%n",
          first.amplification().spearmanPerPost(), first.amplification().spearmanReach());
    }
    System.out.println("### Summary against the targets");
    System.out.println();
    System.out.println("| configuration | seed | score, reach | margin | Amplification, per post"
        + " | margin | target |");
    System.out.println("|---|---:|---:|---:|---:|---:|---|");
    summary.forEach(System.out::println);
    System.out.println();
    if (population) {
      System.out.println("### Scored as one population against scored one by one");
      System.out.println();
      System.out.println("| configuration | seed | score, reach, alone | population | change"
          + " | Amplification, per post, alone | population | change | top 1% reach, alone"
          + " | population |");
      System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
      versus.forEach(System.out::println);
      System.out.println();
    }
    System.out.println(allMet ? "Verdict: every target is met on every configuration and seed."
        : "Verdict: not every target is met on every configuration and seed.");
  }

  private static String describe(Evaluation.Blend b) {
    return String.format(Locale.ROOT, "%.1f %s + %.1f %s", b.lambda(), b.first(),
        1 - b.lambda(), b.second());
  }
}
