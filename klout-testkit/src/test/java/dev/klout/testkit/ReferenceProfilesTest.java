package dev.klout.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The named benchmark inputs are the size quantiles they claim to be. */
class ReferenceProfilesTest {
  @Test
  void namedProfilesAreTheSizeQuantiles() {
    assertEquals(ReferenceProfiles.atSizeQuantile(0.10), ReferenceProfiles.small());
    assertEquals(ReferenceProfiles.atSizeQuantile(0.50), ReferenceProfiles.median());
    assertEquals(ReferenceProfiles.atSizeQuantile(0.99), ReferenceProfiles.p99());
    long small = ReferenceProfiles.size(ReferenceProfiles.small());
    long median = ReferenceProfiles.size(ReferenceProfiles.median());
    long p99 = ReferenceProfiles.size(ReferenceProfiles.p99());
    long celebrity = ReferenceProfiles.size(ReferenceProfiles.celebrity());
    assertTrue(small < median && median < p99 && p99 < celebrity,
        small + " < " + median + " < " + p99 + " < " + celebrity);
  }
}
