package dev.klout.fetch;

import java.net.http.HttpHeaders;
import org.jspecify.annotations.Nullable;

/**
 * How one network says what went wrong: given a response other than 200, whether to retry, to
 * wait for a rate limit, or to fail, and with which kind and reason. {@link #STANDARD} reads plain
 * HTTP; a network overrides it where its bodies say more (Google's reasons, Bluesky's error names).
 */
@FunctionalInterface
public interface Dialect {
  /** What to do about a response of {@code status} (never 200) with this body and these headers. */
  Verdict classify(int status, String body, HttpHeaders headers);

  /**
   * What a 200 says, for networks that report errors in a 200 (MediaWiki's {@code {"error":...}}
   * with a {@code MediaWiki-API-Error} header): null when it is the data asked for, else what to
   * do as for any other failure.
   */
  default Dialect.@Nullable Verdict classifyOk(String body, HttpHeaders headers) {
    return null;
  }

  /** Plain HTTP: 429 waits, 5xx retries, 401 and 403 are credentials, 404 not found. */
  Dialect STANDARD = (status, body, headers) -> {
    if (status == 429) {
      return Verdict.rateLimited("");
    }
    if (status >= 500) {
      return Verdict.retry();
    }
    if (status == 401) {
      return Verdict.fail(FetchException.Kind.CREDENTIALS, "", "the credential was rejected");
    }
    if (status == 403) {
      return Verdict.fail(FetchException.Kind.CREDENTIALS, "",
          "the credential may not read this");
    }
    if (status == 404) {
      return Verdict.fail(FetchException.Kind.NOT_FOUND, "", "not found");
    }
    return Verdict.fail(FetchException.Kind.BAD_REQUEST, "", "the request was refused");
  };

  /** What to do about one response. */
  record Verdict(Action action, FetchException.Kind kind, String reason, String detail) {
    /** Retry after a backoff (5xx, a transient failure). */
    public static Verdict retry() {
      return new Verdict(Action.RETRY, FetchException.Kind.UNAVAILABLE, "", "");
    }

    /** Wait for the rate limit to reset (from the headers, else a backoff), then retry. */
    public static Verdict rateLimited(String reason) {
      return new Verdict(Action.RATE_LIMIT, FetchException.Kind.RATE_LIMITED, reason, "");
    }

    /** Fail with this kind, the network's reason ("" if none) and a detail in words. */
    public static Verdict fail(FetchException.Kind kind, String reason, String detail) {
      return new Verdict(Action.FAIL, kind, reason, detail);
    }
  }

  enum Action { RETRY, RATE_LIMIT, FAIL }
}
