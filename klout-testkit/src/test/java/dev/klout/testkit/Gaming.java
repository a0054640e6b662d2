package dev.klout.testkit;

import static dev.klout.testkit.ModelFixtures.AS_OF;
import static dev.klout.testkit.ModelFixtures.daysAgo;

import dev.klout.Account;
import dev.klout.Actor;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.ReactionKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The gaming of SCORING-PRINCIPLES G1-G3 applied to an account, as an adapter would see it: bots
 * and pod members are known actors on the posts they react to; a spike is reactions on one post.
 */
final class Gaming {
  private Gaming() {}

  /**
   * A bought pack (G1): {@code bots} accounts with a handful of followers that each like and
   * reshare every post and give {@code perDay} reactions a day across their customers; the network
   * names them, as it does resharers and likers. (Where it names none of them, the model can only
   * judge the anonymous reactions by the known ones: klout-validation measures that case.)
   */
  static Account withBots(Account account, int bots, double perDay) {
    List<Actor> pack = new ArrayList<>();
    for (int b = 0; b < bots; b++) {
      pack.add(Actor.of("bot-" + b, 16.0, perDay));
    }
    Account reshared = react(account, pack, ReactionKind.RESHARE, false);
    return react(reshared, pack, ReactionKind.LIKE, false);
  }

  /**
   * An engagement pod (G2): {@code members} real people, selective elsewhere ({@code perDay}
   * reactions a day) and of ordinary influence, who like and comment on every post.
   */
  static Account withPod(Account account, int members, double perDay) {
    List<Actor> pod = new ArrayList<>();
    for (int m = 0; m < members; m++) {
      pod.add(Actor.of("pod-" + m, 40.0, perDay));
    }
    return react(account, pod, ReactionKind.COMMENT, true);
  }

  /**
   * The reactions of {@link #withPod} from different people on every post: {@code perPost} new
   * commenters who also like, each once.
   */
  static Account withCrowd(Account account, int perPost, double perDay) {
    Account.Builder b = account.toBuilder().clearPosts();
    for (int i = 0; i < account.posts().size(); i++) {
      Post p = account.posts().get(i);
      Post.Builder post = p.toBuilder().likes(p.likes() + perPost)
          .comments(p.comments() + perPost);
      for (int k = 0; k < perPost; k++) {
        post.engagement(ReactionKind.COMMENT, Actor.of("fan-" + i + "-" + k, 40.0, perDay));
      }
      b.post(post.build());
    }
    return b.build();
  }

  /** Each actor gives a known reaction of {@code kind} (and, if {@code alsoLike}, a like). */
  private static Account react(Account account, List<Actor> actors, ReactionKind kind,
      boolean alsoLike) {
    Account.Builder b = account.toBuilder().clearPosts();
    for (Post p : account.posts()) {
      Post.Builder post = p.toBuilder();
      if (alsoLike && kind != ReactionKind.LIKE) {
        post.likes(p.likes() + actors.size());
      }
      post.count(kind, p.count(kind) + actors.size());
      for (Actor a : actors) {
        post.engagement(kind, a);
      }
      b.post(post.build());
    }
    return b.build();
  }

  /** One post of the window (the newest) gets {@code likes} more likes: a one-hit spike (G3). */
  static Account withSpike(Account account, long likes) {
    Account.Builder b = account.toBuilder().clearPosts();
    List<Post> posts = account.posts();
    for (int i = 0; i < posts.size(); i++) {
      Post p = posts.get(i);
      b.post(i == posts.size() - 1 ? p.toBuilder().likes(p.likes() + likes).build() : p);
    }
    return b.build();
  }

  /** The same {@code likes} spread as evenly as whole likes go over every post. */
  static Account withSpread(Account account, long likes) {
    Account.Builder b = account.toBuilder().clearPosts();
    List<Post> posts = account.posts();
    int n = posts.size();
    for (int i = 0; i < n; i++) {
      Post p = posts.get(i);
      long share = likes / n + (i < likes % n ? 1 : 0);
      b.post(p.toBuilder().likes(p.likes() + share).build());
    }
    return b.build();
  }

  /** The golden file's gamed profiles. */
  static Profile botBoosted() {
    Account organic = GoldenProfiles.smallEngagedCreator().accounts().get("twitter");
    return Profile.builder("bot-boosted", AS_OF).account(withBots(organic, 400, 300)).build();
  }

  static Profile podMember() {
    Account organic = GoldenProfiles.smallEngagedCreator().accounts().get("twitter");
    return Profile.builder("pod-member", AS_OF).account(withPod(organic, 20, 8)).build();
  }

  static Profile oneHit() {
    Account organic = GoldenProfiles.smallEngagedCreator().accounts().get("twitter");
    return Profile.builder("one-hit", AS_OF).account(withSpike(organic, 40_000)).build();
  }

  /**
   * A YouTube channel of 50,000 subscribers with likes hidden and comments off, 3 million views in
   * the window (B7): unknown reactions, not none.
   */
  static Profile hiddenLikesChannel() {
    Account.Builder b = Account.on("youtube").audience(50_000).following(0);
    for (int v = 0; v < 12; v++) {
      b.post(Post.at(daysAgo(3 + v * 7)).views(250_000).topic("science")
          .hidden(ReactionKind.LIKE).hidden(ReactionKind.COMMENT).build());
    }
    return Profile.builder("hidden-likes-channel", AS_OF).account(b.build()).build();
  }

  /** A YouTube channel of 2 million subscribers that nobody watches or reacts to. */
  static Profile unwatchedChannel() {
    Account.Builder b = Account.on("youtube").audience(2_000_000).following(0);
    for (int v = 0; v < 12; v++) {
      b.post(Post.at(daysAgo(3 + v * 7)).views(900).likes(2).topic("promo").build());
    }
    return Profile.builder("unwatched-channel", AS_OF).account(b.build()).build();
  }
}
