package dev.klout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.klout.Account;
import dev.klout.Actor;
import dev.klout.InfluenceScorer;
import dev.klout.PopulationScorer;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.ReactionKind;
import dev.klout.Score;
import dev.klout.population.PopulationReader;
import dev.klout.population.PopulationWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationCommandTest {
  private static final Instant AS_OF = Instant.parse("2026-03-01T12:00:00Z");

  @TempDir
  Path tmp;
  Path dir;

  /** Forty people, each commented on by the next few, ids sorted as the format wants. */
  @BeforeEach
  void population() throws IOException {
    dir = tmp.resolve("population");
    try (PopulationWriter w = PopulationWriter.create(dir)) {
      for (int i = 10; i < 50; i++) {
        Account.Builder a = Account.on("x").id("p" + i).audience(100L * i).following(50);
        for (int week = 0; week < 6; week++) {
          Post.Builder post = Post.at(AS_OF.minusSeconds(86_400L * (1 + 7 * week)))
              .likes(i % 7 + week).comments(i % 4);
          for (int k = 1; k <= i % 4; k++) {
            int j = 10 + (i + k) % 40;
            post.engagement(ReactionKind.COMMENT, Actor.of("p" + j, 20 + j, 2));
          }
          a.post(post.build());
        }
        w.write(Profile.builder("p" + i, AS_OF).account(a.build()).build());
      }
    }
  }

  @Test
  void scoresEveryoneAsTheLibraryDoesAndPrintsTheTop() throws IOException {
    Path out = tmp.resolve("scores.jsonl");
    Cli.Result r = new Cli().run("population", "--in", dir.toString(), "--out", out.toString(),
        "--top", "3");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith("Scored 40 people ("), r.toString());
    assertTrue(r.err().contains("fixed point: round 1"), r.err());
    assertTrue(r.err().contains("writing: 40 of 40 scores (100%)"), r.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals(40, lines.size());

    List<Score> expected;
    try (PopulationReader reader = PopulationReader.open(dir)) {
      expected = PopulationScorer.of(InfluenceScorer.create()).scoreAll(reader);
    }
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      JsonNode document = json.readTree(lines.get(i));
      assertEquals("score", document.get("kind").asText(), "klout score's own document");
      JsonNode row = document.get("score");
      rows.add(row);
      assertEquals(expected.get(i).profileId(), row.get("profile").asText());
      assertEquals(expected.get(i).exact(), row.get("exact").asDouble(), 0.0, "bit for bit");
      assertEquals(expected.get(i).value(), row.get("score").asInt());
      assertTrue(row.get("pillars").has("network_impact"), row.toString());
    }
    rows.sort((a, b) -> Double.compare(b.get("exact").asDouble(), a.get("exact").asDouble()));
    List<String> table = r.lines();
    assertEquals("rank  person                   score  reach  ampl. impact", table.get(2));
    assertTrue(table.get(3).startsWith("   1  " + rows.get(0).get("profile").asText() + " "),
        r.toString());
    assertEquals(6, table.size(), "three rows under the header");
  }

  @Test
  void csvHasOneRowAPerson() throws IOException {
    Path out = tmp.resolve("scores.csv");
    Cli.Result r = new Cli().run("population", "--in", dir.toString(), "--out", out.toString(),
        "--top", "0", "-q");
    assertEquals(0, r.code(), r.toString());
    assertEquals("", r.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals("person,model,score,exact,raw,reach,amplification,network_impact,excluded",
        lines.get(0));
    assertEquals(41, lines.size());
    assertTrue(lines.get(1).startsWith("p10,v2,"), lines.get(1));
  }

  @Test
  void argumentsAreCheckedBeforeAnythingIsRead() {
    Path out = tmp.resolve("scores.jsonl");
    Cli.Result format = new Cli().run("population", "--in", dir.toString(), "--out",
        out.toString(), "--out-format", "xml");
    assertEquals(2, format.code(), format.toString());
    assertTrue(format.err().contains("--out-format must be jsonl or csv but was 'xml'"), format.err());
    assertFalse(Files.exists(out), "nothing written");
    Cli.Result missing = new Cli().run("population", "--in", tmp.resolve("nowhere").toString(),
        "--out", out.toString());
    assertEquals(2, missing.code(), missing.toString());
    assertTrue(missing.err().contains("is not a directory"), missing.err());
  }

  @Test
  void aBrokenFileNamesTheFileAndLine() throws IOException {
    Files.writeString(dir.resolve("posts.jsonl"), "{\"person\":\"p10\"}\n");
    Cli.Result r = new Cli().run("population", "--in", dir.toString(), "--out",
        tmp.resolve("s.jsonl").toString());
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.err().contains("posts.jsonl line 1: 'network' is missing"), r.err());
  }
}
