package dev.klout.twitter;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.klout.fetch.Json;
import dev.klout.testkit.LoopbackApi;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Whatever arrives, the parser answers with data or a typed refusal (Json.Malformed, Json.Refused), never anything else. */
class TwitterJsonPropertiesTest {
  private static final List<String> FIXTURES = List.of("user.json", "user-renamed.json",
      "user-protected.json", "user-not-found.json", "user-suspended.json", "timeline-1.json",
      "timeline-2.json", "retweeted-by.json", "mentions.json", "timeline-partial-errors.json",
      "timeline-not-authorized.json", "unauthorized.json");

  private static final String NOISE = "{}[]\":,-0123456789eE.tfn x\\";

  private static void parsesOrFailsTyped(String body) {
    List<Consumer<String>> parsers = List.of(b -> TwitterJson.user(Json.parse(b), "test"),
        b -> TwitterJson.tweets(Json.parse(b), "test"),
        b -> TwitterJson.users(Json.parse(b), "test"), XDialect::describe);
    for (Consumer<String> parser : parsers) {
      try {
        parser.accept(body);
      } catch (Json.Malformed | Json.Refused e) {
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
      } catch (RuntimeException e) {
        throw new AssertionError("untyped " + e + " for body: " + body, e);
      }
    }
  }

  @Test
  void truncatedFixturesFailTyped() {
    qt().withFixedSeed(7).withExamples(2_000)
        .forAll(integers().between(0, FIXTURES.size() - 1), integers().between(0, 10_000))
        .checkAssert((f, cut) -> {
          String body = LoopbackApi.fixture(FIXTURES.get(f));
          parsesOrFailsTyped(body.substring(0, Math.min(body.length(), cut)));
        });
  }

  @Test
  void corruptedFixturesFailTyped() {
    // Overwrite a few bytes of a real payload: mostly near-valid JSON of the wrong shape.
    qt().withFixedSeed(9).withExamples(3_000)
        .forAll(integers().between(0, FIXTURES.size() - 1), longs().all())
        .checkAssert((f, seed) -> {
          byte[] body = LoopbackApi.fixture(FIXTURES.get(f)).getBytes(StandardCharsets.UTF_8);
          SplittableRandom r = new SplittableRandom(seed);
          for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
            body[r.nextInt(body.length)] = (byte) NOISE.charAt(r.nextInt(NOISE.length()));
          }
          parsesOrFailsTyped(new String(body, StandardCharsets.UTF_8));
        });
  }

  @Test
  void byteSoupFailsTyped() {
    qt().withFixedSeed(8).withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      byte[] soup = new byte[r.nextInt(400)];
      r.nextBytes(soup);
      parsesOrFailsTyped(new String(soup, StandardCharsets.UTF_8));
    });
    qt().withFixedSeed(10).withExamples(2_000)
        .forAll(strings().allPossible().ofLengthBetween(0, 300))
        .checkAssert(TwitterJsonPropertiesTest::parsesOrFailsTyped);
  }
}
