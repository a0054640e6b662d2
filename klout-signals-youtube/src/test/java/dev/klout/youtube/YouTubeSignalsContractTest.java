package dev.klout.youtube;

import dev.klout.Account;
import dev.klout.spi.SignalProvider;
import dev.klout.testkit.KloutGenerators;
import dev.klout.testkit.SignalProviderContract;
import org.quicktheories.core.Gen;

/** YouTube's signals keep the contract every provider must, hidden subscribers included. */
class YouTubeSignalsContractTest extends SignalProviderContract {
  @Override
  protected SignalProvider provider() {
    return new YouTubeSignals();
  }

  @Override
  protected Gen<Account> accounts() {
    return KloutGenerators.anyAccounts("youtube").map(a -> a.toBuilder()
        .fact(YouTubeMapper.SUBSCRIBERS_HIDDEN, a.audience() % 7 == 0 ? 1 : 0).build());
  }
}
