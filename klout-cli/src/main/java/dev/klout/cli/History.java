package dev.klout.cli;

import dev.klout.Exclusion;
import dev.klout.HiddenCounts;
import dev.klout.NetworkContribution;
import dev.klout.PillarScore;
import dev.klout.Score;
import dev.klout.SignalContribution;
import dev.klout.spi.Pillar;
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
      },
      new String[] {
        // What Score.restore needs to rebuild a saved score whole. Rows saved before this step
        // have no signal version (0) or description (''), no pillar scores, no hidden counts.
        "ALTER TABLE contribution ADD COLUMN version INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE contribution ADD COLUMN description TEXT NOT NULL DEFAULT ''",
        "CREATE TABLE pillar_score (result_id INTEGER NOT NULL REFERENCES result (id),"
            + " pillar TEXT NOT NULL, score INTEGER NOT NULL, exact REAL NOT NULL,"
            + " raw REAL NOT NULL, PRIMARY KEY (result_id, pillar))",
        "CREATE TABLE hidden (result_id INTEGER NOT NULL REFERENCES result (id),"
            + " network TEXT NOT NULL, posts INTEGER NOT NULL, reshares INTEGER NOT NULL,"
            + " comments INTEGER NOT NULL, likes INTEGER NOT NULL, views INTEGER NOT NULL,"
            + " PRIMARY KEY (result_id, network))",
        // The reason as its constant; the two reasons' texts as schema 2 wrote them.
        "ALTER TABLE exclusion ADD COLUMN code TEXT",
        "UPDATE exclusion SET code = CASE reason WHEN 'the account is private, and only public"
            + " activity counts' THEN 'PRIVATE' ELSE 'NO_ACTIVITY' END"
      });

  /** One saved score, as the score it was ({@link Score#restore}). */
  record Saved(long id, Instant savedAt, String source, Score score) {
    Instant asOf() {
      return score.asOf();
    }

    String model() {
      return score.modelVersion();
    }

    boolean scored() {
      return score.isScored();
    }
  }

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
        try (PreparedStatement row = db.prepareStatement("INSERT INTO contribution (result_id,"
            + " network, signal, pillar, value, weight, contribution, version, description)"
            + " VALUES (?,?,?,?,?,?,?,?,?)")) {
          for (SignalContribution s : score.isScored() ? score.signals()
              : List.<SignalContribution>of()) {
            row.setLong(1, id);
            row.setString(2, s.network());
            row.setString(3, s.signalId());
            row.setString(4, s.pillar().label());
            row.setDouble(5, s.value());
            row.setDouble(6, s.weight());
            row.setDouble(7, s.contribution());
            row.setInt(8, s.signalVersion());
            row.setString(9, s.description());
            row.addBatch();
          }
          row.executeBatch();
        }
        try (PreparedStatement row = db.prepareStatement("INSERT INTO pillar_score VALUES"
            + " (?,?,?,?,?)")) {
          for (PillarScore p : score.isScored() ? score.pillars() : List.<PillarScore>of()) {
            row.setLong(1, id);
            row.setString(2, p.pillar().name());
            row.setInt(3, p.value());
            row.setDouble(4, p.exact());
            row.setDouble(5, p.raw());
            row.addBatch();
          }
          row.executeBatch();
        }
        try (PreparedStatement row = db.prepareStatement("INSERT INTO hidden VALUES"
            + " (?,?,?,?,?,?,?)")) {
          for (HiddenCounts h : score.isScored() ? score.hidden() : List.<HiddenCounts>of()) {
            row.setLong(1, id);
            row.setString(2, h.network());
            row.setInt(3, h.posts());
            row.setInt(4, h.reshares());
            row.setInt(5, h.comments());
            row.setInt(6, h.likes());
            row.setInt(7, h.views());
            row.addBatch();
          }
          row.executeBatch();
        }
        try (PreparedStatement row = db.prepareStatement("INSERT INTO exclusion (result_id,"
            + " network, reason, code) VALUES (?,?,?,?)")) {
          for (Exclusion e : score.exclusions()) {
            row.setLong(1, id);
            row.setString(2, e.network());
            row.setString(3, e.reason().explanation());
            row.setString(4, e.reason().name());
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

  private List<Saved> query(String where, Object key) {
    try (PreparedStatement q = db.prepareStatement("SELECT id, profile, as_of, saved_at, model,"
        + " scored, exact, raw, source FROM result " + where)) {
      q.setObject(1, key);
      List<Saved> out = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          long id = r.getLong(1);
          String profile = r.getString(2);
          Instant asOf = Instant.parse(r.getString(3));
          String model = r.getString(5);
          Score score = r.getInt(6) == 0 ? Score.restoreOptedOut(profile, asOf, model)
              : Score.restore(profile, asOf, model, r.getDouble(7), r.getDouble(8),
                  networks(id), pillars(id), exclusions(id), hidden(id));
          out.add(new Saved(id, Instant.parse(r.getString(4)), r.getString(9), score));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure(file, "could not be read", e);
    } catch (IllegalArgumentException e) {
      throw new CliFailure(Exit.OTHER, "history database " + file + " holds a score that does"
          + " not rebuild: " + e.getMessage() + "; it was left as it is", e);
    }
  }

  /** Each network's contribution, its signals in id order, summed in that order as scoring did. */
  private List<NetworkContribution> networks(long id) throws SQLException {
    try (PreparedStatement q = db.prepareStatement("SELECT network, signal, version, pillar,"
        + " description, value, weight, contribution FROM contribution WHERE result_id = ?"
        + " ORDER BY network, signal")) {
      q.setLong(1, id);
      List<NetworkContribution> out = new ArrayList<>();
      List<SignalContribution> signals = new ArrayList<>();
      @Nullable String network = null;
      double sum = 0;
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          String n = r.getString(1);
          if (network != null && !network.equals(n)) {
            out.add(new NetworkContribution(network, sum, List.copyOf(signals)));
            signals.clear();
            sum = 0;
          }
          network = n;
          double contribution = r.getDouble(8);
          sum += contribution;
          signals.add(new SignalContribution(n, r.getString(2), r.getInt(3),
              pillar(r.getString(4)), r.getString(5), r.getDouble(6), r.getDouble(7),
              contribution));
        }
      }
      if (network != null) {
        out.add(new NetworkContribution(network, sum, List.copyOf(signals)));
      }
      return out;
    }
  }

  /** A pillar as saved: its label ("network impact"), as every schema so far wrote it. */
  private static Pillar pillar(String label) {
    for (Pillar p : Pillar.values()) {
      if (p.label().equals(label)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown pillar '" + label + "'");
  }

  private List<PillarScore> pillars(long id) throws SQLException {
    try (PreparedStatement q = db.prepareStatement("SELECT pillar, score, exact, raw FROM"
        + " pillar_score WHERE result_id = ? ORDER BY pillar")) {
      q.setLong(1, id);
      List<PillarScore> out = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          out.add(new PillarScore(Pillar.valueOf(r.getString(1)), r.getInt(2), r.getDouble(3),
              r.getDouble(4)));
        }
      }
      return out;
    }
  }

  private List<HiddenCounts> hidden(long id) throws SQLException {
    try (PreparedStatement q = db.prepareStatement("SELECT network, posts, reshares, comments,"
        + " likes, views FROM hidden WHERE result_id = ? ORDER BY network")) {
      q.setLong(1, id);
      List<HiddenCounts> out = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          out.add(new HiddenCounts(r.getString(1), r.getInt(2), r.getInt(3), r.getInt(4),
              r.getInt(5), r.getInt(6)));
        }
      }
      return out;
    }
  }

  private List<Exclusion> exclusions(long id) throws SQLException {
    try (PreparedStatement q = db.prepareStatement("SELECT network, code FROM exclusion"
        + " WHERE result_id = ? ORDER BY network")) {
      q.setLong(1, id);
      List<Exclusion> out = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          out.add(new Exclusion(r.getString(1), Exclusion.Reason.valueOf(r.getString(2))));
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
