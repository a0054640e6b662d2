package dev.klout.example.mastodon;

import dev.klout.Account;
import dev.klout.spi.SignalProvider;
import dev.klout.testkit.KloutGenerators;
import dev.klout.testkit.SignalProviderContract;
import org.quicktheories.core.Gen;

/** How an adapter author runs the contract: extend it and name the provider. */
class MastodonSignalsContractTest extends SignalProviderContract {
  @Override
  protected SignalProvider provider() {
    return new MastodonSignals();
  }

  @Override
  protected Gen<Account> accounts() {
    // Give generated accounts the fact this adapter reads, so its signal is really exercised.
    return KloutGenerators.anyAccounts("mastodon").map(a -> a.toBuilder()
        .fact(MastodonSignals.SERVERS_FACT, Math.min(50_000, a.audience() / 40)).build());
  }
}
