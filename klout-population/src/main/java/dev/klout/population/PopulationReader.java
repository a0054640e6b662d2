package dev.klout.population;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.klout.Profile;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads a population directory ({@link PopulationFormat}) as a stream of profiles, one person at a
 * time: the tables are read side by side, which is why each must be sorted by person, and only one
 * person's rows are in memory at once. Iterable once; close it when done.
 */
public final class PopulationReader implements Iterable<Profile>, Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Table<PersonRecord> people;
  private final Table<AccountRecord> accounts;
  private final Table<PostRecord> posts;
  private final Table<ReactionRecord> reactions;
  private final Table<ReplyRecord> replies;
  private boolean iterated;

  private PopulationReader(Path dir) throws IOException {
    List<Table<?>> opened = new ArrayList<>();
    try {
      people = add(opened, new Table<>(dir, PopulationFormat.PEOPLE, true, Line::person,
          PersonRecord::person));
      accounts = add(opened, new Table<>(dir, PopulationFormat.ACCOUNTS, false, Line::account,
          AccountRecord::person));
      posts = add(opened, new Table<>(dir, PopulationFormat.POSTS, false, Line::post,
          PostRecord::person));
      reactions = add(opened, new Table<>(dir, PopulationFormat.REACTIONS, false,
          Line::reaction, ReactionRecord::person));
      replies = add(opened, new Table<>(dir, PopulationFormat.REPLIES, false, Line::reply,
          ReplyRecord::person));
    } catch (IOException | RuntimeException e) {
      for (Table<?> t : opened) {
        t.close();
      }
      throw e;
    }
  }

  private static <T> Table<T> add(List<Table<?>> opened, Table<T> table) {
    opened.add(table);
    return table;
  }

  /**
   * Opens a population directory.
   *
   * @throws IllegalArgumentException if the manifest is missing, is not a population's or has
   *     another version, or people.jsonl is missing
   */
  public static PopulationReader open(Path dir) throws IOException {
    Path manifest = dir.resolve(PopulationFormat.MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      throw new IllegalArgumentException(dir + " is not a population directory: it has no "
          + PopulationFormat.MANIFEST);
    }
    JsonNode m;
    try {
      m = JSON.readTree(manifest.toFile());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(manifest + " is not JSON: " + e.getOriginalMessage(), e);
    }
    if (m == null || !PopulationFormat.NAME.equals(m.path("format").asText())) {
      throw new IllegalArgumentException(manifest + ": \"format\" must be \""
          + PopulationFormat.NAME + "\"");
    }
    int version = m.path("version").asInt(-1);
    if (version != PopulationFormat.VERSION) {
      throw new IllegalArgumentException(manifest + ": version " + m.path("version")
          + " is not one this reader knows (it reads version " + PopulationFormat.VERSION + ")");
    }
    return new PopulationReader(dir);
  }

  /**
   * The people, in file order.
   *
   * @throws IllegalStateException if called a second time
   */
  @Override
  public Iterator<Profile> iterator() {
    if (iterated) {
      throw new IllegalStateException("a population reader is read once; open the directory again");
    }
    iterated = true;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return people.peek() != null;
      }

      @Override
      public Profile next() {
        PersonRecord p = people.peek();
        if (p == null) {
          throw new NoSuchElementException();
        }
        people.take(p.person());
        return PersonRows.profile(p, accounts.take(p.person()), posts.take(p.person()),
            reactions.take(p.person()), replies.take(p.person()));
      }
    };
  }

  @Override
  public void close() {
    people.close();
    accounts.close();
    posts.close();
    reactions.close();
    replies.close();
  }

  /** One table's file, read a line ahead, checked to be sorted by person. */
  private static final class Table<T> implements Closeable {
    private final String file;
    private final @Nullable BufferedReader in;
    private final Function<Line, T> parse;
    private final Function<T, String> personOf;
    private long lineNumber;
    private @Nullable T next;
    private @Nullable String last;

    Table(Path dir, String name, boolean required, Function<Line, T> parse,
        Function<T, String> personOf) throws IOException {
      this.file = name + ".jsonl";
      Path path = dir.resolve(file);
      if (!Files.isRegularFile(path)) {
        if (required) {
          throw new IllegalArgumentException(dir + " has no " + file);
        }
        this.in = null;
      } else {
        this.in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
      }
      this.parse = parse;
      this.personOf = personOf;
      advance();
    }

    @Nullable T peek() {
      return next;
    }

    /** The rows of {@code person}; the table must not hold an earlier person still. */
    List<T> take(String person) {
      List<T> rows = new ArrayList<>(0);
      while (next != null) {
        String p = personOf.apply(next);
        int c = p.compareTo(person);
        if (c > 0) {
          break;
        }
        if (c < 0) {
          throw new IllegalArgumentException(String.format(Locale.ROOT, "%s line %d: person '%s' is not in"
              + " people.jsonl before '%s' (every table must be sorted by person, and list only"
              + " people of people.jsonl)", file, lineNumber, p, person));
        }
        rows.add(next);
        advance();
        if (file.startsWith(PopulationFormat.PEOPLE)) {
          break; // one row a person
        }
      }
      return rows;
    }

    private void advance() {
      next = null;
      if (in == null) {
        return;
      }
      try {
        String text;
        do {
          text = in.readLine();
          lineNumber++;
        } while (text != null && text.isBlank());
        if (text == null) {
          return;
        }
        JsonNode node;
        try {
          node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException(file + " line " + lineNumber + " is not JSON: "
              + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
          throw new IllegalArgumentException(file + " line " + lineNumber
              + " is not a JSON object");
        }
        T row = parse.apply(new Line(file, lineNumber, node));
        String person = personOf.apply(row);
        if (last != null) {
          int c = person.compareTo(last);
          if (c < 0 || (c == 0 && file.startsWith(PopulationFormat.PEOPLE))) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s line %d: person '%s' comes"
                + " after '%s'; %s", file, lineNumber, person, last, c == 0
                ? "a person is listed once" : "the table must be sorted by person"));
          }
        }
        last = person;
        next = row;
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + file, e);
      }
    }

    @Override
    public void close() {
      if (in != null) {
        try {
          in.close();
        } catch (IOException e) {
          // Nothing was written; a failed close of a read loses nothing.
        }
      }
    }
  }
}
