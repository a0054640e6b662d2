package dev.klout.validation;

import dev.klout.InfluenceScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs every configuration on several seeds and prints, as Markdown, how well the score and each
 * baseline predict what people's posts do next.
 *
 * <pre>
 * java -jar klout-validation/target/validation.jar [--people N] [--seeds 1,2,3]
 * </pre>
 */
public final class Validation {
  private Validation() {}

  public static void main(String[] args) {
    int people = 0;
    long[] seeds = {1, 2, 3};
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
        default:
          System.err.println("usage: validation [--people N] [--seeds 1,2,3]");
          System.exit(2);
      }
    }
    InfluenceScorer scorer = InfluenceScorer.create();
    boolean allBeat = true;
    for (Config config : List.of(Config.tuning(), Config.heldOut())) {
      Config c = people > 0 ? config.withPeople(people) : config;
      System.out.printf(Locale.ROOT, "### %s, %d people%n%n", c.name(), c.people());
      System.out.println("| seed | predictor | Spearman, per post | Spearman, reach | top 1%,"
          + " per post | top 1%, reach |");
      System.out.println("|---:|---|---:|---:|---:|---:|");
      List<String> verdicts = new ArrayList<>();
      Evaluation first = null;
      for (long seed : seeds) {
        Evaluation e = Evaluation.of(c, seed, scorer);
        if (first == null) {
          first = e;
        }
        for (Evaluation.Row r : e.rows.values()) {
          System.out.printf(Locale.ROOT, "| %d | %s | %.3f | %.3f | %.2f | %.2f |%n", seed,
              r == e.score() ? "**" + r.predictor() + "**" : r.predictor(), r.spearmanPerPost(),
              r.spearmanReach(), r.top1PerPost(), r.top1Reach());
        }
        Evaluation.Row s = e.score();
        Evaluation.Row followers = e.rows.get("log(followers)");
        double marginPerPost = s.spearmanPerPost() - e.bestBaseline(true);
        double marginReach = s.spearmanReach() - e.bestBaseline(false);
        boolean beats = marginPerPost > 0 && marginReach > 0
            && s.spearmanPerPost() - followers.spearmanPerPost() >= 0.05
            && s.spearmanReach() - followers.spearmanReach() >= 0.05;
        allBeat &= beats;
        verdicts.add(String.format(Locale.ROOT, "seed %d (%d people who posted, %d of them again"
            + " in the 30 days after): the score %s;"
            + " margin over the best baseline %+.3f per post, %+.3f reach; over log(followers)"
            + " %+.3f, %+.3f", seed, e.people, e.posters, beats ? "beats every baseline" : "does NOT beat"
            + " every baseline", marginPerPost, marginReach,
            s.spearmanPerPost() - followers.spearmanPerPost(),
            s.spearmanReach() - followers.spearmanReach()));
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
      System.out.printf(Locale.ROOT, "| **Klout score** | %.3f | %.3f |%n%n",
          first.score().spearmanPerPost(), first.score().spearmanReach());
    }
    System.out.println(allBeat ? "Verdict: the score beats every baseline on every seed."
        : "Verdict: the score does not beat every baseline on every seed.");
  }
}
