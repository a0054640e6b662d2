package dev.klout;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.List;

/**
 * One account seen through the rolling 90-day window that ends at the scoring instant
 * (SCORING-PRINCIPLES B1), with the aggregates that signals read.
 *
 * <p>All aggregates are computed once, in one pass over the window's posts in time order, when the
 * window is made; every signal then reads them for free. Activity before {@link #start()} is
 * invisible here, which is what makes old activity change nothing.
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

  private static final long SECONDS_PER_WEEK = 7L * 24 * 3600;

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

  private final Account account;
  private final Instant asOf;
  private final Instant start;
  private final int firstPost;
  private final int endPost;
  private final int firstReply;
  private final int endReply;

  private final long[] reactions = new long[ReactionKind.values().length];
  private final double[] weekly = new double[WEEKS];
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
    Instant end = asOf.plusNanos(1);
    this.firstPost = account.firstPostAtOrAfter(start);
    this.endPost = account.firstPostAtOrAfter(end);
    this.firstReply = account.firstReplyAtOrAfter(start);
    this.endReply = account.firstReplyAtOrAfter(end);
    aggregate();
  }

  /** The window of {@code account} that ends at {@code asOf}. */
  public static AccountWindow of(Account account, Instant asOf) {
    return new AccountWindow(Checks.notNull("account", account), Checks.notNull("asOf", asOf));
  }

  private void aggregate() {
    Actor[] actors = account.actors;
    int[] reactionsFrom = new int[actors.length];
    int[] commentsFrom = new int[actors.length];
    double[] topicReactions = new double[account.topicCount];
    long[] known = new long[KIND_WEIGHT.length];
    double knownSelectivity = 0;
    double knownWeighted = 0;
    long asOfSecond = asOf.getEpochSecond();
    List<Post> posts = account.posts();

    for (int i = firstPost; i < endPost; i++) {
      Post p = posts.get(i);
      long reshares = p.reshares();
      long comments = p.comments();
      long likes = p.likes();
      reactions[0] = saturatedAdd(reactions[0], reshares);
      reactions[1] = saturatedAdd(reactions[1], comments);
      reactions[2] = saturatedAdd(reactions[2], likes);
      reactions[3] = saturatedAdd(reactions[3], p.views());
      double acted = KIND_WEIGHT[0] * reshares + KIND_WEIGHT[1] * comments + KIND_WEIGHT[2] * likes;

      int week = (int) Math.min(WEEKS - 1, (asOfSecond - p.at().getEpochSecond()) / SECONDS_PER_WEEK);
      weekly[week] += acted;

      int topicFrom = account.topicStart[i];
      int topicTo = account.topicStart[i + 1];
      if (topicTo > topicFrom) {
        double share = acted / (topicTo - topicFrom);
        for (int t = topicFrom; t < topicTo; t++) {
          topicReactions[account.topicIndex[t]] += share;
        }
      }

      for (int e = account.engagementStart[i], to = account.engagementStart[i + 1]; e < to; e++) {
        int kind = account.engagementKind[e];
        if (kind == ReactionKind.VIEW.ordinal()) {
          continue;
        }
        int a = account.engagementActor[e];
        reactionsFrom[a]++;
        if (kind == ReactionKind.COMMENT.ordinal()) {
          commentsFrom[a]++;
        }
        known[kind]++;
        double selectivity = selectivity(actors[a]);
        knownSelectivity += selectivity;
        knownWeighted += KIND_WEIGHT[kind] * selectivity;
      }
    }

    int[] repliesTo = new int[actors.length];
    for (int r = firstReply; r < endReply; r++) {
      int a = account.replyActor[r];
      if (a >= 0) {
        repliesTo[a]++;
      }
    }

    double impact = 0;
    double pairs = 0;
    int unique = 0;
    for (int a = 0; a < actors.length; a++) {
      int count = reactionsFrom[a];
      if (count == 0) {
        continue;
      }
      unique++;
      // Repeated reactions from one person show diminishing returns (R3): log2(1 + count).
      impact += selectivity(actors[a]) * actorWeight(actors[a])
          * (StrictMath.log1p(count) / LN2);
      pairs += Math.min(repliesTo[a], commentsFrom[a]);
    }

    double acted = (double) reactions[0] + reactions[1] + reactions[2];
    double knownActed = (double) known[0] + known[1] + known[2];
    double perReactionPeople = knownActed > 0 ? unique / knownActed : UNKNOWN_ACTOR_SHARE;
    double meanSelectivity = knownActed > 0 ? knownSelectivity / knownActed : UNKNOWN_ACTOR_SHARE;
    double unknownWeighted = 0;
    for (int k = 0; k < 3; k++) {
      unknownWeighted += KIND_WEIGHT[k] * (double) (reactions[k] - known[k]);
    }

    this.uniqueActors = unique;
    this.distinctEngagers = unique + (acted - knownActed) * perReactionPeople;
    this.selectiveReactions = unknownWeighted * meanSelectivity + knownWeighted;
    this.actorImpact = impact;
    this.conversations = pairs;
    this.focusedReactions = sumOfLargest(topicReactions, 3);
  }

  /** R4: a reaction is worth less the more reactions its actor hands out each day. */
  private static double selectivity(Actor actor) {
    return 1.0 / (1.0 + actor.reactionsPerDay() / HALF_WORTH_REACTIONS_PER_DAY);
  }

  /**
   * R5: an actor's influence is on the 1-100 score scale, which is close to logarithmic (S3), so
   * each 10 points double a reaction's worth; an average actor (40) counts 1.
   */
  private static double actorWeight(Actor actor) {
    return StrictMath.pow(2.0, (actor.influence() - 40.0) / 10.0);
  }

  private static double sumOfLargest(double[] values, int k) {
    double[] top = new double[k]; // descending
    for (double v : values) {
      if (v > top[k - 1]) {
        int i = k - 1;
        while (i > 0 && top[i - 1] < v) {
          top[i] = top[i - 1];
          i--;
        }
        top[i] = v;
      }
    }
    double sum = 0;
    for (double v : top) {
      sum += v;
    }
    return sum;
  }

  private static long saturatedAdd(long a, long b) {
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
    return reactions[kind.ordinal()];
  }

  /** Distinct known actors who reshared, commented or liked (views are not counted). */
  public int uniqueActors() {
    return uniqueActors;
  }

  /**
   * Estimated distinct people who acted on the window's posts: the known actors, plus the
   * reactions without a known actor times the known ratio of people to reactions (R3).
   */
  public double distinctEngagers() {
    return distinctEngagers;
  }

  /**
   * Reactions weighted by kind (reshare 3, comment 2, like 1) and by their actors' selectivity
   * {@code 1 / (1 + reactionsPerDay / 20)} (R4).
   */
  public double selectiveReactions() {
    return selectiveReactions;
  }

  /**
   * Sum over known actors of selectivity x {@code 2^((influence - 40) / 10)} x
   * {@code log2(1 + their reactions)} (R5, R4, R3).
   */
  public double actorImpact() {
    return actorImpact;
  }

  /**
   * Two-way exchanges: for each actor, the smaller of the replies the person wrote them and the
   * comments they left on the person's posts (R6).
   */
  public double conversations() {
    return conversations;
  }

  /**
   * Kind-weighted reactions on the three topics that drew the most, a post's reactions shared
   * evenly among its topics (R7).
   */
  public double focusedReactions() {
    return focusedReactions;
  }

  /** Kind-weighted reactions on the posts of week {@code week} (0 is the newest week). */
  public double weeklyReactions(int week) {
    return weekly[week];
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "AccountWindow{network=%s, %s..%s, posts=%d}",
        account.network(), start, asOf, postCount());
  }
}
