package dev.klout.youtube;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Google's error body: {@code {"error":{"code":403,"message":...,"errors":[{"reason":...}]}}}.
 * Read leniently: an error body that is not JSON still yields a reason of "".
 */
record GoogleError(String reason, String message) {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_MESSAGE = 200;

  static GoogleError parse(String body) {
    try {
      JsonNode error = MAPPER.readTree(body).path("error");
      String reason = error.path("errors").path(0).path("reason").asText("");
      String message = error.path("message").asText("");
      if (message.length() > MAX_MESSAGE) {
        message = message.substring(0, MAX_MESSAGE) + "...";
      }
      return new GoogleError(reason, message);
    } catch (JacksonException | RuntimeException e) {
      return new GoogleError("", "");
    }
  }

  boolean badKey() {
    return reason.equals("keyInvalid")
        || (reason.equals("badRequest") && message.startsWith("API key not valid"));
  }

  /** Per-user or per-project rates, which clear within seconds, unlike the daily quota. */
  boolean transientRate() {
    return reason.equals("rateLimitExceeded") || reason.equals("userRateLimitExceeded");
  }
}
