package dev.klout.twitter;

import dev.klout.Account;
import dev.klout.Actor;
import dev.klout.Post;
import dev.klout.ReactionKind;
import dev.klout.Reply;
import dev.klout.Visibility;
import dev.klout.fetch.FetchWindow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns what the API said about a person into a klout-core account. */
final class TwitterMapper {
  /** Fact: list memberships, a long-lived sign that others curate the person as a source. */
  static final String LISTED = "twitter.listed";
  /** Fact: the user's lifetime post count. */
  static final String POSTS = "twitter.posts";

  private TwitterMapper() {}

  /**
   * An actor as the API shows them: followers, lifetime posts and likes, age (Actor.estimated),
   * known to people as {@code @username}.
   */
  static Actor actor(TwitterJson.User u, Instant asOf) {
    return Actor.estimated(u.id(), u.followers(), u.posts() + u.likes(), u.createdAt(), asOf,
        false).withHandle("@" + u.username());
  }

  /** A protected account: its public numbers only, and nothing of its tweets (B4). */
  static Account protectedAccount(TwitterJson.User user) {
    return Account.on(TwitterSignals.NETWORK).id(user.id()).visibility(Visibility.PRIVATE)
        .audience(user.followers()).following(user.following())
        .fact(LISTED, user.listed()).fact(POSTS, user.posts()).build();
  }

  /** Accumulates one user's window, then builds the account. */
  static final class Builder {
    private final TwitterJson.User user;
    private final Instant asOf;
    private final FetchWindow window;
    private final Map<String, TwitterJson.Tweet> posts = new LinkedHashMap<>();
    private final Map<String, List<dev.klout.Engagement>> engagements = new HashMap<>();
    private final Map<String, Actor> actors = new HashMap<>();
    private final List<Reply> replies = new ArrayList<>();

    Builder(TwitterJson.User user, FetchWindow window) {
      this.user = user;
      this.asOf = window.end();
      this.window = window;
    }

    /**
     * Takes a timeline tweet: the person's own posts (originals, quotes, threads) become posts; a
     * reply to someone else is a conversation (R6); a plain retweet is someone else's post.
     */
    void timeline(TwitterJson.Tweet t) {
      if (!window.contains(t.createdAt()) || t.is("retweeted")) {
        return;
      }
      String to = t.inReplyToUserId();
      if (to != null && !to.equals(user.id())) {
        replies.add(Reply.to(to, t.createdAt()));
        return;
      }
      posts.putIfAbsent(t.id(), t);
    }

    /** The posts worth spending actor calls on: the most reshared first, newest on ties. */
    List<String> mostReshared(int limit) {
      List<TwitterJson.Tweet> sorted = new ArrayList<>(posts.values());
      sorted.removeIf(t -> t.reposts() <= 0);
      sorted.sort((a, b) -> a.reposts() != b.reposts()
          ? Long.compare(b.reposts(), a.reposts())
          : b.createdAt().compareTo(a.createdAt()));
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < Math.min(limit, sorted.size()); i++) {
        ids.add(sorted.get(i).id());
      }
      return ids;
    }

    /** Someone who reshared post {@code postId}. */
    void resharedBy(String postId, TwitterJson.User u) {
      addEngagement(postId, ReactionKind.RESHARE, u);
    }

    /** A mention: a reply to one of the window's posts is a comment, a quote a reshare. */
    void mention(TwitterJson.Tweet mention, Map<String, TwitterJson.User> authors) {
      if (mention.authorId() == null || mention.authorId().equals(user.id())
          || window.isAfter(mention.createdAt())) {
        return; // the person's own, or the future of a score as of the past
      }
      TwitterJson.User author = authors.get(mention.authorId());
      if (author == null) {
        return;
      }
      for (TwitterJson.Reference r : mention.references()) {
        if (r.type().equals("replied_to")) {
          addEngagement(r.id(), ReactionKind.COMMENT, author);
        } else if (r.type().equals("quoted")) {
          addEngagement(r.id(), ReactionKind.RESHARE, author);
        }
      }
    }

    private void addEngagement(String postId, ReactionKind kind, TwitterJson.User u) {
      TwitterJson.Tweet post = posts.get(postId);
      if (post == null) {
        return;
      }
      List<dev.klout.Engagement> list = engagements.computeIfAbsent(postId, k -> new ArrayList<>());
      long known = list.stream().filter(e -> e.kind() == kind).count();
      long total = kind == ReactionKind.RESHARE
          ? (post.reposts() < 0 ? -1 : post.reposts() + Math.max(0, post.quotes()))
          : post.replies();
      if (known >= total) { // a hidden count (-1) can have no known reactions either
        return; // the public count is the truth; never claim more known reactions than it has
      }
      Actor actor = actors.computeIfAbsent(u.id(), id -> actor(u, asOf));
      list.add(new dev.klout.Engagement(kind, actor));
    }

    Account build() {
      Account.Builder account = Account.on(TwitterSignals.NETWORK).id(user.id())
          .visibility(Visibility.PUBLIC)
          .audience(user.followers()).following(user.following())
          .fact(LISTED, user.listed()).fact(POSTS, user.posts());
      for (TwitterJson.Tweet t : posts.values()) {
        // A quote is a reshare that adds commentary: both pass the post on. A count the API left
        // out is hidden, never none (B7).
        Post.Builder post = Post.at(t.createdAt()).topics(t.hashtags());
        if (t.reposts() == TwitterJson.Tweet.UNKNOWN) {
          post.hidden(ReactionKind.RESHARE);
        } else {
          long quotes = Math.max(0, t.quotes());
          post.reshares(t.reposts() + quotes).quotes(quotes);
        }
        countOrHidden(post, ReactionKind.COMMENT, t.replies());
        countOrHidden(post, ReactionKind.LIKE, t.likes());
        countOrHidden(post, ReactionKind.VIEW, t.impressions());
        for (dev.klout.Engagement e : engagements.getOrDefault(t.id(), List.of())) {
          post.engagement(e.kind(), e.actor());
        }
        account.post(post.build());
      }
      replies.forEach(account::reply);
      return account.build();
    }

    private static void countOrHidden(Post.Builder post, ReactionKind kind, long count) {
      if (count == TwitterJson.Tweet.UNKNOWN) {
        post.hidden(kind);
      } else {
        post.count(kind, count);
      }
    }
  }
}
