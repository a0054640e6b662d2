package dev.klout.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The pure-Java log1p is StrictMath's, bit for bit: determinism depends on it. */
class StrictLogTest {
  private static void same(double x) {
    assertEquals(Double.doubleToRawLongBits(StrictMath.log1p(x)),
        Double.doubleToRawLongBits(StrictLog.log1p(x)), () -> "log1p(" + x + ")");
  }

  @Test
  void edgeCases() {
    double[] edges = {0.0, -0.0, 1e-300, -1e-300, 1e-20, 0x1p-29, 0x1p-54, 0.41421, 0.41422,
        -0.2929, -0.29289, -0.5, -1.0, -1.5, 1.0, 2.0, Math.E - 1, 1e15, 0x1p53, 9.007199254740992E15,
        1e300, Double.MAX_VALUE, Double.MIN_VALUE, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NaN, Long.MAX_VALUE, 3.0 * Long.MAX_VALUE};
    for (double x : edges) {
      same(x);
    }
  }

  @Test
  void smallIntegersAndHalves() {
    for (int n = 0; n < 100_000; n++) {
      same(n);
      same(n + 0.5);
      same(n / 100.0);
    }
  }

  @Test
  void randomValuesOfEveryMagnitude() {
    SplittableRandom r = new SplittableRandom(42);
    for (int i = 0; i < 2_000_000; i++) {
      same(r.nextDouble() * StrictMath.pow(10, r.nextInt(-20, 300)));
      same(-r.nextDouble());
      same(Double.longBitsToDouble(r.nextLong()));
    }
  }
}
