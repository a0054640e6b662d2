package dev.klout.twitter;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the X API's problem details (RFC 7807 style) for error messages, never failing. */
final class ProblemJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_DETAIL = 200;

  private ProblemJson() {}

  /** ", title: detail" from an error body, or "" when it has none. */
  static String describe(String body) {
    try {
      JsonNode root = MAPPER.readTree(body);
      if (root == null || !root.isObject()) {
        return "";
      }
      JsonNode error = root.path("errors").isArray() && root.path("errors").size() > 0
          ? root.path("errors").get(0)
          : root;
      String title = error.path("title").asText("");
      String detail = error.path("detail").asText(error.path("message").asText(""));
      String text = (title + (title.isEmpty() || detail.isEmpty() ? "" : ": ") + detail).strip();
      if (text.length() > MAX_DETAIL) {
        text = text.substring(0, MAX_DETAIL) + "...";
      }
      return text.isEmpty() ? "" : ", " + text;
    } catch (JacksonException e) {
      return "";
    }
  }
}
