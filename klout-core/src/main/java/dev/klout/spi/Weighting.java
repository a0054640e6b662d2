package dev.klout.spi;

/**
 * How signal values combine into the raw score: {@code raw = sum over networks and signals of
 * networkWeight(network) * signalWeight(signal) * value}. Weights are finite and never negative,
 * which is what makes connecting a network never lower the score (SCORING-PRINCIPLES B3).
 */
public interface Weighting {
  /** The weight of a signal's value, the same on every network. */
  double signalWeight(Signal signal);

  /** The weight of a network's whole contribution. */
  default double networkWeight(String network) {
    return 1.0;
  }

  /** The weighting of model v1; see {@link StandardWeighting} for the reason behind each weight. */
  static Weighting standard() {
    return StandardWeighting.INSTANCE;
  }
}
