package dev.klout.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.klout.Exclusion;
import dev.klout.NetworkContribution;
import dev.klout.PillarScore;
import dev.klout.Score;
import dev.klout.SignalContribution;
import dev.klout.spi.Pillar;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A score as a table a person reads, or as JSON a program reads. */
final class ScoreView {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

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
      for (Map.Entry<Pillar, Double> p : pillars(score).entrySet()) {
        lines.add(String.format(Locale.ROOT, "  %-16s %9.3f %6s %6s", p.getKey().label(),
            p.getValue(), share(p.getValue(), score.raw()), score.pillar(p.getKey())
                .map(s -> Integer.toString(s.value())).orElse("-")));
      }
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

  /** Each pillar's contribution summed over networks, in the pillars' order. */
  static Map<Pillar, Double> pillars(Score score) {
    Map<Pillar, Double> sums = new EnumMap<>(Pillar.class);
    for (SignalContribution s : score.signals()) {
      sums.merge(s.pillar(), s.contribution(), Double::sum);
    }
    return sums;
  }

  static String json(Score score) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("profile", score.profileId());
    root.put("asOf", score.asOf().toString());
    root.put("model", score.modelVersion());
    root.put("scored", score.isScored());
    if (score.isScored()) {
      root.put("score", score.value());
      root.put("exact", score.exact());
      root.put("raw", score.raw());
      List<Object> networks = new ArrayList<>();
      for (NetworkContribution n : score.networks()) {
        Map<String, Object> network = new LinkedHashMap<>();
        network.put("network", n.network());
        network.put("contribution", n.contribution());
        List<Object> signals = new ArrayList<>();
        for (SignalContribution s : n.signals()) {
          Map<String, Object> signal = new LinkedHashMap<>();
          signal.put("id", s.signalId());
          signal.put("pillar", s.pillar().label());
          signal.put("value", s.value());
          signal.put("weight", s.weight());
          signal.put("contribution", s.contribution());
          signals.add(signal);
        }
        network.put("signals", signals);
        networks.add(network);
      }
      root.put("networks", networks);
      Map<String, Object> pillars = new LinkedHashMap<>();
      pillars(score).forEach((p, v) -> pillars.put(p.label(), v));
      root.put("pillars", pillars);
      List<Object> pillarScores = new ArrayList<>();
      for (PillarScore p : score.pillars()) {
        Map<String, Object> pillar = new LinkedHashMap<>();
        pillar.put("pillar", p.pillar().label());
        pillar.put("score", p.value());
        pillar.put("exact", p.exact());
        pillar.put("raw", p.raw());
        pillarScores.add(pillar);
      }
      root.put("pillarScores", pillarScores);
      List<Object> exclusions = new ArrayList<>();
      for (Exclusion e : score.exclusions()) {
        Map<String, Object> exclusion = new LinkedHashMap<>();
        exclusion.put("network", e.network());
        exclusion.put("reason", e.reason().name().toLowerCase(Locale.ROOT));
        exclusion.put("explanation", e.reason().explanation());
        exclusions.add(exclusion);
      }
      root.put("exclusions", exclusions);
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a score's plain maps always serialize", e);
    }
  }

  static String share(double part, double whole) {
    return whole > 0 ? String.format(Locale.ROOT, "%.0f%%", 100 * part / whole) : "-";
  }
}
