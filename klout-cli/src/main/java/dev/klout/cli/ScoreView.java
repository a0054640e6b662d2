package dev.klout.cli;

import dev.klout.Exclusion;
import dev.klout.HiddenCounts;
import dev.klout.NetworkContribution;
import dev.klout.ReactionKind;
import dev.klout.Score;
import dev.klout.SignalContribution;
import dev.klout.spi.Pillar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A score as a table a person reads (JsonView has it for programs). */
final class ScoreView {
  private ScoreView() {}

  /**
   * The score, each network's and each pillar's contribution with the pillar's own score (True
   * Reach, Amplification, Network Impact), and what was left out.
   */
  static List<String> table(Score score) {
    List<String> lines = new ArrayList<>();
    if (!score.isScored()) {
      lines.add(String.format(Locale.ROOT, "%s: no score, the person opted out (model %s)",
          score.profileId(), score.modelVersion()));
      return lines;
    }
    lines.add(String.format(Locale.ROOT, "%s  %d / 100   as of %s, model %s (exact %.2f, raw %.3f)",
        score.profileId(), score.value(), score.asOf(), score.modelVersion(), score.exact(),
        score.raw()));
    if (!score.networks().isEmpty()) {
      lines.add("");
      lines.add(String.format(Locale.ROOT, "  %-16s %9s %6s", "network", "raw", "share"));
      for (NetworkContribution n : score.networks()) {
        lines.add(String.format(Locale.ROOT, "  %-16s %9.3f %6s", n.network(), n.contribution(),
            share(n.contribution(), score.raw())));
      }
      lines.add("");
      lines.add(String.format(Locale.ROOT, "  %-16s %9s %6s %6s", "pillar", "raw", "share",
          "score"));
      double[] sums = pillarSums(score);
      for (Pillar p : Pillar.values()) {
        lines.add(String.format(Locale.ROOT, "  %-16s %9.3f %6s %6s", p.label(),
            sums[p.ordinal()], share(sums[p.ordinal()], score.raw()), score.pillar(p)
                .map(s -> Integer.toString(s.value())).orElse("-")));
      }
    }
    List<String> hidden = new ArrayList<>();
    for (HiddenCounts h : score.isScored() ? score.hidden() : List.<HiddenCounts>of()) {
      List<String> kinds = new ArrayList<>();
      for (ReactionKind kind : ReactionKind.values()) {
        int posts = h.posts(kind);
        if (posts > 0) {
          kinds.add(String.format(Locale.ROOT, "%ss on %,d of %,d %s",
              kind.name().toLowerCase(Locale.ROOT), posts, h.posts(),
              h.posts() == 1 ? "post" : "posts"));
        }
      }
      hidden.add(String.format(Locale.ROOT, "  %-16s %s", h.network(), String.join(", ", kinds)));
    }
    if (!hidden.isEmpty()) {
      lines.add("");
      lines.add("  hidden by the network: unknown, estimated from what the posts show");
      lines.addAll(hidden);
    }
    if (!score.exclusions().isEmpty()) {
      lines.add("");
      lines.add("  left out");
      for (Exclusion e : score.exclusions()) {
        lines.add(String.format(Locale.ROOT, "  %-16s %s", e.network(),
            e.reason().explanation()));
      }
    }
    if (score.networks().isEmpty()) {
      lines.add("  no network contributed, so the score is the lowest, 1");
    }
    return lines;
  }

  /** Each pillar's contribution summed over networks, by {@link Pillar} ordinal. */
  static double[] pillarSums(Score score) {
    double[] sums = new double[Pillar.values().length];
    if (score.isScored()) {
      // In the score's own order, networks by name and signals by id: the same sums every run.
      for (SignalContribution s : score.signals()) {
        sums[s.pillar().ordinal()] += s.contribution();
      }
    }
    return sums;
  }

  static String share(double part, double whole) {
    return whole > 0 ? String.format(Locale.ROOT, "%.0f%%", 100 * part / whole) : "-";
  }
}
