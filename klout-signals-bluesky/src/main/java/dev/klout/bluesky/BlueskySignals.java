package dev.klout.bluesky;

import dev.klout.Post;
import dev.klout.spi.Pillar;
import dev.klout.spi.Signal;
import dev.klout.spi.NetworkSignals;
import java.util.List;

/**
 * What only Bluesky has, on top of klout-core's generic signals. Registered with ServiceLoader, so
 * {@code InfluenceScorer.create()} applies it to every account on network {@code bluesky}.
 *
 * <ul>
 *   <li>{@code bluesky.quotes} (amplification): {@code ln(1 + quotes per post)} over the window,
 *       from each post's own {@code quoteCount}. A quote passes a post on with commentary, a
 *       stronger act than a plain repost, so it earns a little on top of the reshare it already
 *       counts as; Bluesky publishes the count for every post.
 * </ul>
 * Bluesky publishes no view counts: the adapter marks views hidden (B7), so no signal reads them
 * as zero.
 */
public final class BlueskySignals extends NetworkSignals {
  /** The network this adapter reads, as accounts and scores name it. */
  public static final String NETWORK = "bluesky";

  private static final List<Signal> SIGNALS = List.of(
      Signal.perPost("bluesky.quotes", 1, Pillar.AMPLIFICATION,
          "quotes per post, reposts with commentary", Post::quotes));

  public BlueskySignals() {
    super(NETWORK, SIGNALS);
  }
}
