package dev.klout.spi;

import com.google.common.collect.ImmutableMap;

/**
 * Model v1's weights. Klout 2015 learned its weights from labelled data we do not have, so these
 * are set by reasoning from SCORING-PRINCIPLES, and then held fixed by the golden-profile tests.
 *
 * <ul>
 *   <li>{@code core.reach} 1.0 and {@code core.amplification} 1.0: the two pillars the original
 *       Klout built on (R8); equal because the article asks for both an engaged audience and
 *       content that gets acted on.
 *   <li>{@code core.network_impact} 0.6: who reacts matters (R5), but only some reactions name
 *       their actor, so this pillar is measured on a sample and weighs less.
 *   <li>{@code core.relationships} 0.5 and {@code core.consistency} 0.5: modifiers that reward how
 *       influence is earned (R6, B2); half a pillar, so they move but never make a score.
 *   <li>{@code core.focus} 0.3: focus (R7) re-reads reactions already counted, by topic, so it
 *       gets the smallest share of the engagement modifiers.
 *   <li>{@code core.audience} 0.04: followers who never react add almost nothing (R1): ten times
 *       the audience adds {@code 0.04 * ln 10 = 0.09} to the raw score per network, which the
 *       calibration's steepest segment (about 9 points per raw unit) turns into less than a point
 *       for one network and less than 2 points for a person on two.
 *   <li>{@code core.views} 0.1: views are seen, not acted on; a silent account with many views
 *       per post gets a few points from them, never a score.
 * </ul>
 * Signals of adapters get a weight by pillar, below the core weights because they complement the
 * core measurements of the same account rather than replace them.
 */
final class StandardWeighting implements Weighting {
  static final StandardWeighting INSTANCE = new StandardWeighting();

  private static final ImmutableMap<String, Double> CORE = ImmutableMap.<String, Double>builder()
      .put("core.reach", 1.0)
      .put("core.amplification", 1.0)
      .put("core.network_impact", 0.6)
      .put("core.relationships", 0.5)
      .put("core.consistency", 0.5)
      .put("core.focus", 0.3)
      .put("core.audience", 0.04)
      .put("core.views", 0.1)
      .build();

  private StandardWeighting() {}

  @Override
  public double signalWeight(Signal signal) {
    Double core = CORE.get(signal.id());
    if (core != null) {
      return core;
    }
    switch (signal.pillar()) {
      case REACH:
      case AMPLIFICATION:
        return 0.5;
      case NETWORK_IMPACT:
        return 0.3;
      case RELATIONSHIPS:
      case CONSISTENCY:
        return 0.25;
      case FOCUS:
        return 0.15;
      default:
        throw new AssertionError(signal.pillar());
    }
  }

  @Override
  public String toString() {
    return "Weighting.standard()";
  }
}
