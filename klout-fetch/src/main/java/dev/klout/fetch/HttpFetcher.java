package dev.klout.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP layer of every adapter: GETs with timeouts, bounded retries with exponential backoff
 * and jitter (5xx, timeouts, refused connections), rate-limit waits in the network's dialect up to
 * a maximum, quota counted on the requests the network received, and every failure a
 * {@link FetchException} naming network, host and path. Credentials travel in a header or in the
 * query, which is never logged, never in a message and never given to the listener.
 *
 * <p>Immutable and thread-safe; each fetch opens a {@link Session}, which counts its own calls and
 * quota.
 */
public final class HttpFetcher {
  private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);
  /**
   * What every request says it is: the library and its version, as Wikimedia and the fediverse ask
   * of API clients ("dev" when run from classes, not a released jar).
   */
  public static final String USER_AGENT = "klout/" + Optional.ofNullable(
      HttpFetcher.class.getPackage().getImplementationVersion()).orElse("dev")
      + " (Java; influence scoring library; +https://github.com/klout/klout)";

  private final String network;
  private final HttpClient client;
  private final URI baseUrl;
  private final Duration requestTimeout;
  private final int maxRetries;
  private final Duration backoff;
  private final Duration maxBackoff;
  private final Duration maxRateLimitWait;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;
  private final FetchListener listener;
  private final Dialect dialect;
  private final Map<String, Secret> headerSecrets;
  private final Map<String, String> headers;
  private final @Nullable String queryName;
  private final @Nullable Secret querySecret;
  private final ToIntFunction<String> cost;
  private final int quotaBudget;

  private HttpFetcher(Builder b) {
    this.network = b.network;
    this.client = HttpClient.newBuilder().connectTimeout(b.connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER).build();
    this.baseUrl = b.baseUrl;
    this.requestTimeout = b.requestTimeout;
    this.maxRetries = b.maxRetries;
    this.backoff = b.backoff;
    this.maxBackoff = b.maxBackoff;
    this.maxRateLimitWait = b.maxRateLimitWait;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.jitter = b.jitter;
    this.listener = b.listener;
    this.dialect = b.dialect;
    this.headerSecrets = Map.copyOf(b.headerSecrets);
    this.headers = Map.copyOf(b.headers);
    this.queryName = b.queryName;
    this.querySecret = b.querySecret;
    this.cost = b.cost;
    this.quotaBudget = b.quotaBudget;
  }

  /** A fetcher for {@code network} against the API at {@code baseUrl}. */
  public static Builder builder(String network, URI baseUrl) {
    return new Builder().bind(network, baseUrl);
  }

  /** A builder whose network and address a {@link ClientBuilder} gives last. */
  static Builder unbound() {
    return new Builder();
  }

  static URI checkBaseUrl(@Nullable URI baseUrl) {
    if (baseUrl == null || !baseUrl.isAbsolute() || baseUrl.getHost() == null) {
      throw new IllegalArgumentException("baseUrl must be an absolute http(s) URI but was "
          + baseUrl);
    }
    return baseUrl;
  }

  /**
   * The same fetcher against another address, for networks where each account names its own
   * server (Mastodon's {@code @user@server}).
   */
  public HttpFetcher at(URI otherBaseUrl) {
    return new HttpFetcher(this, checkBaseUrl(otherBaseUrl));
  }

  private HttpFetcher(HttpFetcher from, URI baseUrl) {
    this.network = from.network;
    this.client = from.client;
    this.baseUrl = baseUrl;
    this.requestTimeout = from.requestTimeout;
    this.maxRetries = from.maxRetries;
    this.backoff = from.backoff;
    this.maxBackoff = from.maxBackoff;
    this.maxRateLimitWait = from.maxRateLimitWait;
    this.clock = from.clock;
    this.sleeper = from.sleeper;
    this.jitter = from.jitter;
    this.listener = from.listener;
    this.dialect = from.dialect;
    this.headerSecrets = from.headerSecrets;
    this.headers = from.headers;
    this.queryName = from.queryName;
    this.querySecret = from.querySecret;
    this.cost = from.cost;
    this.quotaBudget = from.quotaBudget;
  }

  /** A new fetch's session: its own count of calls and quota units. */
  public Session session() {
    return new Session();
  }

  public String network() {
    return network;
  }

  /** The host requests go to, as messages name it, e.g. {@code api.x.com}. */
  public String host() {
    String host = baseUrl.getHost();
    return baseUrl.getPort() < 0 ? host : host + ":" + baseUrl.getPort();
  }

  @Override
  public String toString() {
    return "HttpFetcher{" + network + ", " + baseUrl + ", credentials=<redacted>}";
  }

  /** The requests of one fetch. Not thread-safe: one fetch, one thread. */
  public final class Session {
    private int calls;
    private int units;

    private Session() {}

    /** Requests made so far, retries included. */
    public int calls() {
      return calls;
    }

    /** Quota units spent on requests the network received. */
    public int quotaUnits() {
      return units;
    }

    /** Whether a request to {@code path} still fits the fetch's quota budget. */
    public boolean canSpend(String path) {
      return units + cost.applyAsInt(path) <= quotaBudget;
    }

    /**
     * GETs {@code path} with {@code query} (already encoded, without credentials, may be "") and
     * maps the 200 body's JSON; what {@code mapper} refuses ({@link Json.Refused}) fails with its
     * kind, and a body that is not JSON, or that {@code mapper} finds wrong
     * ({@link Json.Malformed} or {@link IllegalArgumentException}), is a
     * {@link FetchException.Kind#MALFORMED} naming the request.
     */
    public <T> T getJson(String path, String query, Function<JsonNode, T> mapper) {
      return getJsonAndHeaders(path, query, (node, headers) -> mapper.apply(node));
    }

    /**
     * {@link #getJson}, for networks that page in a header ({@code Link}): {@code mapper} reads
     * the body and the response's headers.
     */
    public <T> T getJsonAndHeaders(String path, String query,
        BiFunction<JsonNode, HttpHeaders, T> mapper) {
      HttpResponse<String> response = send(path, query);
      try {
        return mapper.apply(Json.parse(response.body()), response.headers());
      } catch (Json.Refused e) {
        throw FetchException.of(e.kind(), network, host(), path, e.reason(), e.getMessage(), e);
      } catch (Json.Malformed | IllegalArgumentException e) {
        throw FetchException.of(FetchException.Kind.MALFORMED, network, host(), path, "",
            "the response is not what the API documents: " + e.getMessage(), e);
      }
    }

    /** GETs {@code path} with {@code query} (encoded, no credentials) and returns the 200 body. */
    public String get(String path, String query) {
      return send(path, query).body();
    }

    private HttpResponse<String> send(String path, String query) {
      int failures = 0;
      int rateLimitWaits = 0;
      String what = "GET " + path;
      while (true) {
        int price = cost.applyAsInt(path);
        if (units + price > quotaBudget) {
          throw FetchException.of(FetchException.Kind.QUOTA, network, host(), path, "",
              String.format(Locale.ROOT, "would spend more than this fetch's budget of %d quota"
                  + " units (%d spent)", quotaBudget, units), null);
        }
        HttpRequest request = request(path, query);
        HttpResponse<String> response;
        calls++;
        int c = calls;
        int u = units + price;
        tell(l -> l.request(network, what, c, u));
        try {
          response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
          if (unresolved(e)) {
            throw FetchException.of(FetchException.Kind.UNAVAILABLE, network, host(), path, "",
                "cannot resolve " + baseUrl.getHost() + " (no network, or no such host)", e);
          }
          String failure = e instanceof HttpTimeoutException
              ? "timed out after " + requestTimeout.toSeconds() + " s"
              : e instanceof ConnectException ? "could not connect"
              : "failed (" + e.getClass().getSimpleName() + ")";
          if (failures++ >= maxRetries) {
            throw FetchException.of(FetchException.Kind.UNAVAILABLE, network, host(), path, "",
                String.format(Locale.ROOT, "%s, and %d retries did not help", failure,
                    maxRetries), e);
          }
          pause(backoffFor(failures), what + " " + failure + "; retrying");
          continue;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw FetchException.of(FetchException.Kind.UNAVAILABLE, network, host(), path, "",
              "interrupted", e);
        }
        units += price; // the network received it, whatever it answered
        int status = response.statusCode();
        Dialect.Verdict verdict = status == 200
            ? dialect.classifyOk(response.body(), response.headers())
            : dialect.classify(status, response.body(), response.headers());
        if (verdict == null) {
          return response;
        }
        String http = "HTTP " + status + (verdict.reason().isEmpty() ? ""
            : " " + verdict.reason());
        switch (verdict.action()) {
          case RATE_LIMIT -> {
            Optional<Duration> reset = RateLimits.waitFrom(response.headers(), clock);
            Duration wait = reset.orElse(backoffFor(rateLimitWaits + 1));
            if (wait.compareTo(maxRateLimitWait) > 0 || rateLimitWaits++ >= maxRetries) {
              throw FetchException.of(FetchException.Kind.RATE_LIMITED, network, host(), path,
                  verdict.reason(), String.format(Locale.ROOT, "rate limited (%s) for %d s more,"
                      + " beyond the %d s this fetch may wait", http, wait.toSeconds(),
                      maxRateLimitWait.toSeconds()), null);
            }
            pause(wait, what + " is rate limited (" + http + "); waiting for the limit to reset");
          }
          case RETRY -> {
            if (failures++ >= maxRetries) {
              throw FetchException.of(FetchException.Kind.UNAVAILABLE, network, host(), path,
                  verdict.reason(), String.format(Locale.ROOT, "answered %s, and %d retries did"
                      + " not help", http, maxRetries), null);
            }
            pause(backoffFor(failures), what + " answered " + http + "; retrying");
          }
          default -> throw FetchException.of(verdict.kind(), network, host(), path,
              verdict.reason(), scrub(verdict.detail()) + " (" + http + ")", null);
        }
      }
    }
  }

  private HttpRequest request(String path, String query) {
    StringBuilder q = new StringBuilder(query);
    if (queryName != null && querySecret != null) {
      q.append(q.length() == 0 ? "" : "&").append(queryName).append('=')
          .append(URLEncoder.encode(querySecret.reveal(), StandardCharsets.UTF_8));
    }
    URI uri = baseUrl.resolve(path + (q.length() == 0 ? "" : "?" + q));
    HttpRequest.Builder r = HttpRequest.newBuilder(uri).timeout(requestTimeout)
        .header("Accept", "application/json").header("User-Agent", USER_AGENT).GET();
    headers.forEach(r::header);
    headerSecrets.forEach((name, secret) -> r.header(name, secret.reveal()));
    return r.build();
  }

  /** A detail read from a body, with any credential it echoes blanked out. */
  private String scrub(String detail) {
    String out = detail;
    for (Secret secret : headerSecrets.values()) {
      out = out.replace(secret.reveal(), "<redacted>");
      int space = secret.reveal().lastIndexOf(' '); // "Bearer <token>": the token alone too
      if (space > 0) {
        out = out.replace(secret.reveal().substring(space + 1), "<redacted>");
      }
    }
    if (querySecret != null) {
      out = out.replace(querySecret.reveal(), "<redacted>");
    }
    return out;
  }

  private static boolean unresolved(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return true;
      }
    }
    return false;
  }

  /** Exponential backoff with jitter between half and the whole step, capped. */
  private Duration backoffFor(int attempt) {
    long step = backoff.toMillis() << Math.min(20, attempt - 1);
    long capped = Math.min(step, maxBackoff.toMillis());
    return Duration.ofMillis((long) (capped * (0.5 + 0.5 * jitter.getAsDouble())));
  }

  private void pause(Duration wait, String why) {
    LOG.info("{}: {} in {} ms", network, why, wait.toMillis());
    tell(l -> l.waiting(network, wait, why));
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw FetchException.of(FetchException.Kind.UNAVAILABLE, network,
          "interrupted while waiting", e);
    }
  }

  /** A listener's failure is the host's bug, never a reason to fail the fetch. */
  private void tell(java.util.function.Consumer<FetchListener> event) {
    try {
      event.accept(listener);
    } catch (RuntimeException e) {
      LOG.warn("the fetch listener {} failed; ignoring it", listener.getClass().getName(), e);
    }
  }

  /** Configures an {@link HttpFetcher}; every setting has a default. Not thread-safe. */
  public static final class Builder {
    private String network = "";
    private URI baseUrl = URI.create("http://127.0.0.1");
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
    private Dialect dialect = Dialect.STANDARD;
    private final Map<String, Secret> headerSecrets = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private @Nullable String queryName;
    private @Nullable Secret querySecret;
    private ToIntFunction<String> cost = path -> 0;
    private int quotaBudget = Integer.MAX_VALUE;

    private Builder() {}

    Builder bind(String network, URI baseUrl) {
      if (network == null || !network.matches("[a-z][a-z0-9_-]{0,31}")) {
        throw new IllegalArgumentException("network must be a lower-case identifier but was '"
            + network + "'");
      }
      this.network = network;
      this.baseUrl = checkBaseUrl(baseUrl);
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return this;
    }

    /** How long one request may take, from sending to the whole body. */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive("requestTimeout", timeout);
      return this;
    }

    /** Retries after a 5xx, a timeout or a connection failure, and rate-limit waits, each. */
    public Builder maxRetries(int retries) {
      if (retries < 0 || retries > 10) {
        throw new IllegalArgumentException("maxRetries must be between 0 and 10 but was "
            + retries);
      }
      this.maxRetries = retries;
      return this;
    }

    /** The first retry's backoff; each retry doubles it, up to {@code max}, with jitter. */
    public Builder backoff(Duration first, Duration max) {
      this.backoff = positive("backoff", first);
      this.maxBackoff = positive("maxBackoff", max);
      return this;
    }

    /** The longest a fetch waits for a rate limit to reset before failing with RATE_LIMITED. */
    public Builder maxRateLimitWait(Duration wait) {
      if (wait == null || wait.isNegative()) {
        throw new IllegalArgumentException("maxRateLimitWait must be >= 0 but was " + wait);
      }
      this.maxRateLimitWait = wait;
      return this;
    }

    /** The clock rate-limit resets are measured against. */
    public Builder clock(Clock clock) {
      this.clock = java.util.Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = java.util.Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** Where the backoff's jitter comes from: numbers in [0, 1). */
    public Builder jitter(DoubleSupplier jitter) {
      this.jitter = java.util.Objects.requireNonNull(jitter, "jitter");
      return this;
    }

    public Builder listener(FetchListener listener) {
      this.listener = java.util.Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** How the network says what went wrong; {@link Dialect#STANDARD} unless set. */
    public Builder dialect(Dialect dialect) {
      this.dialect = java.util.Objects.requireNonNull(dialect, "dialect");
      return this;
    }

    /** A header every request carries, e.g. a User-Agent. */
    public Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /** A credential header, e.g. {@code ("Authorization", Secret.of("Bearer " + token))}. */
    public Builder secretHeader(String name, Secret value) {
      headerSecrets.put(name, java.util.Objects.requireNonNull(value, name));
      return this;
    }

    /** A credential in every request's query, e.g. Google's {@code key}. */
    public Builder secretQuery(String name, Secret value) {
      this.queryName = name;
      this.querySecret = java.util.Objects.requireNonNull(value, name);
      return this;
    }

    /**
     * The quota: what a request to each path costs, and the most one fetch may spend (the network
     * counts what it received, so a request that never reached it costs nothing).
     */
    public Builder quota(ToIntFunction<String> costOfPath, int budget) {
      if (budget < 1) {
        throw new IllegalArgumentException("the quota budget must be at least 1 but was "
            + budget);
      }
      this.cost = java.util.Objects.requireNonNull(costOfPath, "costOfPath");
      this.quotaBudget = budget;
      return this;
    }

    public HttpFetcher build() {
      return new HttpFetcher(this);
    }

    private static Duration positive(String name, Duration d) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive but was " + d);
      }
      return d;
    }

    @Override
    public String toString() {
      return "HttpFetcher.Builder{" + network + ", " + baseUrl + ", credentials=<redacted>}";
    }
  }
}
