package dev.klout.fetch;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a host sets on any network's client through its {@link NetworkClientFactory}.
 *
 * @param environment where credentials are read from
 * @param listener hears every request and wait
 * @param baseUrl the API's address, or null for the network's own (tests and replays give a
 *     loopback server's)
 * @param maxRetries retries after failures and rate-limit waits, or -1 for the network's default
 * @param quotaBudget the most quota units one fetch may spend where the network counts quota, or
 *     0 for the network's default
 */
public record ClientOptions(Map<String, String> environment, FetchListener listener,
    @Nullable URI baseUrl, int maxRetries, int quotaBudget) {
  public ClientOptions {
    environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    Objects.requireNonNull(listener, "listener");
    if (maxRetries < -1 || maxRetries > 10) {
      throw new IllegalArgumentException("maxRetries must be -1 (the default) to 10 but was "
          + maxRetries);
    }
    if (quotaBudget < 0) {
      throw new IllegalArgumentException("quotaBudget must be >= 0 but was " + quotaBudget);
    }
  }

  /** The network's defaults, with credentials from {@code environment}. */
  public static ClientOptions defaults(Map<String, String> environment) {
    return new ClientOptions(environment, FetchListener.NONE, null, -1, 0);
  }

  /** Applies the options every client builder has. */
  public <B extends ClientBuilder<B>> B applyTo(B builder) {
    builder.environment(environment).listener(listener);
    if (baseUrl != null) {
      builder.baseUrl(baseUrl);
    }
    if (maxRetries >= 0) {
      builder.maxRetries(maxRetries);
    }
    return builder;
  }
}
