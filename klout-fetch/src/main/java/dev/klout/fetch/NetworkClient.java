package dev.klout.fetch;

import java.time.Instant;

/**
 * Reads one network: a person's public account for the 90-day window that ends at {@code asOf},
 * in one call. Every adapter implements it; thread-safe.
 */
public interface NetworkClient {
  /** The network's name, as accounts carry it, e.g. {@code "twitter"}. */
  String network();

  /**
   * The account of {@code who} (a handle, a name or an id, as the network's
   * {@link NetworkClientFactory#who()} says).
   *
   * @throws IllegalArgumentException if {@code who} cannot name an account on this network
   * @throws FetchException if the fetch fails
   */
  FetchResult fetch(String who, Instant asOf);
}
