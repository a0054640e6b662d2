package dev.klout.youtube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.Account;
import dev.klout.InfluenceScorer;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.Score;
import dev.klout.spi.Signal;
import dev.klout.testkit.LoopbackApi;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fixtures on loopback, fetched, and scored by a scorer that found YouTube (and Twitter) itself. */
class EndToEndTest {
  private static final Instant AS_OF = YouTubeClientTest.AS_OF;

  private static Account fetchCurie() throws IOException {
    try (LoopbackApi api = Curie.script(new LoopbackApi())) {
      return YouTubeClient.builder().baseUrl(api.url()).apiKey(YouTubeClientTest.KEY).build()
          .fetch("@curie", AS_OF).account();
    }
  }

  @Test
  void fetchedChannelScoresWithYouTubeSignals() throws IOException {
    InfluenceScorer scorer = InfluenceScorer.create();
    assertTrue(scorer.signals("youtube").stream().map(Signal::id).toList()
        .containsAll(List.of("youtube.views_per_subscriber", "youtube.engagement_rate")));
    Score score = scorer.score(Profile.builder("curie", AS_OF).account(fetchCurie()).build());
    assertTrue(score.value() > 30 && score.value() < 95, score::toString);
    assertEquals(List.of("youtube"), score.networks().stream().map(n -> n.network()).toList());
    assertTrue(score.explain().get(1).startsWith("Pillars: "), score.explain()::toString);
    assertTrue(score.explain().get(2).startsWith("youtube:"), score.explain()::toString);
    // One video hides its likes, one has comments off: unknown, estimated, and said so (B7).
    assertTrue(score.explain().stream().anyMatch(l -> l.startsWith("youtube: hidden by the network:")
        && l.contains("likes on 1")), score.explain()::toString);
  }

  @Test
  void bothNetworksScoreAtLeastAsHighAsEitherAlone() throws IOException {
    InfluenceScorer scorer = InfluenceScorer.create();
    assertTrue(scorer.signals("twitter").stream().anyMatch(s -> s.id().equals("twitter.lists")),
        "the Twitter adapter is on the test class path too");
    Account youtube = fetchCurie();
    Account.Builder twitter = Account.on("twitter").audience(3_000).following(200)
        .fact("twitter.listed", 25);
    for (int i = 0; i < 20; i++) {
      twitter.post(Post.at(AS_OF.minusSeconds(86_400L * (1 + 4 * i))).reshares(4).comments(3)
          .likes(30).topic("physics").build());
    }
    Profile both = Profile.builder("curie", AS_OF).account(twitter.build()).account(youtube)
        .build();
    Score all = scorer.score(both);
    Score onlyYouTube = scorer.score(both.withoutNetwork("twitter"));
    Score onlyTwitter = scorer.score(both.withoutNetwork("youtube"));
    assertTrue(all.value() >= onlyYouTube.value() && all.value() >= onlyTwitter.value(),
        all + " vs " + onlyYouTube + " and " + onlyTwitter);
    assertTrue(all.raw() > onlyYouTube.raw() && all.raw() > onlyTwitter.raw());
  }

  @Test
  void hiddenSubscribersStillScoreFromReactions() throws IOException {
    try (LoopbackApi api = new LoopbackApi()) {
      api.onFixture("/youtube/v3/channels", "channel-hidden.json")
          .onFixture("/youtube/v3/playlistItems", "uploads-1.json")
          .on("/youtube/v3/playlistItems", 200, "{\"items\": []}")
          .onFixture("/youtube/v3/videos", "videos-1.json");
      Account hidden = YouTubeClient.builder().baseUrl(api.url()).apiKey(YouTubeClientTest.KEY)
          .commentLookups(0).build().fetch("@curie", AS_OF).account();
      Score score = InfluenceScorer.create().score(
          Profile.builder("curie", AS_OF).account(hidden).build());
      assertEquals(0, hidden.audience());
      assertTrue(score.value() > 30, score::toString);
    }
  }
}
