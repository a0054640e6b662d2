package dev.klout;

import dev.klout.spi.Signal;
import dev.klout.spi.SignalProvider;
import java.util.List;

/** Providers as a broken jar would ship them, listed by a services file the tests write. */
public final class BrokenProviders {
  private BrokenProviders() {}

  /** Fails in its constructor, as a provider whose static state cannot initialise would. */
  public static final class ThrowingConstructor implements SignalProvider {
    public ThrowingConstructor() {
      throw new IllegalStateException("cannot start: no configuration");
    }

    @Override
    public String network() {
      return "broken";
    }

    @Override
    public List<Signal> signals() {
      return List.of();
    }
  }

  /** Loads, then fails when asked for its signals. */
  public static final class ThrowingSignals implements SignalProvider {
    public ThrowingSignals() {}

    @Override
    public String network() {
      return "broken";
    }

    @Override
    public List<Signal> signals() {
      throw new NoClassDefFoundError("com/example/MissingDependency");
    }
  }

  /** A well-behaved provider next to the broken ones. */
  public static final class Good implements SignalProvider {
    public Good() {}

    @Override
    public String network() {
      return "good";
    }

    @Override
    public List<Signal> signals() {
      return List.of(TestSignals.signal("good.signal", w -> 1));
    }
  }
}
