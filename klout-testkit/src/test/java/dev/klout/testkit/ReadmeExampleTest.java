package dev.klout.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.Account;
import dev.klout.Actor;
import dev.klout.InfluenceScorer;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.ReactionKind;
import dev.klout.Score;
import dev.klout.spi.Pillar;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The README's example, kept compiling and running. */
class ReadmeExampleTest {
  @Test
  void readmeExampleScoresAProfile() {
    InfluenceScorer scorer = InfluenceScorer.create();          // once; thread-safe
    Instant now = Instant.now();
    Account twitter = Account.on("twitter").audience(1_200).following(300)
        .post(Post.at(now.minus(Duration.ofDays(2))).reshares(14).comments(9).likes(120)
            .topic("rust").engagement(ReactionKind.RESHARE, Actor.of("bob", 55, 3)).build())
        .build();
    Profile alice = Profile.builder("alice", now).account(twitter).build();
    Score score = scorer.score(alice);

    assertTrue(score.value() > 1 && score.value() <= 100, score::toString);
    assertTrue(score.pillar(Pillar.AMPLIFICATION).orElseThrow().value() > 1, score::toString);
    assertTrue(score.explain().get(1).startsWith("Pillars: reach "), score.explain()::toString);
    assertTrue(score.explain().get(2).startsWith("twitter:"), score.explain()::toString);
  }
}
