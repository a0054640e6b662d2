package dev.klout.population;

import dev.klout.Exclusion;
import dev.klout.PillarScore;
import dev.klout.Score;
import dev.klout.SignalContribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A score as one flat record, for files and tables: what the klout command writes as JSON Lines
 * or CSV and the Spark job as Parquet, with the same fields.
 *
 * @param score the score, 1 to 100, or 0 for a person who opted out ({@code scored} false)
 * @param exact the calibrated value behind it; NaN when not scored
 * @param raw the weighted sum before calibration; NaN when not scored
 * @param pillars True Reach, Amplification and Network Impact, each with its own score
 * @param signals every signal's part, network by network
 * @param excluded the networks left out, as {@code network: reason}
 */
public record ScoreRecord(String person, String model, boolean scored, int score, double exact,
    double raw, List<Pillar> pillars, List<Signal> signals, List<String> excluded) {
  public ScoreRecord {
    pillars = List.copyOf(pillars);
    signals = List.copyOf(signals);
    excluded = List.copyOf(excluded);
  }

  /** One pillar's own score; {@code pillar} as the JSON keys spell it, e.g. "network_impact". */
  public record Pillar(String pillar, int score, double exact) {}

  /** One signal's part of the raw score on one network. */
  public record Signal(String network, String signal, double value, double weight,
      double contribution) {}

  public static ScoreRecord of(Score s) {
    List<Pillar> pillars = new ArrayList<>();
    for (PillarScore p : s.pillars()) {
      pillars.add(new Pillar(p.pillar().name().toLowerCase(Locale.ROOT), p.value(), p.exact()));
    }
    List<Signal> signals = new ArrayList<>();
    for (SignalContribution c : s.signals()) {
      signals.add(new Signal(c.network(), c.signalId(), c.value(), c.weight(), c.contribution()));
    }
    List<String> excluded = new ArrayList<>();
    for (Exclusion e : s.exclusions()) {
      excluded.add(e.network() + ": " + e.reason().name().toLowerCase(Locale.ROOT));
    }
    return new ScoreRecord(s.profileId(), s.modelVersion(), s.isScored(),
        s.isScored() ? s.value() : 0, s.isScored() ? s.exact() : Double.NaN,
        s.isScored() ? s.raw() : Double.NaN, pillars, signals, excluded);
  }

  /** The pillar's score, or 0 where the model gives none. */
  public int pillar(String name) {
    for (Pillar p : pillars) {
      if (p.pillar().equals(name)) {
        return p.score();
      }
    }
    return 0;
  }
}
