package dev.klout.twitter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.klout.fetch.Dialect;
import dev.klout.fetch.Json;

/**
 * How the X API says what went wrong: plain HTTP statuses ({@link Dialect#STANDARD}), with the
 * problem details of the body (RFC 7807 style, {@code title} and {@code detail}) in the message.
 */
final class XDialect {
  private static final int MAX_DETAIL = 200;

  private XDialect() {}

  static final Dialect DIALECT = (status, body, headers) -> {
    Dialect.Verdict plain = Dialect.STANDARD.classify(status, body, headers);
    if (plain.action() != Dialect.Action.FAIL) {
      return plain;
    }
    String detail = switch (status) {
      case 401 -> "the bearer token was rejected";
      case 403 -> "the bearer token may not read this";
      default -> plain.detail();
    };
    String problem = describe(body);
    return Dialect.Verdict.fail(plain.kind(), "", detail + (problem.isEmpty() ? ""
        : " (" + problem + ")"));
  };

  /** "title: detail" of an error body, or "" when it has none or is not JSON. */
  static String describe(String body) {
    JsonNode root = Json.parseLenient(body);
    if (!root.isObject()) {
      return "";
    }
    JsonNode error = root.path("errors").isArray() && root.path("errors").size() > 0
        ? root.path("errors").get(0)
        : root;
    String title = error.path("title").asText("");
    String detail = error.path("detail").asText(error.path("message").asText(""));
    String text = (title + (title.isEmpty() || detail.isEmpty() ? "" : ": ") + detail).strip();
    return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "..." : text;
  }
}
