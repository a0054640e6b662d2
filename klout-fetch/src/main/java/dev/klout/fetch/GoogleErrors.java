package dev.klout.fetch;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How Google's APIs (YouTube Data, Blogger) say what went wrong:
 * {@code {"error":{"code":403,"message":...,"errors":[{"reason":...}],"details":[{"reason":...}]}}},
 * read leniently (a body that is not JSON has no reason). The reason decides: a spent daily quota
 * ({@code quotaExceeded}, {@code dailyLimitExceeded}) is never retried, per-user and per-project
 * rates ({@code rateLimitExceeded}, {@code userRateLimitExceeded}) clear within seconds and are.
 */
public final class GoogleErrors {
  private static final int MAX_MESSAGE = 200;

  private GoogleErrors() {}

  /** Google's reason and message of an error body; both "" where it has none. */
  public record Reason(String reason, String message) {}

  public static Reason parse(String body) {
    JsonNode error = Json.parseLenient(body).path("error");
    String reason = error.path("errors").path(0).path("reason").asText("");
    for (JsonNode d : error.path("details")) {
      if (d.path("reason").asText("").equals("API_KEY_INVALID")) {
        reason = "API_KEY_INVALID";
      }
    }
    String message = error.path("message").asText("");
    if (message.length() > MAX_MESSAGE) {
      message = message.substring(0, MAX_MESSAGE) + "...";
    }
    return new Reason(reason, message);
  }

  /** The dialect of every Google API. */
  public static final Dialect DIALECT = (status, body, headers) -> {
    Reason e = parse(body);
    String reason = e.reason();
    String detail = e.message();
    if (reason.equals("rateLimitExceeded") || reason.equals("userRateLimitExceeded")
        || status == 429) {
      return Dialect.Verdict.rateLimited(reason);
    }
    if (status >= 500) {
      return Dialect.Verdict.retry();
    }
    if (reason.equals("keyInvalid") || reason.equals("API_KEY_INVALID")
        || (reason.equals("badRequest") && detail.startsWith("API key not valid"))) {
      return Dialect.Verdict.fail(FetchException.Kind.CREDENTIALS, reason,
          "the API key was rejected");
    }
    switch (reason) {
      case "quotaExceeded":
      case "dailyLimitExceeded":
        return Dialect.Verdict.fail(FetchException.Kind.QUOTA, reason,
            "the project's daily quota is spent; it resets at midnight Pacific time");
      case "forbidden":
      case "accessNotConfigured":
        return Dialect.Verdict.fail(FetchException.Kind.CREDENTIALS, reason,
            "the key may not call the API" + (detail.isEmpty() ? "" : ": " + detail));
      case "notFound":
      case "playlistNotFound":
      case "channelNotFound":
      case "videoNotFound":
        return Dialect.Verdict.fail(FetchException.Kind.NOT_FOUND, reason,
            detail.isEmpty() ? "not found" : detail);
      default:
        Dialect.Verdict plain = Dialect.STANDARD.classify(status, body, headers);
        return Dialect.Verdict.fail(plain.kind(), reason,
            detail.isEmpty() ? plain.detail() : detail);
    }
  };
}
