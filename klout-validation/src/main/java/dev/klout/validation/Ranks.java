package dev.klout.validation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Rank statistics: Spearman's correlation with ties, and precision among the top share. */
final class Ranks {
  private Ranks() {}

  /** Ranks from 1, ties sharing the mean of their ranks. */
  static double[] ranks(double[] values) {
    Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    double[] ranks = new double[values.length];
    int k = 0;
    while (k < order.length) {
      int end = k;
      while (end + 1 < order.length && values[order[end + 1]] == values[order[k]]) {
        end++;
      }
      double mean = (k + end) / 2.0 + 1;
      for (int m = k; m <= end; m++) {
        ranks[order[m]] = mean;
      }
      k = end + 1;
    }
    return ranks;
  }

  /** Spearman's rank correlation: Pearson's correlation of the ranks. */
  static double spearman(double[] x, double[] y) {
    if (x.length != y.length || x.length < 2) {
      throw new IllegalArgumentException("need two series of one length >= 2, got " + x.length
          + " and " + y.length);
    }
    double[] rx = ranks(x);
    double[] ry = ranks(y);
    double mx = 0;
    double my = 0;
    for (int i = 0; i < rx.length; i++) {
      mx += rx[i];
      my += ry[i];
    }
    mx /= rx.length;
    my /= ry.length;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < rx.length; i++) {
      sxy += (rx[i] - mx) * (ry[i] - my);
      sxx += (rx[i] - mx) * (rx[i] - mx);
      syy += (ry[i] - my) * (ry[i] - my);
    }
    return sxx == 0 || syy == 0 ? 0 : sxy / StrictMath.sqrt(sxx * syy);
  }

  /**
   * Of the top {@code share} of people by {@code predicted}, the share who are also in the top
   * {@code share} by {@code truth}. Ties at the cut are broken by index, for both.
   */
  static double precisionAtTop(double[] predicted, double[] truth, double share) {
    int k = Math.max(1, (int) Math.round(share * predicted.length));
    boolean[] topTruth = new boolean[truth.length];
    for (int i : top(truth, k)) {
      topTruth[i] = true;
    }
    int hits = 0;
    for (int i : top(predicted, k)) {
      if (topTruth[i]) {
        hits++;
      }
    }
    return (double) hits / k;
  }

  private static int[] top(double[] values, int k) {
    return IntStream.range(0, values.length).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -values[i]).thenComparingInt(i -> i))
        .limit(k).mapToInt(Integer::intValue).toArray();
  }
}
