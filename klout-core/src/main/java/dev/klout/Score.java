package dev.klout;

import dev.klout.spi.Signal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The influence score of one profile: an integer from 1 to 100, the exact value behind it, and
 * the breakdown that explains it.
 *
 * <p>The raw score is the sum of the networks' contributions, and each network's contribution is
 * the sum of its signals' contributions, summed in name order; {@link #exact()} is the raw score
 * mapped through the {@link Calibration}, and {@link #value()} that rounded. A person who opted out
 * gets a score whose {@link #isScored()} is false and which holds nothing else.
 */
public final class Score {
  private static final Comparator<NetworkContribution> BIGGEST_NETWORK_FIRST =
      Comparator.comparingDouble(NetworkContribution::contribution).reversed()
          .thenComparing(NetworkContribution::network);
  private static final Comparator<SignalContribution> BIGGEST_SIGNAL_FIRST =
      Comparator.comparingDouble(SignalContribution::contribution).reversed()
          .thenComparing(SignalContribution::signalId);

  private final String profileId;
  private final Instant asOf;
  private final String modelVersion;
  private final boolean scored;
  private final int value;
  private final double exact;
  private final double raw;
  // The breakdown is kept as the arrays scoring used, and turned into records only when read, so
  // that scoring allocates little more than this object.
  private final String[] networks;
  private final InfluenceScorer.SignalSet.Row[] rows;
  private final double[][] values;
  private final double[] networkWeights;
  private final double[][] weights;
  private final double[] sums;
  private final List<Exclusion> exclusions;

  private Score(String profileId, Instant asOf, String modelVersion, boolean scored, int value,
      double exact, double raw, String[] networks, InfluenceScorer.SignalSet.Row[] rows,
      double[][] values, double[] networkWeights, double[][] weights, double[] sums,
      List<Exclusion> exclusions) {
    this.profileId = profileId;
    this.asOf = asOf;
    this.modelVersion = modelVersion;
    this.scored = scored;
    this.value = value;
    this.exact = exact;
    this.raw = raw;
    this.networks = networks;
    this.rows = rows;
    this.values = values;
    this.networkWeights = networkWeights;
    this.weights = weights;
    this.sums = sums;
    this.exclusions = exclusions;
  }

  static Score scored(Measurement m, String modelVersion, double raw, double exact,
      double[] networkWeights, double[][] weights, double[] sums) {
    int value = (int) Math.max(1, Math.min(100, Math.floor(exact + 0.5)));
    return new Score(m.profileId, m.asOf, modelVersion, true, value, exact, raw, m.networks,
        m.rows, m.values, networkWeights, weights, sums, m.exclusions);
  }

  static Score optedOut(String profileId, Instant asOf, String modelVersion) {
    return new Score(profileId, asOf, modelVersion, false, 0, Double.NaN, Double.NaN,
        new String[0], new InfluenceScorer.SignalSet.Row[0], new double[0][], new double[0],
        new double[0][], new double[0], List.of());
  }

  public String profileId() {
    return profileId;
  }

  public Instant asOf() {
    return asOf;
  }

  /** The model and calibration that made this score; scores of different versions don't compare. */
  public String modelVersion() {
    return modelVersion;
  }

  /** False when the person opted out: there is then no score at all, not a score of 1. */
  public boolean isScored() {
    return scored;
  }

  /** The score, 1 to 100. */
  public int value() {
    requireScored("value");
    return value;
  }

  /** The calibrated value behind {@link #value()}, in [1, 100]. */
  public double exact() {
    requireScored("exact");
    return exact;
  }

  /** The sum of every contribution, before calibration. */
  public double raw() {
    requireScored("raw");
    return raw;
  }

  /** Each scored network's contribution, in network-name order. */
  public List<NetworkContribution> networks() {
    List<NetworkContribution> out = new ArrayList<>(networks.length);
    for (int i = 0; i < networks.length; i++) {
      out.add(contribution(i));
    }
    return Collections.unmodifiableList(out);
  }

  private NetworkContribution contribution(int i) {
    Signal[] signals = rows[i].signals;
    List<SignalContribution> list = new ArrayList<>(signals.length);
    for (int j = 0; j < signals.length; j++) {
      Signal s = signals[j];
      double v = values[i][j];
      list.add(new SignalContribution(networks[i], s.id(), s.version(), s.pillar(),
          s.description(), v, weights[i][j], networkWeights[i] * weights[i][j] * v));
    }
    return new NetworkContribution(networks[i], sums[i], Collections.unmodifiableList(list));
  }

  public Optional<NetworkContribution> network(String network) {
    for (int i = 0; i < networks.length; i++) {
      if (networks[i].equals(network)) {
        return Optional.of(contribution(i));
      }
    }
    return Optional.empty();
  }

  /** Every signal contribution of every network, networks in name order, signals in id order. */
  public List<SignalContribution> signals() {
    List<SignalContribution> all = new ArrayList<>();
    for (int i = 0; i < networks.length; i++) {
      all.addAll(contribution(i).signals());
    }
    return Collections.unmodifiableList(all);
  }

  /** The networks in the profile that contributed nothing, and why, in network-name order. */
  public List<Exclusion> exclusions() {
    return exclusions;
  }

  /** Plain lines a person can read: the score, then the biggest contributions first. */
  public List<String> explain() {
    List<String> lines = new ArrayList<>();
    if (!scored) {
      lines.add(String.format(Locale.ROOT,
          "No score for '%s': the person opted out, so none of their data was read.", profileId));
      return lines;
    }
    lines.add(String.format(Locale.ROOT,
        "Score %d of 100 for '%s' as of %s (model %s; exact %.2f, raw %.3f)",
        value, profileId, asOf, modelVersion, exact, raw));
    List<NetworkContribution> byContribution = new ArrayList<>(networks());
    byContribution.sort(BIGGEST_NETWORK_FIRST);
    for (NetworkContribution n : byContribution) {
      lines.add(String.format(Locale.ROOT, "%s: %+.3f raw (%s of the total)",
          n.network(), n.contribution(), percent(n.contribution(), raw)));
      List<SignalContribution> signals = new ArrayList<>(n.signals());
      signals.sort(BIGGEST_SIGNAL_FIRST);
      for (SignalContribution s : signals) {
        lines.add(String.format(Locale.ROOT, "  %+.3f  %s: %s (%s = %.3f x weight %.2f)",
            s.contribution(), s.pillar().label(), s.description(), s.signalId(), s.value(),
            s.weight()));
      }
    }
    for (Exclusion e : exclusions) {
      lines.add(String.format(Locale.ROOT, "%s: left out, %s", e.network(), e.reason().explanation()));
    }
    if (networks.length == 0) {
      lines.add("No network contributed, so the score is the lowest, 1.");
    }
    return lines;
  }

  private static String percent(double part, double whole) {
    return whole > 0 ? String.format(Locale.ROOT, "%.0f%%", 100 * part / whole) : "0%";
  }

  private void requireScored(String what) {
    if (!scored) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "profile '%s' opted out: there is no score, so no %s; check isScored() first",
          profileId, what));
    }
  }

  @Override
  public String toString() {
    return scored
        ? String.format(Locale.ROOT, "Score{%s=%d, exact=%.4f, model=%s}", profileId, value, exact,
            modelVersion)
        : String.format(Locale.ROOT, "Score{%s opted out, model=%s}", profileId, modelVersion);
  }
}
