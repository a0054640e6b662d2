package dev.klout.blogger;

import dev.klout.Post;
import dev.klout.spi.Pillar;
import dev.klout.spi.Signal;
import dev.klout.spi.NetworkSignals;
import java.util.List;

/**
 * What a Blogger blog has, on top of klout-core's generic signals. Blogger shows no follower count
 * and no likes: the account has no audience, its reactions are comments, and its labels are the
 * topics.
 *
 * <ul>
 *   <li>{@code blogger.comments} (amplification): {@code ln(1 + comments per post)}. On a blog a
 *       comment is a reader writing back at length under the post; every post shows its count.
 * </ul>
 * The likes, reshares and views Blogger never shows are hidden (B7): unknown, never zero.
 */
public final class BloggerSignals extends NetworkSignals {
  /** The network this adapter reads, as accounts and scores name it. */
  public static final String NETWORK = "blogger";

  private static final List<Signal> SIGNALS = List.of(
      Signal.perPost("blogger.comments", 1, Pillar.AMPLIFICATION,
          "comments per post, readers writing back", Post::comments));

  public BloggerSignals() {
    super(NETWORK, SIGNALS);
  }
}
