package dev.klout.spi;

/**
 * {@link StrictMath#log1p}, bit for bit, without the native call JDK 17 makes for it: a pure-Java
 * port of fdlibm's s_log1p.c, the code StrictMath runs. Signals are mostly {@code ln(1 + x)}, so
 * this is the logarithm to use in a signal: deterministic on every machine, as StrictMath is, and
 * cheaper (scoring a small account took 636 ns with the native call and 521 ns with this, see
 * BENCHMARKS.md). {@code StrictLogTest} checks it against StrictMath on millions of values.
 */
public final class StrictLog {
  private static final double LN2_HI = 6.93147180369123816490e-01; // 3fe62e42 fee00000
  private static final double LN2_LO = 1.90821492927058770002e-10; // 3dea39ef 35793c76
  private static final double TWO54 = 1.80143985094819840000e+16; // 43500000 00000000
  private static final double LP1 = 6.666666666666735130e-01; // 3FE55555 55555593
  private static final double LP2 = 3.999999999940941908e-01; // 3FD99999 9997FA04
  private static final double LP3 = 2.857142874366239149e-01; // 3FD24924 94229359
  private static final double LP4 = 2.222219843214978396e-01; // 3FCC71C5 1D8E78AF
  private static final double LP5 = 1.818357216161805012e-01; // 3FC74664 96CB03DE
  private static final double LP6 = 1.531383769920937332e-01; // 3FC39A09 D078C69F
  private static final double LP7 = 1.479819860511658591e-01; // 3FC2F112 DF3E5244

  /**
   * fdlibm's own results for the integers 1 to 1023: counts (conversations, list memberships,
   * followers of small accounts) are the commonest inputs, and a lookup is a fraction of the
   * polynomial's cost while returning the very same bits.
   */
  private static final double[] SMALL_INTEGERS = new double[1024];

  static {
    for (int n = 1; n < SMALL_INTEGERS.length; n++) {
      SMALL_INTEGERS[n] = fdlibm(n);
    }
  }

  private StrictLog() {}

  private static int high(double x) {
    return (int) (Double.doubleToRawLongBits(x) >> 32);
  }

  private static double withHigh(double x, int high) {
    return Double.longBitsToDouble(
        ((long) high << 32) | (Double.doubleToRawLongBits(x) & 0xffffffffL));
  }

  /** {@code ln(1 + x)}, exactly as {@link StrictMath#log1p} computes it. */
  public static double log1p(double x) {
    if (x > 0 && x < SMALL_INTEGERS.length) {
      int n = (int) x;
      if (n == x) {
        return SMALL_INTEGERS[n];
      }
    }
    return fdlibm(x);
  }

  private static double fdlibm(double x) {
    double hfsq;
    double f = 0;
    double c = 0;
    double s;
    double z;
    double r;
    double u;
    int k = 1;
    int hx = high(x);
    int ax = hx & 0x7fffffff;
    int hu = 0;

    if (hx < 0x3FDA827A) { // x < 0.41422
      if (ax >= 0x3ff00000) { // x <= -1.0
        if (x == -1.0) {
          return Double.NEGATIVE_INFINITY;
        }
        return (x - x) / (x - x); // NaN, with fdlibm's sign bit
      }
      if (ax < 0x3e200000) { // |x| < 2**-29
        if (TWO54 + x > 0 && ax < 0x3c900000) { // |x| < 2**-54
          return x;
        }
        return x - x * x * 0.5;
      }
      if (hx > 0 || hx <= 0xbfd2bec3) { // -0.2929 < x < 0.41422
        k = 0;
        f = x;
        hu = 1;
      }
    }
    if (hx >= 0x7ff00000) {
      return x + x;
    }
    if (k != 0) {
      if (hx < 0x43400000) {
        u = 1.0 + x;
        hu = high(u);
        k = (hu >> 20) - 1023;
        c = (k > 0) ? 1.0 - (u - x) : x - (u - 1.0); // correction term
        c /= u;
      } else {
        u = x;
        hu = high(u);
        k = (hu >> 20) - 1023;
        c = 0;
      }
      hu &= 0x000fffff;
      if (hu < 0x6a09e) {
        u = withHigh(u, hu | 0x3ff00000); // normalize u
      } else {
        k += 1;
        u = withHigh(u, hu | 0x3fe00000); // normalize u/2
        hu = (0x00100000 - hu) >> 2;
      }
      f = u - 1.0;
    }
    hfsq = 0.5 * f * f;
    if (hu == 0) { // |f| < 2**-20
      if (f == 0) {
        if (k == 0) {
          return 0;
        }
        c += k * LN2_LO;
        return k * LN2_HI + c;
      }
      r = hfsq * (1.0 - 0.66666666666666666 * f);
      if (k == 0) {
        return f - r;
      }
      return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
    }
    s = f / (2.0 + f);
    z = s * s;
    r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
    if (k == 0) {
      return f - (hfsq - s * (hfsq + r));
    }
    return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
  }
}
