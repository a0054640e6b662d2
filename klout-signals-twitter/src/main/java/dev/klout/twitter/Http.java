package dev.klout.twitter;

import dev.klout.spi.FetchListener;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GETs with the bearer token, bounded retries and rate-limit waits. Logs and messages name the
 * path, never the token (which only ever travels in the Authorization header).
 */
final class Http {
  private static final Logger LOG = LoggerFactory.getLogger(TwitterClient.class);

  private final HttpClient client;
  private final URI baseUrl;
  private final String authorization;
  private final Duration requestTimeout;
  private final int maxRetries;
  private final Duration backoff;
  private final Duration maxBackoff;
  private final Duration maxRateLimitWait;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;
  private final FetchListener listener;
  private int calls;

  Http(HttpClient client, URI baseUrl, String token, Duration requestTimeout, int maxRetries,
      Duration backoff, Duration maxBackoff, Duration maxRateLimitWait, Clock clock,
      Sleeper sleeper, DoubleSupplier jitter, FetchListener listener) {
    this.client = client;
    this.baseUrl = baseUrl;
    this.authorization = "Bearer " + token;
    this.requestTimeout = requestTimeout;
    this.maxRetries = maxRetries;
    this.backoff = backoff;
    this.maxBackoff = maxBackoff;
    this.maxRateLimitWait = maxRateLimitWait;
    this.clock = clock;
    this.sleeper = sleeper;
    this.jitter = jitter;
    this.listener = listener;
  }

  /** Requests made so far, retries included. */
  int calls() {
    return calls;
  }

  /** GETs {@code pathAndQuery} (already encoded) and returns a 200 body. */
  String get(String pathAndQuery) {
    String path = pathAndQuery.contains("?")
        ? pathAndQuery.substring(0, pathAndQuery.indexOf('?'))
        : pathAndQuery;
    int failures = 0;
    int rateLimitWaits = 0;
    while (true) {
      HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve(pathAndQuery))
          .timeout(requestTimeout)
          .header("Authorization", authorization)
          .header("Accept", "application/json")
          .GET()
          .build();
      HttpResponse<String> response;
      try {
        calls++;
        tell(() -> listener.request(TwitterSignals.NETWORK, "GET " + path, calls, 0));
        response = client.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        String what = e instanceof HttpTimeoutException ? "timed out" : "failed: " + e;
        if (failures++ >= maxRetries) {
          throw new TwitterException(TwitterException.Kind.UNAVAILABLE, String.format(Locale.ROOT,
              "GET %s %s, and %d retries did not help", path, what, maxRetries), e);
        }
        pause(failures, "GET " + path + " " + what);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TwitterException(TwitterException.Kind.UNAVAILABLE,
            "interrupted while calling GET " + path, e);
      }
      int status = response.statusCode();
      if (status == 200) {
        return response.body();
      }
      if (status == 429) {
        Duration wait = rateLimitWait(response);
        if (wait.compareTo(maxRateLimitWait) > 0 || rateLimitWaits++ >= maxRetries) {
          throw new TwitterException(TwitterException.Kind.RATE_LIMITED, String.format(Locale.ROOT,
              "GET %s is rate limited for %ds more, beyond the %ds this client may wait", path,
              wait.toSeconds(), maxRateLimitWait.toSeconds()));
        }
        LOG.info("GET {} is rate limited; waiting {}s for the limit to reset", path,
            wait.toSeconds());
        tell(() -> listener.waiting(TwitterSignals.NETWORK, wait,
            "GET " + path + " is rate limited until the limit resets"));
        sleep(wait);
        continue;
      }
      if (status >= 500) {
        if (failures++ >= maxRetries) {
          throw new TwitterException(TwitterException.Kind.UNAVAILABLE, String.format(Locale.ROOT,
              "GET %s answered HTTP %d, and %d retries did not help", path, status, maxRetries));
        }
        pause(failures, "GET " + path + " answered HTTP " + status);
        continue;
      }
      throw clientError(path, status, response.body());
    }
  }

  private Duration rateLimitWait(HttpResponse<?> response) {
    // The body of a 429 is not to be trusted; the reset header is (Unix seconds).
    OptionalLong reset = response.headers().firstValueAsLong("x-rate-limit-reset");
    if (reset.isEmpty()) {
      return backoffFor(1);
    }
    Duration wait = Duration.between(clock.instant(), Instant.ofEpochSecond(reset.getAsLong()));
    return wait.isNegative() ? Duration.ZERO : wait.plusSeconds(1);
  }

  private static TwitterException clientError(String path, int status, String body) {
    String detail = ProblemJson.describe(body);
    switch (status) {
      case 401:
        return new TwitterException(TwitterException.Kind.UNAUTHORIZED, String.format(Locale.ROOT,
            "GET %s: the bearer token was rejected (HTTP 401%s)", path, detail));
      case 403:
        return new TwitterException(TwitterException.Kind.UNAUTHORIZED, String.format(Locale.ROOT,
            "GET %s: the bearer token may not read this (HTTP 403%s)", path, detail));
      case 404:
        return new TwitterException(TwitterException.Kind.NOT_FOUND, String.format(Locale.ROOT,
            "GET %s: not found (HTTP 404%s)", path, detail));
      default:
        return new TwitterException(TwitterException.Kind.BAD_REQUEST, String.format(Locale.ROOT,
            "GET %s was refused (HTTP %d%s)", path, status, detail));
    }
  }

  private void pause(int attempt, String why) {
    Duration wait = backoffFor(attempt);
    LOG.warn("{}; retrying in {} ms (attempt {} of {})", why, wait.toMillis(), attempt + 1,
        maxRetries + 1);
    tell(() -> listener.waiting(TwitterSignals.NETWORK, wait, why));
    sleep(wait);
  }

  /** Exponential backoff with full jitter between half and the whole step, capped. */
  private Duration backoffFor(int attempt) {
    long step = backoff.toMillis() << Math.min(20, attempt - 1);
    long capped = Math.min(step, maxBackoff.toMillis());
    return Duration.ofMillis((long) (capped * (0.5 + 0.5 * jitter.getAsDouble())));
  }

  /** A listener's failure is the host's bug, never a reason to fail the fetch. */
  private static void tell(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.warn("the fetch listener failed; ignoring it", e);
    }
  }

  private void sleep(Duration d) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TwitterException(TwitterException.Kind.UNAVAILABLE, "interrupted while waiting", e);
    }
  }
}
