package dev.klout.fetch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The settings every network client's builder has, in one place: the API's address, timeouts,
 * retries and backoff, the longest rate-limit wait, the clock, the listener, and where credentials
 * are read from. An adapter's builder extends it and adds its own (a token, a quota budget).
 *
 * @param <B> the adapter's builder, returned by every setter
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  private URI baseUrl;
  private Duration connectTimeout = Duration.ofSeconds(5);
  private Duration requestTimeout = Duration.ofSeconds(20);
  private int maxRetries = 3;
  private Duration backoff = Duration.ofMillis(500);
  private Duration maxBackoff = Duration.ofSeconds(30);
  private Duration maxRateLimitWait = Duration.ofMinutes(15);
  private Clock clock = Clock.systemUTC();
  private Sleeper sleeper = Sleeper.REAL;
  private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
  private FetchListener listener = FetchListener.NONE;
  private Map<String, String> environment = System.getenv();

  protected ClientBuilder(URI defaultBaseUrl) {
    this.baseUrl = defaultBaseUrl;
  }

  /** This builder, as its own type. */
  protected abstract B self();

  /** The API's address; the network's own unless set (tests and replays give loopback's). */
  public B baseUrl(URI baseUrl) {
    if (baseUrl == null || !baseUrl.isAbsolute() || baseUrl.getHost() == null) {
      throw new IllegalArgumentException("baseUrl must be an absolute http(s) URI but was "
          + baseUrl);
    }
    this.baseUrl = baseUrl;
    return self();
  }

  public B connectTimeout(Duration timeout) {
    this.connectTimeout = positive("connectTimeout", timeout);
    return self();
  }

  /** How long one request may take, from sending to the whole body. */
  public B requestTimeout(Duration timeout) {
    this.requestTimeout = positive("requestTimeout", timeout);
    return self();
  }

  /** Retries after a 5xx, a timeout or a connection failure, and rate-limit waits, each (0-10). */
  public B maxRetries(int retries) {
    if (retries < 0 || retries > 10) {
      throw new IllegalArgumentException("maxRetries must be between 0 and 10 but was "
          + retries);
    }
    this.maxRetries = retries;
    return self();
  }

  /** The first retry's backoff; each retry doubles it, up to {@code max}, with jitter. */
  public B backoff(Duration first, Duration max) {
    this.backoff = positive("backoff", first);
    this.maxBackoff = positive("maxBackoff", max);
    return self();
  }

  /** The longest a fetch waits for a rate limit to reset before failing with RATE_LIMITED. */
  public B maxRateLimitWait(Duration wait) {
    if (wait == null || wait.isNegative()) {
      throw new IllegalArgumentException("maxRateLimitWait must be >= 0 but was " + wait);
    }
    this.maxRateLimitWait = wait;
    return self();
  }

  /** The clock rate-limit resets are measured against. */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /** How waits are made; tests pass one that records and returns at once. */
  public B sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return self();
  }

  /** Where the backoff's jitter comes from: numbers in [0, 1). */
  public B jitter(DoubleSupplier jitter) {
    this.jitter = Objects.requireNonNull(jitter, "jitter");
    return self();
  }

  /** Hears each request and each wait of every fetch, e.g. to show progress; none unless set. */
  public B listener(FetchListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
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

  protected URI baseUrl() {
    return baseUrl;
  }

  /** An HTTP layer for {@code network} with every setting of this builder. */
  protected HttpFetcher.Builder httpFetcher(String network) {
    return HttpFetcher.builder(network, baseUrl).connectTimeout(connectTimeout)
        .requestTimeout(requestTimeout).maxRetries(maxRetries).backoff(backoff, maxBackoff)
        .maxRateLimitWait(maxRateLimitWait).clock(clock).sleeper(sleeper).jitter(jitter)
        .listener(listener);
  }

  private static Duration positive(String name, Duration d) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive but was " + d);
    }
    return d;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{baseUrl=" + baseUrl + ", credentials=<redacted>}";
  }
}
