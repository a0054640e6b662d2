package dev.klout;

import dev.klout.spi.Pillar;

/**
 * One pillar's own score (SCORING-PRINCIPLES P1): its signals' contributions summed over networks,
 * calibrated on the same population as the total, so that 40 is average and 63 the top 5% for
 * that pillar alone.
 *
 * @param pillar True Reach, Amplification or Network Impact
 * @param value the pillar's score, 1 to 100
 * @param exact the calibrated value behind it, in [1, 100]
 * @param raw the sum of the pillar's contributions, before calibration
 */
public record PillarScore(Pillar pillar, int value, double exact, double raw) {
  public PillarScore {
    Checks.notNull("pillarScore.pillar", pillar);
    Checks.inRange("pillarScore.exact", exact, 1, 100);
    Checks.nonNegative("pillarScore.raw", raw);
  }

  static int round(double exact) {
    return (int) Math.max(1, Math.min(100, Math.floor(exact + 0.5)));
  }
}
