package dev.klout.testkit;

import dev.klout.CoreSignals;
import dev.klout.spi.SignalProvider;

/** Core's own generic signals meet the contract every provider must. */
class CoreSignalsContractTest extends SignalProviderContract {
  @Override
  protected SignalProvider provider() {
    return new CoreSignals();
  }
}
