package dev.klout;

import java.util.List;

/**
 * Model v2's aggregates of one account window: its reactions as organic reactions (see
 * {@link ModelV2}). The first pass over the window's known reactions counts each actor's, which
 * fixes what each of them is worth and how organic each kind is; the pass over the posts then
 * weighs every post with that.
 */
final class OrganicWindow {
  private static final int[] NONE = new int[0];
  private static final double[] NO_TOPICS = new double[0];
  private static final int KINDS = 3; // reshare, comment, like: views are never a reaction here
  private static final int KINDS_AND_VIEWS = 4;
  /** Shared by every account that hides nothing, and so never written. */
  private static final int[] NO_HIDDEN = new int[KINDS_AND_VIEWS];
  private static final ReactionKind[] KIND = ReactionKind.values();

  /** {@link ModelV2#repeatWorth}{@code (n) / n}, the worth of each of n reactions of one actor. */
  private static final double[] REPEAT_WORTH = new double[256];

  static {
    REPEAT_WORTH[0] = 0;
    for (int n = 1; n < REPEAT_WORTH.length; n++) {
      REPEAT_WORTH[n] = ModelV2.repeatWorth(n) / n;
    }
  }

  final double organicShare;
  final double engagers;
  final double reactions;
  final double engagersPerPost;
  final double impact;
  final double conversations;
  final double focused;
  final double viewsPerPost;
  // Reactions and views over the posts that hide no count, for reactions per view.
  final double shownReactions;
  final double shownViews;
  final double[] weekly = new double[AccountWindow.WEEKS];
  /** Organic reactions per topic, in the account's topic order; the focus is its top three. */
  final double[] topics;
  final int[] hiddenPosts;
  // What network impact is made of, kept so that a population can recompute it with the actors'
  // own scores (PopulationScorer): each actor's reactions in the window (every fourth counter),
  // and the sums that do not depend on influence.
  final int[] perActor;
  final double people;
  final double organicKnown;
  final double unknownPeople;

  OrganicWindow(Account account, long asOfSecond, int firstPost, int endPost, int firstReply,
      int endReply) {
    Actor[] actors = account.actors;
    List<Post> posts = account.posts();
    // Per actor, four counters side by side: reactions, comments, replies to them, reshares.
    int[] perActor = actors.length == 0 ? NONE : new int[4 * actors.length];

    // Pass 1: how often each actor reacted, commented, reshared and was replied to in the window.
    int from = account.engagementStart[firstPost];
    int to = account.engagementStart[endPost];
    for (int e = from; e < to; e++) {
      int kind = account.engagementKind[e];
      if (kind != ReactionKind.VIEW.ordinal()) {
        int a = account.engagementActor[e];
        perActor[4 * a]++;
        if (kind == ReactionKind.COMMENT.ordinal()) {
          perActor[4 * a + 1]++;
        } else if (kind == ReactionKind.RESHARE.ordinal()) {
          perActor[4 * a + 3]++;
        }
      }
    }
    for (int r = firstReply; r < endReply; r++) {
      int a = account.replyActor[r];
      if (a >= 0) {
        perActor[4 * a + 2]++;
      }
    }
    double[] worth = actors.length == 0 ? NO_TOPICS : new double[actors.length];
    double people = 0;
    double organicKnown = 0;
    double influence = 0;
    double pairs = 0;
    long known = 0;
    // How organic each kind's known reactions are: the worth of each, summed by kind (reshares,
    // comments, likes), and how many there are.
    double reshareWorth = 0;
    double commentWorth = 0;
    double likeWorth = 0;
    long knownReshares = 0;
    long knownComments = 0;
    long knownLikes = 0;
    for (int a = 0; a < actors.length; a++) {
      int count = perActor[4 * a];
      if (count == 0) {
        continue;
      }
      double selective = account.actorOrganicWorth[a];
      double repeat = repeat(count);
      worth[a] = selective * repeat;
      known += count;
      people += selective;
      organicKnown += selective * repeat * count;
      influence += impactTerm(selective, account.actorInfluenceWeight[a], repeat, count);
      pairs += selective * Math.min(perActor[4 * a + 2], perActor[4 * a + 1]);
      int reshared = perActor[4 * a + 3];
      int commented = perActor[4 * a + 1];
      int liked = count - reshared - commented;
      reshareWorth += worth[a] * reshared;
      commentWorth += worth[a] * commented;
      likeWorth += worth[a] * liked;
      knownReshares += reshared;
      knownComments += commented;
      knownLikes += liked;
    }

    // Reactions whose actor is unknown are taken to be as organic as the known ones of their kind,
    // and a kind with none known (likes, which networks rarely name) as the least organic kind
    // known: bots sell likes and reshares alike, and the reshares are the ones a network names.
    double reshareShare = knownReshares > 0 ? reshareWorth / knownReshares : Double.NaN;
    double commentShare = knownComments > 0 ? commentWorth / knownComments : Double.NaN;
    double likeShare = knownLikes > 0 ? likeWorth / knownLikes : Double.NaN;
    double least = known > 0 ? Double.POSITIVE_INFINITY : ModelV2.UNKNOWN_ACTOR_SHARE;
    least = knownReshares > 0 ? Math.min(least, reshareShare) : least;
    least = knownComments > 0 ? Math.min(least, commentShare) : least;
    least = knownLikes > 0 ? Math.min(least, likeShare) : least;
    // What one unknown reaction of each kind is worth: its kind's weight times its organic share.
    double reshareShown = knownReshares > 0 ? reshareShare : least;
    double commentShown = knownComments > 0 ? commentShare : least;
    double likeShown = knownLikes > 0 ? likeShare : least;
    double unknownReshare = ModelV2.KIND_WEIGHT[0] * reshareShown;
    double unknownComment = ModelV2.KIND_WEIGHT[1] * commentShown;
    double unknownLike = ModelV2.KIND_WEIGHT[2] * likeShown;
    // Distinct people per organic reaction, from the known actors: how often the same people act.
    // With no known actor at all, each organic reaction is a person of its own (half a person per
    // reaction, as v1 assumed); with only worthless ones known, nobody.
    double peoplePerOrganic = organicKnown > 0 ? people / organicKnown : known > 0 ? 0 : 1.0;

    double[] perView = account.hasHiddenCounts ? perView(posts, firstPost, endPost) : null;
    this.hiddenPosts = account.hasHiddenCounts ? new int[KINDS_AND_VIEWS] : NO_HIDDEN;

    // Pass 2: each post's organic reactions, into weeks, topics, the log mean and the spike cap.
    double[] topicReactions = account.topicCount == 0 ? NO_TOPICS : new double[account.topicCount];
    int n = endPost - firstPost;
    // Kept for the spike cap, which needs every post against the mean of the others.
    double[] postReactions = n > 1 ? new double[n] : NO_TOPICS;
    double unknown = 0; // organic reactions of unknown actors
    double total = 0;
    double most = 0;
    int week = AccountWindow.WEEKS - 1;
    long views = 0;
    int viewPosts = 0;
    double shownActed = 0;
    double shownSeen = 0;
    for (int i = firstPost; i < endPost; i++) {
      Post p = posts.get(i);
      long reshares = p.reshares();
      long comments = p.comments();
      long likes = p.likes();
      if (perView == null || !p.hasHiddenCounts()) {
        views = AccountWindow.saturatedAdd(views, p.views());
        viewPosts++;
        shownActed += (double) reshares + comments + likes;
        shownSeen += p.views();
      } else {
        boolean viewsHidden = p.isHidden(ReactionKind.VIEW);
        if (viewsHidden) {
          hiddenPosts[ReactionKind.VIEW.ordinal()]++;
        } else {
          views = AccountWindow.saturatedAdd(views, p.views());
          viewPosts++;
        }
        if (p.isHidden(ReactionKind.RESHARE)) {
          hiddenPosts[0]++;
          reshares = viewsHidden ? 0 : Math.round(p.views() * perView[0]);
        }
        if (p.isHidden(ReactionKind.COMMENT)) {
          hiddenPosts[1]++;
          comments = viewsHidden ? 0 : Math.round(p.views() * perView[1]);
        }
        if (p.isHidden(ReactionKind.LIKE)) {
          hiddenPosts[2]++;
          likes = viewsHidden ? 0 : Math.round(p.views() * perView[2]);
        }
      }
      // The known reactions by their actors' worth; the rest, unknown, by their kind's share.
      double knownWeighted = 0;
      for (int e = account.engagementStart[i], end = account.engagementStart[i + 1]; e < end; e++) {
        int kind = account.engagementKind[e];
        if (kind == ReactionKind.VIEW.ordinal()) {
          continue;
        }
        if (kind == 0) {
          reshares--;
        } else if (kind == 1) {
          comments--;
        } else {
          likes--;
        }
        knownWeighted += ModelV2.KIND_WEIGHT[kind] * worth[account.engagementActor[e]];
      }
      double unknownWeighted = unknownReshare * reshares + unknownComment * comments
          + unknownLike * likes;
      unknown += reshareShown * reshares + commentShown * comments + likeShown * likes;
      double organic = knownWeighted + unknownWeighted;
      if (n > 1) {
        postReactions[i - firstPost] = organic;
      }
      total += organic;
      most = Math.max(most, organic);

      week = AccountWindow.weekOf(asOfSecond - p.at().getEpochSecond(), week);
      weekly[week] += organic;
      AccountWindow.shareOverTopics(account, i, organic, topicReactions);
    }
    double kept = total;
    if (n > 1) {
      // The typical post is the mean of the others than the biggest, which a spike cannot lift.
      double cap = ModelV2.SPIKE_CAP * (total - most) / (n - 1);
      if (most > cap) {
        kept = 0;
        for (double r : postReactions) {
          kept += Math.min(r, cap);
        }
      }
    }
    double spikeKept = total > 0 ? kept / total : 1.0;
    double unknownPeople = unknown * peoplePerOrganic;
    this.perActor = perActor;
    this.people = people;
    this.organicKnown = organicKnown;
    this.unknownPeople = unknownPeople;
    this.viewsPerPost = viewPosts > 0 ? (double) views / viewPosts : 0;
    this.shownReactions = shownActed;
    this.shownViews = shownSeen;
    this.organicShare = known > 0 ? organicKnown / known : ModelV2.UNKNOWN_ACTOR_SHARE;
    this.reactions = total;
    this.engagers = (people + unknownPeople) * spikeKept;
    this.engagersPerPost = n > 0 ? engagers / ModelV2.postsPower(n) : 0;
    this.impact = impact(influence, people, organicKnown, unknownPeople);
    this.conversations = pairs;
    this.topics = topicReactions;
    this.focused = AccountWindow.sumOfTopThree(topicReactions);
  }

  /** R5: one known actor's part of network impact; summed in actor order. */
  static double impactTerm(double selective, double influenceWeight, double repeat, int count) {
    return selective * influenceWeight * repeat * count;
  }

  /**
   * R5: network impact from the known actors' terms: unknown actors are taken to be as
   * influential as the known ones on average, or of weight 1 (influence 40) with none known.
   */
  static double impact(double influence, double people, double organicKnown,
      double unknownPeople) {
    double meanInfluence = people > 0 ? influence / organicKnown : 1.0;
    return influence + unknownPeople * meanInfluence;
  }

  /** R3, G2: the worth of each of an actor's {@code count} reactions in the window. */
  static double repeat(int count) {
    return count < REPEAT_WORTH.length ? REPEAT_WORTH[count] : ModelV2.repeatWorth(count) / count;
  }

  /**
   * B7: reshares, comments and likes per view, from the window's posts that show both the count and
   * the views, else the typical ratios of {@link ModelV2}.
   */
  private static double[] perView(List<Post> posts, int firstPost, int endPost) {
    double[] shown = new double[KINDS];
    double[] views = new double[KINDS];
    for (int i = firstPost; i < endPost; i++) {
      Post p = posts.get(i);
      if (p.isHidden(ReactionKind.VIEW)) {
        continue;
      }
      for (int k = 0; k < KINDS; k++) {
        ReactionKind kind = KIND[k];
        if (!p.isHidden(kind)) {
          shown[k] += p.count(kind);
          views[k] += p.views();
        }
      }
    }
    double[] typical = {ModelV2.RESHARES_PER_VIEW, ModelV2.COMMENTS_PER_VIEW,
        ModelV2.LIKES_PER_VIEW};
    double[] ratio = new double[KINDS];
    for (int k = 0; k < KINDS; k++) {
      ratio[k] = views[k] > 0 ? shown[k] / views[k] : typical[k];
    }
    return ratio;
  }
}
