package dev.klout;

/**
 * Hears how a {@link PopulationScorer} run is going, for a progress bar or a metric. Called on the
 * run's thread, so it must be quick; what it throws is logged and ignored.
 */
public interface PopulationListener {
  /** Hears nothing. */
  PopulationListener NONE = new PopulationListener() {};

  /** Another person was read and measured; {@code people} so far. */
  default void measured(int people) {}

  /**
   * A round of the fixed point ended.
   *
   * @param round the round, from 1
   * @param largestChange the most any score moved in it, in points
   */
  default void iterated(int round, double largestChange) {}

  /** Another final score was handed out: {@code done} of {@code people}. */
  default void scored(int done, int people) {}
}
