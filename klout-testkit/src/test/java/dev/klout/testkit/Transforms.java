package dev.klout.testkit;

import dev.klout.Account;
import dev.klout.AccountWindow;
import dev.klout.Actor;
import dev.klout.Engagement;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.Reply;
import java.time.Instant;
import java.util.function.UnaryOperator;

/** "All else equal" edits of a profile, for the score model's property tests. */
final class Transforms {
  private Transforms() {}

  static Profile eachAccount(Profile profile, UnaryOperator<Account> edit) {
    Profile.Builder b = Profile.builder(profile.id(), profile.asOf()).optedOut(profile.optedOut());
    for (Account a : profile.accounts().values()) {
      b.account(edit.apply(a));
    }
    return b.build();
  }

  static Profile eachPost(Profile profile, UnaryOperator<Post> edit) {
    return eachAccount(profile, a -> {
      Account.Builder b = a.toBuilder().clearPosts();
      for (Post p : a.posts()) {
        b.post(edit.apply(p));
      }
      return b.build();
    });
  }

  static Profile eachActor(Profile profile, UnaryOperator<Actor> edit) {
    return eachPost(profile, p -> {
      Post.Builder b = copyWithoutEngagements(p);
      for (Engagement e : p.engagements()) {
        b.engagement(e.kind(), edit.apply(e.actor()));
      }
      return b.build();
    });
  }

  static Post.Builder copyWithoutEngagements(Post p) {
    return Post.at(p.at()).reshares(p.reshares()).comments(p.comments()).likes(p.likes())
        .views(p.views()).topics(p.topics());
  }

  static Post.Builder retimed(Post p, Instant at) {
    Post.Builder b = Post.at(at).reshares(p.reshares()).comments(p.comments()).likes(p.likes())
        .views(p.views()).topics(p.topics());
    for (Engagement e : p.engagements()) {
      b.engagement(e.kind(), e.actor());
    }
    return b;
  }

  static boolean inWindow(Profile profile, Instant at) {
    return !at.isBefore(profile.asOf().minus(AccountWindow.LENGTH)) && !at.isAfter(profile.asOf());
  }

  static long saturatedTimes(long value, long factor) {
    return value > Long.MAX_VALUE / factor ? Long.MAX_VALUE : value * factor;
  }

  static Account withReply(Account account, Reply reply) {
    return account.toBuilder().reply(reply).build();
  }
}
