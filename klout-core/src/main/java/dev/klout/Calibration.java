package dev.klout;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.Locale;

/**
 * Maps the raw score onto the 1-100 scale so that, on the population it was fitted to, the average
 * is 40, the 95th percentile 63 and the 90s are left to a handful (SCORING-PRINCIPLES S1, S2).
 *
 * <p>The map is piecewise linear through knots at population quantiles: raw 0 is 1; the 25th, 50th
 * and 75th percentiles are near 30, 41 and 51, shifted together until the mean comes out at 40; the
 * 95th, 99th, 99.9th and 99.99th percentiles are 63, 72, 80 and 87. Above the last knot the score
 * keeps rising with the last slope but bends towards 100 and never reaches it. Because the raw
 * score is a sum of logarithms of heavy-tailed quantities, this keeps the scale close to
 * logarithmic in influence (S3): each step up the scale takes a multiple of the reactions, not an
 * increment.
 */
public final class Calibration {
  private static final double TARGET_MEAN = 40.0;
  private static final double[] QUANTILES = {0.25, 0.5, 0.75, 0.95, 0.99, 0.999, 0.9999};
  private static final double[] BASE_SCORES = {30.0, 41.0, 51.0, 63.0, 72.0, 80.0, 87.0};
  /** How much of the mean-fitting shift each knot takes: the body moves, the top stays put. */
  private static final double[] SHIFT_SHARE = {1.0, 1.0, 0.5, 0, 0, 0, 0};
  private static final int MIN_POPULATION = 10_000;

  /**
   * Fitted by {@code CalibrationRulesTest} in klout-testkit to the first 200,000
   * profiles of {@code ReferencePopulation.standard()}; that test fails if these drift from the fit.
   */
  private static final Calibration STANDARD = new Calibration("reference-v1",
      new double[] {0.0, 3.3803698033880107, 8.96538973061439, 15.432643586915386,
          26.580253373303186, 36.46496123225162, 45.78905499632322, 52.31662364470239},
      new double[] {1.0, 36.148832610201254, 47.148832610201254, 54.07441630510063,
          63.0, 72.0, 80.0, 87.0});

  private final String name;
  private final double[] raw;
  private final double[] score;
  private final double topSlope;

  private Calibration(String name, double[] raw, double[] score) {
    this.name = name;
    this.raw = raw;
    this.score = score;
    int last = raw.length - 1;
    this.topSlope = (score[last] - score[last - 1]) / (raw[last] - raw[last - 1]);
  }

  /** A calibration through fixed knots, as a model ships it. */
  static Calibration of(String name, double[] raw, double[] score) {
    return new Calibration(name, raw.clone(), score.clone());
  }

  /** Model v1's calibration, fitted to Klout's reference population. */
  public static Calibration standard() {
    return STANDARD;
  }

  /**
   * Fits a calibration to a host's own population: the raw scores ({@link Score#raw()}) of at
   * least 10,000 profiles. On that population the mean comes out at 40 and the 95th percentile at
   * 63.
   *
   * @throws IllegalArgumentException if a raw score is negative or not finite, the population is
   *     too small, or its quantiles are too bunched together to spread over the scale
   */
  public static Calibration fit(double[] raws) {
    Checks.notNull("raws", raws);
    checkArgument(raws.length >= MIN_POPULATION,
        "raws must hold at least %s raw scores to calibrate on but held %s", MIN_POPULATION,
        raws.length);
    double[] sorted = raws.clone();
    for (int i = 0; i < sorted.length; i++) {
      checkArgument(Double.isFinite(sorted[i]) && sorted[i] >= 0,
          "raws[%s] must be a finite number >= 0 but was %s", (Object) i, sorted[i]);
    }
    Arrays.sort(sorted);
    double[] knotRaw = new double[QUANTILES.length + 1];
    for (int i = 0; i < QUANTILES.length; i++) {
      knotRaw[i + 1] = quantile(sorted, QUANTILES[i]);
      checkArgument(knotRaw[i + 1] > knotRaw[i],
          "the population's raw scores are too bunched to calibrate: the %s quantile (%s) is not"
              + " above the previous knot (%s)", QUANTILES[i], knotRaw[i + 1], knotRaw[i]);
    }
    // The mean grows with the shift of the body's knots; bisect it, a fixed number of steps.
    double lo = -25.0;
    double hi = 10.0;
    for (int step = 0; step < 60; step++) {
      double mid = (lo + hi) / 2;
      if (new Calibration("fitting", knotRaw, shifted(mid)).mean(sorted) < TARGET_MEAN) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double[] knotScore = shifted((lo + hi) / 2);
    Calibration fitted = new Calibration("fitting", knotRaw, knotScore);
    double mean = fitted.mean(sorted);
    checkArgument(Math.abs(mean - TARGET_MEAN) < 0.5,
        "the population cannot be calibrated to a mean of %s: the best fit gives %s", TARGET_MEAN,
        mean);
    long bits = 17;
    for (int i = 0; i < knotRaw.length; i++) {
      bits = 31 * bits + Double.doubleToLongBits(knotRaw[i]);
      bits = 31 * bits + Double.doubleToLongBits(knotScore[i]);
    }
    return new Calibration(String.format(Locale.ROOT, "fitted-%016x", bits), knotRaw, knotScore);
  }

  private static double[] shifted(double shift) {
    double[] scores = new double[BASE_SCORES.length + 1];
    scores[0] = 1.0;
    for (int i = 0; i < BASE_SCORES.length; i++) {
      scores[i + 1] = BASE_SCORES[i] + shift * SHIFT_SHARE[i];
    }
    return scores;
  }

  private static double quantile(double[] sorted, double q) {
    double h = q * (sorted.length - 1);
    int lo = (int) StrictMath.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  private double mean(double[] raws) {
    double sum = 0;
    for (double r : raws) {
      sum += apply(r);
    }
    return sum / raws.length;
  }

  /** The calibrated score, in [1, 100], of a raw score; 100 only where doubles run out. */
  public double apply(double rawScore) {
    if (!(rawScore >= 0 && rawScore < Double.POSITIVE_INFINITY)) { // not checkArgument: no boxing
      throw new IllegalArgumentException("raw score must be a finite number >= 0 but was "
          + rawScore);
    }
    int last = raw.length - 1;
    if (rawScore >= raw[last]) {
      double room = 100.0 - score[last];
      return 100.0 - room * StrictMath.exp(-topSlope * (rawScore - raw[last]) / room);
    }
    int i = 1;
    while (rawScore > raw[i]) {
      i++;
    }
    double t = (rawScore - raw[i - 1]) / (raw[i] - raw[i - 1]);
    return score[i - 1] + t * (score[i] - score[i - 1]);
  }

  /** "reference-v1" for the standard calibration, "fitted-..." for one fitted to a population. */
  public String name() {
    return name;
  }

  /** The raw score at each knot, from raw 0 up. */
  public double[] rawKnots() {
    return raw.clone();
  }

  /** The calibrated score at each knot. */
  public double[] scoreKnots() {
    return score.clone();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Calibration{%s, raw=%s, score=%s}", name,
        Arrays.toString(raw), Arrays.toString(score));
  }
}
