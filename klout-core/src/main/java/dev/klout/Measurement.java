package dev.klout;

import dev.klout.spi.Signal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The signal values of one profile, measured but not yet weighted or calibrated: the expensive
 * half of scoring. Keep it to rescore later with another {@link dev.klout.spi.Weighting} or
 * {@link Calibration} without reading the profile again; {@link InfluenceScorer#score(Measurement)}
 * is the cheap half.
 */
public final class Measurement {
  final String profileId;
  final Instant asOf;
  final boolean optedOut;
  final String[] networks;
  final InfluenceScorer.SignalSet.Row[] rows;
  final double[][] values;
  final List<Exclusion> exclusions;
  // Per network: posts in the window, then how many hide each reaction kind; null where none do.
  final int[] @Nullable [] hidden;

  Measurement(String profileId, Instant asOf, boolean optedOut, String[] networks,
      InfluenceScorer.SignalSet.Row[] rows, double[][] values, List<Exclusion> exclusions,
      int[] @Nullable [] hidden) {
    this.profileId = profileId;
    this.asOf = asOf;
    this.optedOut = optedOut;
    this.networks = networks;
    this.rows = rows;
    this.values = values;
    this.exclusions = exclusions;
    this.hidden = hidden;
  }

  public String profileId() {
    return profileId;
  }

  public Instant asOf() {
    return asOf;
  }

  /** True when the person opted out: nothing was measured. */
  public boolean optedOut() {
    return optedOut;
  }

  /** The measured networks, in name order. */
  public List<String> networks() {
    return List.of(networks);
  }

  /** The value one signal measured on one network, if it was measured there. */
  public OptionalDouble value(String network, String signalId) {
    for (int i = 0; i < networks.length; i++) {
      if (networks[i].equals(network)) {
        Signal[] signals = rows[i].signals;
        for (int j = 0; j < signals.length; j++) {
          if (signals[j].id().equals(signalId)) {
            return OptionalDouble.of(values[i][j]);
          }
        }
      }
    }
    return OptionalDouble.empty();
  }

  /** The networks in the profile that were not measured, and why. */
  public List<Exclusion> exclusions() {
    return exclusions;
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < networks.length; i++) {
      parts.add(networks[i] + "=" + values[i].length + " signals");
    }
    return String.format(Locale.ROOT, "Measurement{%s, %s}", profileId,
        optedOut ? "opted out" : parts);
  }
}
