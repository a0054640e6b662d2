package dev.klout.mastodon;

import dev.klout.Account;
import dev.klout.Post;
import dev.klout.ReactionKind;
import dev.klout.spi.SignalProvider;
import dev.klout.testkit.KloutGenerators;
import dev.klout.testkit.SignalProviderContract;
import org.quicktheories.core.Gen;

/** Mastodon's signals keep the contract every provider must, on accounts with reactors on several servers. */
class MastodonSignalsContractTest extends SignalProviderContract {
  @Override
  protected SignalProvider provider() {
    return new MastodonSignals();
  }

  @Override
  protected Gen<Account> accounts() {
    return KloutGenerators.anyAccounts("mastodon").map(a -> {
      Account.Builder b = a.toBuilder().clearPosts();
      for (Post p : a.posts()) {
        b.post(p.isHidden(ReactionKind.RESHARE) ? p
            : p.toBuilder().quotes(p.reshares() / 4).build());
      }
      return b.build();
    });
  }
}
