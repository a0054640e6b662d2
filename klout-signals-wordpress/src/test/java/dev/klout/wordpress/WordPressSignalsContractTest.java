package dev.klout.wordpress;

import dev.klout.Account;
import dev.klout.spi.SignalProvider;
import dev.klout.testkit.KloutGenerators;
import dev.klout.testkit.SignalProviderContract;
import org.quicktheories.core.Gen;

/** WordPress's signals keep the contract every provider must, on any accounts. */
class WordPressSignalsContractTest extends SignalProviderContract {
  @Override
  protected SignalProvider provider() {
    return new WordPressSignals();
  }

  @Override
  protected Gen<Account> accounts() {
    return KloutGenerators.anyAccounts("wordpress");
  }
}
