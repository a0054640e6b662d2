package dev.klout.testkit;

import static dev.klout.testkit.ModelFixtures.active;
import static dev.klout.testkit.ModelFixtures.daysAgo;
import static dev.klout.testkit.ModelFixtures.person;
import static dev.klout.testkit.ModelFixtures.score;
import static dev.klout.testkit.ModelFixtures.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.klout.Account;
import dev.klout.AccountWindow;
import dev.klout.Actor;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.ReactionKind;
import dev.klout.Reply;
import dev.klout.Score;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R6 relationships, R7 focus and B2 consistency over spikes (rule 3). */
class ModifierRulesTest {

  /** 20 posts, each commented on by two of 20 actors. */
  private static Account.Builder commentedOn() {
    Account.Builder b = Account.on("twitter").audience(2_000).following(300);
    for (int p = 0; p < 20; p++) {
      b.post(Post.at(daysAgo(1 + p * 4)).comments(2).likes(5)
          .engagement(ReactionKind.COMMENT, Actor.of("fan-" + p, 40, 5))
          .engagement(ReactionKind.COMMENT, Actor.of("fan-" + ((p + 1) % 20), 40, 5))
          .build());
    }
    return b;
  }

  // R6: two-way conversation counts for more than broadcasting the same volume.
  @Test
  void repliesToPeopleWhoCommentBackBeatRepliesToStrangers() {
    Account.Builder conversing = commentedOn();
    Account.Builder broadcasting = commentedOn();
    for (int i = 0; i < 20; i++) {
      conversing.reply(Reply.to("fan-" + i, daysAgo(2 + i * 4)));
      broadcasting.reply(Reply.to("stranger-" + i, daysAgo(2 + i * 4)));
    }
    Score talk = score(person(conversing.build()));
    Score shout = score(person(broadcasting.build()));
    assertTrue(talk.value() > shout.value(), () -> talk + " vs " + shout);
  }

  @Test
  void replyingToCommentersNeverLowersAndUsuallyRaisesTheScore() {
    theory(401).forAll(ModelFixtures.profiles(), integers().between(1, 30)).checkAssert((p, n) -> {
      Profile conversing = Transforms.eachAccount(p, a -> {
        Account.Builder b = a.toBuilder();
        List<String> commenters = commenters(a, p);
        for (int i = 0; i < n && !commenters.isEmpty(); i++) {
          b.reply(Reply.to(commenters.get(i % commenters.size()), daysAgo(1)));
        }
        return b.build();
      });
      Profile broadcasting = Transforms.eachAccount(p, a -> {
        Account.Builder b = a.toBuilder();
        if (!commenters(a, p).isEmpty()) {
          for (int i = 0; i < n; i++) {
            b.reply(Reply.to("stranger-" + i, daysAgo(1)));
          }
        }
        return b.build();
      });
      Score talk = score(conversing);
      Score shout = score(broadcasting);
      assertTrue(talk.raw() >= shout.raw(), () -> talk.raw() + " vs " + shout.raw());
      assertTrue(talk.value() >= shout.value(), () -> talk + " vs " + shout);
    });
  }

  private static List<String> commenters(Account a, Profile p) {
    List<String> ids = new ArrayList<>();
    if (a.visibility() != dev.klout.Visibility.PUBLIC) {
      return ids;
    }
    for (Post post : AccountWindow.of(a, p.asOf()).posts()) {
      post.engagements().stream().filter(e -> e.kind() == ReactionKind.COMMENT)
          .forEach(e -> ids.add(e.actor().id()));
    }
    return ids;
  }

  /** Same posts and reactions; topics either all one, or all different. */
  private static Account topical(boolean focused) {
    Account.Builder b = Account.on("twitter").audience(5_000).following(300);
    for (int p = 0; p < 30; p++) {
      b.post(Post.at(daysAgo(1 + p * 2.9)).reshares(2).comments(1).likes(10)
          .topic(focused ? "rust" : "topic-" + p).build());
    }
    return b.build();
  }

  // R7: an audience held on a few topics counts for more than the same reactions scattered.
  @Test
  void focusedTopicsBeatScatteredOnes() {
    Score focused = score(person(topical(true)));
    Score scattered = score(person(topical(false)));
    assertTrue(focused.value() > scattered.value(), () -> focused + " vs " + scattered);
  }

  @Test
  void gatheringPostsOnOneTopicNeverLowersTheScore() {
    theory(402).forAll(ModelFixtures.profiles()).checkAssert(p -> {
      int[] counter = {0};
      Profile scattered = Transforms.eachPost(p, post -> Transforms.copyWithoutEngagements(
          Post.at(post.at()).build()).reshares(post.reshares()).comments(post.comments())
          .likes(post.likes()).views(post.views()).topic("scatter-" + counter[0]++).build());
      Profile focused = Transforms.eachPost(p, post -> Post.at(post.at()).reshares(post.reshares())
          .comments(post.comments()).likes(post.likes()).views(post.views()).topic("one").build());
      Score f = score(focused);
      Score s = score(scattered);
      assertTrue(f.raw() >= s.raw(), () -> f.raw() + " vs " + s.raw());
      assertTrue(f.value() >= s.value(), () -> f + " vs " + s);
    });
  }

  // B2: a burst of activity on one day moves the score less than the same activity spread out.
  @Test
  void spreadActivityBeatsASpike() {
    Account.Builder spread = Account.on("twitter").audience(5_000).following(300);
    Account.Builder spike = Account.on("twitter").audience(5_000).following(300);
    for (int p = 0; p < 26; p++) {
      spread.post(Post.at(daysAgo(0.5 + p * 3.4)).reshares(3).comments(2).likes(20).build());
      spike.post(Post.at(daysAgo(10 + p * 0.01)).reshares(3).comments(2).likes(20).build());
    }
    Score s = score(person(spread.build()));
    Score b = score(person(spike.build()));
    assertTrue(s.value() > b.value(), () -> s + " vs " + b);
  }

  @Test
  void squeezingTheWindowIntoOneDayNeverRaisesTheScore() {
    theory(403).forAll(ModelFixtures.profiles(), integers().between(0, 89)).checkAssert((p, day) -> {
      Profile burst = Transforms.eachPost(p, post -> Transforms.inWindow(p, post.at())
          ? Transforms.retimed(post, daysAgo(day + 0.5)).build()
          : post);
      Score spread = score(p);
      Score spike = score(burst);
      assertTrue(spike.raw() <= spread.raw() + 1e-12, () -> spread.raw() + " vs " + spike.raw());
      assertTrue(spike.value() <= spread.value(), () -> spread + " vs " + spike);
    });
  }

  @Test
  void consistencyIsTheOnlySignalThatTimingMoves() {
    Account a = active("twitter", 5_000, 26, 3, 2, 20).build();
    Account.Builder squeezed = Account.on("twitter").audience(5_000).following(100);
    for (Post p : a.posts()) {
      squeezed.post(Transforms.retimed(p, daysAgo(3)).build());
    }
    Score spread = score(person(a));
    Score spike = score(person(squeezed.build()));
    for (int i = 0; i < spread.signals().size(); i++) {
      String id = spread.signals().get(i).signalId();
      double before = spread.signals().get(i).contribution();
      double after = spike.signals().get(i).contribution();
      if (id.equals("core.consistency")) {
        assertTrue(after < before, () -> id + ": " + before + " -> " + after);
      } else {
        assertEquals(before, after, () -> id + " moved with timing alone");
      }
    }
  }
}
