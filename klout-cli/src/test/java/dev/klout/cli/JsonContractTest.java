package dev.klout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.klout.Account;
import dev.klout.Actor;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.ReactionKind;
import dev.klout.population.PopulationWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one JSON contract: every command's {@code --format json} output, and each line of a
 * population's scores, validated against {@code docs/klout-output.schema.json}, the file users
 * read; every key snake_case.
 */
class JsonContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Schema schema;

  @TempDir
  static Path tmp;

  @BeforeAll
  static void loadSchema() throws IOException {
    Path file = Path.of(System.getProperty("klout.docs", "../docs"), "klout-output.schema.json");
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(file), InputFormat.JSON);
  }

  /** The document the command printed, held to the schema and to snake_case keys. */
  private static JsonNode valid(Cli.Result r, String kind) throws IOException {
    assertEquals(0, r.code(), r::toString);
    JsonNode document = JSON.readTree(r.out());
    return valid(document, kind);
  }

  private static JsonNode valid(JsonNode document, String kind) {
    List<Error> errors = schema.validate(document);
    assertTrue(errors.isEmpty(), () -> errors + "\n" + document.toPrettyString());
    assertEquals(kind, document.get("kind").asText());
    assertEquals(JsonView.SCHEMA, document.get("schema").asInt());
    List<String> keys = new ArrayList<>();
    keys(document, keys);
    for (String key : keys) {
      assertTrue(key.matches("[a-z][a-z0-9_]*"), () -> "not snake_case: '" + key + "'");
    }
    return document;
  }

  private static void keys(JsonNode node, List<String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        out.add(e.getKey());
        keys(e.getValue(), out);
      }
    } else if (node.isArray()) {
      node.forEach(child -> keys(child, out));
    }
  }

  private static String example(String persona) {
    return Cli.example(persona).toString();
  }

  @Test
  void score() throws IOException {
    JsonNode d = valid(new Cli().run("score", "--from", example("youtube-creator"), "--format",
        "json", "-q"), "score");
    assertTrue(d.get("score").get("networks").get(0).get("hidden_posts").get("likes").asInt() > 0,
        "the recording hides likes on some videos: " + d);
  }

  @Test
  void aPrivateOnlyProfileStillHasEveryPillar() throws IOException {
    Cli.Result r = new Cli().run("score", "--from", example("private-person"), "--format", "json",
        "-q");
    assertEquals(3, r.code(), "exit 3 when every account is private: " + r);
    JsonNode pillars = valid(JSON.readTree(r.out()), "score").get("score").get("pillars");
    assertEquals(6, pillars.size(), pillars::toString);
    assertEquals(1, pillars.get("reach").get("score").asInt(), pillars::toString);
    assertEquals(0.0, pillars.get("focus").get("raw").asDouble(), pillars::toString);
  }

  @Test
  void explain() throws IOException {
    JsonNode d = valid(new Cli().run("explain", "--from", example("engaged-creator"), "--format",
        "json", "-q"), "explain");
    assertTrue(d.get("insights").size() >= 5, d::toString);
    assertEquals("monitor", d.get("insights").get(d.get("insights").size() - 1).get("kind")
        .asText());
  }

  @Test
  void whatIf() throws IOException {
    JsonNode d = valid(new Cli().run("what-if", "--from", example("both-networks"), "--without",
        "youtube", "--format", "json", "-q"), "what_if");
    assertEquals("youtube", d.get("change").get("networks_removed").get(0).asText());
  }

  @Test
  void demo() throws IOException {
    JsonNode d = valid(new Cli().run("demo", "--examples", Cli.examples().toString(), "--format",
        "json"), "demo");
    assertTrue(d.get("personas").size() >= 11, d::toString);
  }

  @Test
  void historyAndCompare() throws IOException {
    Path db = tmp.resolve("history.db");
    for (String asOf : new String[] {"2026-10-15", "2026-11-20"}) {
      assertEquals(0, new Cli().run("score", "--from", example("both-networks"), "--as-of", asOf,
          "--save", "--db", db.toString(), "-q").code());
    }
    JsonNode history = valid(new Cli().run("history", "both-networks", "--db", db.toString(),
        "--format", "json"), "history");
    assertTrue(history.get("saved").get(0).get("change").isNull());
    assertTrue(history.get("saved").get(1).get("change").isInt());
    JsonNode compare = valid(new Cli().run("compare", "both-networks", "--db", db.toString(),
        "--format", "json"), "compare");
    assertFalse(compare.get("model_changed").asBoolean());
    assertEquals(history.get("saved").get(1).get("change").asInt(),
        compare.get("change").get("points").asInt());
  }

  @Test
  void populationAndEachLineOfItsScores() throws IOException {
    Path dir = tmp.resolve("population");
    Instant asOf = Instant.parse("2026-03-01T12:00:00Z");
    try (PopulationWriter w = PopulationWriter.create(dir)) {
      for (int i = 10; i < 20; i++) {
        Account.Builder a = Account.on("x").id("p" + i).audience(100L * i);
        for (int week = 0; week < 4; week++) {
          a.post(Post.at(asOf.minusSeconds(86_400L * (1 + 7 * week))).likes(i + week).comments(1)
              .engagement(ReactionKind.COMMENT, Actor.of("p" + (10 + (i + 1) % 10), 30, 2))
              .build());
        }
        w.write(Profile.builder("p" + i, asOf).account(a.build()).build());
      }
    }
    Path out = tmp.resolve("scores.jsonl");
    JsonNode d = valid(new Cli().run("population", "--in", dir.toString(), "--out",
        out.toString(), "--top", "3", "--format", "json", "-q"), "population");
    assertEquals(10, d.get("people").asInt());
    assertEquals(3, d.get("top").size());
    for (String line : Files.readAllLines(out)) {
      valid(JSON.readTree(line), "score");
    }
  }

  @Test
  void theSchemaRefusesWhatTheContractForbids() throws IOException {
    JsonNode good = JSON.readTree(new Cli().run("score", "--from", example("engaged-creator"),
        "--format", "json", "-q").out());
    ObjectNode camel = good.deepCopy();
    ((ObjectNode) camel.get("score")).set("asOf", camel.get("score").get("as_of"));
    assertFalse(schema.validate(camel).isEmpty(), "an unknown (camelCase) key");
    ObjectNode missingPillar = good.deepCopy();
    ((ObjectNode) missingPillar.get("score").get("pillars")).remove("focus");
    assertFalse(schema.validate(missingPillar).isEmpty(), "a pillar left out");
    ObjectNode noVersion = good.deepCopy();
    noVersion.remove("schema");
    assertFalse(schema.validate(noVersion).isEmpty(), "no schema version");
  }
}
