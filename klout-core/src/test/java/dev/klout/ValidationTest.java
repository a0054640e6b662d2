package dev.klout;

import static dev.klout.Fixtures.AS_OF;
import static dev.klout.Fixtures.daysAgo;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Builders reject bad input with a message that names the field and the value. */
class ValidationTest {
  private static void rejects(Executable build, String... fragments) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    for (String f : fragments) {
      assertTrue(e.getMessage().contains(f), () -> "'" + e.getMessage() + "' lacks '" + f + "'");
    }
  }

  @Test
  void negativeCounts() {
    rejects(() -> Post.at(AS_OF).likes(-3), "post.likes", "-3");
    rejects(() -> Post.at(AS_OF).reshares(-1), "post.reshares", "-1");
    rejects(() -> Post.at(AS_OF).count(ReactionKind.VIEW, -7), "post.views", "-7");
    rejects(() -> Account.on("twitter").audience(-10), "twitter audience", "-10");
    rejects(() -> Account.on("twitter").following(-2), "twitter following", "-2");
  }

  @Test
  void nonFiniteNumbers() {
    rejects(() -> Actor.of("bob", Double.NaN, 1), "actor 'bob' influence", "NaN");
    rejects(() -> Actor.of("bob", 101, 1), "actor 'bob' influence", "101");
    rejects(() -> Actor.of("bob", 50, Double.POSITIVE_INFINITY), "reactionsPerDay", "Infinity");
    rejects(() -> Account.on("twitter").fact("twitter.listed", Double.NaN), "twitter.listed",
        "NaN");
  }

  @Test
  void blankIds() {
    rejects(() -> Profile.builder(" ", AS_OF), "profile.id", "' '");
    rejects(() -> Actor.of("", 1, 1), "actor.id");
    rejects(() -> Reply.to("\t", AS_OF), "reply.toActorId");
    rejects(() -> Post.at(AS_OF).topic(""), "post.topic");
  }

  @Test
  void networkNames() {
    rejects(() -> Account.on("Twitter"), "account.network", "'Twitter'");
    rejects(() -> Account.on("my network"), "account.network", "'my network'");
  }

  @Test
  void postAfterAsOf() {
    Account future = Account.on("twitter").post(Post.at(AS_OF.plusSeconds(1)).build()).build();
    rejects(() -> Profile.builder("alice", AS_OF).account(future).build(),
        "accounts[twitter].posts[0].at", AS_OF.plusSeconds(1).toString(), AS_OF.toString());
    Account futureReply = Account.on("twitter").reply(Reply.to("bob", AS_OF.plusSeconds(5)))
        .build();
    rejects(() -> Profile.builder("alice", AS_OF).account(futureReply).build(),
        "accounts[twitter].replies[0].at");
  }

  @Test
  void twoAccountsOnOneNetwork() {
    rejects(() -> Profile.builder("alice", AS_OF).account(Account.on("twitter").build())
        .account(Account.on("twitter").build()), "already has an account on network 'twitter'");
  }

  @Test
  void moreKnownReactionsThanTheCount() {
    rejects(() -> Post.at(daysAgo(1)).comments(1)
            .engagement(ReactionKind.COMMENT, Actor.of("a", 1, 1))
            .engagement(ReactionKind.COMMENT, Actor.of("b", 1, 1)).build(),
        "2 known COMMENT reactions", "post.comments is only 1");
  }

  @Test
  void oneActorDescribedTwoWays() {
    Post p1 = Post.at(daysAgo(1)).likes(1).engagement(ReactionKind.LIKE, Actor.of("bob", 30, 1))
        .build();
    Post p2 = Post.at(daysAgo(2)).likes(1).engagement(ReactionKind.LIKE, Actor.of("bob", 60, 1))
        .build();
    rejects(() -> Account.on("twitter").post(p1).post(p2).build(), "actor 'bob'", "30.0", "60.0");
  }

  @Test
  void nullsAreNamedNotThrownFromDeepInside() {
    rejects(() -> Post.at(null), "post.at");
    rejects(() -> Account.on("twitter").post(null), "twitter post");
    rejects(() -> Fixtures.coreScorer().score((Profile) null), "profile");
  }
}
