package dev.klout;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.klout.spi.StrictLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import java.util.SortedMap;

/**
 * What one network shows of a person: audience, accounts followed, visibility, long-lived facts,
 * and the posts and replies of the scoring window.
 *
 * <p>Posts and replies are kept sorted by time, so the window of any scoring instant is a contiguous
 * range. Actors and topics are interned into sorted tables when the account is built, which is
 * what lets the score function run without hashing or boxing.
 */
public final class Account {
  private static final Comparator<Post> BY_TIME = Comparator.comparing(Post::at);
  private static final Comparator<Reply> REPLY_BY_TIME = Comparator.comparing(Reply::at);

  private final String network;
  private final @Nullable String id;
  private final Visibility visibility;
  private final long audience;
  private final long following;
  private final ImmutableSortedMap<String, Double> facts;
  private final ImmutableList<Post> posts;
  private final ImmutableList<Reply> replies;

  // Interned tables read by AccountWindow; never exposed, never mutated after construction.
  final Actor[] actors;
  // Per-actor factors of the score (AccountWindow's R4 and R5 formulas): they need transcendental
  // functions, and an account is scored as often as it has windows and what-ifs, so they are
  // worked out once, here.
  final double[] actorSelectivity;
  final double[] actorImpactFactor;
  // The same for model v2 (ModelV2): selectivity, and R5's influence weight alone.
  final double[] actorOrganicWorth;
  final double[] actorInfluenceWeight;
  // Whether any post hides a count (B7), so that windows without any skip the estimate.
  final boolean hasHiddenCounts;
  final int[] engagementStart;
  final int[] engagementActor;
  final byte[] engagementKind;
  final int topicCount;
  /** The topics' names, in the order of {@link #topicIndex}: name order. */
  final String[] topicNames;
  final int[] topicStart;
  final int[] topicIndex;
  final int[] replyActor;
  // ln(1 + audience) and ln(1 + following), for core.audience: fixed for the account, so taken
  // once here rather than at every score.
  final double logAudience;
  final double logFollowing;

  private Account(Builder b) {
    this.network = b.network;
    this.id = b.id;
    this.visibility = b.visibility;
    this.audience = b.audience;
    this.following = b.following;
    this.logAudience = StrictLog.log1p(audience);
    this.logFollowing = StrictLog.log1p(following);
    this.facts = ImmutableSortedMap.copyOf(b.facts);
    List<Post> sortedPosts = new ArrayList<>(b.posts);
    sortedPosts.sort(BY_TIME); // stable: posts at the same instant keep the caller's order
    this.posts = ImmutableList.copyOf(sortedPosts);
    List<Reply> sortedReplies = new ArrayList<>(b.replies);
    sortedReplies.sort(REPLY_BY_TIME);
    this.replies = ImmutableList.copyOf(sortedReplies);

    TreeMap<String, Actor> actorsById = new TreeMap<>();
    TreeMap<String, Integer> topicsByName = new TreeMap<>();
    int engagementTotal = 0;
    int topicTotal = 0;
    for (Post p : posts) {
      for (Engagement e : p.engagements()) {
        Actor seen = actorsById.putIfAbsent(e.actor().id(), e.actor());
        checkArgument(seen == null || seen.equals(e.actor()),
            "account %s: actor '%s' is described two ways: %s and %s",
            network, e.actor().id(), seen, e.actor());
        engagementTotal++;
      }
      for (String t : p.topics()) {
        topicsByName.put(t, 0);
        topicTotal++;
      }
    }
    this.actors = actorsById.values().toArray(new Actor[0]);
    this.actorSelectivity = new double[actors.length];
    this.actorImpactFactor = new double[actors.length];
    this.actorOrganicWorth = new double[actors.length];
    this.actorInfluenceWeight = new double[actors.length];
    for (int i = 0; i < actors.length; i++) {
      actorSelectivity[i] = AccountWindow.selectivity(actors[i]);
      // R5's influence weight is the same in both models: worked out once for each.
      actorInfluenceWeight[i] = AccountWindow.actorWeight(actors[i]);
      actorImpactFactor[i] = actorSelectivity[i] * actorInfluenceWeight[i];
      actorOrganicWorth[i] = ModelV2.selectivity(actors[i].reactionsPerDay());
    }
    boolean hidden = false;
    for (Post p : posts) {
      hidden |= p.hasHiddenCounts();
    }
    this.hasHiddenCounts = hidden;
    Map<String, Integer> actorIndex = new HashMap<>();
    for (int i = 0; i < actors.length; i++) {
      actorIndex.put(actors[i].id(), i);
    }
    int t = 0;
    for (Map.Entry<String, Integer> e : topicsByName.entrySet()) {
      e.setValue(t++);
    }
    this.topicCount = t;
    this.topicNames = topicsByName.keySet().toArray(new String[0]);

    int n = posts.size();
    this.engagementStart = new int[n + 1];
    this.engagementActor = new int[engagementTotal];
    this.engagementKind = new byte[engagementTotal];
    this.topicStart = new int[n + 1];
    this.topicIndex = new int[topicTotal];
    int ei = 0;
    int ti = 0;
    for (int i = 0; i < n; i++) {
      Post p = posts.get(i);
      engagementStart[i] = ei;
      for (Engagement e : p.engagements()) {
        engagementActor[ei] = actorIndex.get(e.actor().id());
        engagementKind[ei] = (byte) e.kind().ordinal();
        ei++;
      }
      topicStart[i] = ti;
      for (String topic : p.topics()) {
        topicIndex[ti++] = topicsByName.get(topic);
      }
    }
    engagementStart[n] = ei;
    topicStart[n] = ti;

    this.replyActor = new int[replies.size()];
    for (int i = 0; i < replyActor.length; i++) {
      replyActor[i] = actorIndex.getOrDefault(replies.get(i).toActorId(), -1);
    }
  }

  /** Starts an account on {@code network}, a lower-case identifier such as {@code "twitter"}. */
  public static Builder on(String network) {
    return new Builder(Checks.network("account.network", network));
  }

  public String network() {
    return network;
  }

  /**
   * The account's own id on its network, in the id space of the actors who react on that network:
   * what lets {@link PopulationScorer} recognise this person when they react to someone else.
   */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  public Visibility visibility() {
    return visibility;
  }

  /** Followers, subscribers: everyone who gets the person's posts. */
  public long audience() {
    return audience;
  }

  /** Accounts the person follows. */
  public long following() {
    return following;
  }

  /** Long-lived named facts read as of the scoring instant, such as list memberships. */
  public SortedMap<String, Double> facts() {
    return facts;
  }

  public OptionalDouble fact(String name) {
    Double v = facts.get(name);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** All posts, oldest first. */
  public List<Post> posts() {
    return posts;
  }

  /** All replies the person wrote to others, oldest first. */
  public List<Reply> replies() {
    return replies;
  }

  /** The distinct known actors of all posts, sorted by id. */
  public List<Actor> actors() {
    return List.of(actors);
  }

  int firstPostAtOrAfter(Instant instant) {
    return firstIndex(posts, instant, false);
  }

  int firstPostAfter(Instant instant) {
    return firstIndex(posts, instant, true);
  }

  int firstReplyAtOrAfter(Instant instant) {
    return firstIndex(replies, instant, false);
  }

  int firstReplyAfter(Instant instant) {
    return firstIndex(replies, instant, true);
  }

  /** Binary search of a time-sorted list: the first item at (or after) {@code instant}. */
  private static int firstIndex(List<? extends Timed> items, Instant instant, boolean after) {
    int lo = 0;
    int hi = items.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int c = items.get(mid).at().compareTo(instant);
      if (c < 0 || (after && c == 0)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** A builder holding this account's data, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = on(network).visibility(visibility).audience(audience).following(following);
    b.id = id;
    b.facts.putAll(facts);
    b.posts.addAll(posts);
    b.replies.addAll(replies);
    return b;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "Account{network=%s, id=%s, visibility=%s, audience=%d, following=%d, facts=%s, posts=%d,"
            + " replies=%d}",
        network, id, visibility, audience, following, facts, posts.size(), replies.size());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Account)) {
      return false;
    }
    Account that = (Account) o;
    return network.equals(that.network) && Objects.equals(id, that.id)
        && visibility == that.visibility
        && audience == that.audience && following == that.following && facts.equals(that.facts)
        && posts.equals(that.posts) && replies.equals(that.replies);
  }

  @Override
  public int hashCode() {
    return Objects.hash(network, id, visibility, audience, following, facts, posts, replies);
  }

  /** Collects an account's data; {@link #build()} checks it. Not thread-safe. */
  public static final class Builder {
    private final String network;
    private @Nullable String id;
    private Visibility visibility = Visibility.PUBLIC;
    private long audience;
    private long following;
    private final Map<String, Double> facts = new TreeMap<>();
    private final List<Post> posts = new ArrayList<>();
    private final List<Reply> replies = new ArrayList<>();

    private Builder(String network) {
      this.network = network;
    }

    /**
     * The account's id on the network, as actors on it are named ({@link Actor#id()}); needed only
     * to score a population, where it links this account to the reactions it gives.
     */
    public Builder id(String id) {
      checkState(this.id == null, "account %s id was already set to '%s'", network, this.id);
      this.id = Checks.id("account " + network + " id", id);
      return this;
    }

    public Builder visibility(Visibility visibility) {
      this.visibility = Checks.notNull("account.visibility", visibility);
      return this;
    }

    public Builder audience(long audience) {
      this.audience = Checks.count("account " + network + " audience", audience);
      return this;
    }

    public Builder following(long following) {
      this.following = Checks.count("account " + network + " following", following);
      return this;
    }

    /** Sets a long-lived fact, e.g. {@code fact("twitter.listed", 120)}. */
    public Builder fact(String name, double value) {
      Checks.id("account " + network + " fact name", name);
      facts.put(name, Checks.nonNegative("account " + network + " fact '" + name + "'", value));
      return this;
    }

    public Builder post(Post post) {
      posts.add(Checks.notNull("account " + network + " post", post));
      return this;
    }

    public Builder posts(Iterable<Post> posts) {
      for (Post p : Checks.notNull("account " + network + " posts", posts)) {
        post(p);
      }
      return this;
    }

    public Builder reply(Reply reply) {
      replies.add(Checks.notNull("account " + network + " reply", reply));
      return this;
    }

    /** Drops every post, e.g. to derive a copy with other activity. */
    public Builder clearPosts() {
      posts.clear();
      return this;
    }

    public Builder clearReplies() {
      replies.clear();
      return this;
    }

    public Account build() {
      return new Account(this);
    }
  }
}
