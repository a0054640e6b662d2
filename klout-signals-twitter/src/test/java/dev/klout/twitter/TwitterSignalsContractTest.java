package dev.klout.twitter;

import dev.klout.Account;
import dev.klout.Post;
import dev.klout.ReactionKind;
import dev.klout.spi.SignalProvider;
import dev.klout.testkit.KloutGenerators;
import dev.klout.testkit.SignalProviderContract;
import org.quicktheories.core.Gen;

/** Twitter's signals keep the contract every provider must, on accounts with Twitter's facts. */
class TwitterSignalsContractTest extends SignalProviderContract {
  @Override
  protected SignalProvider provider() {
    return new TwitterSignals();
  }

  @Override
  protected Gen<Account> accounts() {
    return KloutGenerators.anyAccounts("twitter").map(a -> {
      Account.Builder b = a.toBuilder().clearPosts().fact(TwitterMapper.LISTED, a.audience() / 90);
      for (Post p : a.posts()) {
        b.post(p.isHidden(ReactionKind.RESHARE) ? p
            : p.toBuilder().quotes(p.reshares() / 3).build());
      }
      return b.build();
    });
  }
}
