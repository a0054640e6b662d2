package dev.klout.fetch;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Values as a query string carries them, the same for every network. */
public final class Query {
  private Query() {}

  /** A value URL-encoded (UTF-8), e.g. a handle, a page token or a post's URI. */
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** An instant as ISO 8601 to the second ({@code 2026-01-01T00:00:00Z}), as APIs take a range. */
  public static String seconds(Instant at) {
    return at.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
