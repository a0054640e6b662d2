package dev.klout.testkit;

import static org.quicktheories.QuickTheory.qt;

import dev.klout.Account;
import dev.klout.CoreSignals;
import dev.klout.InfluenceScorer;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.Score;
import dev.klout.ScoreModel;
import java.time.Duration;
import java.time.Instant;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/** Shared scorer, clock and builders for the score model's tests. */
final class ModelFixtures {
  static final InfluenceScorer SCORER = InfluenceScorer.builder().provider(new CoreSignals()).build();
  /** Model v1, for the tests that show what v2 changed. */
  static final InfluenceScorer V1 = InfluenceScorer.builder().provider(new CoreSignals())
      .model(ScoreModel.V1).build();
  static final Instant AS_OF = ReferencePopulation.AS_OF;

  private ModelFixtures() {}

  /** Fixed seeds: CI runs the same examples every time; change the seed to explore. */
  static QuickTheory theory(long seed) {
    return qt().withFixedSeed(seed).withExamples(250);
  }

  static Gen<Profile> profiles() {
    return KloutGenerators.profiles();
  }

  static Score score(Profile p) {
    return SCORER.score(p);
  }

  static Instant daysAgo(double days) {
    return AS_OF.minus(Duration.ofSeconds(Math.round(days * 86_400)));
  }

  static Profile person(Account... accounts) {
    Profile.Builder b = Profile.builder("person", AS_OF);
    for (Account a : accounts) {
      b.account(a);
    }
    return b.build();
  }

  /** {@code posts} posts spread over the window, each with the given reactions. */
  static Account.Builder active(String network, long audience, int posts, long reshares,
      long comments, long likes) {
    Account.Builder b = Account.on(network).audience(audience).following(100);
    for (int i = 0; i < posts; i++) {
      b.post(Post.at(daysAgo(0.5 + i * 89.0 / Math.max(1, posts))).reshares(reshares)
          .comments(comments).likes(likes).build());
    }
    return b;
  }
}
