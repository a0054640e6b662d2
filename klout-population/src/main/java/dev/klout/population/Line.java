package dev.klout.population;

import com.fasterxml.jackson.databind.JsonNode;
import dev.klout.ReactionKind;
import dev.klout.Visibility;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One parsed line of a table, read field by field; every complaint names file, line and field. */
final class Line {
  private final String file;
  private final long number;
  private final JsonNode node;

  Line(String file, long number, JsonNode node) {
    this.file = file;
    this.number = number;
    this.node = node;
  }

  IllegalArgumentException fail(String format, Object... args) {
    return new IllegalArgumentException(file + " line " + number + ": "
        + String.format(Locale.ROOT, format, args));
  }

  private @Nullable JsonNode field(String name, boolean required) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      if (required) {
        throw fail("'%s' is missing", name);
      }
      return null;
    }
    return v;
  }

  String text(String name) {
    JsonNode v = field(name, true);
    if (!v.isTextual() && !v.isNumber()) {
      throw fail("'%s' must be a string but was %s", name, v);
    }
    String s = v.asText();
    if (s.isBlank()) {
      throw fail("'%s' must not be blank", name);
    }
    return s;
  }

  @Nullable String optionalText(String name) {
    return node.hasNonNull(name) ? text(name) : null;
  }

  /** A count: a whole number from 0, written as a number or a string of digits. */
  long count(String name, boolean required) {
    JsonNode v = field(name, required);
    if (v == null) {
      return 0;
    }
    if (v.canConvertToExactIntegral() && v.canConvertToLong() && v.asLong() >= 0) {
      return v.asLong();
    }
    if (v.isTextual() && v.asText().matches("[0-9]{1,18}")) {
      return Long.parseLong(v.asText());
    }
    throw fail("'%s' must be a count (a whole number from 0) but was %s", name, v);
  }

  double number(String name) {
    JsonNode v = field(name, true);
    if (v.isNumber() && Double.isFinite(v.asDouble())) {
      return v.asDouble();
    }
    throw fail("'%s' must be a number but was %s", name, v);
  }

  boolean flag(String name) {
    JsonNode v = field(name, false);
    if (v == null) {
      return false;
    }
    if (!v.isBoolean()) {
      throw fail("'%s' must be true or false but was %s", name, v);
    }
    return v.asBoolean();
  }

  Instant instant(String name) {
    Instant at = optionalInstant(name);
    if (at == null) {
      throw fail("'%s' is missing", name);
    }
    return at;
  }

  @Nullable Instant optionalInstant(String name) {
    JsonNode v = field(name, false);
    if (v == null) {
      return null;
    }
    try {
      return Instant.parse(v.asText());
    } catch (DateTimeParseException e) {
      throw fail("'%s' must be an ISO 8601 instant such as 2026-03-01T12:00:00Z but was %s",
          name, v);
    }
  }

  ReactionKind kind(String name) {
    try {
      return PopulationFormat.kind(text(name));
    } catch (IllegalArgumentException e) {
      throw fail("'%s': %s", name, e.getMessage());
    }
  }

  Visibility visibility(String name) {
    JsonNode v = field(name, false);
    if (v == null || v.asText().equals("public")) {
      return Visibility.PUBLIC;
    }
    if (v.asText().equals("private")) {
      return Visibility.PRIVATE;
    }
    throw fail("'%s' must be \"public\" or \"private\" but was %s", name, v);
  }

  List<String> texts(String name) {
    JsonNode v = field(name, false);
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (!v.isArray()) {
      throw fail("'%s' must be an array of strings but was %s", name, v);
    }
    for (JsonNode e : v) {
      if (!e.isTextual()) {
        throw fail("'%s' must be an array of strings but has %s", name, e);
      }
      out.add(e.asText());
    }
    return out;
  }

  PersonRecord person() {
    return new PersonRecord(text("person"), instant("as_of"), flag("opted_out"));
  }

  AccountRecord account() {
    return new AccountRecord(text("person"), text("network"), optionalText("account_id"),
        visibility("visibility"), count("audience", true), count("following", false));
  }

  PostRecord post() {
    List<ReactionKind> hidden = new ArrayList<>();
    for (String k : texts("hidden")) {
      try {
        hidden.add(PopulationFormat.kind(k));
      } catch (IllegalArgumentException e) {
        throw fail("'hidden': %s", e.getMessage());
      }
    }
    return new PostRecord(text("person"), text("network"), text("post"), instant("at"),
        count("reshares", true), count("comments", true), count("likes", true),
        count("views", false), count("quotes", false), hidden, texts("topics"));
  }

  ReactionRecord reaction() {
    return new ReactionRecord(text("person"), text("network"), text("post"), text("actor"),
        kind("kind"), optionalInstant("at"), number("actor_influence"),
        number("actor_reactions_per_day"));
  }

  ReplyRecord reply() {
    return new ReplyRecord(text("person"), text("network"), text("to_actor"), instant("at"));
  }
}
