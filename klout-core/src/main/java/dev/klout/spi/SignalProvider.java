package dev.klout.spi;

import java.util.List;

/**
 * What an adapter module registers with {@link java.util.ServiceLoader}: the signals of one
 * network.
 *
 * <p>Register it both ways so it is found on the class path and on the module path:
 * <pre>{@code
 * // META-INF/services/dev.klout.spi.SignalProvider
 * com.example.klout.mastodon.MastodonSignals
 *
 * // module-info.java
 * provides dev.klout.spi.SignalProvider with com.example.klout.mastodon.MastodonSignals;
 * }</pre>
 * The class needs a public no-argument constructor, which should do no work: a provider that throws
 * while loading is skipped (or, in strict mode, fails the scorer's creation).
 */
public interface SignalProvider {
  /** The {@link #network()} of a provider whose signals apply to the accounts of every network. */
  String ALL_NETWORKS = "*";

  /** The network whose accounts these signals measure, e.g. {@code "twitter"}, or {@link #ALL_NETWORKS}. */
  String network();

  /** The signals, in any order; the scorer sorts them by id. */
  List<Signal> signals();
}
