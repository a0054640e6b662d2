package dev.klout.twitter;

import dev.klout.Account;
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
    return KloutGenerators.anyAccounts("twitter").map(a -> a.toBuilder()
        .fact(TwitterMapper.LISTED, a.audience() / 90)
        .fact(TwitterMapper.QUOTES, a.posts().size() * 3L)
        .build());
  }
}
