package dev.klout.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;
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
 * The recordings themselves are under {@code twitter/} and {@code youtube/} (see {@link Replay}).
 */
record Persona(Path dir, String name, String about, @Nullable Instant asOf,
    @Nullable String twitter, @Nullable String youtube) {
  static final String FILE = "persona.properties";

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
    return new Persona(dir, name == null ? fallback : name, about == null ? "" : about, asOf,
        blankToNull(p.getProperty("twitter")), blankToNull(p.getProperty("youtube")));
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
