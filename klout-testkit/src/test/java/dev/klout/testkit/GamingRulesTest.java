package dev.klout.testkit;

import static dev.klout.testkit.ModelFixtures.AS_OF;
import static dev.klout.testkit.ModelFixtures.daysAgo;
import static dev.klout.testkit.ModelFixtures.score;
import static dev.klout.testkit.ModelFixtures.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.klout.Account;
import dev.klout.AccountWindow;
import dev.klout.Actor;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.ReactionKind;
import dev.klout.Score;
import dev.klout.Visibility;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What cannot be bought (SCORING-PRINCIPLES G1-G3), as properties over generated profiles and as
 * one readable example each. Each property would fail on model v1, which counted bought and pod
 * reactions at face value.
 */
class GamingRulesTest {
  /**
   * The summed weight of the signals that read reaction counts (all but audience, views and
   * relationships): what a score made of {@code ln(1 + total reactions)} alone would weigh.
   */
  private static final double REACTION_WEIGHTS = ModelFixtures.SCORER.signals("twitter").stream()
      .filter(s -> !List.of("core.audience", "core.views", "core.relationships").contains(s.id()))
      .mapToDouble(s -> ModelFixtures.SCORER.weighting().signalWeight(s)).sum();

  /** The person's first public account with posts in the window, if any. */
  private static Account target(Profile p) {
    for (Account a : p.accounts().values()) {
      if (a.visibility() == Visibility.PUBLIC
          && AccountWindow.of(a, p.asOf()).postCount() > 0) {
        return a;
      }
    }
    return null;
  }

  private static Profile with(Profile p, Account changed) {
    return p.withAccount(changed);
  }

  // G1: any number of bots that react hundreds of times a day raise the score by at most 2 points.
  @Test
  void boughtEngagementRaisesTheScoreByAtMostTwoPoints() {
    theory(601).forAll(ModelFixtures.profiles(), integers().between(1, 3_000),
            doubles().between(100, 2_000))
        .checkAssert((p, bots, perDay) -> {
          Account a = target(p);
          if (a == null) {
            return;
          }
          Score before = score(p);
          Score after = score(with(p, Gaming.withBots(a, bots, perDay)));
          assertTrue(after.value() - before.value() <= 2,
              () -> bots + " bots at " + perDay + "/day: " + before + " -> " + after);
        });
  }

  @Test
  void aBotPackExample() {
    Profile organic = GoldenProfiles.smallEngagedCreator();
    Score before = score(organic);
    Score after = score(Gaming.botBoosted()); // 400 bots at 300 a day on each of 45 posts
    assertTrue(after.value() - before.value() <= 2, before + " -> " + after);
    // On a small account, v1 read a pack of 200 as a far bigger audience; v2 reads it as nothing.
    Profile small = ModelFixtures.person(
        ModelFixtures.active("twitter", 300, 20, 0, 1, 3).build());
    Profile boosted = small.withAccount(
        Gaming.withBots(small.accounts().get("twitter"), 200, 300));
    Score v1Before = ModelFixtures.V1.score(small);
    Score v1After = ModelFixtures.V1.score(boosted);
    assertTrue(v1After.value() - v1Before.value() >= 10, v1Before + " -> " + v1After);
    assertTrue(score(boosted).value() - score(small).value() <= 0,
        score(small) + " -> " + score(boosted));
  }

  // R1 still holds: a real audience of quiet people with few followers of their own counts.
  @Test
  void quietRealPeopleStillCount() {
    Account quiet = ModelFixtures.active("twitter", 300, 20, 0, 0, 0).build();
    List<Actor> people = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      people.add(Actor.of("neighbour-" + i, 8.0, 1.5)); // a handful of followers, selective
    }
    Account.Builder b = quiet.toBuilder().clearPosts();
    for (int i = 0; i < quiet.posts().size(); i++) {
      Post p = quiet.posts().get(i);
      Post.Builder post = p.toBuilder().comments(6).likes(20);
      for (int k = 0; k < 6; k++) {
        post.engagement(ReactionKind.COMMENT, people.get((i * 6 + k) % people.size()));
      }
      b.post(post.build());
    }
    Score silent = score(ModelFixtures.person(quiet));
    Score engaged = score(ModelFixtures.person(b.build()));
    assertTrue(engaged.value() - silent.value() >= 15, silent + " -> " + engaged);
  }

  // G2: a pod whose members like and comment on every post adds less than the same reactions from
  // as many different people: each repeat is worth less. (What a pod adds to a member with no
  // audience of their own, a profile alone cannot tell from a circle of friends; the population's
  // graph, where the members react to each other, can.)
  @Test
  void aPodAddsLittle() {
    theory(602).forAll(ModelFixtures.profiles(), integers().between(5, 30),
            doubles().between(2, 30))
        .checkAssert((p, members, perDay) -> {
          Account a = target(p);
          if (a == null) {
            return;
          }
          Score before = score(p);
          Score pod = score(with(p, Gaming.withPod(a, members, perDay)));
          Score crowd = score(with(p, Gaming.withCrowd(a, members, perDay)));
          // On a single post a pod and a crowd are the same people once each.
          if (AccountWindow.of(a, p.asOf()).postCount() > 1) {
            assertTrue(pod.raw() - before.raw() < crowd.raw() - before.raw(),
                () -> members + " pod members: " + before + " -> " + pod + ", a crowd " + crowd);
          } else {
            assertEquals(crowd.raw(), pod.raw(), 1e-9);
          }
        });
  }

  @Test
  void aPodAddsFarLessThanTheSameReactionsFromDistinctPeople() {
    Profile organic = GoldenProfiles.smallEngagedCreator();
    Account a = organic.accounts().get("twitter");
    // The pod: 20 people on each of 45 posts. The crowd: the same 900 likes and comments from 900
    // different, equally selective people.
    Score pod = score(Gaming.podMember());
    Score before = score(organic);
    Score distinct = score(Profile.builder("crowd", AS_OF)
        .account(Gaming.withCrowd(a, 20, 8)).build());
    double podGain = pod.exact() - before.exact();
    double crowdGain = distinct.exact() - before.exact();
    assertTrue(podGain < crowdGain / 3, "pod +" + podGain + ", distinct people +" + crowdGain);
  }

  // G3: one post far above the usual moves the score less than the same reactions spread over the
  // window, and less than it moves a score that was total reactions.
  @Test
  void aSpikeMovesTheScoreLessThanTheSameReactionsSpread() {
    theory(603).forAll(ModelFixtures.profiles(), longs().between(1_000, 1_000_000))
        .checkAssert((p, likes) -> {
          Account a = target(p);
          if (a == null || AccountWindow.of(a, p.asOf()).postCount() < 5
              || a.posts().size() != AccountWindow.of(a, p.asOf()).postCount()) {
            return;
          }
          Score before = score(p);
          Score spike = score(with(p, Gaming.withSpike(a, likes)));
          Score spread = score(with(p, Gaming.withSpread(a, likes)));
          assertTrue(spike.exact() <= spread.exact(), () -> "spike " + spike + " spread " + spread);
          long total = 0;
          for (Post post : a.posts()) {
            total += post.reshares() + post.comments() + post.likes();
          }
          double countMove = REACTION_WEIGHTS
              * (StrictMath.log1p(total + likes) - StrictMath.log1p(total));
          assertTrue(spike.raw() - before.raw() < countMove,
              () -> "spike moved raw by " + (spike.raw() - before.raw()) + ", a count by "
                  + countMove);
        });
  }

  @Test
  void aOneHitPostExample() {
    Profile organic = GoldenProfiles.smallEngagedCreator();
    Account a = organic.accounts().get("twitter");
    Score before = score(organic);
    Score spike = score(Gaming.oneHit()); // 40,000 likes on one post, ~50 on the others
    Score spread = score(Profile.builder("spread", AS_OF).account(Gaming.withSpread(a, 40_000))
        .build());
    assertTrue(spike.value() < spread.value(), spike + " vs " + spread);
    assertTrue(spike.value() - before.value() <= 10, before + " -> " + spike);
  }

  // B7: a count the network hides is unknown, not zero.
  @Test
  void hiddenLikesAreEstimatedNotReadAsNone() {
    Score hidden = score(Gaming.hiddenLikesChannel());
    Score unwatched = score(Gaming.unwatchedChannel());
    assertTrue(hidden.value() > unwatched.value(), hidden + " vs " + unwatched);
    assertEquals(12, hidden.hiddenPosts("youtube", ReactionKind.LIKE));
    assertEquals(12, hidden.hiddenPosts("youtube", ReactionKind.COMMENT));
    assertEquals(0, hidden.hiddenPosts("youtube", ReactionKind.VIEW));
    assertTrue(hidden.explain().stream().anyMatch(l -> l.contains("likes on 12")
        && l.contains("comments on 12") && l.contains("unknown, not zero")),
        () -> String.join("\n", hidden.explain()));
    // Showing the likes the estimate assumed changes little; showing none at all is a real zero.
    Account shown = Gaming.hiddenLikesChannel().accounts().get("youtube");
    Account.Builder zero = shown.toBuilder().clearPosts();
    for (Post p : shown.posts()) {
      zero.post(Post.at(p.at()).views(p.views()).topics(p.topics()).build());
    }
    Score none = score(Profile.builder("zero", AS_OF).account(zero.build()).build());
    assertTrue(hidden.value() > none.value(), hidden + " vs shown as zero " + none);
  }

  @Test
  void hiddenCountsUseTheAccountsOwnRatioWhereItShowsOne() {
    Account.Builder b = Account.on("youtube").audience(10_000);
    for (int v = 0; v < 10; v++) {
      Post.Builder post = Post.at(daysAgo(2 + v * 8)).views(10_000).comments(10);
      b.post((v < 5 ? post.likes(1_000) : post.hidden(ReactionKind.LIKE)).build());
    }
    Account.Builder allShown = Account.on("youtube").audience(10_000);
    for (int v = 0; v < 10; v++) {
      allShown.post(Post.at(daysAgo(2 + v * 8)).views(10_000).comments(10).likes(1_000).build());
    }
    Score half = score(Profile.builder("half", AS_OF).account(b.build()).build());
    Score all = score(Profile.builder("all", AS_OF).account(allShown.build()).build());
    assertEquals(all.raw(), half.raw(), 1e-9, "the hidden half estimated at the shown half's 10%");
  }
}
