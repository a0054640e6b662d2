package dev.klout.youtube;

import dev.klout.spi.Pillar;
import dev.klout.spi.Signal;
import dev.klout.spi.NetworkSignals;
import dev.klout.spi.StrictLog;
import java.util.List;

/**
 * What only YouTube has, on top of klout-core's generic signals. Registered with ServiceLoader, so
 * {@code InfluenceScorer.create()} applies it to every account on network {@code youtube}.
 *
 * <ul>
 *   <li>{@code youtube.views_per_subscriber} (reach): {@code ln(1 + views per video /
 *       subscribers)} over the window (version 2: over the videos that show their views).
 *       YouTube recommends videos far beyond the subscribers, and
 *       views past the audience are reach the audience alone does not show. A channel that hides
 *       its subscriber count gets 0 here, rather than an audience of one.
 *   <li>{@code youtube.engagement_rate} (amplification): {@code ln(1 + 1000 * (likes + comments) /
 *       views)} over the videos that show both counts: how often a view moves someone to act.
 *       Version 2: a video with likes hidden or comments off is left out rather than read as
 *       none (B7); with none left, the rate is unknown and adds nothing, and the core signals
 *       estimate the reactions from the views instead.
 * </ul>
 */
public final class YouTubeSignals extends NetworkSignals {
  /** The network this adapter reads, as accounts and scores name it. */
  public static final String NETWORK = "youtube";

  private static final List<Signal> SIGNALS = List.of(
      Signal.of("youtube.views_per_subscriber", 2, Pillar.REACH,
          "views per video beyond the subscribers",
          w -> w.account().fact(YouTubeMapper.SUBSCRIBERS_HIDDEN).orElse(0) > 0
              ? 0
              : StrictLog.log1p(w.viewsPerPost() / Math.max(1, w.account().audience()))),
      Signal.of("youtube.engagement_rate", 2, Pillar.AMPLIFICATION,
          "likes and comments per thousand views, on the videos that show them",
          w -> StrictLog.log1p(1000.0 * w.reactionsPerView())));

  public YouTubeSignals() {
    super(NETWORK, SIGNALS);
  }
}
