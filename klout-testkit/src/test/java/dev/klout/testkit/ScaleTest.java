package dev.klout.testkit;

import static dev.klout.testkit.ModelFixtures.AS_OF;
import static dev.klout.testkit.ModelFixtures.daysAgo;
import static dev.klout.testkit.ModelFixtures.person;
import static dev.klout.testkit.ModelFixtures.score;
import static dev.klout.testkit.ModelFixtures.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.Account;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.Score;
import org.junit.jupiter.api.Test;

/** Rule 1: always an integer 1-100, never NaN, never an exception for a valid profile. */
class ScaleTest {
  private static void assertOnScale(Score s) {
    assertTrue(s.value() >= 1 && s.value() <= 100, s::toString);
    assertTrue(Double.isFinite(s.exact()) && s.exact() >= 1 && s.exact() <= 100, s::toString);
    assertTrue(Double.isFinite(s.raw()) && s.raw() >= 0, s::toString);
  }

  @Test
  void realisticProfilesAreOnTheScale() {
    theory(101).forAll(ModelFixtures.profiles()).checkAssert(p -> assertOnScale(score(p)));
  }

  @Test
  void extremeAccountsAreOnTheScale() {
    theory(102).forAll(KloutGenerators.extremeAccounts("twitter"),
            KloutGenerators.anyAccounts("youtube"))
        .checkAssert((a, b) -> assertOnScale(score(person(a, b))));
  }

  @Test
  void emptyProfileScoresOne() {
    Score s = score(Profile.builder("nobody", AS_OF).build());
    assertEquals(1, s.value());
    assertEquals(0.0, s.raw());
  }

  @Test
  void zeroAndTrillionFollowersAreOnTheScale() {
    Post post = Post.at(daysAgo(1)).likes(3).build();
    assertOnScale(score(person(Account.on("twitter").audience(0).post(post).build())));
    assertOnScale(score(person(Account.on("twitter").audience(1_000_000_000_000L).post(post)
        .build())));
  }

  @Test
  void zeroAndOneHundredThousandPostsAreOnTheScale() {
    assertOnScale(score(person(Account.on("twitter").audience(500).build())));
    Account.Builder busy = Account.on("twitter").audience(5_000_000);
    for (int i = 0; i < 100_000; i++) {
      busy.post(Post.at(daysAgo(i * 89.0 / 100_000)).reshares(i % 7).comments(i % 5).likes(i % 50)
          .views(i).topic("t" + (i % 13)).build());
    }
    Score s = score(person(busy.build()));
    assertOnScale(s);
    assertTrue(s.value() > 50, () -> "a very active account with steady reactions: " + s);
  }

  @Test
  void countsAtTheLimitOfALongAreOnTheScale() {
    Post huge = Post.at(AS_OF).reshares(Long.MAX_VALUE).comments(Long.MAX_VALUE)
        .likes(Long.MAX_VALUE).views(Long.MAX_VALUE).build();
    Score s = score(person(Account.on("twitter").audience(Long.MAX_VALUE).post(huge).post(huge)
        .build()));
    assertOnScale(s);
  }
}
