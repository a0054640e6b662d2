package dev.klout;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import java.util.SortedSet;

/**
 * One post the person published, with the reactions it drew.
 *
 * <p>Counts are the network's totals per {@link ReactionKind}. {@link #engagements()} are the
 * reactions whose actor is known; they are a subset of the totals (a network rarely names everyone),
 * so for each kind the known ones can never outnumber the count.
 *
 * <p>A count the network hides (likes hidden by the creator, comments turned off, a metric it does
 * not publish) is {@linkplain #isHidden hidden}: unknown, not zero (SCORING-PRINCIPLES B7). Its
 * {@link #count} reads 0, and the score estimates it from what the post does show instead.
 */
public final class Post implements Timed {
  private static final String[] FIELD = {"reshares", "comments", "likes", "views"};

  private final Instant at;
  private final long reshares;
  private final long comments;
  private final long likes;
  private final long views;
  private final long quotes;
  private final ImmutableSortedSet<String> topics;
  private final ImmutableList<Engagement> engagements;
  /** Bit {@code kind.ordinal()} set where that count is hidden. */
  private final int hidden;

  private Post(Builder b) {
    this.at = b.at;
    this.reshares = b.reshares;
    this.comments = b.comments;
    this.likes = b.likes;
    this.views = b.views;
    this.quotes = b.quotes;
    this.topics = ImmutableSortedSet.copyOf(b.topics);
    this.engagements = ImmutableList.copyOf(b.engagements);
    this.hidden = b.hidden;
  }

  /** Starts a post published at {@code at}. */
  public static Builder at(Instant at) {
    return new Builder(Checks.notNull("post.at", at));
  }

  @Override
  public Instant at() {
    return at;
  }

  /** The total number of reactions of one kind. */
  public long count(ReactionKind kind) {
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

  public long reshares() {
    return reshares;
  }

  public long comments() {
    return comments;
  }

  public long likes() {
    return likes;
  }

  public long views() {
    return views;
  }

  /**
   * Of the {@link #reshares()}, those that passed the post on with commentary of the actor's own
   * (quotes on X, quote posts on Bluesky); a network without them reads 0.
   */
  public long quotes() {
    return quotes;
  }

  /** Whether the network hides the count of {@code kind}: then it is unknown, and reads 0. */
  public boolean isHidden(ReactionKind kind) {
    return (hidden & (1 << Checks.notNull("kind", kind).ordinal())) != 0;
  }

  /** Whether any count is hidden. */
  public boolean hasHiddenCounts() {
    return hidden != 0;
  }

  /** The post's topics, lower-cased and sorted (SCORING-PRINCIPLES R7). */
  public SortedSet<String> topics() {
    return topics;
  }

  /** The reactions whose actor is known, in the order they were given. */
  public List<Engagement> engagements() {
    return engagements;
  }

  /** A copy of this post with different counts or more data. */
  public Builder toBuilder() {
    Builder b = new Builder(at).reshares(reshares).comments(comments).likes(likes).views(views)
        .quotes(quotes);
    b.topics.addAll(topics);
    b.engagements.addAll(engagements);
    b.hidden = hidden;
    return b;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Post)) {
      return false;
    }
    Post that = (Post) o;
    return at.equals(that.at) && reshares == that.reshares && comments == that.comments
        && likes == that.likes && views == that.views && quotes == that.quotes
        && topics.equals(that.topics)
        && engagements.equals(that.engagements) && hidden == that.hidden;
  }

  @Override
  public int hashCode() {
    return Objects.hash(at, reshares, comments, likes, views, quotes, topics, engagements, hidden);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "Post{at=%s, reshares=%s (quotes %d), comments=%s, likes=%s, views=%s, topics=%s,"
            + " engagements=%d}",
        at, shown(ReactionKind.RESHARE), quotes, shown(ReactionKind.COMMENT), shown(ReactionKind.LIKE),
        shown(ReactionKind.VIEW), topics, engagements.size());
  }

  private String shown(ReactionKind kind) {
    return isHidden(kind) ? "hidden" : Long.toString(count(kind));
  }

  /** Collects a post's data; {@link #build()} checks it. Not thread-safe. */
  public static final class Builder {
    private final Instant at;
    private long reshares;
    private long comments;
    private long likes;
    private long views;
    private long quotes;
    private final List<String> topics = new ArrayList<>();
    private final List<Engagement> engagements = new ArrayList<>();
    private int hidden;

    private Builder(Instant at) {
      this.at = at;
    }

    public Builder reshares(long count) {
      this.reshares = Checks.count("post.reshares", count);
      return this;
    }

    public Builder comments(long count) {
      this.comments = Checks.count("post.comments", count);
      return this;
    }

    public Builder likes(long count) {
      this.likes = Checks.count("post.likes", count);
      return this;
    }

    public Builder views(long count) {
      this.views = Checks.count("post.views", count);
      return this;
    }

    /** Of the reshares, how many were quotes: reshares with commentary; at most the reshares. */
    public Builder quotes(long count) {
      this.quotes = Checks.count("post.quotes", count);
      return this;
    }

    /** Sets the total of one kind. */
    public Builder count(ReactionKind kind, long count) {
      switch (Checks.notNull("kind", kind)) {
        case RESHARE:
          return reshares(count);
        case COMMENT:
          return comments(count);
        case LIKE:
          return likes(count);
        case VIEW:
          return views(count);
        default:
          throw new AssertionError(kind);
      }
    }

    /**
     * Marks the count of {@code kind} as hidden by the network: unknown, never read as none
     * (SCORING-PRINCIPLES B7). A hidden count must not also be set, and no reaction of that kind
     * can be known.
     */
    public Builder hidden(ReactionKind kind) {
      hidden |= 1 << Checks.notNull("kind", kind).ordinal();
      return this;
    }

    /** Adds a topic (a hashtag, a category); case is ignored. */
    public Builder topic(String topic) {
      Checks.id("post.topic", topic);
      topics.add(topic.strip().toLowerCase(Locale.ROOT));
      return this;
    }

    public Builder topics(Iterable<String> topics) {
      for (String t : Checks.notNull("post.topics", topics)) {
        topic(t);
      }
      return this;
    }

    /** Records that {@code actor} gave a reaction of {@code kind}; it must also be in the count. */
    public Builder engagement(ReactionKind kind, Actor actor) {
      engagements.add(new Engagement(kind, actor));
      return this;
    }

    public Post build() {
      long[] known = new long[ReactionKind.values().length];
      for (Engagement e : engagements) {
        known[e.kind().ordinal()]++;
      }
      Post probe = new Post(this);
      checkArgument(quotes <= reshares && (quotes == 0 || !probe.isHidden(ReactionKind.RESHARE)),
          "post at %s has post.quotes %s, more than its post.reshares %s (quotes are reshares"
              + " with commentary)", at, quotes, probe.isHidden(ReactionKind.RESHARE)
              ? "hidden" : reshares);
      for (ReactionKind kind : ReactionKind.values()) {
        long total = probe.count(kind);
        if (probe.isHidden(kind)) {
          checkArgument(total == 0 && known[kind.ordinal()] == 0,
              "post at %s has its %s count hidden, so post.%s must not be set (was %s) and no"
                  + " %s reaction can be known (%s were)", at, kind, FIELD[kind.ordinal()], total,
              kind, known[kind.ordinal()]);
          continue;
        }
        checkArgument(known[kind.ordinal()] <= total,
            "post at %s has %s known %s reactions but post.%s is only %s",
            at, known[kind.ordinal()], kind, FIELD[kind.ordinal()], total);
      }
      return probe;
    }
  }
}
