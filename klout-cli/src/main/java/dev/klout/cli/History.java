package dev.klout.cli;

import dev.klout.Exclusion;
import dev.klout.Score;
import dev.klout.SignalContribution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Saved scores in an embedded SQLite file, for {@code klout history} and {@code klout compare}.
 *
 * <p>The schema is the tool's own: {@link #MIGRATIONS} are applied in order, each in its own
 * transaction, and {@code PRAGMA user_version} records how many have run, so an empty file, an
 * old file and a current one all open. Every save is one {@code BEGIN IMMEDIATE} transaction: a
 * second writer waits up to the busy timeout and then fails with a clear message, and a failed
 * save leaves what was stored before untouched. A file that is not SQLite, or is corrupt, is
 * reported and never rewritten.
 */
final class History implements AutoCloseable {
  /** The schema, one step per release that changed it; never edit a step, add one. */
  static final List<String[]> MIGRATIONS = List.of(
      new String[] {
        "CREATE TABLE result (id INTEGER PRIMARY KEY AUTOINCREMENT, profile TEXT NOT NULL,"
            + " as_of TEXT NOT NULL, saved_at TEXT NOT NULL, model TEXT NOT NULL,"
            + " scored INTEGER NOT NULL, score INTEGER NOT NULL, exact REAL NOT NULL,"
            + " raw REAL NOT NULL)",
        "CREATE INDEX result_by_profile ON result (profile, as_of, id)",
        "CREATE TABLE contribution (result_id INTEGER NOT NULL REFERENCES result (id),"
            + " network TEXT NOT NULL, signal TEXT NOT NULL, pillar TEXT NOT NULL,"
            + " value REAL NOT NULL, weight REAL NOT NULL, contribution REAL NOT NULL,"
            + " PRIMARY KEY (result_id, network, signal))",
        "CREATE TABLE exclusion (result_id INTEGER NOT NULL REFERENCES result (id),"
            + " network TEXT NOT NULL, reason TEXT NOT NULL)"
      },
      new String[] {
        // Where the data came from: "live", or the directory of a recording.
        "ALTER TABLE result ADD COLUMN source TEXT NOT NULL DEFAULT 'live'"
      });

  /** One signal's share of a saved score. */
  record Row(String network, String signal, String pillar, double value, double weight,
      double contribution) {}

  /** One saved score. {@code score}, {@code exact} and {@code raw} are 0 when not scored. */
  record Saved(long id, String profile, Instant asOf, Instant savedAt, String model,
      boolean scored, int score, double exact, double raw, String source, List<Row> rows,
      List<String> exclusions) {}

  private final Path file;
  private final Connection db;

  private History(Path file, Connection db) {
    this.file = file;
    this.db = db;
  }

  /** Opens (creating, or migrating to the current schema) the history in {@code file}. */
  static History open(Path file, Duration busyTimeout) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new CliFailure(Exit.OTHER, "history database " + file + ": could not create its"
          + " directory: " + e.getMessage(), e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis()));
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    config.enforceForeignKeys(true);
    Connection db = null;
    try {
      db = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
      History history = new History(file, db);
      history.migrate();
      return history;
    } catch (SQLException e) {
      closeQuietly(db);
      throw failure(file, "could not be opened", e);
    }
  }

  private void migrate() throws SQLException {
    int version;
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
      version = r.getInt(1);
    }
    if (version == 0) {
      // Schema 0 is an empty file, or someone else's database: never add tables to theirs.
      List<String> tables = new java.util.ArrayList<>();
      try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT name FROM"
          + " sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
        while (r.next()) {
          tables.add(r.getString(1));
        }
      }
      if (!tables.isEmpty()) {
        throw new CliFailure(Exit.OTHER, String.format(java.util.Locale.ROOT,
            "%s is another program's database (tables %s), not a klout history; it was left as"
                + " it is: use another --db", file, String.join(", ", tables)));
      }
    }
    if (version > MIGRATIONS.size()) {
      throw new CliFailure(Exit.OTHER, String.format(java.util.Locale.ROOT,
          "history database %s has schema %d, newer than this klout knows (%d); use a newer"
              + " klout, or another --db", file, version, MIGRATIONS.size()));
    }
    for (int step = version; step < MIGRATIONS.size(); step++) {
      db.setAutoCommit(false);
      try (Statement s = db.createStatement()) {
        for (String sql : MIGRATIONS.get(step)) {
          s.execute(sql);
        }
        s.execute("PRAGMA user_version = " + (step + 1));
        db.commit();
      } catch (SQLException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    }
  }

  /** Saves a score and returns its id. */
  long save(Score score, String source, Instant savedAt) {
    try {
      db.setAutoCommit(false);
      try {
        long id;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO result (profile, as_of,"
            + " saved_at, model, scored, score, exact, raw, source) VALUES (?,?,?,?,?,?,?,?,?)",
            Statement.RETURN_GENERATED_KEYS)) {
          insert.setString(1, score.profileId());
          insert.setString(2, score.asOf().toString());
          insert.setString(3, savedAt.toString());
          insert.setString(4, score.modelVersion());
          insert.setInt(5, score.isScored() ? 1 : 0);
          insert.setInt(6, score.isScored() ? score.value() : 0);
          insert.setDouble(7, score.isScored() ? score.exact() : 0);
          insert.setDouble(8, score.isScored() ? score.raw() : 0);
          insert.setString(9, source);
          insert.executeUpdate();
          try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
          }
        }
        try (PreparedStatement row = db.prepareStatement("INSERT INTO contribution VALUES"
            + " (?,?,?,?,?,?,?)")) {
          for (SignalContribution s : score.isScored() ? score.signals()
              : List.<SignalContribution>of()) {
            row.setLong(1, id);
            row.setString(2, s.network());
            row.setString(3, s.signalId());
            row.setString(4, s.pillar().label());
            row.setDouble(5, s.value());
            row.setDouble(6, s.weight());
            row.setDouble(7, s.contribution());
            row.addBatch();
          }
          row.executeBatch();
        }
        try (PreparedStatement row = db.prepareStatement("INSERT INTO exclusion VALUES (?,?,?)")) {
          for (Exclusion e : score.exclusions()) {
            row.setLong(1, id);
            row.setString(2, e.network());
            row.setString(3, e.reason().explanation());
            row.addBatch();
          }
          row.executeBatch();
        }
        db.commit();
        return id;
      } catch (SQLException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(file, "could not save the score; nothing was written", e);
    }
  }

  /** The saved scores of {@code profile}, oldest instant first. */
  List<Saved> series(String profile) {
    return query("WHERE profile = ? ORDER BY as_of, id", profile);
  }

  Optional<Saved> get(long id) {
    List<Saved> found = query("WHERE id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private List<Saved> query(String where, Object key) {
    try (PreparedStatement q = db.prepareStatement("SELECT id, profile, as_of, saved_at, model,"
        + " scored, score, exact, raw, source FROM result " + where)) {
      q.setObject(1, key);
      List<Saved> out = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          long id = r.getLong(1);
          out.add(new Saved(id, r.getString(2), Instant.parse(r.getString(3)),
              Instant.parse(r.getString(4)), r.getString(5), r.getInt(6) != 0, r.getInt(7),
              r.getDouble(8), r.getDouble(9), r.getString(10), rows(id), exclusions(id)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure(file, "could not be read", e);
    }
  }

  private List<Row> rows(long id) throws SQLException {
    try (PreparedStatement q = db.prepareStatement("SELECT network, signal, pillar, value, weight,"
        + " contribution FROM contribution WHERE result_id = ? ORDER BY network, signal")) {
      q.setLong(1, id);
      List<Row> rows = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          rows.add(new Row(r.getString(1), r.getString(2), r.getString(3), r.getDouble(4),
              r.getDouble(5), r.getDouble(6)));
        }
      }
      return rows;
    }
  }

  private List<String> exclusions(long id) throws SQLException {
    try (PreparedStatement q = db.prepareStatement("SELECT network, reason FROM exclusion"
        + " WHERE result_id = ? ORDER BY network")) {
      q.setLong(1, id);
      List<String> out = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1) + ": " + r.getString(2));
        }
      }
      return out;
    }
  }

  private static CliFailure failure(Path file, String what, SQLException e) {
    if (e instanceof SQLiteException s) {
      SQLiteErrorCode code = s.getResultCode();
      // Extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_LOCKED_SHAREDCACHE, ...) count as their base.
      if (code.name().startsWith("SQLITE_BUSY") || code.name().startsWith("SQLITE_LOCKED")) {
        return new CliFailure(Exit.OTHER, "history database " + file + " is locked by another"
            + " writer; " + what + ". Try again when it is done", e);
      }
      if (code == SQLiteErrorCode.SQLITE_NOTADB || code.name().startsWith("SQLITE_CORRUPT")) {
        return new CliFailure(Exit.OTHER, "history database " + file + " is not a klout"
            + " history or is corrupt; it was left as it is. Move it aside or pass another --db",
            e);
      }
    }
    return new CliFailure(Exit.OTHER, "history database " + file + " " + what + ": "
        + e.getMessage(), e);
  }

  private static void closeQuietly(@Nullable Connection db) {
    if (db != null) {
      try {
        db.close();
      } catch (SQLException ignored) {
        // the open already failed; that failure is the one to report
      }
    }
  }

  @Override
  public void close() {
    closeQuietly(db);
  }
}
