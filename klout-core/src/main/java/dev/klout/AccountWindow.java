package dev.klout;

import com.google.common.collect.ImmutableList;
import dev.klout.spi.StrictLog;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One account seen through the rolling 90-day window that ends at the scoring instant
 * (SCORING-PRINCIPLES B1), with the aggregates that signals read.
 *
 * <p>Each model's aggregates are computed once, the first time one of them is read, in one pass
 * (model v1) or two (model v2's organic aggregates) over the window's posts in time order; every
 * signal then reads them for free. A window is read by one thread, the one scoring it. Activity
 * before {@link #start()} is invisible here, which is what makes old activity change nothing.
 *
 * <p>Where only some reactions name their actor, the rest are assumed to behave like the known
 * ones: as many distinct people per reaction ({@link #distinctEngagers()}) and as selective
 * ({@link #selectiveReactions()}); with no known actor at all, half a person per reaction and half
 * weight.
 */
public final class AccountWindow {
  /** The length of the window: Klout's rolling 90 days. */
  public static final Duration LENGTH = Duration.ofDays(90);

  /** The window split into weeks, newest first; the last week is six days long. */
  public static final int WEEKS = 13;

  static final long SECONDS_PER_WEEK = 7L * 24 * 3600;

  /**
   * What one reaction of each kind ({@link ReactionKind} order) says about being acted on: passing a
   * post on commits the actor's own audience, a comment their time, a like a tap; a view is passive.
   */
  private static final double[] KIND_WEIGHT = {3.0, 2.0, 1.0, 0.0};

  /** Reactions per day at which an actor's reaction is worth half (R4). */
  private static final double HALF_WORTH_REACTIONS_PER_DAY = 20.0;

  /** With no known actor, the assumed distinct people per reaction and their selectivity. */
  private static final double UNKNOWN_ACTOR_SHARE = 0.5;

  private static final double LN2 = StrictMath.log(2.0);
  private static final int[] NONE = new int[0];
  private static final double[] NO_TOPICS = new double[0];
  private static final double[] NO_WEEKS = new double[0];

  /** {@code log2(1 + n)} for the small repeat counts nearly every actor has. */
  private static final double[] LOG2_1P = new double[256];

  static {
    for (int n = 0; n < LOG2_1P.length; n++) {
      LOG2_1P[n] = StrictMath.log1p(n) / LN2;
    }
  }

  private final Account account;
  private final Instant asOf;
  private final Instant start;
  private final int firstPost;
  private final int endPost;
  private final int firstReply;
  private final int endReply;

  private boolean aggregated;
  private boolean totalled;
  private @Nullable OrganicWindow organic;

  private long reshares;
  private long comments;
  private long likes;
  private long views;
  private double[] weekly = NO_WEEKS; // v1's, made with its aggregates
  private int uniqueActors;
  private double distinctEngagers;
  private double selectiveReactions;
  private double actorImpact;
  private double conversations;
  private double focusedReactions;

  private AccountWindow(Account account, Instant asOf) {
    this.account = account;
    this.asOf = asOf;
    this.start = asOf.minus(LENGTH);
    this.firstPost = account.firstPostAtOrAfter(start);
    this.endPost = account.firstPostAfter(asOf);
    this.firstReply = account.firstReplyAtOrAfter(start);
    this.endReply = account.firstReplyAfter(asOf);
  }

  /** The window of {@code account} that ends at {@code asOf}. */
  public static AccountWindow of(Account account, Instant asOf) {
    return new AccountWindow(Checks.notNull("account", account), Checks.notNull("asOf", asOf));
  }

  private void aggregate() {
    if (aggregated) {
      return;
    }
    aggregated = true;
    totalled = true;
    reshares = 0; // recounted here, in the one pass, whether or not totals() ran first
    comments = 0;
    likes = 0;
    views = 0;
    weekly = new double[WEEKS];
    Actor[] actors = account.actors;
    double[] selectivity = account.actorSelectivity;
    // Per actor, three counters side by side: reactions from, comments from, replies to.
    int[] perActor = actors.length == 0 ? NONE : new int[3 * actors.length];
    double[] topicReactions = account.topicCount == 0 ? NO_TOPICS : new double[account.topicCount];
    long knownReshares = 0;
    long knownComments = 0;
    long knownLikes = 0;
    double knownSelectivity = 0;
    double knownWeighted = 0;
    long asOfSecond = asOf.getEpochSecond();
    List<Post> posts = account.posts();
    int week = WEEKS - 1;

    for (int i = firstPost; i < endPost; i++) {
      Post p = posts.get(i);
      long postReshares = p.reshares();
      long postComments = p.comments();
      long postLikes = p.likes();
      reshares = saturatedAdd(reshares, postReshares);
      comments = saturatedAdd(comments, postComments);
      likes = saturatedAdd(likes, postLikes);
      views = saturatedAdd(views, p.views());
      double acted = KIND_WEIGHT[0] * postReshares + KIND_WEIGHT[1] * postComments
          + KIND_WEIGHT[2] * postLikes;

      week = weekOf(asOfSecond - p.at().getEpochSecond(), week);
      weekly[week] += acted;
      shareOverTopics(account, i, acted, topicReactions);

      for (int e = account.engagementStart[i], to = account.engagementStart[i + 1]; e < to; e++) {
        int kind = account.engagementKind[e];
        if (kind == ReactionKind.VIEW.ordinal()) {
          continue;
        }
        int a = account.engagementActor[e];
        perActor[3 * a]++;
        if (kind == ReactionKind.COMMENT.ordinal()) {
          perActor[3 * a + 1]++;
        }
        if (kind == 0) {
          knownReshares++;
        } else if (kind == 1) {
          knownComments++;
        } else {
          knownLikes++;
        }
        knownSelectivity += selectivity[a];
        knownWeighted += KIND_WEIGHT[kind] * selectivity[a];
      }
    }

    for (int r = firstReply; r < endReply; r++) {
      int a = account.replyActor[r];
      if (a >= 0) {
        perActor[3 * a + 2]++;
      }
    }

    double impact = 0;
    double pairs = 0;
    int unique = 0;
    for (int a = 0; a < actors.length; a++) {
      int count = perActor[3 * a];
      if (count == 0) {
        continue;
      }
      unique++;
      // Repeated reactions from one person show diminishing returns (R3): log2(1 + count).
      impact += account.actorImpactFactor[a]
          * (count < LOG2_1P.length ? LOG2_1P[count] : StrictLog.log1p(count) / LN2);
      pairs += Math.min(perActor[3 * a + 2], perActor[3 * a + 1]);
    }

    double acted = (double) reshares + comments + likes;
    double knownActed = (double) knownReshares + knownComments + knownLikes;
    double perReactionPeople = knownActed > 0 ? unique / knownActed : UNKNOWN_ACTOR_SHARE;
    double meanSelectivity = knownActed > 0 ? knownSelectivity / knownActed : UNKNOWN_ACTOR_SHARE;
    double unknownWeighted = KIND_WEIGHT[0] * (double) (reshares - knownReshares)
        + KIND_WEIGHT[1] * (double) (comments - knownComments)
        + KIND_WEIGHT[2] * (double) (likes - knownLikes);

    this.uniqueActors = unique;
    this.distinctEngagers = unique + (acted - knownActed) * perReactionPeople;
    this.selectiveReactions = unknownWeighted * meanSelectivity + knownWeighted;
    this.actorImpact = impact;
    this.conversations = pairs;
    this.focusedReactions = sumOfTopThree(topicReactions);
  }

  /**
   * The totals of each kind alone, for a signal that reads only them (such as YouTube's views per
   * subscriber) under a model that needs none of v1's other aggregates.
   */
  private void totals() {
    if (totalled) {
      return;
    }
    totalled = true;
    List<Post> posts = account.posts();
    for (int i = firstPost; i < endPost; i++) {
      Post p = posts.get(i);
      reshares = saturatedAdd(reshares, p.reshares());
      comments = saturatedAdd(comments, p.comments());
      likes = saturatedAdd(likes, p.likes());
      views = saturatedAdd(views, p.views());
    }
  }

  /**
   * The week (0 the newest) of a post {@code age} seconds old, given the previous post's week:
   * posts run oldest first, so the week only ever moves towards 0, a comparison per post instead
   * of a long division.
   */
  static int weekOf(long age, int previousWeek) {
    int week = previousWeek;
    while (week > 0 && age < week * SECONDS_PER_WEEK) {
      week--;
    }
    return week;
  }

  /** Adds a post's reactions to its topics, shared evenly among them (R7). */
  static void shareOverTopics(Account account, int post, double reactions,
      double[] topicReactions) {
    int topicFrom = account.topicStart[post];
    int topicTo = account.topicStart[post + 1];
    if (topicTo > topicFrom) {
      double share = reactions / (topicTo - topicFrom);
      for (int t = topicFrom; t < topicTo; t++) {
        topicReactions[account.topicIndex[t]] += share;
      }
    }
  }

  /** R4: a reaction is worth less the more reactions its actor hands out each day. */
  static double selectivity(Actor actor) {
    return 1.0 / (1.0 + actor.reactionsPerDay() / HALF_WORTH_REACTIONS_PER_DAY);
  }

  /**
   * R5: an actor's influence is on the 1-100 score scale, which is close to logarithmic (S3), so
   * each 10 points double a reaction's worth; an average actor (40) counts 1.
   */
  static double actorWeight(Actor actor) {
    return actorWeight(actor.influence());
  }

  static double actorWeight(double influence) {
    return StrictMath.pow(2.0, (influence - 40.0) / 10.0);
  }

  static double sumOfTopThree(double[] values) {
    double first = 0;
    double second = 0;
    double third = 0;
    for (double v : values) {
      if (v > third) {
        if (v > second) {
          third = second;
          if (v > first) {
            second = first;
            first = v;
          } else {
            second = v;
          }
        } else {
          third = v;
        }
      }
    }
    return first + second + third;
  }

  static long saturatedAdd(long a, long b) {
    long r = a + b;
    return r < 0 ? Long.MAX_VALUE : r;
  }

  public String network() {
    return account.network();
  }

  /** The whole account, for long-lived facts such as list memberships (read as of now, B1). */
  public Account account() {
    return account;
  }

  public Instant asOf() {
    return asOf;
  }

  /** The first instant inside the window: {@code asOf} minus 90 days. */
  public Instant start() {
    return start;
  }

  /** The window's posts, oldest first. */
  public List<Post> posts() {
    return account.posts().subList(firstPost, endPost);
  }

  /** The window's replies to others, oldest first. */
  public List<Reply> replies() {
    return account.replies().subList(firstReply, endReply);
  }

  public int postCount() {
    return endPost - firstPost;
  }

  /** Whether the person did anything in the window; an account that did not is left out. */
  public boolean hasActivity() {
    return endPost > firstPost || endReply > firstReply;
  }

  /** Total reactions of one kind on the window's posts (saturating at {@code Long.MAX_VALUE}). */
  public long reactions(ReactionKind kind) {
    totals();
    switch (kind) {
      case RESHARE:
        return reshares;
      case COMMENT:
        return comments;
      case LIKE:
        return likes;
      case VIEW:
        return views;
      default:
        throw new AssertionError(kind);
    }
  }

  /** Distinct known actors who reshared, commented or liked (views are not counted). */
  public int uniqueActors() {
    aggregate();
    return uniqueActors;
  }

  /**
   * Estimated distinct people who acted on the window's posts: the known actors, plus the
   * reactions without a known actor times the known ratio of people to reactions (R3).
   */
  public double distinctEngagers() {
    aggregate();
    return distinctEngagers;
  }

  /**
   * Reactions weighted by kind (reshare 3, comment 2, like 1) and by their actors' selectivity
   * {@code 1 / (1 + reactionsPerDay / 20)} (R4).
   */
  public double selectiveReactions() {
    aggregate();
    return selectiveReactions;
  }

  /**
   * Sum over known actors of selectivity x {@code 2^((influence - 40) / 10)} x
   * {@code log2(1 + their reactions)} (R5, R4, R3).
   */
  public double actorImpact() {
    aggregate();
    return actorImpact;
  }

  /**
   * Two-way exchanges: for each actor, the smaller of the replies the person wrote them and the
   * comments they left on the person's posts (R6).
   */
  public double conversations() {
    aggregate();
    return conversations;
  }

  /**
   * Kind-weighted reactions on the three topics that drew the most, a post's reactions shared
   * evenly among its topics (R7).
   */
  public double focusedReactions() {
    aggregate();
    return focusedReactions;
  }

  /** Kind-weighted reactions on the posts of week {@code week} (0 is the newest week). */
  public double weeklyReactions(int week) {
    aggregate();
    return weekly[week];
  }

  double[] weeklyReactions() {
    aggregate();
    return weekly;
  }

  double[] organicWeeklyReactions() {
    return organic().weekly;
  }

  // Model v2's organic aggregates (ModelV2): what the reactions are worth once bought reactions,
  // pod duty and one-hit spikes are discounted.

  OrganicWindow organic() {
    OrganicWindow o = organic;
    if (o == null) {
      o = new OrganicWindow(account, asOf.getEpochSecond(), firstPost, endPost, firstReply,
          endReply);
      organic = o;
    }
    return o;
  }

  /**
   * The share of a reaction that is organic, estimated from the known actors: each actor's
   * reactions are worth {@code selectivity x log2(1 + n) / n} (R4, R3, G1, G2), over all the known
   * reactions. Reactions whose actor is unknown are taken to be as organic as the known ones of
   * their kind, or of the least organic kind known.
   */
  public double organicShare() {
    return organic().organicShare;
  }

  /**
   * Organic reactions on the window's posts, weighted by kind (reshare 3, comment 2, like 1);
   * hidden counts estimated from views (B7).
   */
  public double organicReactions() {
    return organic().reactions;
  }

  /**
   * Distinct people moved to act, each known actor counted once at their selectivity, the rest
   * estimated from the known people per reaction, with each post capped at ten times the mean of
   * the person's other posts, so that one spike does not make an audience (G3).
   */
  public double organicEngagers() {
    return organic().engagers;
  }

  /**
   * {@link #organicEngagers()} over {@code posts^0.3}: how many people each post moves, counted as
   * the engaged audience the posts draw on. Dividing by the posts themselves would undo that an
   * audience that acts often is seen whole on few posts, and not dividing would reward volume.
   */
  public double organicEngagersPerPost() {
    return organic().engagersPerPost;
  }

  /** The organic reactions weighted by their actors' influence {@code 2^((influence - 40) / 10)}. */
  public double organicImpact() {
    return organic().impact;
  }

  /** Two-way exchanges, each actor's weighted by their selectivity. */
  public double organicConversations() {
    return organic().conversations;
  }

  /** Organic reactions on the three topics that drew the most. */
  public double organicFocusedReactions() {
    return organic().focused;
  }

  /** Organic reactions on the posts of week {@code week} (0 is the newest week). */
  public double organicWeeklyReactions(int week) {
    return organic().weekly[week];
  }

  /** Quotes, reshares with commentary, on the window's posts. */
  public long quotes() {
    long sum = 0;
    List<Post> posts = account.posts();
    for (int i = firstPost; i < endPost; i++) {
      sum = saturatedAdd(sum, posts.get(i).quotes());
    }
    return sum;
  }

  /**
   * Reshares, comments and likes per view, over the window's posts that show all four counts (B7):
   * how often a view moves someone to act; 0 where no post shows them all.
   */
  public double reactionsPerView() {
    OrganicWindow o = organic();
    return o.shownViews > 0 ? o.shownReactions / o.shownViews : 0;
  }

  /** Views per post, over the window's posts that show their views (B7). */
  public double viewsPerPost() {
    return organic().viewsPerPost;
  }

  /** How many of the window's posts hide their count of {@code kind} (B7). */
  public int hiddenPosts(ReactionKind kind) {
    return organic().hiddenPosts[kind.ordinal()];
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "AccountWindow{network=%s, %s..%s, posts=%d}",
        account.network(), start, asOf, postCount());
  }
}
