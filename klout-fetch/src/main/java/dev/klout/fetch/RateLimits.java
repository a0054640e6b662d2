package dev.klout.fetch;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When a rate limit resets, in each network's dialect: {@code x-rate-limit-reset} (X, Unix
 * seconds), {@code RateLimit-Reset} (Bluesky, Unix seconds), {@code X-RateLimit-Reset} (Mastodon,
 * an ISO 8601 instant) and {@code Retry-After} (seconds, or an HTTP date). The first one present
 * wins; a reset in the past means now.
 */
public final class RateLimits {
  private RateLimits() {}

  /** How long to wait, from these headers, or empty where none says. */
  public static Optional<Duration> waitFrom(HttpHeaders headers, Clock clock) {
    Instant now = clock.instant();
    Optional<String> retryAfter = headers.firstValue("retry-after");
    if (retryAfter.isPresent()) {
      Optional<Duration> d = retryAfter(retryAfter.get().strip(), now);
      if (d.isPresent()) {
        return d;
      }
    }
    for (String unix : new String[] {"x-rate-limit-reset", "ratelimit-reset"}) {
      Optional<String> v = headers.firstValue(unix);
      if (v.isPresent() && v.get().strip().matches("[0-9]{1,12}")) {
        return Optional.of(until(Instant.ofEpochSecond(Long.parseLong(v.get().strip())), now));
      }
    }
    Optional<String> iso = headers.firstValue("x-ratelimit-reset");
    if (iso.isPresent()) {
      try {
        return Optional.of(until(ZonedDateTime.parse(iso.get().strip(),
            DateTimeFormatter.ISO_DATE_TIME).toInstant(), now));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Optional<Duration> retryAfter(String value, Instant now) {
    if (value.matches("[0-9]{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
    }
    try {
      return Optional.of(until(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
          .toInstant(), now));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Duration until(Instant reset, Instant now) {
    Duration wait = Duration.between(now, reset);
    // A second more: the reset is rounded to the second, and arriving early costs another 429.
    return wait.isNegative() ? Duration.ZERO : wait.plusSeconds(1);
  }
}
