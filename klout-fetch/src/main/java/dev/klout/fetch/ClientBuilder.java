package dev.klout.fetch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The settings every network client's builder has, in one place: the API's address, timeouts,
 * retries and backoff, the longest rate-limit wait, the clock, the listener, and where credentials
 * are read from. An adapter's builder extends it and adds its own (a token, a quota budget).
 *
 * @param <B> the adapter's builder, returned by every setter
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  // The settings the HTTP layer has live there, checked there; this builder adds the address,
  // which names the fetcher only once the adapter knows its network, and the environment.
  private final HttpFetcher.Builder http = HttpFetcher.unbound();
  private URI baseUrl;
  private boolean baseUrlSet;
  private Map<String, String> environment = System.getenv();

  protected ClientBuilder(URI defaultBaseUrl) {
    this.baseUrl = HttpFetcher.checkBaseUrl(defaultBaseUrl);
  }

  /** This builder, as its own type. */
  protected abstract B self();

  /** The API's address; the network's own unless set (tests and replays give loopback's). */
  public B baseUrl(URI baseUrl) {
    this.baseUrl = HttpFetcher.checkBaseUrl(baseUrl);
    this.baseUrlSet = true;
    return self();
  }

  /** Whether the caller set the address (a test's or a replay's), rather than the network's own. */
  protected boolean baseUrlSet() {
    return baseUrlSet;
  }

  public B connectTimeout(Duration timeout) {
    http.connectTimeout(timeout);
    return self();
  }

  /** How long one request may take, from sending to the whole body. */
  public B requestTimeout(Duration timeout) {
    http.requestTimeout(timeout);
    return self();
  }

  /** Retries after a 5xx, a timeout or a connection failure, and rate-limit waits, each (0-10). */
  public B maxRetries(int retries) {
    http.maxRetries(retries);
    return self();
  }

  /** The first retry's backoff; each retry doubles it, up to {@code max}, with jitter. */
  public B backoff(Duration first, Duration max) {
    http.backoff(first, max);
    return self();
  }

  /** The longest a fetch waits for a rate limit to reset before failing with RATE_LIMITED. */
  public B maxRateLimitWait(Duration wait) {
    http.maxRateLimitWait(wait);
    return self();
  }

  /** The clock rate-limit resets are measured against. */
  public B clock(Clock clock) {
    http.clock(clock);
    return self();
  }

  /** How waits are made; tests pass one that records and returns at once. */
  public B sleeper(Sleeper sleeper) {
    http.sleeper(sleeper);
    return self();
  }

  /** Where the backoff's jitter comes from: numbers in [0, 1). */
  public B jitter(DoubleSupplier jitter) {
    http.jitter(jitter);
    return self();
  }

  /** Hears each request and each wait of every fetch, e.g. to show progress; none unless set. */
  public B listener(FetchListener listener) {
    http.listener(listener);
    return self();
  }

  /** Where credentials not given are read from; the process's environment unless set. */
  public B environment(Map<String, String> environment) {
    this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    return self();
  }

  protected Map<String, String> environment() {
    return environment;
  }

  /**
   * The credential the caller gave, else the first of {@code variables} set in the environment.
   *
   * @param missing what the builder's caller is told when there is none, e.g. "no API key: pass
   *     apiKey(...)"; the variables are named after it
   * @throws IllegalStateException if there is none
   */
  protected Secret credential(@Nullable Secret given, List<String> variables, String missing) {
    if (given != null) {
      return given;
    }
    return Secret.fromEnvironment(environment, variables.toArray(new String[0]))
        .orElseThrow(() -> new IllegalStateException(missing + " or set "
            + String.join(" or ", variables)));
  }

  /** A count of extra calls a builder takes: 0 or more. */
  protected static int calls(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0 but was " + value);
    }
    return value;
  }

  /** The HTTP layer's builder for {@code network}, with every setting of this builder. */
  protected HttpFetcher.Builder httpFetcher(String network) {
    return http.bind(network, baseUrl);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{baseUrl=" + baseUrl + ", credentials=<redacted>}";
  }
}
