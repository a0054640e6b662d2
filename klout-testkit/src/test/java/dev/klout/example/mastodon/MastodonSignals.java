package dev.klout.example.mastodon;

import dev.klout.ReactionKind;
import dev.klout.spi.Pillar;
import dev.klout.spi.Signal;
import dev.klout.spi.SignalProvider;
import java.util.List;

/**
 * The README's example of a user-written adapter: the signals only Mastodon has. Registered in
 * {@code META-INF/services/dev.klout.spi.SignalProvider}; a modular adapter would also declare
 * {@code provides dev.klout.spi.SignalProvider with ...MastodonSignals} in its module-info.
 */
public final class MastodonSignals implements SignalProvider {
  /** The long-lived fact an adapter fills in: how many servers follow the account. */
  public static final String SERVERS_FACT = "mastodon.servers";

  /** Boosts per post: on Mastodon a boost is the only way a post travels, so it amplifies. */
  private static final Signal BOOSTS = Signal.of("mastodon.boosts", 1, Pillar.AMPLIFICATION,
      "boosts per post",
      w -> StrictMath.log1p((double) w.reactions(ReactionKind.RESHARE) / Math.max(1, w.postCount())));

  /** Servers following the account: reach across the federation, a long-lived fact. */
  private static final Signal SERVERS = Signal.of("mastodon.servers", 1, Pillar.REACH,
      "servers in the federation that follow the account",
      w -> StrictMath.log1p(w.account().fact(SERVERS_FACT).orElse(0)));

  private static final List<Signal> SIGNALS = List.of(BOOSTS, SERVERS);

  public MastodonSignals() {}

  @Override
  public String network() {
    return "mastodon";
  }

  @Override
  public List<Signal> signals() {
    return SIGNALS;
  }
}
