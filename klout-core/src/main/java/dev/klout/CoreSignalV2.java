package dev.klout;

import dev.klout.spi.Pillar;
import dev.klout.spi.Signal;
import dev.klout.spi.StrictLog;

/**
 * The generic signals of model v2: v1's, measured on organic reactions ({@link ModelV2},
 * {@link AccountWindow#organicShare()}). Each is {@code ln(1 + x)}, as in v1 (S3); their weights
 * are in {@link ModelV2#CORE_WEIGHTS}.
 */
enum CoreSignalV2 implements Signal {
  REACH("core.reach", Pillar.REACH,
      "distinct people moved to act, bought and one-hit reactions discounted"),
  VIEWS("core.views", Pillar.REACH,
      "views per post, in hundreds"),
  AUDIENCE("core.audience", Pillar.REACH,
      "audience beyond the accounts followed"),
  AMPLIFICATION("core.amplification", Pillar.AMPLIFICATION,
      "people each post moves: the engaged audience over posts^0.3"),
  NETWORK_IMPACT("core.network_impact", Pillar.NETWORK_IMPACT,
      "how influential the organic engaged audience is"),
  RELATIONSHIPS("core.relationships", Pillar.RELATIONSHIPS,
      "two-way conversations with selective people who comment back"),
  FOCUS("core.focus", Pillar.FOCUS,
      "organic reactions on the three topics that drew the most"),
  // B2: concave in each week, so spread beats spikes.
  CONSISTENCY("core.consistency", Pillar.CONSISTENCY,
      "organic reactions spread over the 13 weeks rather than in spikes");

  private final String id;
  private final Pillar pillar;
  private final String description;

  CoreSignalV2(String id, Pillar pillar, String description) {
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
    return 2;
  }

  @Override
  public Pillar pillar() {
    return pillar;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public double measure(AccountWindow w) {
    switch (this) {
      case REACH:
        return StrictLog.log1p(w.organicEngagers());
      case VIEWS:
        return StrictLog.log1p(w.viewsPerPost() / 100.0);
      case AUDIENCE:
        return Math.max(0.0, w.account().logAudience - w.account().logFollowing);
      case AMPLIFICATION:
        return StrictLog.log1p(w.organicEngagersPerPost());
      case NETWORK_IMPACT:
        return StrictLog.log1p(w.organicImpact());
      case RELATIONSHIPS:
        return StrictLog.log1p(w.organicConversations());
      case FOCUS:
        return StrictLog.log1p(w.organicFocusedReactions());
      case CONSISTENCY:
        return CoreSignal.meanLog1p(w.organicWeeklyReactions());
      default:
        throw new AssertionError(this);
    }
  }
}
