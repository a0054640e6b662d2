package dev.klout;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Concrete findings about a score, drawn from the person's own data, in the order of the tips of
 * the article Klout grew from ({@link #ARTICLE}): engagement over volume, relationships,
 * influencers, content for the audience, and monitoring.
 *
 * <p>They are read from the aggregates the score itself was made of (the organic reactions by
 * week and topic, the per-actor counts, the hidden counts): a finding can never disagree with the
 * score it explains. Each names the network and the numbers behind it, so a reader can check it.
 *
 * <pre>{@code
 * Score score = scorer.score(profile);
 * for (Insight insight : Insights.of(profile, score)) {
 *   show(insight.network(), insight.message());
 * }
 * }</pre>
 */
public final class Insights {
  /** The article whose five tips the findings follow. */
  public static final String ARTICLE = "What You Need to Know About Klout Scores";

  /** The recent part of the window that reactions per post are compared on: four weeks. */
  static final int RECENT_WEEKS = 4;
  /** Influence from which a reactor counts as influential: the top few percent of the scale. */
  static final double INFLUENTIAL = 60;
  /** An audience from which reactions per 1,000 of it are worth telling. */
  static final long AUDIENCE_WORTH_READING = 1_000;
  /** Below this many reactions per post per 1,000 followers, the audience is silent. */
  static final double SILENT_PER_THOUSAND = 1;
  /** From this many, the audience is engaged. */
  static final double ENGAGED_PER_THOUSAND = 20;
  /** A change of reactions per post smaller than this is "steady". */
  static final double STEADY = 0.10;
  /** How many of the most reshared posts are read for conversations, as adapters look them up. */
  static final int MOST_RESHARED = 5;

  private Insights() {}

  /**
   * The findings about {@code score}, which must be the score of {@code profile} (same person, same
   * instant). A person who opted out has none.
   *
   * @throws IllegalArgumentException if the score is of another person or instant
   */
  public static List<Insight> of(Profile profile, Score score) {
    Checks.notNull("profile", profile);
    Checks.notNull("score", score);
    checkArgument(profile.id().equals(score.profileId()) && profile.asOf().equals(score.asOf()),
        "score is of '%s' as of %s, not of profile '%s' as of %s", score.profileId(),
        score.asOf(), profile.id(), profile.asOf());
    if (!score.isScored()) {
      return List.of();
    }
    List<Insight> out = new ArrayList<>();
    for (Account account : profile.accounts().values()) {
      String n = account.network();
      @Nullable Exclusion excluded = excluded(score, n);
      if (excluded != null) {
        out.add(excluded.reason() == Exclusion.Reason.PRIVATE
            ? new Insight(Insight.Kind.PRIVATE, n, 0, "the account is private, so it adds"
                + " nothing; only public activity counts")
            : new Insight(Insight.Kind.NO_ACTIVITY, n, 0, "nothing was posted in the last 90"
                + " days, so the account adds nothing; the score reads a rolling 90-day window"));
        continue;
      }
      AccountWindow w = AccountWindow.of(account, profile.asOf());
      OrganicWindow o = w.organic();
      engagement(score, w, o, out);
      relationships(w, o, out);
      influencers(w, o, out);
      focus(w, o, out);
      consistency(w, o, out);
    }
    out.add(new Insight(Insight.Kind.MONITOR, null, 5, "score again as the weeks go by and"
        + " compare: each network's and each signal's share shows what moved"));
    return Collections.unmodifiableList(out);
  }

  private static @Nullable Exclusion excluded(Score score, String network) {
    for (Exclusion e : score.exclusions()) {
      if (e.network().equals(network)) {
        return e;
      }
    }
    return null;
  }

  private static void engagement(Score score, AccountWindow w, OrganicWindow o,
      List<Insight> out) {
    String n = w.network();
    int reshares = score.hiddenPosts(n, ReactionKind.RESHARE);
    int comments = score.hiddenPosts(n, ReactionKind.COMMENT);
    int likes = score.hiddenPosts(n, ReactionKind.LIKE);
    if (reshares + comments + likes > 0) {
      // B7: hidden counts are unknown; reactions per post would read them as none.
      out.add(new Insight(Insight.Kind.HIDDEN_COUNTS, n, 0, String.format(Locale.ROOT,
          "the network hides some counts (likes on %,d, comments on %,d, reshares on %,d of %,d"
              + " posts): the score estimates them from the views, but reactions per post need"
              + " them shown", likes, comments, reshares, w.postCount())));
      return;
    }
    // The posts of each week, by the weeks the model's weekly reactions were summed in.
    int[] weeklyPosts = new int[AccountWindow.WEEKS];
    long asOf = w.asOf().getEpochSecond();
    int postWeek = AccountWindow.WEEKS - 1;
    for (Post p : w.posts()) {
      postWeek = AccountWindow.weekOf(asOf - p.at().getEpochSecond(), postWeek);
      weeklyPosts[postWeek]++;
    }
    int recentPosts = 0;
    int earlierPosts = 0;
    double recent = 0;
    double earlier = 0;
    for (int week = 0; week < AccountWindow.WEEKS; week++) {
      if (week < RECENT_WEEKS) {
        recentPosts += weeklyPosts[week];
        recent += o.weekly[week];
      } else {
        earlierPosts += weeklyPosts[week];
        earlier += o.weekly[week];
      }
    }
    if (recentPosts == 0 && earlierPosts > 0) {
      out.add(new Insight(Insight.Kind.GOING_QUIET, n, 1, String.format(Locale.ROOT,
          "no posts in the last %d weeks; your %,d earlier posts drop out of the 90-day window"
              + " soon, and the score with them", RECENT_WEEKS, earlierPosts)));
    } else if (recentPosts > 0 && earlierPosts > 0 && earlier > 0) {
      double before = earlier / earlierPosts;
      double now = recent / recentPosts;
      double change = now / before - 1;
      String what = Math.abs(change) < STEADY
          ? String.format(Locale.ROOT, "held steady at %.1f", now)
          : String.format(Locale.ROOT, "%s %.0f%%, to %.1f on %,d posts against %.1f on %,d"
              + " posts before", change < 0 ? "fell" : "rose", 100 * Math.abs(change), now,
              recentPosts, before, earlierPosts);
      out.add(new Insight(Insight.Kind.REACTIONS_PER_POST, n, 1, String.format(Locale.ROOT,
          "your reactions per post %s over the last %d weeks (organic reactions, a reshare"
              + " counting 3, a comment 2, a like 1)", what, RECENT_WEEKS)));
    }
    long audience = w.account().audience();
    int posts = w.postCount();
    if (audience >= AUDIENCE_WORTH_READING && posts > 0) {
      double reactions = (double) w.reactions(ReactionKind.RESHARE)
          + w.reactions(ReactionKind.COMMENT) + w.reactions(ReactionKind.LIKE);
      double perThousand = reactions / posts * 1000 / audience;
      if (perThousand < SILENT_PER_THOUSAND) {
        out.add(new Insight(Insight.Kind.AUDIENCE_RESPONSE, n, 1, String.format(Locale.ROOT,
            "an audience of %,d, but %.2f reactions per post for every 1,000 of them: followers"
                + " who never react add almost nothing, a smaller audience that reacts counts"
                + " for more", audience, perThousand)));
      } else if (perThousand >= ENGAGED_PER_THOUSAND) {
        out.add(new Insight(Insight.Kind.AUDIENCE_RESPONSE, n, 1, String.format(Locale.ROOT,
            "%.0f reactions per post for every 1,000 in your audience: an audience that reacts"
                + " is what the score rewards most", perThousand)));
      }
    }
  }

  private static void relationships(AccountWindow w, OrganicWindow o, List<Insight> out) {
    // The model's per-actor counters: reactions, comments, replies to them, reshares.
    int[] perActor = o.perActor;
    Set<String> answered = new HashSet<>();
    for (Reply r : w.replies()) {
      answered.add(r.toActorId());
    }
    int commenters = 0;
    int twoWay = 0;
    for (int a = 0; 4 * a < perActor.length; a++) {
      if (perActor[4 * a + 1] > 0) {
        commenters++;
        if (perActor[4 * a + 2] > 0) {
          twoWay++;
        }
      }
    }
    String n = w.network();
    if (answered.isEmpty() && commenters > 0) {
      out.add(new Insight(Insight.Kind.CONVERSATIONS, n, 2, String.format(Locale.ROOT,
          "%,d %s commented on your posts and you replied to none of them; answering builds"
              + " the two-way relationships the score counts", commenters, people(commenters))));
    } else if (!answered.isEmpty()) {
      out.add(new Insight(Insight.Kind.CONVERSATIONS, n, 2, String.format(Locale.ROOT,
          "you replied to %,d %s; %,d of those exchanges went both ways (they comment on your"
              + " posts too), and those are the ones that count", answered.size(),
          people(answered.size()), twoWay)));
      mostReshared(w, answered, out);
    }
  }

  private static String people(int count) {
    return count == 1 ? "person" : "people";
  }

  /** How many of the most reshared posts had a conversation the person took part in. */
  private static void mostReshared(AccountWindow w, Set<String> answered, List<Insight> out) {
    List<Post> reshared = new ArrayList<>();
    for (Post p : w.posts()) {
      if (p.reshares() > 0) {
        reshared.add(p);
      }
    }
    // Most reshared first, the newest on ties, as an adapter picks posts to look up.
    reshared.sort(Comparator.comparingLong(Post::reshares).reversed()
        .thenComparing(Post::at, Comparator.reverseOrder()));
    List<Post> top = reshared.subList(0, Math.min(MOST_RESHARED, reshared.size()));
    if (top.size() < 2) {
      return;
    }
    int conversed = 0;
    for (Post p : top) {
      for (Engagement e : p.engagements()) {
        if (e.kind() == ReactionKind.COMMENT && answered.contains(e.actor().id())) {
          conversed++;
          break;
        }
      }
    }
    out.add(new Insight(Insight.Kind.CONVERSATION_AND_RESHARES, w.network(), 2,
        String.format(Locale.ROOT, "%d of your %d most reshared posts had a conversation you"
            + " took part in (you answered someone who commented on it)%s", conversed,
            top.size(), conversed * 2 > top.size() ? "; conversation draws reshares" : "")));
  }

  private static void influencers(AccountWindow w, OrganicWindow o, List<Insight> out) {
    Account account = w.account();
    int known = 0;
    int influential = 0;
    int best = -1;
    double least = Double.POSITIVE_INFINITY;
    double most = Double.NEGATIVE_INFINITY;
    for (int a = 0; 4 * a < o.perActor.length; a++) {
      if (o.perActor[4 * a] == 0) {
        continue;
      }
      double influence = account.actors[a].influence();
      known++;
      least = Math.min(least, influence);
      most = Math.max(most, influence);
      if (influence >= INFLUENTIAL) {
        influential++;
        // Actors are in id order, so the first of the most influential wins ties.
        if (best < 0 || influence > account.actors[best].influence()) {
          best = a;
        }
      }
    }
    if (known == 0 || least == most) {
      return; // the network does not say who is influential (YouTube's commenters): nothing to say
    }
    String n = w.network();
    if (best < 0) {
      out.add(new Insight(Insight.Kind.INFLUENTIAL_REACTORS, n, 3, String.format(Locale.ROOT,
          "none of the %,d known people who reacted has influence %.0f or more; a reaction from"
              + " one weighs %.0fx an average account's, so engage the influencers of your field",
          known, INFLUENTIAL, AccountWindow.actorWeight(INFLUENTIAL))));
      return;
    }
    Actor top = account.actors[best];
    out.add(new Insight(Insight.Kind.INFLUENTIAL_REACTORS, n, 3, String.format(Locale.ROOT,
        "%,d of the %,d known people who reacted are influential (%.0f or more), most of all %s"
            + " (%.0f), whose reactions weigh %.0fx an average account's", influential, known,
        INFLUENTIAL, top.name(), top.influence(), account.actorInfluenceWeight[best])));
  }

  private static void focus(AccountWindow w, OrganicWindow o, List<Insight> out) {
    if (o.topics.length == 0 || o.reactions <= 0 || o.focused <= 0) {
      return;
    }
    Integer[] order = new Integer[o.topics.length];
    for (int t = 0; t < order.length; t++) {
      order[t] = t;
    }
    // Most reactions first, then name order (the topics are in name order).
    java.util.Arrays.sort(order, Comparator.comparingDouble((Integer t) -> o.topics[t]).reversed()
        .thenComparingInt(t -> t));
    List<String> top = new ArrayList<>();
    for (int i = 0; i < Math.min(3, order.length) && o.topics[order[i]] > 0; i++) {
      top.add(w.account().topicNames[order[i]]);
    }
    out.add(new Insight(Insight.Kind.TOPIC_FOCUS, w.network(), 4, String.format(Locale.ROOT,
        "%.0f%% of your reactions came on %s: content specific to your audience holds it",
        100 * o.focused / o.reactions, String.join(", ", top))));
  }

  private static void consistency(AccountWindow w, OrganicWindow o, List<Insight> out) {
    int active = 0;
    for (double week : o.weekly) {
      if (week > 0) {
        active++;
      }
    }
    if (active < AccountWindow.WEEKS) {
      out.add(new Insight(Insight.Kind.CONSISTENCY, w.network(), 0, String.format(Locale.ROOT,
          "reactions came in %d of the last %d weeks; the same activity spread over more weeks"
              + " counts for more than bursts", active, AccountWindow.WEEKS)));
    }
  }
}
