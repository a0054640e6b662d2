package dev.klout;

import dev.klout.spi.Pillar;
import dev.klout.spi.Signal;
import dev.klout.spi.SignalProvider;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;

/** Signals and providers that behave well or badly on purpose. */
final class TestSignals {
  private TestSignals() {}

  static Signal signal(String id, ToDoubleFunction<AccountWindow> f) {
    return Signal.of(id, 1, Pillar.AMPLIFICATION, "test signal " + id, f);
  }

  static SignalProvider provider(String network, Signal... signals) {
    return new SignalProvider() {
      @Override
      public String network() {
        return network;
      }

      @Override
      public List<Signal> signals() {
        return List.of(signals);
      }
    };
  }

  /** Counts every measurement, to prove that some data is never read. */
  static final class Spy implements SignalProvider {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public String network() {
      return ALL_NETWORKS;
    }

    @Override
    public List<Signal> signals() {
      return List.of(signal("spy.calls", w -> calls.incrementAndGet()));
    }
  }
}
