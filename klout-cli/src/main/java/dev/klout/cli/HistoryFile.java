package dev.klout.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that read or write the score history. */
final class HistoryFile {
  /** How long a save waits for another writer before it fails. */
  static final Duration BUSY_TIMEOUT = Duration.ofSeconds(5);

  @Option(names = "--db", paramLabel = "FILE",
      description = "The history database (default ~/.klout/history.db).")
  @Nullable Path db;

  Path path() {
    return db != null ? db : Path.of(System.getProperty("user.home"), ".klout", "history.db");
  }

  /** Opens the history to save into, creating it (and its directory) when it is missing. */
  History open() {
    return History.open(path(), BUSY_TIMEOUT);
  }

  /** Opens the history to read, which must exist: reading never creates a database. */
  History openExisting() {
    Path file = path();
    if (!Files.exists(file)) {
      throw new CliFailure(Exit.NOT_FOUND, "no history database at " + file
          + "; save a score with klout score --save first");
    }
    return History.open(file, BUSY_TIMEOUT);
  }
}
