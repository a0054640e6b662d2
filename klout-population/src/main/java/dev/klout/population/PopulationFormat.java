package dev.klout.population;

import dev.klout.ReactionKind;
import java.util.List;
import java.util.Locale;

/**
 * The population file format, version {@value #VERSION}: a directory of tables, one JSON object a
 * line (or, for Spark, Parquet files with the same columns), every table sorted by {@code person}
 * (in the order of {@link String#compareTo}, which is SQL's binary collation for ASCII ids).
 *
 * <table>
 *   <caption>The tables and their columns; a column marked ? may be absent or null</caption>
 *   <tr><th>file</th><th>columns</th></tr>
 *   <tr><td>{@code manifest.json}</td><td>{@code format} ("klout-population"), {@code version}
 *       (1)</td></tr>
 *   <tr><td>{@code people.jsonl}</td><td>{@code person}, {@code as_of} (ISO 8601 instant),
 *       {@code opted_out}? (false)</td></tr>
 *   <tr><td>{@code accounts.jsonl}</td><td>{@code person}, {@code network}, {@code account_id}?,
 *       {@code visibility}? ("public" or "private"), {@code audience}, {@code following}?</td></tr>
 *   <tr><td>{@code posts.jsonl}</td><td>{@code person}, {@code network}, {@code post},
 *       {@code at}, {@code reshares}, {@code comments}, {@code likes}, {@code views}?,
 *       {@code quotes}?, {@code hidden}? (kinds whose count the network hides: "reshare",
 *       "comment", "like", "view"), {@code topics}?</td></tr>
 *   <tr><td>{@code reactions.jsonl}</td><td>{@code person}, {@code network}, {@code post},
 *       {@code actor}, {@code kind} ("reshare", "comment", "like"), {@code at}?,
 *       {@code actor_influence} (the adapter's 0-100 estimate), {@code actor_reactions_per_day}
 *       </td></tr>
 *   <tr><td>{@code replies.jsonl}</td><td>{@code person}, {@code network}, {@code to_actor},
 *       {@code at}</td></tr>
 * </table>
 *
 * <p>Only {@code people.jsonl} is required. A person's {@code account_id} on a network is the
 * {@code actor} they are when they react there: that is how the population scorer finds them.
 */
public final class PopulationFormat {
  /** The format's version, in {@code manifest.json}; a reader refuses any other. */
  public static final int VERSION = 1;
  public static final String NAME = "klout-population";
  public static final String MANIFEST = "manifest.json";
  public static final String PEOPLE = "people";
  public static final String ACCOUNTS = "accounts";
  public static final String POSTS = "posts";
  public static final String REACTIONS = "reactions";
  public static final String REPLIES = "replies";
  /** The tables, in the order a reader opens them. */
  public static final List<String> TABLES = List.of(PEOPLE, ACCOUNTS, POSTS, REACTIONS, REPLIES);

  private PopulationFormat() {}

  /** A kind as the files spell it: "reshare", "comment", "like", "view". */
  public static String kindName(ReactionKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /** The kind a file's word names. */
  public static ReactionKind kind(String name) {
    for (ReactionKind k : ReactionKind.values()) {
      if (kindName(k).equals(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException("'" + name + "' is not a kind: reshare, comment, like or"
        + " view");
  }
}
