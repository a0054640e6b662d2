package dev.klout;

import static dev.klout.Fixtures.AS_OF;
import static dev.klout.Fixtures.daysAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Model v2's organic aggregates on windows small enough to work out by hand (ModelV2). */
class OrganicWindowTest {
  private static AccountWindow window(Account.Builder account) {
    return AccountWindow.of(account.build(), AS_OF);
  }

  @Test
  void aBotIsWorthNothingAndAnonymousLikesTakeTheKnownShare() {
    // A selective commenter (worth 1) and a bot at 100 a day (worth 0): comments are half
    // organic, and the likes, whose actors nobody names, are taken to be as organic as that.
    Post post = Post.at(daysAgo(1)).comments(2).likes(10)
        .engagement(ReactionKind.COMMENT, Actor.of("friend", 40, 0))
        .engagement(ReactionKind.COMMENT, Actor.of("bot", 10, 100))
        .build();
    AccountWindow w = window(Account.on("x").post(post));
    assertEquals(0.5, w.organicShare());
    assertEquals(2 * 1.0 + 10 * 0.5, w.organicReactions(), "comment weight 2, like 1");
    // One known person, and 5 organic likes at one person per organic reaction.
    assertEquals(6.0, w.organicEngagers());
    assertEquals(6.0, w.organicEngagersPerPost(), "1 post: 1^0.3 = 1");
  }

  @Test
  void repeatedReactionsOfOnePersonAreWorthLessEachTime() {
    Account.Builder b = Account.on("x");
    for (int p = 0; p < 3; p++) {
      b.post(Post.at(daysAgo(1 + 10 * p)).comments(1)
          .engagement(ReactionKind.COMMENT, Actor.of("fan", 40, 0)).build());
    }
    AccountWindow w = window(b);
    // log2(1 + 3) = 2 for the three together: two thirds each, weighted 2 as comments.
    assertEquals(2.0 / 3, w.organicShare(), 1e-15);
    assertEquals(3 * 2 * (2.0 / 3), w.organicReactions(), 1e-12);
    assertEquals(1.0, w.organicEngagers(), "one person, however often");
  }

  @Test
  void aSpikeCountsTowardsReachUpToTenTimesTheOtherPosts() {
    Account.Builder b = Account.on("x");
    long[] likes = {2, 2, 2, 200};
    for (int p = 0; p < likes.length; p++) {
      b.post(Post.at(daysAgo(1 + 10 * p)).likes(likes[p]).build());
    }
    AccountWindow w = window(b);
    // Nobody named: half of each like is organic, so the posts carry 1, 1, 1 and 100. The others'
    // mean is 1, the cap 10: 13 of the 103 count, at one person per organic reaction.
    assertEquals(103.0, w.organicReactions());
    assertEquals(13.0, w.organicEngagers(), 1e-12);
  }

  @Test
  void aHiddenCountIsEstimatedFromViewsAndReportedAsHidden() {
    AccountWindow w = window(Account.on("youtube")
        .post(Post.at(daysAgo(2)).views(1_000).likes(50).build())
        .post(Post.at(daysAgo(9)).views(3_000).hidden(ReactionKind.LIKE).build()));
    assertEquals(1, w.hiddenPosts(ReactionKind.LIKE));
    assertEquals(0, w.hiddenPosts(ReactionKind.COMMENT));
    // The account's own ratio, 50 likes per 1,000 views, gives the hidden post 150.
    assertEquals(0.5 * (50 + 150), w.organicReactions());
    assertEquals(2_000.0, w.viewsPerPost());
    assertEquals(50.0 / 1_000, w.reactionsPerView(), "only the post that hides nothing");
  }
}
