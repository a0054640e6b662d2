package dev.klout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  @Test
  void standardIsStrictlyIncreasingFromOneTowardsAHundred() {
    Calibration c = Calibration.standard();
    assertEquals(1.0, c.apply(0));
    double previous = c.apply(0);
    // Strictly up to well past the celebrity-like golden profile (raw ~89); beyond that the
    // approach to 100 is flatter than a double can resolve, so only never down and never 100.
    for (double raw = 0.01; raw < 1_000; raw *= 1.01) {
      double s = c.apply(raw);
      double r = raw;
      double p = previous;
      assertTrue(raw < 150 ? s > previous : s >= previous, () -> "raw " + r + " gave " + s
          + " after " + p);
      assertTrue(s <= 100, () -> "raw " + r + " passed 100");
      previous = s;
    }
    assertEquals(100.0, c.apply(1e300));
    assertTrue(c.apply(89) < 99.5, "the celebrity-like golden raw stays below 100 points");
  }

  @Test
  void fitHitsTheTargetsOnItsOwnPopulation() {
    SplittableRandom r = new SplittableRandom(1);
    double[] raws = new double[50_000];
    for (int i = 0; i < raws.length; i++) {
      raws[i] = Math.exp(1 + r.nextDouble() * 3); // heavy-ish, all positive
    }
    Calibration c = Calibration.fit(raws);
    double sum = 0;
    int atOrAbove63 = 0;
    for (double raw : raws) {
      double s = c.apply(raw);
      sum += s;
      atOrAbove63 += s >= 63 ? 1 : 0;
    }
    assertEquals(40, sum / raws.length, 0.01);
    assertEquals(0.05, atOrAbove63 / (double) raws.length, 0.001);
    assertTrue(c.name().startsWith("fitted-"));
    assertEquals(c.name(), Calibration.fit(raws.clone()).name(), "the name is a function of the fit");
  }

  @Test
  void badPopulationsAreRejected() {
    IllegalArgumentException small = assertThrows(IllegalArgumentException.class,
        () -> Calibration.fit(new double[10]));
    assertTrue(small.getMessage().contains("at least 10000"), small::getMessage);
    double[] withNaN = new double[20_000];
    withNaN[123] = Double.NaN;
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> Calibration.fit(withNaN));
    assertTrue(nan.getMessage().contains("raws[123]") && nan.getMessage().contains("NaN"),
        nan::getMessage);
    IllegalArgumentException flat = assertThrows(IllegalArgumentException.class,
        () -> Calibration.fit(new double[20_000]));
    assertTrue(flat.getMessage().contains("too bunched"), flat::getMessage);
    assertThrows(IllegalArgumentException.class, () -> Calibration.standard().apply(-1));
  }
}
