package dev.klout.youtube;

import dev.klout.Account;
import dev.klout.Actor;
import dev.klout.Post;
import dev.klout.ReactionKind;
import dev.klout.Reply;
import dev.klout.fetch.FetchWindow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns what the API said about a channel into a klout-core account. */
final class YouTubeMapper {
  /** Fact: 1 when the channel hides its subscriber count (the audience is then 0). */
  static final String SUBSCRIBERS_HIDDEN = "youtube.subscribers_hidden";
  /** Fact: the channel's lifetime views. */
  static final String LIFETIME_VIEWS = "youtube.views";
  /** Fact: the channel's lifetime video count. */
  static final String VIDEOS = "youtube.videos";

  /**
   * A commenter, who the API names but does not describe (looking up each commenter's channel
   * would cost a quota unit apiece): counted as an average actor, influence 40 and five reactions
   * a day.
   */
  static Actor commenter(String channelId) {
    return Actor.of(channelId, 40, 5);
  }

  private YouTubeMapper() {}

  /** Accumulates one channel's window, then builds the account. */
  static final class Builder {
    private final YouTubeJson.Channel channel;
    private final FetchWindow window;
    private final Map<String, YouTubeJson.Video> videos = new LinkedHashMap<>();
    private final Map<String, List<YouTubeJson.Thread>> threads = new HashMap<>();

    Builder(YouTubeJson.Channel channel, FetchWindow window) {
      this.channel = channel;
      this.window = window;
    }

    /** A video, if published in the window. */
    void video(YouTubeJson.Video v) {
      if (window.contains(v.publishedAt())) {
        videos.putIfAbsent(v.id(), v);
      }
    }

    void threads(String videoId, List<YouTubeJson.Thread> list) {
      threads.computeIfAbsent(videoId, k -> new ArrayList<>()).addAll(list);
    }

    /** The videos worth spending comment lookups on: most viewed first, with comments on. */
    List<String> mostViewedWithComments(int limit) {
      List<YouTubeJson.Video> sorted = new ArrayList<>(videos.values());
      sorted.removeIf(v -> v.comments() == null || v.comments() == 0);
      sorted.sort((a, b) -> a.views() != b.views()
          ? Long.compare(b.views(), a.views())
          : a.id().compareTo(b.id()));
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < Math.min(limit, sorted.size()); i++) {
        ids.add(sorted.get(i).id());
      }
      return ids;
    }

    Account build() {
      Account.Builder account = Account.on(YouTubeSignals.NETWORK).id(channel.id())
          .audience(channel.subscribers() == null ? 0 : channel.subscribers())
          .following(0)
          .fact(SUBSCRIBERS_HIDDEN, channel.subscribersHidden() ? 1 : 0)
          .fact(LIFETIME_VIEWS, channel.views())
          .fact(VIDEOS, channel.videos());
      for (YouTubeJson.Video v : videos.values()) {
        // Likes hidden by the creator and comments turned off are absent: unknown, not none (B7).
        long comments = v.comments() == null ? 0 : v.comments();
        Post.Builder post = Post.at(v.publishedAt()).views(v.views()).topics(v.topics());
        if (v.likes() == null) {
          post.hidden(ReactionKind.LIKE);
        } else {
          post.likes(v.likes());
        }
        if (v.comments() == null) {
          post.hidden(ReactionKind.COMMENT);
        } else {
          post.comments(comments);
        }
        long known = 0;
        for (YouTubeJson.Thread t : threads.getOrDefault(v.id(), List.of())) {
          if (t.authorChannelId().equals(channel.id()) || window.isAfter(t.publishedAt())) {
            continue; // the creator's own comment is no reaction; a later one is the future
          }
          if (known < comments) {
            post.engagement(ReactionKind.COMMENT, commenter(t.authorChannelId()));
            known++;
          }
          for (YouTubeJson.ReplyByAuthor r : t.replies()) {
            if (r.authorChannelId().equals(channel.id()) && !window.isAfter(r.publishedAt())) {
              account.reply(Reply.to(t.authorChannelId(), r.publishedAt()));
            }
          }
        }
        account.post(post.build());
      }
      return account.build();
    }
  }
}
