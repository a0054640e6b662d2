package dev.klout.fetch;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A typed failure of a fetch, the same for every network: a shared {@link Kind}, the network's
 * own reason where it gave one (Google's {@code quotaExceeded}, Bluesky's
 * {@code AccountTakedown}), and a message that names the network, the host and the path, never a
 * query string, a token or a key. The cause is kept.
 */
public final class FetchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, in kinds a host can act on (the klout command maps each to an exit code). */
  public enum Kind {
    /** No such account or item. */
    NOT_FOUND,
    /** The account is suspended, taken down or deactivated. */
    SUSPENDED,
    /** The account is private; only its public numbers can be read. */
    PRIVATE,
    /** A credential is missing, malformed, revoked or may not read this. */
    CREDENTIALS,
    /** A rate limit resets later than the fetch may wait, or kept being hit. */
    RATE_LIMITED,
    /** A quota is spent: the network's daily one, or the budget the caller gave the fetch. */
    QUOTA,
    /** The network refused the request as malformed. */
    BAD_REQUEST,
    /** The response was not what the network documents (not JSON, truncated, fields missing). */
    MALFORMED,
    /** Server errors, timeouts or connection failures outlasted the retries; or interrupted. */
    UNAVAILABLE
  }

  private final Kind kind;
  private final String network;
  private final String host;
  private final String path;
  private final String reason;

  private FetchException(Kind kind, String network, String host, String path, String reason,
      String message, @Nullable Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.network = network;
    this.host = host;
    this.path = path;
    this.reason = reason;
  }

  /**
   * A failure of the request to {@code path} (no query) on {@code host}; the message reads
   * {@code "network: host path: detail"}.
   */
  public static FetchException of(Kind kind, String network, String host, String path,
      String reason, String detail, @Nullable Throwable cause) {
    String where = path.isEmpty() ? host : host + path;
    return new FetchException(kind, network, host, path, reason,
        String.format(Locale.ROOT, "%s: %s: %s", network, where, detail), cause);
  }

  /** A failure of the fetch as a whole, not of one request (e.g. data that make no account). */
  public static FetchException of(Kind kind, String network, String detail,
      @Nullable Throwable cause) {
    return new FetchException(kind, network, "", "", "", network + ": " + detail, cause);
  }

  public Kind kind() {
    return kind;
  }

  public String network() {
    return network;
  }

  /** The host the failing request went to, or "" for a failure of the fetch as a whole. */
  public String host() {
    return host;
  }

  /** The failing request's path, without its query, or "". */
  public String path() {
    return path;
  }

  /** The network's own reason code, or "" where it gave none. */
  public String reason() {
    return reason;
  }
}
