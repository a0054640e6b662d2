package dev.klout.spi;

/**
 * Where a signal belongs in the score: one of Klout's three pillars (SCORING-PRINCIPLES R8) or one
 * of the modifiers that reward how the influence is earned (R6, R7, B2).
 */
public enum Pillar {
  /** True Reach: the size of the engaged audience. */
  REACH(false),
  /** Amplification: how likely the person's content is to be acted on. */
  AMPLIFICATION(false),
  /** Network Impact: how influential the engaged audience is. */
  NETWORK_IMPACT(false),
  /** Modifier: two-way conversations rather than broadcasting (R6). */
  RELATIONSHIPS(true),
  /** Modifier: an audience held on a few topics (R7). */
  FOCUS(true),
  /** Modifier: engagement spread over the window rather than in spikes (B2). */
  CONSISTENCY(true);

  private final boolean modifier;

  Pillar(boolean modifier) {
    this.modifier = modifier;
  }

  public boolean isModifier() {
    return modifier;
  }

  /** A reader's name for the pillar, e.g. "network impact". */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
