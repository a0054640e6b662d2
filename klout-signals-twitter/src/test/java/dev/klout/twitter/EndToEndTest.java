package dev.klout.twitter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.InfluenceScorer;
import dev.klout.Profile;
import dev.klout.Score;
import dev.klout.SignalContribution;
import dev.klout.spi.Signal;
import dev.klout.testkit.LoopbackApi;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fixtures served on loopback, fetched, and scored by a scorer that found Twitter by itself. */
class EndToEndTest {
  private static final Instant AS_OF = TwitterClientTest.AS_OF;

  @Test
  void fetchedAccountScoresWithTwitterSignalsFoundByServiceLoader() throws IOException {
    InfluenceScorer scorer = InfluenceScorer.create();
    assertTrue(scorer.signals("twitter").stream().map(Signal::id).toList()
        .containsAll(List.of("twitter.lists", "twitter.quotes", "core.reach")));
    try (LoopbackApi x = Ada.script(new LoopbackApi())) {
      TwitterClient twitter = TwitterClient.builder().baseUrl(x.url())
          .bearerToken(TwitterClientTest.TOKEN).build();
      Profile profile = twitter.addTo(Profile.builder("ada", AS_OF), "ada", AS_OF).build();
      Score score = scorer.score(profile);

      assertTrue(score.value() > 20 && score.value() < 80, score::toString);
      assertEquals(List.of("twitter"), score.networks().stream().map(n -> n.network()).toList());
      List<String> ids = score.signals().stream().map(SignalContribution::signalId).toList();
      assertTrue(ids.contains("twitter.lists") && ids.contains("core.relationships"),
          ids::toString);
      assertTrue(score.explain().get(1).startsWith("Pillars: "), score.explain()::toString);
      assertTrue(score.explain().get(2).startsWith("twitter:"), score.explain()::toString);
      // Two of Ada's posts carry no impression_count: their views are unknown, not none (B7).
      assertEquals(2, score.hiddenPosts("twitter", dev.klout.ReactionKind.VIEW));
      double relationships = score.signals().stream()
          .filter(s -> s.signalId().equals("core.relationships")).findFirst().orElseThrow()
          .value();
      assertTrue(relationships > 0, "Ada replied to Babbage, who commented back");
    }
  }

  @Test
  void aProtectedAccountContributesNothing() throws IOException {
    try (LoopbackApi x = new LoopbackApi()) {
      x.onFixture("/2/users/by/username/quiet", "user-protected.json");
      TwitterClient twitter = TwitterClient.builder().baseUrl(x.url())
          .bearerToken(TwitterClientTest.TOKEN).build();
      Score score = InfluenceScorer.create().score(
          twitter.addTo(Profile.builder("quiet", AS_OF), "quiet", AS_OF).build());
      assertEquals(1, score.value());
      assertEquals("twitter", score.exclusions().get(0).network());
    }
  }
}
