package dev.klout.testkit;

import static dev.klout.testkit.ModelFixtures.active;
import static dev.klout.testkit.ModelFixtures.daysAgo;
import static dev.klout.testkit.ModelFixtures.person;
import static dev.klout.testkit.ModelFixtures.score;
import static dev.klout.testkit.ModelFixtures.theory;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.klout.Account;
import dev.klout.AccountWindow;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.ReactionKind;
import dev.klout.Score;
import dev.klout.Visibility;
import org.junit.jupiter.api.Test;

/** R1 engagement over volume, R2 reactions per post, and monotonicity in reactions (rules 2-4). */
class EngagementRulesTest {

  // R1: ten times more followers who never react raise the score by at most 2 points.
  @Test
  void tenTimesTheSilentAudienceAddsAtMostTwoPoints() {
    theory(201).forAll(ModelFixtures.profiles()).checkAssert(p -> {
      Profile bigger = Transforms.eachAccount(p, a -> a.toBuilder()
          .audience(Transforms.saturatedTimes(a.audience(), 10)).build());
      Score before = score(p);
      Score after = score(bigger);
      int gain = after.value() - before.value();
      assertTrue(gain >= 0 && gain <= 2, () -> before + " -> " + after);
    });
  }

  @Test
  void silentFollowersExample() {
    Account small = active("twitter", 10_000, 30, 0, 0, 0).build();
    Account huge = small.toBuilder().audience(100_000).build();
    int gain = score(person(huge)).value() - score(person(small)).value();
    assertTrue(gain >= 0 && gain <= 2, "gain " + gain);
  }

  // R1: 1,000 followers who react beat 100,000 who never do.
  @Test
  void aThousandFollowersWhoReactBeatAHundredThousandWhoNever() {
    theory(202).forAll(integers().between(1, 200), integers().between(1, 20),
            integers().between(0, 5_000))
        .checkAssert((posts, perPost, following) -> {
          Account engaged = active("twitter", 1_000, posts, 0, 0, perPost).following(following)
              .build();
          Account silent = active("twitter", 100_000, posts, 0, 0, 0).following(following).build();
          Score e = score(person(engaged));
          Score s = score(person(silent));
          assertTrue(e.value() > s.value(), () -> "engaged " + e + " vs silent " + s);
        });
  }

  // R2: 100 reshares from 10 posts are worth more than 100 reshares from 1,000 posts.
  @Test
  void reactionsPerPostExample() {
    Account few = active("twitter", 2_000, 10, 10, 0, 0).build();
    Account.Builder many = active("twitter", 2_000, 10, 10, 0, 0);
    for (int i = 0; i < 990; i++) {
      many.post(Post.at(daysAgo(i * 89.0 / 990)).build());
    }
    Score a = score(person(few));
    Score b = score(person(many.build()));
    assertTrue(a.value() > b.value(), () -> a + " vs " + b);
  }

  @Test
  void morePostsForTheSameReactionsNeverRaiseTheScore() {
    theory(203).forAll(ModelFixtures.profiles(), integers().between(1, 500)).checkAssert((p, n) -> {
      Profile diluted = Transforms.eachAccount(p, a -> {
        if (!AccountWindow.of(a, p.asOf()).hasActivity()) {
          return a; // an empty post would make an idle account count; that is B1, not R2
        }
        Account.Builder b = a.toBuilder();
        for (int i = 0; i < n; i++) {
          b.post(Post.at(daysAgo(i * 89.0 / n)).build());
        }
        return b.build();
      });
      Score before = score(p);
      Score after = score(diluted);
      assertTrue(after.value() <= before.value(), () -> before + " -> " + after);
      if (hasPublicReactions(p)) {
        assertTrue(after.raw() < before.raw(), () -> before.raw() + " -> " + after.raw());
      }
    });
  }

  // Rule 4: more reactions, all else equal, never lower the score.
  @Test
  void moreReactionsNeverLowerTheScore() {
    theory(204).forAll(ModelFixtures.profiles(), integers().between(0, 3),
            integers().between(1, 1_000))
        .checkAssert((p, kind, extra) -> {
          ReactionKind k = ReactionKind.values()[kind];
          Profile more = Transforms.eachPost(p, post -> post.toBuilder()
              .count(k, post.count(k) + extra).build());
          Score before = score(p);
          Score after = score(more);
          assertTrue(after.raw() >= before.raw(), () -> before.raw() + " -> " + after.raw());
          assertTrue(after.value() >= before.value(), () -> before + " -> " + after);
        });
  }

  @Test
  void moreReactionsOnAnActiveAccountRaiseTheRawScore() {
    Account base = active("twitter", 5_000, 20, 1, 1, 5).build();
    Account more = active("twitter", 5_000, 20, 2, 1, 5).build();
    assertTrue(score(person(more)).raw() > score(person(base)).raw());
  }

  static boolean hasPublicReactions(Profile p) {
    for (Account a : p.accounts().values()) {
      if (a.visibility() != Visibility.PUBLIC) {
        continue;
      }
      AccountWindow w = AccountWindow.of(a, p.asOf());
      if (w.reactions(ReactionKind.RESHARE) + w.reactions(ReactionKind.COMMENT)
          + w.reactions(ReactionKind.LIKE) > 0) {
        return true;
      }
    }
    return false;
  }
}
