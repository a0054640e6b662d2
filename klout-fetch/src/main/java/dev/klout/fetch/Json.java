package dev.klout.fetch;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Reading a network's JSON: counts written as numbers or as strings of digits, absent fields
 * (a count the network hides is empty, never zero), ISO 8601 instants with or without an offset.
 * A field that is there but wrong throws {@link Malformed}, which the fetch layer turns into a
 * {@link FetchException.Kind#MALFORMED} naming the request.
 */
public final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** A field that is present but not what the network documents. */
  public static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Malformed(String message) {
      super(message);
    }
  }

  /**
   * What a network's body says instead of data, e.g. a 200 whose {@code errors} say the account is
   * suspended: the fetch layer turns it into a {@link FetchException} of this kind naming the
   * request.
   */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final FetchException.Kind kind;
    private final String reason;

    public Refused(FetchException.Kind kind, String reason, String detail) {
      super(detail);
      this.kind = kind;
      this.reason = reason;
    }

    public FetchException.Kind kind() {
      return kind;
    }

    public String reason() {
      return reason;
    }
  }

  /** Parses a body; a body that is not JSON (or is cut short) throws {@link Malformed}. */
  public static JsonNode parse(String body) {
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new Malformed("the body is empty");
      }
      return node;
    } catch (JacksonException e) {
      throw new Malformed("the body is not JSON (" + e.getOriginalMessage() + ")");
    }
  }

  /**
   * An error body read leniently, for a {@link Dialect}: its JSON, or a missing node when it is
   * not JSON (a proxy's HTML page, an empty body), whose fields then read as absent.
   */
  public static JsonNode parseLenient(String body) {
    try {
      return parse(body);
    } catch (Malformed e) {
      return MAPPER.missingNode();
    }
  }

  /** A count: a whole number from 0 as a number or a string; empty where absent or null. */
  public static OptionalLong count(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return OptionalLong.empty();
    }
    if (v.canConvertToExactIntegral() && v.canConvertToLong() && v.asLong() >= 0) {
      return OptionalLong.of(v.asLong());
    }
    if (v.isTextual() && v.asText().matches("[0-9]{1,18}")) {
      return OptionalLong.of(Long.parseLong(v.asText()));
    }
    throw new Malformed("'" + field + "' must be a count but was " + abbreviate(v));
  }

  /** A count that must be there. */
  public static long requiredCount(JsonNode node, String field) {
    return count(node, field).orElseThrow(() -> new Malformed("'" + field + "' is missing"));
  }

  /** A string that must be there and not blank. */
  public static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank()) {
      throw new Malformed("'" + field + "' is missing");
    }
    return v.asText();
  }

  /** A string, where present. */
  public static Optional<String> optionalText(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? Optional.empty()
        : Optional.of(v.asText());
  }

  /** An ISO 8601 instant ({@code Z} or an offset), or null where absent or null. */
  public static @Nullable Instant optionalInstant(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : instant(node, field);
  }

  /** An ISO 8601 instant ({@code Z} or an offset) that must be there. */
  public static Instant instant(JsonNode node, String field) {
    String text = text(node, field);
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new Malformed("'" + field + "' must be an ISO 8601 instant but was '"
          + abbreviate(node.get(field)) + "'");
    }
  }

  private static String abbreviate(JsonNode v) {
    String s = v.toString();
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }
}
