package dev.klout;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores a whole population at once, with network impact from the population itself
 * (SCORING-PRINCIPLES P2): when someone who reacted to a person is in the population, their
 * influence is their own score there, not the adapter's estimate from their follower count. Being
 * engaged by people who are influential here raises a score; accounts with no organic influence of
 * their own (bots, pods, bought audiences) lift nobody. Actors outside the population keep the
 * adapter's estimate.
 *
 * <pre>{@code
 * PopulationScorer population = PopulationScorer.of(InfluenceScorer.create());
 * PopulationScorer.Run run = population.score(profiles, score -> store(score));
 * }</pre>
 *
 * <p>Actors are matched to people by {@link PopulationMember#key key}: an account's
 * {@link Account#id()} on a network is the {@link Actor#id()} the person has when they react
 * there, so a population's profiles must share one id space per network.
 *
 * <p>The scores are a fixed point, worked out in rounds: every member starts at the floor, each
 * round scores everyone with the scores of the round before, and it stops when no score moved by
 * more than {@link #tolerance()} or after {@link #maxIterations()} rounds (see ModelV2 for why it
 * converges). Each person's sum runs over their own actors in id order, and the stopping rule is a
 * maximum, so the same population gives the same scores bit for bit in any order, and a
 * distributed engine that follows the same steps ({@link #member(Profile)}, {@link #next},
 * {@link #score(PopulationMember, double[])}) gets them too.
 *
 * <p>Memory: profiles are read once and dropped; what is kept is each person's measurement (a few
 * numbers per network) and their known actors, so it grows with the interaction graph, not with
 * the posts. Immutable and thread-safe; a run is single-threaded.
 */
public final class PopulationScorer {
  private static final Logger LOG = LoggerFactory.getLogger(PopulationScorer.class);

  private final InfluenceScorer scorer;
  private final int maxIterations;
  private final PopulationListener listener;

  private PopulationScorer(InfluenceScorer scorer, int maxIterations,
      PopulationListener listener) {
    checkArgument(scorer.model() == ScoreModel.V2, "population scoring needs model v2's organic"
        + " network impact; this scorer applies %s", scorer.modelVersion());
    this.scorer = scorer;
    this.maxIterations = maxIterations;
    this.listener = listener;
  }

  /** A population scorer with the model's iteration limit and no progress reporting. */
  public static PopulationScorer of(InfluenceScorer scorer) {
    return builder(scorer).build();
  }

  public static Builder builder(InfluenceScorer scorer) {
    return new Builder(Checks.notNull("scorer", scorer));
  }

  /** What a run did: how many people, actors and rounds, and how close it came to rest. */
  public record Run(int people, long actorLinks, long populationLinks, int iterations,
      double lastChange, boolean converged) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%,d people, %,d known actors of whom %,d in the"
          + " population, %d rounds, last change %.3g points (%s)", people, actorLinks,
          populationLinks, iterations, lastChange, converged ? "converged" : "round limit");
    }
  }

  /**
   * Scores every profile of the population and hands each score to {@code out}, in the order the
   * profiles came. {@code people} is read once.
   *
   * @throws IllegalArgumentException if two profiles share an id, or two people claim one account
   *     (the message names both), or a profile is invalid
   */
  public Run score(Iterable<Profile> people, Consumer<? super Score> out) {
    Checks.notNull("people", people);
    Checks.notNull("out", out);
    List<PopulationMember> members = new ArrayList<>();
    boolean[] quiet = {false};
    // Every key seen, as an account or an actor, numbered in the order seen, and who holds it.
    Map<String, Integer> keys = new HashMap<>();
    List<Integer> holder = new ArrayList<>();
    Map<String, Integer> profileIds = new HashMap<>();
    List<int[]> actorKeys = new ArrayList<>();
    long links = 0;
    for (Profile profile : people) {
      Checks.notNull("people[" + members.size() + "]", profile);
      int index = members.size();
      Integer twin = profileIds.putIfAbsent(profile.id(), index);
      checkArgument(twin == null, "population: people[%s] and people[%s] share the profile id"
          + " '%s'", twin, index, profile.id());
      PopulationMember m = member(profile);
      for (String account : m.accounts) {
        int k = keys.computeIfAbsent(account, a -> {
          holder.add(-1);
          return holder.size() - 1;
        });
        int previous = holder.get(k);
        checkArgument(previous < 0, "population: '%s' and '%s' both hold the account %s",
            previous < 0 ? "" : members.get(previous).profileId(), profile.id(), account);
        holder.set(k, index);
      }
      List<String> named = m.actorKeys();
      int[] actors = new int[named.size()];
      for (int t = 0; t < actors.length; t++) {
        actors[t] = keys.computeIfAbsent(named.get(t), a -> {
          holder.add(-1);
          return holder.size() - 1;
        });
      }
      m.forgetActorKeys();
      links += actors.length;
      actorKeys.add(actors);
      members.add(m);
      notify(quiet, l -> l.measured(members.size()));
    }
    keys.clear(); // the ids are no longer needed, only who holds each number
    int n = members.size();
    int[][] actorOf = new int[n][];
    long inPopulation = 0;
    for (int i = 0; i < n; i++) {
      int[] actors = actorKeys.get(i);
      for (int t = 0; t < actors.length; t++) {
        actors[t] = holder.get(actors[t]);
        if (actors[t] >= 0) {
          inPopulation++;
        }
      }
      actorOf[i] = actors;
    }
    actorKeys.clear();

    double[] scores = new double[n];
    Arrays.fill(scores, ModelV2.POPULATION_START);
    double[] next = new double[n];
    int rounds = 0;
    double change = Double.POSITIVE_INFINITY;
    while (rounds < maxIterations && !(change <= ModelV2.POPULATION_TOLERANCE)) {
      change = 0;
      for (int i = 0; i < n; i++) {
        PopulationMember m = members.get(i);
        if (m.optedOut()) {
          next[i] = Double.NaN;
          continue;
        }
        next[i] = next(m, actorScores(actorOf[i], scores));
        change = Math.max(change, Math.abs(next[i] - scores[i]));
      }
      double[] swap = scores;
      scores = next;
      next = swap;
      rounds++;
      int round = rounds;
      double moved = change;
      notify(quiet, l -> l.iterated(round, moved));
    }
    for (int i = 0; i < n; i++) {
      PopulationMember m = members.get(i);
      out.accept(score(m, actorScores(actorOf[i], scores)));
      members.set(i, null); // what has been handed out is no longer kept
      int done = i + 1;
      notify(quiet, l -> l.scored(done, n));
    }
    return new Run(n, links, inPopulation, rounds, n == 0 ? 0 : change,
        change <= ModelV2.POPULATION_TOLERANCE);
  }

  /** {@link #score(Iterable, Consumer)}, collecting the scores in the order the profiles came. */
  public List<Score> scoreAll(Iterable<Profile> people) {
    List<Score> scores = new ArrayList<>();
    score(people, scores::add);
    return scores;
  }

  private static double[] actorScores(int[] actors, double[] scores) {
    double[] s = new double[actors.length];
    for (int t = 0; t < actors.length; t++) {
      s[t] = actors[t] < 0 ? Double.NaN : scores[actors[t]];
    }
    return s;
  }

  /** Measures a person once, for {@link #next} and {@link #score(PopulationMember, double[])}. */
  public PopulationMember member(Profile profile) {
    return PopulationMember.of(Checks.notNull("profile", profile), scorer);
  }

  /** Reads a member written by {@link PopulationMember#toBytes()}. */
  public PopulationMember member(byte[] bytes) {
    return PopulationMember.fromBytes(Checks.notNull("bytes", bytes), scorer);
  }

  /**
   * One round of the fixed point for one person: their exact score ({@link Score#exact()}) when
   * the actors of {@link PopulationMember#actorKeys()} have these scores ({@code NaN} for an actor
   * outside the population). NaN for a person who opted out.
   */
  public double next(PopulationMember member, double[] actorScores) {
    if (member.optedOut()) {
      return Double.NaN;
    }
    member.applyScores(Checks.notNull("actorScores", actorScores));
    return scorer.exact(member.measurement);
  }

  /** The person's score, breakdown and all, when their actors have these scores. */
  public Score score(PopulationMember member, double[] actorScores) {
    if (member.optedOut()) {
      return scorer.score(member.measurement);
    }
    member.applyScores(Checks.notNull("actorScores", actorScores));
    return scorer.score(member.snapshot());
  }

  /** The score every member starts the fixed point from: the floor, 1. */
  public double start() {
    return ModelV2.POPULATION_START;
  }

  /** The stopping rule: no member's score moved by more than this in a round. */
  public double tolerance() {
    return ModelV2.POPULATION_TOLERANCE;
  }

  /** The most rounds a run makes. */
  public int maxIterations() {
    return maxIterations;
  }

  /** The scorer each round scores with. */
  public InfluenceScorer scorer() {
    return scorer;
  }

  /** Tells the listener; the first failure of a run is logged, the rest only ignored. */
  private void notify(boolean[] quiet, Consumer<PopulationListener> event) {
    try {
      event.accept(listener);
    } catch (RuntimeException e) {
      if (!quiet[0]) {
        quiet[0] = true;
        LOG.warn("population listener {} failed; the run goes on without warning again",
            listener, e);
      }
    }
  }

  @Override
  public String toString() {
    return "PopulationScorer{" + scorer.modelVersion() + ", maxIterations=" + maxIterations + "}";
  }

  /** Configures a {@link PopulationScorer}; each setting may be given once. */
  public static final class Builder {
    private final InfluenceScorer scorer;
    private int maxIterations = -1;
    private PopulationListener listener = PopulationListener.NONE;
    private boolean listenerSet;

    private Builder(InfluenceScorer scorer) {
      this.scorer = scorer;
    }

    /**
     * At most this many rounds (the model's 20 unless set); 0 scores everyone with every member
     * at the floor, which only a comparison needs.
     */
    public Builder maxIterations(int maxIterations) {
      checkState(this.maxIterations < 0, "maxIterations was already set to %s",
          this.maxIterations);
      checkArgument(maxIterations >= 0 && maxIterations <= 1000,
          "maxIterations must be from 0 to 1000 but was %s", maxIterations);
      this.maxIterations = maxIterations;
      return this;
    }

    /** Hears the run's progress; what it throws is logged and ignored. */
    public Builder listener(PopulationListener listener) {
      checkState(!listenerSet, "listener was already set to %s", this.listener);
      this.listener = Checks.notNull("listener", listener);
      this.listenerSet = true;
      return this;
    }

    public PopulationScorer build() {
      return new PopulationScorer(scorer,
          maxIterations < 0 ? ModelV2.POPULATION_MAX_ITERATIONS : maxIterations, listener);
    }
  }
}
