package dev.klout;

import static com.google.common.base.Preconditions.checkState;

import dev.klout.spi.Signal;
import dev.klout.spi.SignalProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Checks providers' signals and puts them in id order, so discovery order never matters. */
final class SignalRegistry {
  private static final Pattern SIGNAL_ID = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+");
  private static final Pattern NETWORK = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

  /** One signal with where it came from, for error messages. */
  record Entry(String network, Signal signal, String providerName) {}

  private SignalRegistry() {}

  static List<Entry> collect(List<SignalProvider> providers) {
    List<Entry> entries = new ArrayList<>();
    for (SignalProvider provider : providers) {
      String providerName = Discovery.nameOf(provider);
      String network = provider.network();
      checkState(network != null
              && (network.equals(SignalProvider.ALL_NETWORKS) || NETWORK.matcher(network).matches()),
          "provider %s names the network '%s'; it must be a lower-case identifier like 'twitter'"
              + " or SignalProvider.ALL_NETWORKS", providerName, network);
      List<Signal> signals = provider.signals();
      checkState(signals != null, "provider %s returned null signals", providerName);
      for (Signal signal : signals) {
        checkState(signal != null, "provider %s returned a null signal", providerName);
        validate(signal, providerName);
        entries.add(new Entry(network, signal, providerName));
      }
    }
    entries.sort(Comparator.comparing(e -> e.signal().id()));
    for (int i = 1; i < entries.size(); i++) {
      Entry a = entries.get(i - 1);
      Entry b = entries.get(i);
      checkState(!a.signal().id().equals(b.signal().id()),
          "two signals have the id '%s': %s (from provider %s) and %s (from provider %s)",
          a.signal().id(), a.signal().getClass().getName(), a.providerName(),
          b.signal().getClass().getName(), b.providerName());
    }
    return entries;
  }

  static TreeSet<String> networks(List<Entry> entries) {
    TreeSet<String> networks = new TreeSet<>();
    for (Entry e : entries) {
      if (!e.network().equals(SignalProvider.ALL_NETWORKS)) {
        networks.add(e.network());
      }
    }
    return networks;
  }

  private static void validate(Signal signal, String providerName) {
    String type = signal.getClass().getName();
    String id = signal.id();
    checkState(id != null && SIGNAL_ID.matcher(id).matches(),
        "signal %s from provider %s has the id '%s'; ids are lower-case and dotted, like"
            + " 'twitter.lists'", type, providerName, id);
    checkState(signal.version() >= 1, "signal %s (%s) has version %s; versions start at 1", id,
        type, signal.version());
    checkState(signal.pillar() != null, "signal %s (%s) has no pillar", id, type);
    String description = signal.description();
    checkState(description != null && !description.isBlank(),
        "signal %s (%s) has no description", id, type);
  }
}
