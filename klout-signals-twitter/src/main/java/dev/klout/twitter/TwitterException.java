package dev.klout.twitter;

/**
 * A typed failure of the X API. The message says what happened in words a person can act on; it
 * never holds the bearer token.
 */
public final class TwitterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** No such user, or no such tweet. */
    NOT_FOUND,
    /** The user is suspended. */
    SUSPENDED,
    /** The user's tweets are protected; only their public profile can be read. */
    PROTECTED,
    /** The bearer token was missing, malformed, revoked or lacks access. */
    UNAUTHORIZED,
    /** The rate limit resets later than the configured maximum wait, or kept being hit. */
    RATE_LIMITED,
    /** The API refused the request as malformed (a 4xx other than the above). */
    BAD_REQUEST,
    /** The response was not the JSON the API documents. */
    MALFORMED,
    /** Server errors, timeouts or connection failures outlasted the retries. */
    UNAVAILABLE
  }

  private final Kind kind;

  TwitterException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  TwitterException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
