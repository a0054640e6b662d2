package dev.klout.bluesky;

import dev.klout.fetch.Dialect;
import dev.klout.fetch.FetchException;
import dev.klout.fetch.Json;
import java.util.Locale;

/**
 * How the AppView says what went wrong: {@code {"error":"Name","message":"..."}}; 400
 * {@code InvalidRequest} "Profile not found", {@code AccountTakedown}, {@code AccountDeactivated},
 * 429 {@code RateLimitExceeded} with {@code RateLimit-Reset} (which klout-fetch reads).
 */
final class BlueskyDialect {
  private BlueskyDialect() {}

  static final Dialect DIALECT = (status, body, headers) -> {
    var root = Json.parseLenient(body);
    String name = root.path("error").asText("");
    String message = root.path("message").asText("");
    if (status == 429 || name.equals("RateLimitExceeded")) {
      return Dialect.Verdict.rateLimited(name);
    }
    if (name.equals("AccountTakedown") || name.equals("AccountDeactivated")) {
      return Dialect.Verdict.fail(FetchException.Kind.SUSPENDED, name,
          name.equals("AccountTakedown") ? "the account was taken down"
              : "the account is deactivated");
    }
    if (status == 400 && message.toLowerCase(Locale.ROOT).contains("not found")) {
      return Dialect.Verdict.fail(FetchException.Kind.NOT_FOUND, name, message);
    }
    Dialect.Verdict plain = Dialect.STANDARD.classify(status, body, headers);
    return plain.action() != Dialect.Action.FAIL ? plain
        : Dialect.Verdict.fail(plain.kind(), name, message.isEmpty() ? plain.detail()
            : message.length() > 200 ? message.substring(0, 200) + "..." : message);
  };
}
