package dev.klout.testkit;

import static dev.klout.testkit.ModelFixtures.AS_OF;
import static dev.klout.testkit.ModelFixtures.daysAgo;

import dev.klout.Account;
import dev.klout.Actor;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.ReactionKind;
import dev.klout.Reply;
import dev.klout.Visibility;
import java.util.LinkedHashMap;
import java.util.Map;

/** The profiles whose exact scores are pinned in {@code golden-v1.tsv}, by name. */
final class GoldenProfiles {
  private GoldenProfiles() {}

  static Map<String, Profile> all() {
    Map<String, Profile> all = new LinkedHashMap<>();
    all.put("small-engaged-creator", smallEngagedCreator());
    all.put("large-silent-account", largeSilentAccount());
    all.put("celebrity-like", celebrityLike());
    all.put("private", privateAccount());
    all.put("opted-out", smallEngagedCreator().toBuilder().optedOut(true).build());
    all.put("follow-back-farmer", farmer());
    all.put("spiky-poster", spiky());
    ReferencePopulation standard = ReferencePopulation.standard();
    for (int i = 0; i < 16; i++) {
      all.put("reference-" + i, standard.profile(i));
    }
    ReferencePopulation other = ReferencePopulation.withSeed(424242);
    for (int i = 0; i < 4; i++) {
      all.put("reference-424242-" + i, other.profile(1_000 + i));
    }
    return all;
  }

  /** {@link #all()} and the gamed profiles that model v2's golden file pins besides. */
  static Map<String, Profile> allWithGamed() {
    Map<String, Profile> all = all();
    all.put("bot-boosted", Gaming.botBoosted());
    all.put("pod-member", Gaming.podMember());
    all.put("one-hit", Gaming.oneHit());
    all.put("hidden-likes-channel", Gaming.hiddenLikesChannel());
    all.put("unwatched-channel", Gaming.unwatchedChannel());
    return all;
  }

  /** 800 followers, focused, conversational, reactions from selective peers. */
  static Profile smallEngagedCreator() {
    Account.Builder b = Account.on("twitter").audience(800).following(350)
        .fact("twitter.listed", 12);
    for (int p = 0; p < 45; p++) {
      Post.Builder post = Post.at(daysAgo(0.7 + p * 1.95)).reshares(6 + p % 5).comments(4 + p % 3)
          .likes(35 + p % 11).views(900 + 13 * p).topic(p % 4 == 0 ? "typescript" : "rust");
      for (int k = 0; k < 4; k++) {
        int peer = (p + k * 7) % 60;
        post.engagement(k == 0 ? ReactionKind.RESHARE : ReactionKind.COMMENT,
            Actor.of("peer-" + peer, 35 + (peer * 7) % 30, 2.5 + peer % 4));
      }
      b.post(post.build());
      b.reply(Reply.to("peer-" + ((p + 7) % 60), daysAgo(0.6 + p * 1.95)));
    }
    return Profile.builder("small-engaged-creator", AS_OF).account(b.build()).build();
  }

  /** Two million followers who never react. */
  static Profile largeSilentAccount() {
    Account.Builder b = Account.on("twitter").audience(2_000_000).following(1_200);
    for (int p = 0; p < 60; p++) {
      b.post(Post.at(daysAgo(1 + p * 1.45)).views(3_000 + p).topic("promo-" + p % 9).build());
    }
    return Profile.builder("large-silent-account", AS_OF).account(b.build()).build();
  }

  static Profile celebrityLike() {
    return ReferenceProfiles.celebrity();
  }

  /** An engaged but protected account. */
  static Profile privateAccount() {
    Account engaged = smallEngagedCreator().accounts().get("twitter").toBuilder()
        .visibility(Visibility.PRIVATE).build();
    return Profile.builder("private", AS_OF).account(engaged).build();
  }

  static Profile farmer() {
    Account.Builder b = Account.on("twitter").audience(48_000).following(49_500);
    for (int p = 0; p < 200; p++) {
      b.post(Post.at(daysAgo(p * 0.44)).topic("followback").build());
    }
    return Profile.builder("follow-back-farmer", AS_OF).account(b.build()).build();
  }

  /** The small creator's reactions, all on posts of one afternoon. */
  static Profile spiky() {
    Account.Builder b = Account.on("twitter").audience(800).following(350);
    for (Post p : smallEngagedCreator().accounts().get("twitter").posts()) {
      b.post(Transforms.retimed(p, daysAgo(30 + p.likes() / 1000.0)).build());
    }
    return Profile.builder("spiky-poster", AS_OF).account(b.build()).build();
  }
}
