package dev.klout;

import static dev.klout.Fixtures.AS_OF;
import static dev.klout.Fixtures.daysAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The window's aggregates, worked out by hand. */
class AccountWindowTest {
  private final Actor bob = Actor.of("bob", 50, 0);
  private final Actor eve = Actor.of("eve", 40, 20);

  private final Account account = Account.on("twitter").audience(100)
      .post(Post.at(daysAgo(1)).reshares(2).comments(2).likes(6).views(1_000).topic("a")
          .engagement(ReactionKind.COMMENT, bob).engagement(ReactionKind.RESHARE, eve).build())
      .post(Post.at(daysAgo(9)).likes(4).topic("a").topic("b")
          .engagement(ReactionKind.LIKE, bob).build())
      .post(Post.at(daysAgo(200)).likes(1_000).build())
      .reply(Reply.to("bob", daysAgo(2)))
      .reply(Reply.to("bob", daysAgo(3)))
      .reply(Reply.to("stranger", daysAgo(3)))
      .reply(Reply.to("bob", daysAgo(120)))
      .build();
  private final AccountWindow w = AccountWindow.of(account, AS_OF);

  @Test
  void countsOnlyTheWindow() {
    assertEquals(2, w.postCount());
    assertEquals(3, w.replies().size());
    assertEquals(10, w.reactions(ReactionKind.LIKE));
    assertEquals(1_000, w.reactions(ReactionKind.VIEW));
    assertEquals(AS_OF.minus(AccountWindow.LENGTH), w.start());
  }

  @Test
  void estimatesDistinctPeopleFromTheKnownRatio() {
    // 3 known reactions from 2 people; 14 acted reactions in all: 2 + (14 - 3) * 2/3.
    assertEquals(2, w.uniqueActors());
    assertEquals(2 + 11 * (2.0 / 3), w.distinctEngagers(), 1e-12);
  }

  @Test
  void weighsReactionsByKindAndSelectivity() {
    // Known: comment by bob (2 x 1), reshare by eve (3 x 0.5), like by bob (1 x 1) = 4.5;
    // unknown: 1 reshare, 1 comment, 9 likes = 3 + 2 + 9 = 14 at the mean selectivity 2.5 / 3.
    assertEquals(4.5 + 14 * (2.5 / 3), w.selectiveReactions(), 1e-12);
  }

  @Test
  void actorImpactConversationsFocusAndWeeks() {
    double bobImpact = 1 * Math.pow(2, 1) * (Math.log1p(2) / Math.log(2));
    double eveImpact = 0.5 * 1 * 1;
    assertEquals(bobImpact + eveImpact, w.actorImpact(), 1e-12);
    assertEquals(1, w.conversations(), "two replies to bob, one comment back");
    // Post 1: 3*2 + 2*2 + 6 = 16 on "a"; post 2: 4 shared by "a" and "b".
    assertEquals(16 + 2 + 2, w.focusedReactions(), 1e-12);
    assertEquals(16, w.weeklyReactions(0));
    assertEquals(4, w.weeklyReactions(1));
  }
}
