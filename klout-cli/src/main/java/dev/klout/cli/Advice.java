package dev.klout.cli;

import dev.klout.Account;
import dev.klout.AccountWindow;
import dev.klout.Actor;
import dev.klout.Engagement;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.ReactionKind;
import dev.klout.Reply;
import dev.klout.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Concrete advice drawn from a person's own data, one line per finding, in the order of the
 * article's five tips: engagement over volume, relationships, influencers, focus, and monitoring.
 * Each line names the network and the numbers behind it, so a reader can check it.
 */
final class Advice {
  static final Duration RECENT = Duration.ofDays(30);
  /** Influence from which an actor counts as an influencer: the top few percent of the scale. */
  static final double INFLUENTIAL = 60;

  private Advice() {}

  static List<String> of(Profile profile) {
    List<String> lines = new ArrayList<>();
    for (Account account : profile.accounts().values()) {
      if (account.visibility() != Visibility.PUBLIC) {
        lines.add(account.network() + ": the account is private, so it adds nothing; only public"
            + " activity counts");
        continue;
      }
      AccountWindow w = AccountWindow.of(account, profile.asOf());
      if (!w.hasActivity()) {
        lines.add(account.network() + ": nothing was posted in the last 90 days, so the account"
            + " adds nothing; the score reads a rolling 90-day window");
        continue;
      }
      engagement(w, lines);
      relationships(w, lines);
      influencers(w, lines);
      focus(w, lines);
      consistency(w, lines);
    }
    lines.add("Save each score with 'klout score --save' and follow it with 'klout history "
        + profile.id() + "' (tip 5: monitor your account)");
    return lines;
  }

  private static long reactions(Post p) {
    return p.reshares() + p.comments() + p.likes();
  }

  private static void engagement(AccountWindow w, List<String> lines) {
    String n = w.network();
    int hiddenLikes = w.hiddenPosts(ReactionKind.LIKE);
    int hiddenComments = w.hiddenPosts(ReactionKind.COMMENT);
    int hiddenReshares = w.hiddenPosts(ReactionKind.RESHARE);
    if (hiddenLikes + hiddenComments + hiddenReshares > 0) {
      // B7: hidden counts are unknown; advice on reactions per post would read them as none.
      lines.add(String.format(Locale.ROOT, "%s: the network hides some counts (likes on %d,"
          + " comments on %d, reshares on %d of %d posts): the score estimates them from the views,"
          + " but advice on reactions per post needs them shown", n, hiddenLikes, hiddenComments,
          hiddenReshares, w.postCount()));
      return;
    }
    Instant recentStart = w.asOf().minus(RECENT);
    long recentReactions = 0;
    long earlierReactions = 0;
    int recentPosts = 0;
    int earlierPosts = 0;
    for (Post p : w.posts()) {
      if (p.at().isBefore(recentStart)) {
        earlierPosts++;
        earlierReactions += reactions(p);
      } else {
        recentPosts++;
        recentReactions += reactions(p);
      }
    }
    if (recentPosts == 0 && earlierPosts > 0) {
      lines.add(String.format(Locale.ROOT, "%s: no posts in the last 30 days; your %d earlier"
          + " posts drop out of the 90-day window soon, and the score with them", n,
          earlierPosts));
    } else if (recentPosts > 0 && earlierPosts > 0 && earlierReactions > 0) {
      double before = (double) earlierReactions / earlierPosts;
      double now = (double) recentReactions / recentPosts;
      double change = now / before - 1;
      if (Math.abs(change) >= 0.1) {
        lines.add(String.format(Locale.ROOT, "%s: your reactions per post %s %.0f%% in the last"
            + " 30 days (%.1f on %d posts, against %.1f on %d posts before)", n,
            change < 0 ? "fell" : "rose", 100 * Math.abs(change), now, recentPosts, before,
            earlierPosts));
      } else {
        lines.add(String.format(Locale.ROOT, "%s: your reactions per post held steady at %.1f"
            + " over the last 30 days", n, now));
      }
    }
    long audience = w.account().audience();
    int posts = w.postCount();
    if (audience >= 1_000 && posts > 0) {
      double perThousand = (double) (recentReactions + earlierReactions) / posts * 1000 / audience;
      if (perThousand < 1) {
        lines.add(String.format(Locale.ROOT, "%s: an audience of %,d, but %.2f reactions per post"
            + " for every 1,000 of them: followers who never react add almost nothing, a smaller"
            + " audience that reacts counts for more (tip 1)", n, audience, perThousand));
      } else if (perThousand >= 20) {
        lines.add(String.format(Locale.ROOT, "%s: %.0f reactions per post for every 1,000 in your"
            + " audience: an audience that reacts is what the score rewards most (tip 1)", n,
            perThousand));
      }
    }
  }

  private static void relationships(AccountWindow w, List<String> lines) {
    Set<String> commenters = new HashSet<>();
    for (Post p : w.posts()) {
      for (Engagement e : p.engagements()) {
        if (e.kind() == ReactionKind.COMMENT) {
          commenters.add(e.actor().id());
        }
      }
    }
    Set<String> answered = new HashSet<>();
    for (Reply r : w.replies()) {
      answered.add(r.toActorId());
    }
    int twoWay = 0;
    for (String a : answered) {
      if (commenters.contains(a)) {
        twoWay++;
      }
    }
    String n = w.network();
    if (answered.isEmpty() && !commenters.isEmpty()) {
      lines.add(String.format(Locale.ROOT, "%s: %d %s commented on your posts and you replied to"
          + " none of them; answering builds the two-way relationships the score counts"
          + " (tip 2)", n, commenters.size(), commenters.size() == 1 ? "person" : "people"));
    } else if (!answered.isEmpty()) {
      lines.add(String.format(Locale.ROOT, "%s: you replied to %d %s; %d of those exchanges went"
          + " both ways (they comment on your posts too), and those are the ones that count"
          + " (tip 2)", n, answered.size(), answered.size() == 1 ? "person" : "people", twoWay));
      mostReshared(w, answered, lines);
    }
  }

  /** How many of the most reshared posts had a conversation the person took part in. */
  private static void mostReshared(AccountWindow w, Set<String> answered, List<String> lines) {
    List<Post> reshared = new ArrayList<>();
    for (Post p : w.posts()) {
      if (p.reshares() > 0) {
        reshared.add(p);
      }
    }
    // Most reshared first, the newest on ties, as an adapter picks posts to look up.
    reshared.sort(Comparator.comparingLong(Post::reshares).reversed()
        .thenComparing(Post::at, Comparator.reverseOrder()));
    List<Post> top = reshared.subList(0, Math.min(5, reshared.size()));
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
    lines.add(String.format(Locale.ROOT, "%s: %d of your %d most reshared posts had a"
        + " conversation you took part in (you answered someone who commented on it)%s",
        w.network(), conversed, top.size(), conversed * 2 > top.size()
            ? "; conversation draws reshares (tip 2)" : ""));
  }

  private static void influencers(AccountWindow w, List<String> lines) {
    Map<String, Actor> known = new TreeMap<>();
    for (Post p : w.posts()) {
      for (Engagement e : p.engagements()) {
        known.put(e.actor().id(), e.actor());
      }
    }
    if (known.isEmpty() || sameInfluence(known.values())) {
      return; // the network does not say who is influential (YouTube's commenters): nothing to say
    }
    List<Actor> top = new ArrayList<>();
    for (Actor a : known.values()) {
      if (a.influence() >= INFLUENTIAL) {
        top.add(a);
      }
    }
    String n = w.network();
    if (top.isEmpty()) {
      lines.add(String.format(Locale.ROOT, "%s: none of the %d known people who reacted has"
          + " influence %.0f or more; a reaction from one weighs %.0fx an average account's, so"
          + " engage the influencers of your field (tip 3)", n, known.size(), INFLUENTIAL,
          StrictMath.pow(2, (INFLUENTIAL - 40) / 10)));
      return;
    }
    top.sort(Comparator.comparingDouble(Actor::influence).reversed().thenComparing(Actor::id));
    Actor best = top.get(0);
    lines.add(String.format(Locale.ROOT, "%s: %d of the %d known people who reacted are"
        + " influential (%.0f or more), most of all %s (%.0f), whose reactions weigh %.0fx an"
        + " average account's (tip 3)", n, top.size(), known.size(), INFLUENTIAL, best.id(),
        best.influence(), StrictMath.pow(2, (best.influence() - 40) / 10)));
  }

  private static boolean sameInfluence(Iterable<Actor> actors) {
    Double first = null;
    for (Actor a : actors) {
      if (first == null) {
        first = a.influence();
      } else if (first != a.influence()) {
        return false;
      }
    }
    return true;
  }

  private static void focus(AccountWindow w, List<String> lines) {
    Map<String, Double> byTopic = new TreeMap<>();
    double total = 0;
    for (Post p : w.posts()) {
      total += reactions(p);
      if (!p.topics().isEmpty()) {
        double share = (double) reactions(p) / p.topics().size();
        for (String t : p.topics()) {
          byTopic.merge(t, share, Double::sum);
        }
      }
    }
    if (byTopic.isEmpty() || total == 0) {
      return;
    }
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(byTopic.entrySet());
    ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey()));
    List<String> top = new ArrayList<>();
    double topReactions = 0;
    for (int i = 0; i < Math.min(3, ranked.size()); i++) {
      top.add(ranked.get(i).getKey());
      topReactions += ranked.get(i).getValue();
    }
    long onTopic = 0;
    long offTopic = 0;
    int onPosts = 0;
    int offPosts = 0;
    for (Post p : w.posts()) {
      boolean focused = p.topics().stream().anyMatch(top::contains);
      if (focused) {
        onPosts++;
        onTopic += reactions(p);
      } else {
        offPosts++;
        offTopic += reactions(p);
      }
    }
    String line = String.format(Locale.ROOT, "%s: %.0f%% of your reactions came on %s", w.network(),
        100 * topReactions / total, String.join(", ", top));
    if (onPosts > 0 && offPosts > 0 && offTopic > 0) {
      line += String.format(Locale.ROOT, "; posts on them drew %.1fx the reactions of your other"
          + " posts", ((double) onTopic / onPosts) / ((double) offTopic / offPosts));
    }
    lines.add(line + " (tip 4: content specific to your audience)");
  }

  private static void consistency(AccountWindow w, List<String> lines) {
    int active = 0;
    for (int week = 0; week < AccountWindow.WEEKS; week++) {
      if (w.weeklyReactions(week) > 0) {
        active++;
      }
    }
    if (active < AccountWindow.WEEKS) {
      lines.add(String.format(Locale.ROOT, "%s: reactions came in %d of the last %d weeks; the"
          + " same activity spread over more weeks counts for more than bursts", w.network(),
          active, AccountWindow.WEEKS));
    }
  }
}
