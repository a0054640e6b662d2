package dev.klout;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
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
  private final ImmutableList<NetworkContribution> networks;
  private final ImmutableList<Exclusion> exclusions;

  private Score(String profileId, Instant asOf, String modelVersion, boolean scored, int value,
      double exact, double raw, ImmutableList<NetworkContribution> networks,
      ImmutableList<Exclusion> exclusions) {
    this.profileId = profileId;
    this.asOf = asOf;
    this.modelVersion = modelVersion;
    this.scored = scored;
    this.value = value;
    this.exact = exact;
    this.raw = raw;
    this.networks = networks;
    this.exclusions = exclusions;
  }

  static Score scored(Profile profile, String modelVersion, double raw, double exact,
      ImmutableList<NetworkContribution> networks, ImmutableList<Exclusion> exclusions) {
    int value = (int) Math.max(1, Math.min(100, Math.floor(exact + 0.5)));
    return new Score(profile.id(), profile.asOf(), modelVersion, true, value, exact, raw,
        networks, exclusions);
  }

  static Score optedOut(Profile profile, String modelVersion) {
    return new Score(profile.id(), profile.asOf(), modelVersion, false, 0, Double.NaN,
        Double.NaN, ImmutableList.of(), ImmutableList.of());
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
    return networks;
  }

  public Optional<NetworkContribution> network(String network) {
    for (NetworkContribution n : networks) {
      if (n.network().equals(network)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  /** Every signal contribution of every network, networks in name order, signals in id order. */
  public List<SignalContribution> signals() {
    ImmutableList.Builder<SignalContribution> all = ImmutableList.builder();
    for (NetworkContribution n : networks) {
      all.addAll(n.signals());
    }
    return all.build();
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
    List<NetworkContribution> byContribution = new ArrayList<>(networks);
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
    if (networks.isEmpty()) {
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
