package dev.klout.population;

import dev.klout.Account;
import dev.klout.Actor;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.ReactionKind;
import dev.klout.Reply;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One person's rows of every table, made into a profile. The rows may come in any order (a
 * cluster's shuffle gives them in any): they are sorted by their ids before anything is built, so
 * the same rows always make the same profile, bit for bit. Rows after the person's {@code as_of}
 * are the future and are left out, as are reactions to posts left out.
 */
public final class PersonRows {
  private static final Comparator<PostRecord> POSTS =
      Comparator.comparing(PostRecord::network).thenComparing(PostRecord::post);
  private static final Comparator<ReactionRecord> REACTIONS =
      Comparator.comparing(ReactionRecord::network).thenComparing(ReactionRecord::post)
          .thenComparing(ReactionRecord::actor).thenComparing(ReactionRecord::kind);
  private static final Comparator<ReplyRecord> REPLIES =
      Comparator.comparing(ReplyRecord::network).thenComparing(ReplyRecord::at)
          .thenComparing(ReplyRecord::toActor);

  private PersonRows() {}

  /**
   * The person's profile.
   *
   * @throws IllegalArgumentException naming the person, network and post, if a row belongs to
   *     someone else, a post or reaction names an account or post the person does not have, an id
   *     repeats, or a value is out of range
   */
  public static Profile profile(PersonRecord person, List<AccountRecord> accounts,
      List<PostRecord> posts, List<ReactionRecord> reactions, List<ReplyRecord> replies) {
    try {
      return build(person, accounts, posts, reactions, replies);
    } catch (IllegalArgumentException e) {
      String prefix = "person '" + person.person() + "': ";
      if (e.getMessage() != null && e.getMessage().startsWith(prefix)) {
        throw e;
      }
      throw new IllegalArgumentException(prefix + e.getMessage(), e);
    }
  }

  private static Profile build(PersonRecord person, List<AccountRecord> accounts,
      List<PostRecord> posts, List<ReactionRecord> reactions, List<ReplyRecord> replies) {
    String who = person.person();
    Profile.Builder profile = Profile.builder(who, person.asOf()).optedOut(person.optedOut());
    if (person.optedOut()) {
      return profile.build(); // B4: nothing of theirs is read
    }
    Map<String, Account.Builder> byNetwork = new TreeMap<>();
    for (AccountRecord a : accounts) {
      own(who, "accounts", a.person());
      Account.Builder b = Account.on(a.network()).visibility(a.visibility())
          .audience(a.audience()).following(a.following());
      if (a.accountId() != null) {
        b.id(a.accountId());
      }
      if (byNetwork.put(a.network(), b) != null) {
        throw fail(who, "accounts: two accounts on network '%s'", a.network());
      }
    }
    List<ReactionRecord> sortedReactions = new ArrayList<>(reactions);
    sortedReactions.sort(REACTIONS);
    Map<String, List<ReactionRecord>> reactionsByPost = new TreeMap<>();
    for (ReactionRecord r : sortedReactions) {
      own(who, "reactions", r.person());
      if (r.at() == null || !r.at().isAfter(person.asOf())) {
        reactionsByPost.computeIfAbsent(r.network() + '\u0000' + r.post(), k -> new ArrayList<>())
            .add(r);
      }
    }
    List<PostRecord> sortedPosts = new ArrayList<>(posts);
    sortedPosts.sort(POSTS);
    PostRecord previous = null;
    for (PostRecord p : sortedPosts) {
      own(who, "posts", p.person());
      if (previous != null && POSTS.compare(previous, p) == 0) {
        throw fail(who, "posts: post '%s' on %s appears twice", p.post(), p.network());
      }
      previous = p;
      Account.Builder account = byNetwork.get(p.network());
      if (account == null) {
        throw fail(who, "posts: post '%s' is on network '%s', where the person has no account",
            p.post(), p.network());
      }
      List<ReactionRecord> rs = reactionsByPost.remove(p.network() + '\u0000' + p.post());
      if (p.at().isAfter(person.asOf())) {
        continue;
      }
      Post.Builder post = Post.at(p.at()).reshares(p.reshares()).comments(p.comments())
          .likes(p.likes()).views(p.views()).quotes(p.quotes()).topics(p.topics());
      for (ReactionKind kind : p.hidden()) {
        post.hidden(kind);
      }
      if (rs != null) {
        for (ReactionRecord r : rs) {
          if (r.kind() == ReactionKind.VIEW) {
            throw fail(who, "reactions: actor '%s' on post '%s' has kind 'view'; a view is a"
                + " count, not a reaction", r.actor(), r.post());
          }
          post.engagement(r.kind(), Actor.of(r.actor(), r.actorInfluence(),
              r.actorReactionsPerDay()));
        }
      }
      account.post(post.build());
    }
    for (List<ReactionRecord> orphans : reactionsByPost.values()) {
      ReactionRecord r = orphans.get(0);
      throw fail(who, "reactions: actor '%s' reacted to post '%s' on %s, which is not in posts",
          r.actor(), r.post(), r.network());
    }
    List<ReplyRecord> sortedReplies = new ArrayList<>(replies);
    sortedReplies.sort(REPLIES);
    for (ReplyRecord r : sortedReplies) {
      own(who, "replies", r.person());
      Account.Builder account = byNetwork.get(r.network());
      if (account == null) {
        throw fail(who, "replies: a reply on network '%s', where the person has no account",
            r.network());
      }
      if (!r.at().isAfter(person.asOf())) {
        account.reply(Reply.to(r.toActor(), r.at()));
      }
    }
    for (Account.Builder b : byNetwork.values()) {
      profile.account(b.build());
    }
    return profile.build();
  }

  private static void own(String who, String table, String person) {
    if (!who.equals(person)) {
      throw fail(who, "%s: a row of person '%s' among theirs", table, person);
    }
  }

  private static IllegalArgumentException fail(String who, String format, Object... args) {
    return new IllegalArgumentException("person '" + who + "': "
        + String.format(Locale.ROOT, format, args));
  }
}
