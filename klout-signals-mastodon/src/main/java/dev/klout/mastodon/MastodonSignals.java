package dev.klout.mastodon;

import dev.klout.Engagement;
import dev.klout.Post;
import dev.klout.spi.Pillar;
import dev.klout.spi.Signal;
import dev.klout.spi.NetworkSignals;
import dev.klout.spi.StrictLog;
import java.util.List;
import java.util.TreeSet;

/**
 * What only Mastodon has, on top of klout-core's generic signals. Registered with ServiceLoader,
 * so {@code InfluenceScorer.create()} applies it to every account on network {@code mastodon}.
 *
 * <ul>
 *   <li>{@code mastodon.servers} (reach): {@code ln(1 + other servers)}, where other servers are
 *       the distinct servers, other than the account's own, of the known actors who reacted in the
 *       window. A boost or a favourite from another server carries the post into that server's
 *       timelines, so reactions from many servers reach further across the federation than the
 *       same number from one. Measured honestly only on the actors the adapter looked up (the
 *       reactors of the most reacted-to posts); it never counts an actor it did not see.
 * </ul>
 */
public final class MastodonSignals extends NetworkSignals {
  /** The network this adapter reads, as accounts and scores name it. */
  public static final String NETWORK = "mastodon";

  private static final List<Signal> SIGNALS = List.of(
      Signal.of("mastodon.servers", 1, Pillar.REACH,
          "other servers whose people reacted: reach across the federation",
          w -> {
            String own = w.account().id().map(MastodonSignals::server).orElse("");
            TreeSet<String> servers = new TreeSet<>();
            for (Post p : w.posts()) {
              for (Engagement e : p.engagements()) {
                String s = server(e.actor().id());
                if (!s.isEmpty() && !s.equals(own)) {
                  servers.add(s);
                }
              }
            }
            return StrictLog.log1p(servers.size());
          }));

  public MastodonSignals() {
    super(NETWORK, SIGNALS);
  }

  /** The server of {@code user@server}, or "" for an id without one. */
  static String server(String acct) {
    int at = acct.lastIndexOf('@');
    return at < 0 ? "" : acct.substring(at + 1);
  }
}
