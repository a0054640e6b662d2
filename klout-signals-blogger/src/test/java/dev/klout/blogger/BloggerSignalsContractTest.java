package dev.klout.blogger;

import dev.klout.Account;
import dev.klout.spi.SignalProvider;
import dev.klout.testkit.KloutGenerators;
import dev.klout.testkit.SignalProviderContract;
import org.quicktheories.core.Gen;

/** Blogger's signals keep the contract every provider must, on any accounts. */
class BloggerSignalsContractTest extends SignalProviderContract {
  @Override
  protected SignalProvider provider() {
    return new BloggerSignals();
  }

  @Override
  protected Gen<Account> accounts() {
    return KloutGenerators.anyAccounts("blogger");
  }
}
