package dev.klout.fetch;

import java.time.Duration;

/**
 * Hears how a fetch is going, so that a host can show progress (a terminal's status line, a
 * metric) while pages are read and rate limits waited out. Called on the fetching thread, so it
 * must be quick; what it throws is logged and ignored, never allowed to fail the fetch. Nothing
 * passed to it holds a token, a key or a query string.
 */
public interface FetchListener {
  /** Hears nothing. */
  FetchListener NONE = new FetchListener() {};

  /**
   * A request is about to be sent.
   *
   * @param network the adapter's network, e.g. {@code "twitter"}
   * @param what what is being read, e.g. {@code "GET /2/users/42/tweets"}
   * @param calls the requests this fetch has made, this one and retries included
   * @param quotaUnits the quota units this fetch will have spent once the network receives this
   *     request (a request that never reaches it costs nothing in the end), or 0 where the network
   *     counts no quota
   */
  default void request(String network, String what, int calls, int quotaUnits) {}

  /**
   * The fetch is about to wait before trying again.
   *
   * @param wait how long it will wait
   * @param why a rate limit that resets later, or a backoff after a failure, in words
   */
  default void waiting(String network, Duration wait, String why) {}
}
