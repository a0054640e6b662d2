package dev.klout.youtube;

import dev.klout.spi.FetchListener;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GETs against the Data API with the key, bounded retries and the caller's quota budget. The key
 * is a query parameter, so it is added here and nowhere else, and nothing logged or thrown
 * includes the query: only the path, such as {@code /youtube/v3/videos}.
 */
final class Http {
  private static final Logger LOG = LoggerFactory.getLogger(YouTubeClient.class);

  private final HttpClient client;
  private final URI baseUrl;
  private final String key;
  private final Duration requestTimeout;
  private final int maxRetries;
  private final Duration backoff;
  private final Duration maxBackoff;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;
  private final int budget;
  private final FetchListener listener;
  private int units;

  Http(HttpClient client, URI baseUrl, String key, Duration requestTimeout, int maxRetries,
      Duration backoff, Duration maxBackoff, Sleeper sleeper, DoubleSupplier jitter, int budget,
      FetchListener listener) {
    this.client = client;
    this.baseUrl = baseUrl;
    this.key = key;
    this.requestTimeout = requestTimeout;
    this.maxRetries = maxRetries;
    this.backoff = backoff;
    this.maxBackoff = maxBackoff;
    this.sleeper = sleeper;
    this.jitter = jitter;
    this.budget = budget;
    this.listener = listener;
  }

  /** Quota units spent so far: every list call costs one, retries included. */
  int units() {
    return units;
  }

  /** Whether one more call fits in the budget; optional lookups ask before they spend. */
  boolean canSpend() {
    return units < budget;
  }

  /** GETs a list method, e.g. {@code get("videos", "part=statistics&id=a,b")}, returning the 200 body. */
  String get(String method, String query) {
    String path = "/youtube/v3/" + method;
    URI uri = baseUrl.resolve(path + "?" + query + "&key="
        + URLEncoder.encode(key, StandardCharsets.UTF_8));
    int failures = 0;
    while (true) {
      if (units >= budget) {
        throw new YouTubeException(YouTubeException.Kind.QUOTA_BUDGET, String.format(Locale.ROOT,
            "GET %s would spend more than this fetch's budget of %d quota units", path, budget));
      }
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(requestTimeout)
          .header("Accept", "application/json").GET().build();
      HttpResponse<String> response;
      try {
        units++;
        // Every list call costs one unit, so calls and units are the same count here.
        tell(() -> listener.request(YouTubeSignals.NETWORK, "GET " + path, units, units));
        response = client.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        String what = e instanceof HttpTimeoutException ? "timed out" : "failed: "
            + e.getClass().getSimpleName();
        if (failures++ >= maxRetries) {
          // Not e as the cause's message: the JDK's may quote the URI, and so the key.
          throw new YouTubeException(YouTubeException.Kind.UNAVAILABLE, String.format(
              Locale.ROOT, "GET %s %s, and %d retries did not help", path, what, maxRetries));
        }
        pause(failures, "GET " + path + " " + what);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new YouTubeException(YouTubeException.Kind.UNAVAILABLE,
            "interrupted while calling GET " + path);
      }
      int status = response.statusCode();
      if (status == 200) {
        return response.body();
      }
      GoogleError error = GoogleError.parse(response.body());
      boolean retry = status >= 500 || status == 429 || (status == 403 && error.transientRate());
      if (retry) {
        if (failures++ >= maxRetries) {
          throw new YouTubeException(YouTubeException.Kind.UNAVAILABLE, String.format(Locale.ROOT,
              "GET %s answered HTTP %d%s, and %d retries did not help", path, status,
              describe(error), maxRetries));
        }
        pause(failures, "GET " + path + " answered HTTP " + status);
        continue;
      }
      throw classify(path, status, error);
    }
  }

  private static YouTubeException classify(String path, int status, GoogleError error) {
    String text = String.format(Locale.ROOT, "GET %s: HTTP %d%s", path, status, describe(error));
    String reason = error.reason();
    if (error.badKey()) {
      return new YouTubeException(YouTubeException.Kind.BAD_KEY, reason,
          text + "; check YOUTUBE_API_KEY");
    }
    switch (reason) {
      case "quotaExceeded":
        return new YouTubeException(YouTubeException.Kind.QUOTA_EXCEEDED, reason,
            text + "; the daily quota resets at midnight Pacific time");
      case "forbidden":
      case "accessNotConfigured":
        return new YouTubeException(YouTubeException.Kind.FORBIDDEN, reason, text);
      case "playlistNotFound":
      case "channelNotFound":
      case "videoNotFound":
        return new YouTubeException(YouTubeException.Kind.NOT_FOUND, reason, text);
      default:
        if (status == 404) {
          return new YouTubeException(YouTubeException.Kind.NOT_FOUND, reason, text);
        }
        if (status == 401 || status == 403) {
          return new YouTubeException(YouTubeException.Kind.FORBIDDEN, reason, text);
        }
        return new YouTubeException(YouTubeException.Kind.BAD_REQUEST, reason, text);
    }
  }

  private static String describe(GoogleError e) {
    if (e.reason().isEmpty() && e.message().isEmpty()) {
      return "";
    }
    return " (" + e.reason() + (e.message().isEmpty() ? "" : ": " + e.message()) + ")";
  }

  /** A listener's failure is the host's bug, never a reason to fail the fetch. */
  private static void tell(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.warn("the fetch listener failed; ignoring it", e);
    }
  }

  private void pause(int attempt, String why) {
    long step = backoff.toMillis() << Math.min(20, attempt - 1);
    long capped = Math.min(step, maxBackoff.toMillis());
    Duration wait = Duration.ofMillis((long) (capped * (0.5 + 0.5 * jitter.getAsDouble())));
    LOG.warn("{}; retrying in {} ms (attempt {} of {})", why, wait.toMillis(), attempt + 1,
        maxRetries + 1);
    tell(() -> listener.waiting(YouTubeSignals.NETWORK, wait, why));
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new YouTubeException(YouTubeException.Kind.UNAVAILABLE, "interrupted while waiting");
    }
  }
}
