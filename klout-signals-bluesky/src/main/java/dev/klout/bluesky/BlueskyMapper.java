package dev.klout.bluesky;

import dev.klout.Account;
import dev.klout.Actor;
import dev.klout.Post;
import dev.klout.ReactionKind;
import dev.klout.Reply;
import dev.klout.fetch.FetchWindow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Turns what the AppView said about a person into a klout-core account. */
final class BlueskyMapper {
  /** Fact: the person's lifetime post count. */
  static final String POSTS = "bluesky.posts";

  private BlueskyMapper() {}

  /** Accumulates one person's window, then builds the account. */
  static final class Builder {
    private final BlueskyJson.Profile person;
    private final FetchWindow window;
    private final Map<String, BlueskyJson.FeedItem> posts = new LinkedHashMap<>();
    // Per post, the reactions whose actor is known: (kind, did), described once profiles are read.
    private final Map<String, List<Object[]>> reactions = new HashMap<>();
    private final Map<String, Actor> actors = new HashMap<>();
    private final List<Reply> replies = new ArrayList<>();

    Builder(BlueskyJson.Profile person, FetchWindow window) {
      this.person = person;
      this.window = window;
    }

    /**
     * Takes a feed item: the person's own posts (their threads included) become posts; a reply to
     * someone else is a conversation (R6); a repost is someone else's post.
     */
    void feed(BlueskyJson.FeedItem item) {
      if (item.repost() || !item.authorDid().equals(person.did())
          || !window.contains(item.createdAt())) {
        return;
      }
      String to = item.replyToDid();
      if (to != null && !to.equals(person.did())) {
        if (!to.isEmpty()) {
          replies.add(Reply.to(to, item.createdAt()));
        }
        return;
      }
      posts.putIfAbsent(item.uri(), item);
    }

    /** Whether the feed has passed the window's start: an own post older than it. */
    boolean before(BlueskyJson.FeedItem item) {
      return !item.repost() && item.createdAt().isBefore(window.start());
    }

    /** The posts worth reactor lookups: most reposts and likes first, newest on ties. */
    List<String> mostReacted(int limit) {
      return top(limit, Comparator.comparingLong(
          (BlueskyJson.FeedItem p) -> p.reposts() + p.likes()).reversed(), p -> p.reposts()
          + p.likes() > 0);
    }

    /** The posts worth a thread lookup: most replies first. */
    List<String> mostReplied(int limit) {
      return top(limit, Comparator.comparingLong(BlueskyJson.FeedItem::replies).reversed(),
          p -> p.replies() > 0);
    }

    private List<String> top(int limit, Comparator<BlueskyJson.FeedItem> order,
        java.util.function.Predicate<BlueskyJson.FeedItem> worth) {
      List<BlueskyJson.FeedItem> sorted = new ArrayList<>(posts.values());
      sorted.removeIf(worth.negate());
      sorted.sort(order.thenComparing(BlueskyJson.FeedItem::createdAt,
          Comparator.reverseOrder()));
      List<String> uris = new ArrayList<>();
      for (int i = 0; i < Math.min(limit, sorted.size()); i++) {
        uris.add(sorted.get(i).uri());
      }
      return uris;
    }

    void reaction(String uri, ReactionKind kind, String did) {
      if (!did.equals(person.did()) && posts.containsKey(uri)) {
        reactions.computeIfAbsent(uri, k -> new ArrayList<>()).add(new Object[] {kind, did});
      }
    }

    /** A reply under one of the posts: a comment, and a conversation where the person answered. */
    void threadReply(String uri, BlueskyJson.ThreadReply r) {
      if (r.authorDid().equals(person.did()) || window.isAfter(r.createdAt())) {
        return; // the person's own, or the future of a score as of the past
      }
      reaction(uri, ReactionKind.COMMENT, r.authorDid());
      for (var at : r.answeredByAuthorAt()) {
        if (!window.isAfter(at)) {
          replies.add(Reply.to(r.authorDid(), at));
        }
      }
    }

    /** The reactors whose profiles are needed, sorted. */
    List<String> reactors() {
      TreeSet<String> dids = new TreeSet<>();
      reactions.values().forEach(list -> list.forEach(r -> dids.add((String) r[1])));
      return List.copyOf(dids);
    }

    void describe(BlueskyJson.Profile p) {
      actors.put(p.did(), Actor.estimated(p.did(), p.followers(), p.posts(), p.createdAt(),
          window.end(), false).withHandle(p.handle()));
    }

    Account build() {
      Account.Builder account = Account.on(BlueskySignals.NETWORK).id(person.did())
          .audience(person.followers()).following(person.follows())
          .fact(POSTS, person.posts());
      for (BlueskyJson.FeedItem p : posts.values()) {
        // A quote passes the post on with commentary: a reshare, and one of the post's quotes.
        // Bluesky publishes no view counts: unknown, never none (B7).
        Post.Builder post = Post.at(p.createdAt()).reshares(p.reposts() + p.quotes())
            .quotes(p.quotes()).comments(p.replies()).likes(p.likes()).topics(p.tags())
            .hidden(ReactionKind.VIEW);
        Map<ReactionKind, Long> known = new HashMap<>();
        TreeSet<String> seen = new TreeSet<>();
        for (Object[] r : reactions.getOrDefault(p.uri(), List.of())) {
          ReactionKind kind = (ReactionKind) r[0];
          Actor actor = actors.get((String) r[1]);
          long limit = kind == ReactionKind.RESHARE ? p.reposts()
              : kind == ReactionKind.COMMENT ? p.replies() : p.likes();
          // The public count is the truth: never more known reactions of a kind than it has.
          if (actor == null || known.getOrDefault(kind, 0L) >= limit
              || !seen.add(kind + " " + actor.id())) {
            continue;
          }
          known.merge(kind, 1L, Long::sum);
          post.engagement(kind, actor);
        }
        account.post(post.build());
      }
      replies.forEach(account::reply);
      return account.build();
    }
  }
}
