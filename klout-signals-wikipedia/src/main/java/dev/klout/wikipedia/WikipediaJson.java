package dev.klout.wikipedia;

import com.fasterxml.jackson.databind.JsonNode;
import dev.klout.fetch.FetchException;
import dev.klout.fetch.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the MediaWiki Action API ({@code formatversion=2}) and the Wikimedia pageviews API.
 * Anything of the wrong shape is {@link Json.Malformed}; a missing page or user is
 * {@link Json.Refused} NOT_FOUND.
 */
final class WikipediaJson {
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH");

  private WikipediaJson() {}

  /** A page of a list and the {@code continue} value to pass back, or null at the end. */
  record Page<T>(List<T> items, @Nullable String next) {}

  /** A day's pageviews. */
  record Day(LocalDate day, long views) {}

  /** One edit: when, and whether on a talk page (an odd namespace). */
  record Edit(Instant at, String title, boolean talk) {}

  /** An editor: lifetime edits, registered when. */
  record Editor(String name, long edits, @Nullable Instant registered) {}

  /** The article's language editions, one page of them; NOT_FOUND where there is no article. */
  static Page<String> langlinks(JsonNode root, String title) {
    JsonNode page = root.path("query").path("pages").path(0);
    if (!page.isObject()) {
      throw new Json.Malformed("query.pages is missing");
    }
    if (page.path("missing").asBoolean(false) || page.path("invalid").asBoolean(false)) {
      throw new Json.Refused(FetchException.Kind.NOT_FOUND, "missing",
          "no article '" + title + "'");
    }
    List<String> langs = new ArrayList<>();
    for (JsonNode l : page.path("langlinks")) {
      langs.add(Json.text(l, "lang"));
    }
    return new Page<>(langs, next(root, "llcontinue"));
  }

  /** Articles that link to the title, one page of them. */
  static Page<String> backlinks(JsonNode root) {
    List<String> titles = new ArrayList<>();
    JsonNode list = root.path("query").path("backlinks");
    if (!list.isMissingNode() && !list.isArray()) {
      throw new Json.Malformed("query.backlinks is not an array");
    }
    for (JsonNode b : list) {
      titles.add(Json.text(b, "title"));
    }
    return new Page<>(titles, next(root, "blcontinue"));
  }

  /** Daily pageviews; days without views are simply missing. */
  static List<Day> pageviews(JsonNode root) {
    List<Day> days = new ArrayList<>();
    JsonNode items = root.path("items");
    if (!items.isArray()) {
      throw new Json.Malformed("'items' is not an array");
    }
    for (JsonNode i : items) {
      String ts = Json.text(i, "timestamp");
      try {
        days.add(new Day(LocalDate.parse(ts, HOUR), Json.requiredCount(i, "views")));
      } catch (DateTimeParseException e) {
        throw new Json.Malformed("'timestamp' must be YYYYMMDDHH but was '" + ts + "'");
      }
    }
    return days;
  }

  static Editor editor(JsonNode root, String name) {
    JsonNode user = root.path("query").path("users").path(0);
    if (!user.isObject()) {
      throw new Json.Malformed("query.users is missing");
    }
    if (user.path("missing").asBoolean(false) || user.path("invalid").asBoolean(false)) {
      throw new Json.Refused(FetchException.Kind.NOT_FOUND, "missing", "no user '" + name + "'");
    }
    return new Editor(Json.text(user, "name"), Json.count(user, "editcount").orElse(0),
        user.hasNonNull("registration") ? Json.instant(user, "registration") : null);
  }

  static Page<Edit> contributions(JsonNode root) {
    List<Edit> edits = new ArrayList<>();
    JsonNode list = root.path("query").path("usercontribs");
    if (!list.isMissingNode() && !list.isArray()) {
      throw new Json.Malformed("query.usercontribs is not an array");
    }
    for (JsonNode c : list) {
      edits.add(new Edit(Json.instant(c, "timestamp"), Json.text(c, "title"),
          Json.requiredCount(c, "ns") % 2 == 1));
    }
    return new Page<>(edits, next(root, "uccontinue"));
  }

  private static @Nullable String next(JsonNode root, String key) {
    JsonNode c = root.path("continue").path(key);
    return c.isMissingNode() || c.isNull() ? null : c.asText();
  }

  static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
