package dev.klout.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A directory of recorded API responses and, optionally, its {@code persona.properties}: who the
 * recording is of and the instant it was recorded at.
 *
 * <pre>
 * name=engaged-creator
 * about=A small creator whose audience reacts to everything
 * as-of=2026-11-20T00:00:00Z
 * twitter=ada
 * youtube=@curie
 * </pre>
 * Every other key names a network and the account on it; the recordings themselves are under a
 * directory of the network's name, {@code twitter/} and {@code youtube/} (see {@link Replay}).
 */
record Persona(Path dir, String name, String about, @Nullable Instant asOf,
    SortedMap<String, String> accounts) {
  static final String FILE = "persona.properties";
  private static final Set<String> OWN_KEYS = Set.of("name", "about", "as-of");

  static Persona read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new CliFailure(Exit.USAGE, "--from " + dir + ": no such directory");
    }
    Properties p = new Properties();
    Path file = dir.resolve(FILE);
    if (Files.isRegularFile(file)) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(in);
      } catch (IOException e) {
        throw new CliFailure(Exit.OTHER, file + ": could not be read: " + e.getMessage(), e);
      }
    }
    Instant asOf = null;
    String at = blankToNull(p.getProperty("as-of"));
    if (at != null) {
      try {
        asOf = Instant.parse(at);
      } catch (DateTimeParseException e) {
        throw new CliFailure(Exit.USAGE, file + ": as-of must be an instant like"
            + " 2026-11-20T00:00:00Z but was '" + at + "'");
      }
    }
    String fallback = dir.toAbsolutePath().normalize().getFileName() == null
        ? "profile" : dir.toAbsolutePath().normalize().getFileName().toString();
    String name = blankToNull(p.getProperty("name"));
    String about = blankToNull(p.getProperty("about"));
    SortedMap<String, String> accounts = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      String who = blankToNull(p.getProperty(key));
      if (!OWN_KEYS.contains(key) && who != null) {
        accounts.put(key, who);
      }
    }
    return new Persona(dir, name == null ? fallback : name, about == null ? "" : about, asOf,
        Collections.unmodifiableSortedMap(accounts));
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
