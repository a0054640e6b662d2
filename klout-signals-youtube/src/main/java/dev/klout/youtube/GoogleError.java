package dev.klout.youtube;

import com.fasterxml.jackson.databind.JsonNode;
import dev.klout.fetch.Dialect;
import dev.klout.fetch.FetchException;
import dev.klout.fetch.Json;

/**
 * How Google says what went wrong: {@code {"error":{"code":403,"message":...,"errors":[{"reason":
 * ...}]}}}, read leniently (a body that is not JSON has no reason). The reason decides: a spent
 * daily quota is never retried, per-user and per-project rates clear within seconds and are.
 */
record GoogleError(String reason, String message) {
  private static final int MAX_MESSAGE = 200;

  static GoogleError parse(String body) {
    try {
      JsonNode error = Json.parse(body).path("error");
      String reason = error.path("errors").path(0).path("reason").asText("");
      String message = error.path("message").asText("");
      if (message.length() > MAX_MESSAGE) {
        message = message.substring(0, MAX_MESSAGE) + "...";
      }
      return new GoogleError(reason, message);
    } catch (RuntimeException e) { // Json.Malformed, or a body of another shape
      return new GoogleError("", "");
    }
  }

  static final Dialect DIALECT = (status, body, headers) -> {
    GoogleError e = parse(body);
    String detail = e.message().isEmpty() ? "" : e.message();
    if (e.reason().equals("rateLimitExceeded") || e.reason().equals("userRateLimitExceeded")
        || status == 429) {
      return Dialect.Verdict.rateLimited(e.reason());
    }
    if (status >= 500) {
      return Dialect.Verdict.retry();
    }
    if (e.reason().equals("keyInvalid")
        || (e.reason().equals("badRequest") && detail.startsWith("API key not valid"))) {
      return Dialect.Verdict.fail(FetchException.Kind.CREDENTIALS, e.reason(),
          "the API key was rejected; check YOUTUBE_API_KEY");
    }
    switch (e.reason()) {
      case "quotaExceeded":
        return Dialect.Verdict.fail(FetchException.Kind.QUOTA, e.reason(),
            "the project's daily quota is spent; it resets at midnight Pacific time");
      case "forbidden":
      case "accessNotConfigured":
        return Dialect.Verdict.fail(FetchException.Kind.CREDENTIALS, e.reason(),
            "the key may not call the API" + (detail.isEmpty() ? "" : ": " + detail));
      case "playlistNotFound":
      case "channelNotFound":
      case "videoNotFound":
        return Dialect.Verdict.fail(FetchException.Kind.NOT_FOUND, e.reason(),
            detail.isEmpty() ? "not found" : detail);
      default:
        Dialect.Verdict plain = Dialect.STANDARD.classify(status, body, headers);
        return Dialect.Verdict.fail(plain.kind(), e.reason(),
            detail.isEmpty() ? plain.detail() : detail);
    }
  };
}
