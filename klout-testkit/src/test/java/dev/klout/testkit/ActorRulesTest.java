package dev.klout.testkit;

import static dev.klout.testkit.ModelFixtures.daysAgo;
import static dev.klout.testkit.ModelFixtures.person;
import static dev.klout.testkit.ModelFixtures.score;
import static dev.klout.testkit.ModelFixtures.theory;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.klout.Account;
import dev.klout.AccountWindow;
import dev.klout.Actor;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.ReactionKind;
import dev.klout.Score;
import org.junit.jupiter.api.Test;

/** R3 unique actors, R4 selective actors, R5 influential actors (rule 3). */
class ActorRulesTest {

  /** 100 reshares over 10 posts, attributed round-robin to {@code actors} identical actors. */
  private static Account resharedBy(int actors, double influence, double perDay) {
    Account.Builder b = Account.on("twitter").audience(3_000).following(200);
    for (int p = 0; p < 10; p++) {
      Post.Builder post = Post.at(daysAgo(1 + p * 8)).reshares(10);
      for (int r = 0; r < 10; r++) {
        post.engagement(ReactionKind.RESHARE,
            Actor.of("actor-" + ((p * 10 + r) % actors), influence, perDay));
      }
      b.post(post.build());
    }
    return b.build();
  }

  // R3: 100 reshares by 100 different people are worth more than 100 reshares by one person.
  @Test
  void hundredResharersBeatOne() {
    Score many = score(person(resharedBy(100, 40, 5)));
    Score one = score(person(resharedBy(1, 40, 5)));
    assertTrue(many.value() > one.value(), () -> many + " vs " + one);
  }

  // R3 and G1: more distinct people never lower the score, and raise it unless they react so
  // often (100 a day or more) that they are taken for automated accounts, worth nothing.
  @Test
  void moreDistinctActorsForTheSameReactionsNeverLowerTheScore() {
    theory(301).forAll(integers().between(1, 99), doubles().between(0, 100),
            doubles().between(0, 500))
        .checkAssert((n, influence, perDay) -> {
          Score fewer = score(person(resharedBy(n, influence, perDay)));
          Score more = score(person(resharedBy(n + 1, influence, perDay)));
          if (perDay < 100) {
            assertTrue(more.raw() > fewer.raw(), () -> n + " actors " + fewer + ", one more " + more);
          } else {
            assertTrue(more.raw() >= fewer.raw(), () -> n + " bots " + fewer + ", one more " + more);
          }
        });
  }

  // R4: the more an actor reacts in a day, the less each of its reactions is worth.
  @Test
  void selectiveActorsExample() {
    Score selective = score(person(resharedBy(50, 40, 1)));
    Score promiscuous = score(person(resharedBy(50, 40, 200)));
    assertTrue(selective.value() > promiscuous.value(), () -> selective + " vs " + promiscuous);
  }

  @Test
  void lessSelectiveActorsNeverRaiseTheScore() {
    theory(302).forAll(ModelFixtures.profiles(), doubles().between(1.5, 50)).checkAssert((p, f) -> {
      Profile busier = Transforms.eachActor(p, a -> Actor.of(a.id(), a.influence(),
          a.reactionsPerDay() * f + 1));
      Score before = score(p);
      Score after = score(busier);
      assertTrue(after.value() <= before.value(), () -> before + " -> " + after);
      if (hasKnownActors(p)) {
        assertTrue(after.raw() < before.raw(), () -> before.raw() + " -> " + after.raw());
      }
    });
  }

  // R5: a reaction from an influential actor is worth more than one from a low-influence actor.
  @Test
  void influentialActorsExample() {
    Score influencers = score(person(resharedBy(50, 85, 5)));
    Score nobodies = score(person(resharedBy(50, 10, 5)));
    assertTrue(influencers.value() > nobodies.value(), () -> influencers + " vs " + nobodies);
  }

  @Test
  void moreInfluentialActorsNeverLowerTheScore() {
    theory(303).forAll(ModelFixtures.profiles(), doubles().between(1, 40)).checkAssert((p, up) -> {
      Profile better = Transforms.eachActor(p, a -> Actor.of(a.id(),
          Math.min(100, a.influence() + up), a.reactionsPerDay()));
      Score before = score(p);
      Score after = score(better);
      assertTrue(after.value() >= before.value(), () -> before + " -> " + after);
      if (hasKnownActors(p)) {
        assertTrue(after.raw() >= before.raw(), () -> before.raw() + " -> " + after.raw());
      }
    });
  }

  static boolean hasKnownActors(Profile p) {
    for (Account a : p.accounts().values()) {
      if (a.visibility() == dev.klout.Visibility.PUBLIC
          && AccountWindow.of(a, p.asOf()).uniqueActors() > 0) {
        return true;
      }
    }
    return false;
  }
}
