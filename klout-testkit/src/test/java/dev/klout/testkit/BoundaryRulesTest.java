package dev.klout.testkit;

import static dev.klout.testkit.ModelFixtures.active;
import static dev.klout.testkit.ModelFixtures.daysAgo;
import static dev.klout.testkit.ModelFixtures.person;
import static dev.klout.testkit.ModelFixtures.score;
import static dev.klout.testkit.ModelFixtures.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.klout.Account;
import dev.klout.Actor;
import dev.klout.Exclusion;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.ReactionKind;
import dev.klout.Reply;
import dev.klout.Score;
import dev.klout.Visibility;
import java.util.List;
import org.junit.jupiter.api.Test;

/** B1 rolling window, B3 connecting can only help, B4 public only, B5 follow-back farming. */
class BoundaryRulesTest {

  // B1: activity older than 90 days before asOf changes nothing.
  @Test
  void activityOlderThanTheWindowChangesNothing() {
    theory(501).forAll(ModelFixtures.profiles(), integers().between(1, 50),
            integers().between(91, 2_000))
        .checkAssert((p, n, age) -> {
          Profile withOld = Transforms.eachAccount(p, a -> {
            Account.Builder b = a.toBuilder();
            for (int i = 0; i < n; i++) {
              b.post(Post.at(daysAgo(age + i)).reshares(1_000).comments(500).likes(10_000)
                  .topic("old-" + i)
                  .engagement(ReactionKind.COMMENT, Actor.of("old-friend-" + i, 99, 0))
                  .build());
              b.reply(Reply.to("old-friend-" + i, daysAgo(age + i)));
            }
            return b.build();
          });
          Score before = score(p);
          Score after = score(withOld);
          assertEquals(Double.doubleToRawLongBits(before.raw()),
              Double.doubleToRawLongBits(after.raw()), () -> before + " -> " + after);
          assertEquals(before.signals(), after.signals());
        });
  }

  @Test
  void windowEdgeIsInclusiveAndOneNanosecondEarlierIsOut() {
    Post edge = Post.at(daysAgo(90)).likes(50).build();
    Post justOut = Post.at(daysAgo(90).minusNanos(1)).likes(50).build();
    assertTrue(score(person(Account.on("twitter").post(edge).build())).raw() > 0);
    Score out = score(person(Account.on("twitter").post(justOut).build()));
    assertEquals(List.of(new Exclusion("twitter", Exclusion.Reason.NO_ACTIVITY)), out.exclusions());
  }

  // B3: adding a public account with any activity never lowers the score.
  @Test
  void connectingANetworkNeverLowersTheScore() {
    theory(502).forAll(ModelFixtures.profiles(), KloutGenerators.anyAccounts("mastodon"))
        .checkAssert((p, extra) -> {
          Account account = extra.toBuilder().visibility(Visibility.PUBLIC).build();
          Score before = score(p);
          Score after = score(p.withAccount(account));
          assertTrue(after.raw() >= before.raw(), () -> before.raw() + " -> " + after.raw());
          assertTrue(after.value() >= before.value(), () -> before + " -> " + after);
        });
  }

  @Test
  void connectingASmallChannelToACelebrityDoesNotLowerIt() {
    Profile celebrity = GoldenProfiles.celebrityLike().withoutNetwork("youtube");
    Account tiny = active("youtube", 12, 1, 0, 0, 1).build();
    Score before = score(celebrity);
    Score after = score(celebrity.withAccount(tiny));
    assertTrue(after.raw() > before.raw(), () -> before + " -> " + after);
    assertTrue(after.value() >= before.value());
  }

  // B4: a private account contributes nothing.
  @Test
  void aPrivateAccountContributesNothing() {
    theory(503).forAll(ModelFixtures.profiles()).checkAssert(p -> {
      String network = p.accounts().firstKey();
      Account hidden = p.accounts().get(network).toBuilder().visibility(Visibility.PRIVATE).build();
      Score withPrivate = score(p.withAccount(hidden));
      Score without = p.accounts().size() > 1
          ? score(p.withoutNetwork(network))
          : score(Profile.builder(p.id(), p.asOf()).build());
      assertEquals(Double.doubleToRawLongBits(without.raw()),
          Double.doubleToRawLongBits(withPrivate.raw()));
      assertTrue(withPrivate.exclusions().contains(
          new Exclusion(network, Exclusion.Reason.PRIVATE)));
      assertTrue(withPrivate.network(network).isEmpty());
    });
  }

  @Test
  void aPrivateCelebrityScoresOne() {
    Account hidden = active("twitter", 50_000_000, 90, 10_000, 5_000, 100_000)
        .visibility(Visibility.PRIVATE).build();
    assertEquals(1, score(person(hidden)).value());
  }

  // B5: follow-back farming (following as many as follow you, no reactions) earns nothing.
  @Test
  void followBackFarmingEarnsNothing() {
    theory(504).forAll(longs().between(0, 1_000_000_000L), integers().between(0, 20),
            integers().between(1, 200))
        .checkAssert((audience, extraPercent, posts) -> {
          long following = audience + audience * extraPercent / 100;
          Account farm = active("twitter", audience, posts, 0, 0, 0).following(following).build();
          Score s = score(person(farm));
          assertEquals(0.0, s.raw(), () -> "a farm of " + audience + " earned " + s);
          assertEquals(1, s.value());
        });
  }

  @Test
  void growingAFarmTenfoldChangesNothing() {
    Account farm = active("twitter", 20_000, 60, 0, 0, 0).following(20_000).build();
    Account bigger = farm.toBuilder().audience(200_000).following(200_000).build();
    assertEquals(score(person(farm)).raw(), score(person(bigger)).raw());
  }
}
