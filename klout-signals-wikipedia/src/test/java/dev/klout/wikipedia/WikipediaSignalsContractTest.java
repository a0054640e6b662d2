package dev.klout.wikipedia;

import dev.klout.Account;
import dev.klout.spi.SignalProvider;
import dev.klout.testkit.KloutGenerators;
import dev.klout.testkit.SignalProviderContract;
import org.quicktheories.core.Gen;

/** Wikipedia's signals keep the contract every provider must, on accounts with its facts. */
class WikipediaSignalsContractTest extends SignalProviderContract {
  @Override
  protected SignalProvider provider() {
    return new WikipediaSignals();
  }

  @Override
  protected Gen<Account> accounts() {
    return KloutGenerators.anyAccounts("wikipedia").map(a -> a.toBuilder()
        .fact(WikipediaSignals.BACKLINKS, a.audience() % 5000)
        .fact(WikipediaSignals.EDITIONS, a.following() % 300).build());
  }
}
