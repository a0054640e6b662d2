package dev.klout.wordpress;

import dev.klout.Post;
import dev.klout.spi.Pillar;
import dev.klout.spi.Signal;
import dev.klout.spi.NetworkSignals;
import java.util.List;

/**
 * What a WordPress.com site has, on top of klout-core's generic signals: subscribers are the
 * audience, likes and comments the reactions, tags and categories the topics.
 *
 * <ul>
 *   <li>{@code wordpress.comments} (amplification): {@code ln(1 + comments per post)}. On a blog a
 *       comment is a reader writing back at length under the post, a stronger act than a like;
 *       every public post shows its count.
 * </ul>
 * WordPress.com publishes no reshare or view counts for a site it does not own, so the adapter
 * marks them hidden (B7), never zero.
 */
public final class WordPressSignals extends NetworkSignals {
  /** The network this adapter reads, as accounts and scores name it. */
  public static final String NETWORK = "wordpress";

  private static final List<Signal> SIGNALS = List.of(
      Signal.perPost("wordpress.comments", 1, Pillar.AMPLIFICATION,
          "comments per post, readers writing back", Post::comments));

  public WordPressSignals() {
    super(NETWORK, SIGNALS);
  }
}
