package dev.klout.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a run of the command reads and writes: its streams, its environment (tokens and keys come
 * from here, never from system properties) and its clock. Tests pass their own.
 *
 * @param terminal whether stderr is a terminal, so progress may redraw one line in place
 */
record Io(PrintStream out, PrintStream err, Map<String, String> env, Clock clock,
    boolean terminal) {

  /** A non-blank environment variable, stripped, or null. */
  @Nullable String env(String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }
}
