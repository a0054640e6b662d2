package dev.klout.spi;

import dev.klout.AccountWindow;

/**
 * One named, versioned measurement of one network account, such as {@code core.reach} or
 * {@code twitter.lists}.
 *
 * <p>A signal must be a pure function of the window it is given: no clock, no I/O, no shared
 * mutable state, so that it is deterministic and safe to call from many threads at once. Values are
 * finite and never negative, and grow with influence on a logarithmic scale (the raw score is a
 * weighted sum of them, and the calibrated scale is close to logarithmic in influence,
 * SCORING-PRINCIPLES S3); a real account should stay well below 100.
 *
 * <p>Implementations are checked by {@code dev.klout.testkit.SignalProviderContract}.
 */
public interface Signal {
  /**
   * The globally unique id: a network or vendor prefix and a name, lower-case, dot separated, e.g.
   * {@code twitter.lists}. The id is part of the model; renaming a signal changes scores' breakdowns.
   */
  String id();

  /** Bumped whenever the formula changes, so stored breakdowns can tell which formula made them. */
  int version();

  Pillar pillar();

  /** One plain line saying what is measured, for {@code Score.explain()}. */
  String description();

  /** Measures the account; see the class comment for the contract. */
  double measure(AccountWindow window);
}
