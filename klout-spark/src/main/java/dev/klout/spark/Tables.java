package dev.klout.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import dev.klout.Visibility;
import dev.klout.population.AccountRecord;
import dev.klout.population.PersonRecord;
import dev.klout.population.PopulationFormat;
import dev.klout.population.PostRecord;
import dev.klout.population.ReactionRecord;
import dev.klout.population.ReplyRecord;
import dev.klout.ReactionKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The population tables as Spark reads them: klout-population's columns, with explicit types
 * (instants as ISO 8601 strings, in Parquet too), nested into one row a person so that a person's
 * rows meet without a join per table; and back from Spark's rows into klout-population's
 * records.
 */
final class Tables {
  private Tables() {}

  private static final StructType PEOPLE = schema(
      field("person", DataTypes.StringType), field("as_of", DataTypes.StringType),
      field("opted_out", DataTypes.BooleanType));
  private static final StructType ACCOUNTS = schema(
      field("person", DataTypes.StringType), field("network", DataTypes.StringType),
      field("account_id", DataTypes.StringType), field("visibility", DataTypes.StringType),
      field("audience", DataTypes.LongType), field("following", DataTypes.LongType));
  private static final StructType POSTS = schema(
      field("person", DataTypes.StringType), field("network", DataTypes.StringType),
      field("post", DataTypes.StringType), field("at", DataTypes.StringType),
      field("reshares", DataTypes.LongType), field("comments", DataTypes.LongType),
      field("likes", DataTypes.LongType), field("views", DataTypes.LongType),
      field("quotes", DataTypes.LongType),
      field("hidden", DataTypes.createArrayType(DataTypes.StringType)),
      field("topics", DataTypes.createArrayType(DataTypes.StringType)));
  private static final StructType REACTIONS = schema(
      field("person", DataTypes.StringType), field("network", DataTypes.StringType),
      field("post", DataTypes.StringType), field("actor", DataTypes.StringType),
      field("kind", DataTypes.StringType), field("at", DataTypes.StringType),
      field("actor_influence", DataTypes.DoubleType),
      field("actor_reactions_per_day", DataTypes.DoubleType));
  private static final StructType REPLIES = schema(
      field("person", DataTypes.StringType), field("network", DataTypes.StringType),
      field("to_actor", DataTypes.StringType), field("at", DataTypes.StringType));

  private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static StructType schema(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  /**
   * One row a person: the people table's columns, then {@code accounts}, {@code posts},
   * {@code reactions} and {@code replies} as arrays of the other tables' rows (without person).
   */
  static Dataset<Row> people(SparkSession spark, String dir, String format) {
    Dataset<Row> people = read(spark, dir, format, PopulationFormat.PEOPLE, PEOPLE, true);
    for (String table : List.of(PopulationFormat.ACCOUNTS, PopulationFormat.POSTS,
        PopulationFormat.REACTIONS, PopulationFormat.REPLIES)) {
      StructType schema = switch (table) {
        case PopulationFormat.ACCOUNTS -> ACCOUNTS;
        case PopulationFormat.POSTS -> POSTS;
        case PopulationFormat.REACTIONS -> REACTIONS;
        default -> REPLIES;
      };
      Dataset<Row> rows = read(spark, dir, format, table, schema, false);
      List<Column> columns = new ArrayList<>();
      for (String name : schema.fieldNames()) {
        if (!name.equals("person")) {
          columns.add(col(name));
        }
      }
      Dataset<Row> nested = rows.groupBy("person")
          .agg(collect_list(struct(columns.toArray(new Column[0]))).as(table));
      people = people.join(nested, people.col("person").equalTo(nested.col("person")), "left")
          .drop(nested.col("person"));
    }
    return people;
  }

  private static Dataset<Row> read(SparkSession spark, String dir, String format, String table,
      StructType schema, boolean required) {
    String path = dir + "/" + table + ("parquet".equals(format) ? ".parquet" : ".jsonl");
    if (!exists(spark, path)) {
      if (required) {
        throw new IllegalArgumentException(dir + " has no " + path.substring(dir.length() + 1));
      }
      return spark.createDataFrame(List.of(), schema);
    }
    return "parquet".equals(format)
        ? spark.read().schema(schema).parquet(path)
        : spark.read().schema(schema).option("mode", "FAILFAST").json(path);
  }

  private static boolean exists(SparkSession spark, String path) {
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot look for " + path, e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Spark rows into klout-population's records.

  static PersonRecord person(Row r) {
    String who = text(r, "person");
    return new PersonRecord(who, instant(r, who, "as_of"),
        Boolean.TRUE.equals(r.getAs("opted_out")));
  }

  static List<AccountRecord> accounts(Row person, String who) {
    List<AccountRecord> out = new ArrayList<>();
    for (Row a : rows(person, PopulationFormat.ACCOUNTS)) {
      String visibility = a.getAs("visibility");
      Visibility v;
      if (visibility == null || visibility.equals("public")) {
        v = Visibility.PUBLIC;
      } else if (visibility.equals("private")) {
        v = Visibility.PRIVATE;
      } else {
        throw new IllegalArgumentException("person '" + who + "': accounts: visibility must be"
            + " \"public\" or \"private\" but was '" + visibility + "'");
      }
      out.add(new AccountRecord(who, text(a, "network"), a.getAs("account_id"), v,
          count(a, "audience"), count(a, "following")));
    }
    return out;
  }

  static List<PostRecord> posts(Row person, String who) {
    List<PostRecord> out = new ArrayList<>();
    for (Row p : rows(person, PopulationFormat.POSTS)) {
      List<ReactionKind> hidden = new ArrayList<>();
      for (String k : strings(p, "hidden")) {
        hidden.add(PopulationFormat.kind(k));
      }
      out.add(new PostRecord(who, text(p, "network"), text(p, "post"), instant(p, who, "at"),
          count(p, "reshares"), count(p, "comments"), count(p, "likes"), count(p, "views"),
          count(p, "quotes"), hidden, strings(p, "topics")));
    }
    return out;
  }

  static List<ReactionRecord> reactions(Row person, String who) {
    List<ReactionRecord> out = new ArrayList<>();
    for (Row r : rows(person, PopulationFormat.REACTIONS)) {
      String at = r.getAs("at");
      out.add(new ReactionRecord(who, text(r, "network"), text(r, "post"), text(r, "actor"),
          PopulationFormat.kind(text(r, "kind")), at == null ? null : parse(who, "at", at),
          number(r, who, "actor_influence"), number(r, who, "actor_reactions_per_day")));
    }
    return out;
  }

  static List<ReplyRecord> replies(Row person, String who) {
    List<ReplyRecord> out = new ArrayList<>();
    for (Row r : rows(person, PopulationFormat.REPLIES)) {
      out.add(new ReplyRecord(who, text(r, "network"), text(r, "to_actor"),
          instant(r, who, "at")));
    }
    return out;
  }

  private static List<Row> rows(Row person, String table) {
    List<Row> rows = person.getList(person.fieldIndex(table));
    return rows == null ? List.of() : rows;
  }

  private static List<String> strings(Row r, String field) {
    List<String> s = r.getList(r.fieldIndex(field));
    return s == null ? List.of() : s;
  }

  private static String text(Row r, String field) {
    String s = r.getAs(field);
    if (s == null) {
      throw new IllegalArgumentException("'" + field + "' is missing in " + r);
    }
    return s;
  }

  private static long count(Row r, String field) {
    Long v = r.getAs(field);
    return v == null ? 0 : v;
  }

  private static double number(Row r, String who, String field) {
    Double v = r.getAs(field);
    if (v == null) {
      throw new IllegalArgumentException("person '" + who + "': '" + field + "' is missing");
    }
    return v;
  }

  private static Instant instant(Row r, String who, String field) {
    return parse(who, field, text(r, field));
  }

  private static Instant parse(String who, String field, String text) {
    try {
      return Instant.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("person '" + who + "': '" + field + "' must be an ISO"
          + " 8601 instant but was '" + text + "'", e);
    }
  }
}
