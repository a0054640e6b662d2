package dev.klout.fetch;

import dev.klout.AccountWindow;
import java.time.Instant;

/**
 * The scoring window a fetch reads: the 90 days before {@code asOf}, both ends included. The one
 * place every adapter cuts what it fetched, posts and reactions alike, so that a score as of a
 * past instant never sees that instant's future.
 */
public record FetchWindow(Instant start, Instant end) {
  public FetchWindow {
    if (start == null || end == null || start.isAfter(end)) {
      throw new IllegalArgumentException("a window runs from start to end but was " + start
          + " to " + end);
    }
  }

  /** The window that ends at {@code asOf}. */
  public static FetchWindow endingAt(Instant asOf) {
    if (asOf == null) {
      throw new IllegalArgumentException("asOf must not be null");
    }
    return new FetchWindow(asOf.minus(AccountWindow.LENGTH), asOf);
  }

  public boolean contains(Instant at) {
    return !at.isBefore(start) && !at.isAfter(end);
  }

  /** Whether {@code at} is later than the window: the future of its score. */
  public boolean isAfter(Instant at) {
    return at.isAfter(end);
  }
}
