package dev.klout.youtube;

/**
 * A typed failure of the YouTube Data API. The message says what happened in words a person can
 * act on; it never holds the API key.
 */
public final class YouTubeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** No such channel, or its uploads playlist is gone. */
    NOT_FOUND,
    /** The API key was rejected: invalid, or not a key. */
    BAD_KEY,
    /** The key may not call the API: forbidden, or the API is not enabled for its project. */
    FORBIDDEN,
    /** The project's daily quota is spent (never retried: it resets at midnight Pacific). */
    QUOTA_EXCEEDED,
    /** The fetch would spend more units than the caller allowed it. */
    QUOTA_BUDGET,
    /** The API refused the request as malformed, e.g. an invalid page token. */
    BAD_REQUEST,
    /** The response was not the JSON the API documents. */
    MALFORMED,
    /** Server errors, timeouts or connection failures outlasted the retries. */
    UNAVAILABLE
  }

  private final Kind kind;
  private final String reason;

  YouTubeException(Kind kind, String message) {
    this(kind, "", message);
  }

  YouTubeException(Kind kind, String reason, String message) {
    super(message);
    this.kind = kind;
    this.reason = reason;
  }

  YouTubeException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.reason = "";
  }

  public Kind kind() {
    return kind;
  }

  /** Google's reason code, such as {@code quotaExceeded}, or "" when there was none. */
  public String reason() {
    return reason;
  }
}
