package dev.klout.twitter;

import dev.klout.Post;
import dev.klout.spi.Pillar;
import dev.klout.spi.Signal;
import dev.klout.spi.NetworkSignals;
import dev.klout.spi.StrictLog;
import java.util.List;

/**
 * What only Twitter has, on top of klout-core's generic signals. Registered with ServiceLoader, so
 * {@code InfluenceScorer.create()} applies it to every account on network {@code twitter}.
 *
 * <ul>
 *   <li>{@code twitter.lists} (reach): {@code ln(1 + list memberships)}. Being added to lists is a
 *       long-lived sign that others curate the person as a source (read as of now, B1), and it
 *       cannot be bought the way followers can.
 *   <li>{@code twitter.quotes} (amplification): {@code ln(1 + quotes per post)} over the window,
 *       from each post's own quote count (version 2; version 1 read a window total stored as a
 *       fact, which mixed two windows when scored at another instant).
 *       A quote passes a post on with commentary, a stronger act than a plain retweet, so it earns
 *       a little on top of the reshare it already counts as.
 * </ul>
 */
public final class TwitterSignals extends NetworkSignals {
  /** The network this adapter reads, as accounts and scores name it. */
  public static final String NETWORK = "twitter";

  private static final List<Signal> SIGNALS = List.of(
      Signal.of("twitter.lists", 1, Pillar.REACH, "lists the account is a member of",
          w -> StrictLog.log1p(w.account().fact(TwitterMapper.LISTED).orElse(0))),
      Signal.perPost("twitter.quotes", 2, Pillar.AMPLIFICATION,
          "quotes per post, reshares with commentary", Post::quotes));

  public TwitterSignals() {
    super(NETWORK, SIGNALS);
  }
}
