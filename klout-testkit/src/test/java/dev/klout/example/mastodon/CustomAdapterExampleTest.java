package dev.klout.example.mastodon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.Account;
import dev.klout.InfluenceScorer;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.Score;
import dev.klout.SignalContribution;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's example, end to end: a registered adapter is found and explains its part. */
class CustomAdapterExampleTest {
  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

  @Test
  void createFindsTheAdapterAndItsSignalsShowInTheBreakdown() {
    InfluenceScorer scorer = InfluenceScorer.create();
    Account mastodon = Account.on("mastodon").audience(4_000).following(300)
        .fact(MastodonSignals.SERVERS_FACT, 600)
        .post(Post.at(NOW.minusSeconds(86_400)).reshares(40).likes(90).comments(12).build())
        .post(Post.at(NOW.minusSeconds(5 * 86_400)).reshares(25).likes(70).build())
        .build();
    Score score = scorer.score(Profile.builder("carol", NOW).account(mastodon).build());

    List<String> ids = score.network("mastodon").orElseThrow().signals().stream()
        .map(SignalContribution::signalId).toList();
    assertTrue(ids.containsAll(List.of("mastodon.boosts", "mastodon.servers", "core.reach")),
        ids::toString);
    SignalContribution servers = score.signals().stream()
        .filter(s -> s.signalId().equals("mastodon.servers")).findFirst().orElseThrow();
    assertEquals(StrictMath.log1p(600), servers.value());
    assertTrue(String.join("\n", score.explain()).contains("servers in the federation"));
  }
}
