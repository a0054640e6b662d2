package dev.klout;

import dev.klout.spi.Pillar;
import dev.klout.spi.Signal;
import java.util.function.ToDoubleFunction;

/**
 * The generic signals of model v1, which measure any network's account from the normalized model.
 * Each is {@code ln(1 + x)} of an aggregate of {@link AccountWindow}: reactions are heavy-tailed,
 * and the scale is close to logarithmic in influence (SCORING-PRINCIPLES S3).
 */
enum CoreSignal implements Signal {
  REACH("core.reach", Pillar.REACH,
      "distinct people who acted on the posts",
      w -> StrictMath.log1p(w.distinctEngagers())),

  // Views are passive (R1): they show a post was seen, not that anyone was moved to act, so they
  // get their own signal with a small weight rather than a share of the engaged audience.
  VIEWS("core.views", Pillar.REACH,
      "views per post, in hundreds",
      w -> StrictMath.log1p(w.reactions(ReactionKind.VIEW) / 100.0 / Math.max(1, w.postCount()))),

  // B5 and R1: followers beyond those the person follows back, and only as a log ratio, so that
  // follow-back farming earns nothing and ten times the silent audience adds ln 10 at most.
  AUDIENCE("core.audience", Pillar.REACH,
      "audience beyond the accounts followed",
      w -> Math.max(0.0, StrictMath.log1p(w.account().audience())
          - StrictMath.log1p(w.account().following()))),

  AMPLIFICATION("core.amplification", Pillar.AMPLIFICATION,
      "reactions per post, weighted by kind and by how selective the actors are",
      w -> StrictMath.log1p(w.selectiveReactions() / Math.max(1, w.postCount()))),

  NETWORK_IMPACT("core.network_impact", Pillar.NETWORK_IMPACT,
      "how influential and selective the people who reacted are",
      w -> StrictMath.log1p(w.actorImpact())),

  RELATIONSHIPS("core.relationships", Pillar.RELATIONSHIPS,
      "two-way conversations with people who comment back",
      w -> StrictMath.log1p(w.conversations())),

  FOCUS("core.focus", Pillar.FOCUS,
      "reactions on the three topics that drew the most",
      w -> StrictMath.log1p(w.focusedReactions())),

  // B2: the mean over weeks of ln(1 + reactions of the week) is concave, so the same reactions
  // spread over the window are worth more than a spike, and more reactions never lower it.
  CONSISTENCY("core.consistency", Pillar.CONSISTENCY,
      "reactions spread over the 13 weeks rather than in spikes",
      w -> {
        double sum = 0;
        for (int week = 0; week < AccountWindow.WEEKS; week++) {
          sum += StrictMath.log1p(w.weeklyReactions(week));
        }
        return sum / AccountWindow.WEEKS;
      });

  private final String id;
  private final Pillar pillar;
  private final String description;
  private final ToDoubleFunction<AccountWindow> formula;

  CoreSignal(String id, Pillar pillar, String description, ToDoubleFunction<AccountWindow> formula) {
    this.id = id;
    this.pillar = pillar;
    this.description = description;
    this.formula = formula;
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

  @Override
  public double measure(AccountWindow window) {
    return formula.applyAsDouble(window);
  }
}
