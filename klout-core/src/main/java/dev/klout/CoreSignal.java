package dev.klout;

import dev.klout.spi.Pillar;
import dev.klout.spi.Signal;
import dev.klout.spi.StrictLog;

/**
 * The generic signals of model v1, which measure any network's account from the normalized model.
 * Each is {@code ln(1 + x)} (fdlibm's, see {@link StrictLog}) of an aggregate of
 * {@link AccountWindow}: reactions are heavy-tailed, and the scale is close to logarithmic in
 * influence (SCORING-PRINCIPLES S3).
 */
enum CoreSignal implements Signal {
  REACH("core.reach", Pillar.REACH,
      "distinct people who acted on the posts"),

  // Views are passive (R1): they show a post was seen, not that anyone was moved to act, so they
  // get their own signal with a small weight rather than a share of the engaged audience.
  VIEWS("core.views", Pillar.REACH,
      "views per post, in hundreds"),

  // B5 and R1: followers beyond those the person follows back, and only as a log ratio, so that
  // follow-back farming earns nothing and ten times the silent audience adds ln 10 at most.
  AUDIENCE("core.audience", Pillar.REACH,
      "audience beyond the accounts followed"),

  AMPLIFICATION("core.amplification", Pillar.AMPLIFICATION,
      "reactions per post, weighted by kind and by how selective the actors are"),

  NETWORK_IMPACT("core.network_impact", Pillar.NETWORK_IMPACT,
      "how influential and selective the people who reacted are"),

  RELATIONSHIPS("core.relationships", Pillar.RELATIONSHIPS,
      "two-way conversations with people who comment back"),

  FOCUS("core.focus", Pillar.FOCUS,
      "reactions on the three topics that drew the most"),

  // B2: the mean over weeks of ln(1 + reactions of the week) is concave, so the same reactions
  // spread over the window are worth more than a spike, and more reactions never lower it.
  CONSISTENCY("core.consistency", Pillar.CONSISTENCY,
      "reactions spread over the 13 weeks rather than in spikes");

  private final String id;
  private final Pillar pillar;
  private final String description;

  CoreSignal(String id, Pillar pillar, String description) {
    this.id = id;
    this.pillar = pillar;
    this.description = description;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public Pillar pillar() {
    return pillar;
  }

  @Override
  public String description() {
    return description;
  }

  // One switch rather than a lambda per constant: the scorer's call site stays monomorphic and the
  // formulas inline into it.
  @Override
  public double measure(AccountWindow w) {
    switch (this) {
      case REACH:
        return StrictLog.log1p(w.distinctEngagers());
      case VIEWS:
        return StrictLog.log1p(w.reactions(ReactionKind.VIEW) / 100.0 / Math.max(1, w.postCount()));
      case AUDIENCE:
        return Math.max(0.0, w.account().logAudience - w.account().logFollowing);
      case AMPLIFICATION:
        return StrictLog.log1p(w.selectiveReactions() / Math.max(1, w.postCount()));
      case NETWORK_IMPACT:
        return StrictLog.log1p(w.actorImpact());
      case RELATIONSHIPS:
        return StrictLog.log1p(w.conversations());
      case FOCUS:
        return StrictLog.log1p(w.focusedReactions());
      case CONSISTENCY:
        return meanLog1p(w.weeklyReactions());
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * The mean of {@code ln(1 + x)} over {@code values}: one logarithm of a product instead of one
   * each, flushed into the sum before it overflows.
   */
  static double meanLog1p(double[] values) {
    double logs = 0;
    double product = 1;
    for (double value : values) {
      double factor = 1 + value;
      if (product > 1e250 || factor > 1e250) {
        logs += StrictLog.log1p(product - 1);
        product = 1;
      }
      product *= factor;
    }
    return (logs + StrictLog.log1p(product - 1)) / values.length;
  }
}
