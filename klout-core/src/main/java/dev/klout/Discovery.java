package dev.klout;

import dev.klout.spi.Signal;
import dev.klout.spi.SignalProvider;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds {@link SignalProvider}s with {@link ServiceLoader}, one at a time, so that one broken jar
 * cannot stop the rest: a provider that fails to load, or throws when asked for its signals, is
 * skipped with a warning naming it, or in strict mode fails the scorer's creation.
 */
final class Discovery {
  private static final Logger LOG = LoggerFactory.getLogger(InfluenceScorer.class);

  /** A bound on load failures in one pass, in case an iterator keeps failing on the same entry. */
  private static final int MAX_FAILURES = 1_000;

  /** A provider's answers, read once so that a provider cannot change them later. */
  private record Loaded(String name, String network, List<Signal> signals)
      implements SignalProvider {
    @Override
    public String toString() {
      return name;
    }
  }

  private Discovery() {}

  static List<SignalProvider> load(@Nullable ClassLoader loader, boolean strict) {
    ServiceLoader<SignalProvider> serviceLoader = loader == null
        ? ServiceLoader.load(SignalProvider.class)
        : ServiceLoader.load(SignalProvider.class, loader);
    List<SignalProvider> found = new ArrayList<>();
    Iterator<SignalProvider> it = serviceLoader.iterator();
    int failures = 0;
    while (true) {
      SignalProvider provider;
      try {
        if (!it.hasNext()) {
          break;
        }
        provider = it.next();
      } catch (ServiceConfigurationError e) {
        fail(strict, "a SignalProvider failed to load: " + e.getMessage(), e);
        if (++failures >= MAX_FAILURES) {
          break;
        }
        continue;
      }
      if (provider instanceof CoreSignals) {
        found.add(provider); // klout-core's own; the scorer gives it its model's signals
        continue;
      }
      String name = nameOf(provider);
      try {
        String network = provider.network();
        List<Signal> signals = provider.signals();
        found.add(new Loaded(name, network, signals == null ? null : List.copyOf(signals)));
      } catch (RuntimeException | LinkageError e) {
        fail(strict, "SignalProvider " + name + " failed to supply its signals: " + e, e);
      }
    }
    return found;
  }

  private static void fail(boolean strict, String message, Throwable cause) {
    if (strict) {
      throw new IllegalStateException(message + " (strict discovery)", cause);
    }
    LOG.warn("Skipping: {}", message);
  }

  static String nameOf(SignalProvider provider) {
    return provider instanceof Loaded ? provider.toString() : provider.getClass().getName();
  }
}
