package dev.klout.youtube;

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

/** Whatever arrives, the parser answers with data or a typed refusal (Json.Malformed), never anything else. */
class YouTubeJsonPropertiesTest {
  private static final List<String> FIXTURES = List.of("channel.json", "channel-hidden.json",
      "channel-big.json", "channel-empty.json", "uploads-1.json", "uploads-2.json",
      "videos-1.json", "videos-2.json", "comment-threads.json", "error-quota.json",
      "error-key-invalid.json");

  private static final String NOISE = "{}[]\":,-0123456789eE.tfn x\\";

  private static void parsesOrFailsTyped(String body) {
    List<Consumer<String>> parsers = List.of(b -> YouTubeJson.channel(Json.parse(b), "test"),
        b -> YouTubeJson.uploads(Json.parse(b), "test"),
        b -> YouTubeJson.videos(Json.parse(b), "test"),
        b -> YouTubeJson.threads(Json.parse(b), "test"), GoogleError::parse);
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
        .checkAssert(YouTubeJsonPropertiesTest::parsesOrFailsTyped);
  }
}
