package dev.klout.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the klout command in-process, as a terminal user would run it, and keeps what it printed. */
final class Cli {
  static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

  /** What one run printed and returned. */
  record Result(int code, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  private final Map<String, String> env = new HashMap<>();

  static Path examples() {
    return Path.of(System.getProperty("klout.examples", "../examples"));
  }

  static Path example(String name) {
    return examples().resolve(name);
  }

  /** A persona's recording read into a profile as of {@code asOf}, as klout score reads it. */
  static dev.klout.Profile profile(String persona, Instant asOf) {
    Sources sources = new Sources();
    sources.from = example(persona);
    sources.asOf = asOf.toString();
    Common quiet = new Common();
    quiet.quiet = true;
    Io io = new Io(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Map.of(),
        Clock.fixed(NOW, ZoneOffset.UTC), false);
    return sources.load(io, quiet).profile();
  }

  Cli env(String name, String value) {
    env.put(name, value);
    return this;
  }

  Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Klout.run(args, o, e, Map.copyOf(env), Clock.fixed(NOW, ZoneOffset.UTC), false);
    }
    return new Result(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }
}
