package dev.klout;

import static com.google.common.base.Preconditions.checkArgument;

import dev.klout.spi.Pillar;
import dev.klout.spi.Signal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The influence score of one profile: an integer from 1 to 100, the exact value behind it, and
 * the breakdown that explains it.
 *
 * <p>The raw score is the sum of the networks' contributions, and each network's contribution is
 * the sum of its signals' contributions, summed in name order; {@link #exact()} is the raw score
 * mapped through the {@link Calibration}, and {@link #value()} that rounded. A person who opted out
 * gets a score whose {@link #isScored()} is false and which holds nothing else.
 */
public final class Score {
  /** The pillars that have a score of their own, in the order Klout showed them (R8, P1). */
  static final List<Pillar> PILLARS =
      List.of(Pillar.REACH, Pillar.AMPLIFICATION, Pillar.NETWORK_IMPACT);

  private static final Comparator<NetworkContribution> BIGGEST_NETWORK_FIRST =
      Comparator.comparingDouble(NetworkContribution::contribution).reversed()
          .thenComparing(NetworkContribution::network);
  private static final Comparator<SignalContribution> BIGGEST_SIGNAL_FIRST =
      Comparator.comparingDouble(SignalContribution::contribution).reversed()
          .thenComparing(SignalContribution::signalId);

  private final String profileId;
  private final Instant asOf;
  private final String modelVersion;
  private final boolean scored;
  private final int value;
  private final double exact;
  private final double raw;
  // The breakdown is kept as the arrays scoring used, and turned into records only when read, so
  // that scoring allocates little more than this object.
  private final String[] networks;
  private final InfluenceScorer.SignalSet.Row[] rows;
  private final double[][] values;
  private final double[] networkWeights;
  private final double[][] weights;
  private final double[] sums;
  private final List<Exclusion> exclusions;
  // Raw then calibrated, per pillar of PILLARS; calibrated NaN for a model without pillar scores.
  private final double[] pillars;
  // Per network, posts in the window then how many hide each reaction kind; null where none do.
  private final int[] @Nullable [] hidden;
  // A score rebuilt from stored data keeps its breakdown as given, instead of the arrays above.
  private final @Nullable List<NetworkContribution> restored;

  private Score(String profileId, Instant asOf, String modelVersion, boolean scored, int value,
      double exact, double raw, String[] networks, InfluenceScorer.SignalSet.Row[] rows,
      double[][] values, double[] networkWeights, double[][] weights, double[] sums,
      List<Exclusion> exclusions, double[] pillars, int[] @Nullable [] hidden,
      @Nullable List<NetworkContribution> restored) {
    this.profileId = profileId;
    this.asOf = asOf;
    this.modelVersion = modelVersion;
    this.scored = scored;
    this.value = value;
    this.exact = exact;
    this.raw = raw;
    this.networks = networks;
    this.rows = rows;
    this.values = values;
    this.networkWeights = networkWeights;
    this.weights = weights;
    this.sums = sums;
    this.exclusions = exclusions;
    this.pillars = pillars;
    this.hidden = hidden;
    this.restored = restored;
  }

  static Score scored(Measurement m, String modelVersion, double raw, double exact,
      double[] networkWeights, double[][] weights, double[] sums, double[] pillars) {
    return new Score(m.profileId, m.asOf, modelVersion, true, PillarScore.round(exact), exact, raw,
        m.networks, m.rows, m.values, networkWeights, weights, sums, m.exclusions, pillars,
        m.hidden, null);
  }

  static Score optedOut(String profileId, Instant asOf, String modelVersion) {
    return new Score(profileId, asOf, modelVersion, false, 0, Double.NaN, Double.NaN,
        new String[0], new InfluenceScorer.SignalSet.Row[0], new double[0][], new double[0],
        new double[0][], new double[0], List.of(), new double[0], null, null);
  }

  /**
   * A score rebuilt from what a store saved of one, without its hidden counts: as
   * {@link #restore(String, Instant, String, double, double, List, List, List, List)} with none,
   * for a store that did not keep them.
   */
  public static Score restore(String profileId, Instant asOf, String modelVersion, double exact,
      double raw, List<NetworkContribution> networks, List<PillarScore> pillars,
      List<Exclusion> exclusions) {
    return restore(profileId, asOf, modelVersion, exact, raw, networks, pillars, exclusions,
        List.of());
  }

  /**
   * A score rebuilt from what a store saved of one: the same value, pillar scores, breakdown,
   * exclusions and hidden counts, so that {@link #explain()} and {@link ScoreChange#between} work
   * on it as on the score it was saved from.
   *
   * @param networks each network's contribution with its signals, as {@link #networks()} gave them
   * @param pillars the pillar scores, as {@link #pillars()} gave them (empty for model v1)
   * @param hidden the hidden counts, as {@link #hidden()} gave them
   * @throws IllegalArgumentException naming the field, if a value is out of range, a network comes
   *     twice or out of name order, a signal is filed under another network, a pillar comes twice,
   *     or hidden counts name a network that did not contribute, or one twice
   */
  public static Score restore(String profileId, Instant asOf, String modelVersion, double exact,
      double raw, List<NetworkContribution> networks, List<PillarScore> pillars,
      List<Exclusion> exclusions, List<HiddenCounts> hidden) {
    Checks.id("score.profileId", profileId);
    Checks.notNull("score.asOf", asOf);
    Checks.id("score.modelVersion", modelVersion);
    Checks.inRange("score.exact", exact, 1, 100);
    Checks.nonNegative("score.raw", raw);
    List<NetworkContribution> nets = List.copyOf(Checks.notNull("score.networks", networks));
    String[] names = new String[nets.size()];
    for (int i = 0; i < names.length; i++) {
      NetworkContribution n = nets.get(i);
      names[i] = n.network();
      checkArgument(i == 0 || names[i - 1].compareTo(names[i]) < 0,
          "score.networks must be in name order without repeats, but '%s' follows '%s'",
          names[i], i == 0 ? "" : names[i - 1]);
      for (SignalContribution c : n.signals()) {
        checkArgument(c.network().equals(n.network()),
            "score.networks: signal %s is filed under network '%s' but names '%s'",
            c.signalId(), n.network(), c.network());
      }
    }
    double[] pillarValues = new double[2 * PILLARS.size()];
    java.util.Arrays.fill(pillarValues, PILLARS.size(), pillarValues.length,
        Checks.notNull("score.pillars", pillars).isEmpty() ? Double.NaN : 1.0);
    checkArgument(pillars.isEmpty() || pillars.size() == PILLARS.size(),
        "score.pillars must hold every pillar score (%s) or none, but held %s", PILLARS.size(),
        pillars.size());
    boolean[] seen = new boolean[PILLARS.size()];
    for (PillarScore p : pillars) {
      int k = PILLARS.indexOf(p.pillar());
      checkArgument(k >= 0 && !seen[k], "score.pillars: %s is not a scored pillar or comes twice",
          p.pillar());
      seen[k] = true;
      pillarValues[k] = p.raw();
      pillarValues[PILLARS.size() + k] = p.exact();
    }
    double[] sums = new double[names.length];
    for (int i = 0; i < sums.length; i++) {
      sums[i] = nets.get(i).contribution();
    }
    int[] @Nullable [] hiddenCounts = null;
    for (HiddenCounts h : Checks.notNull("score.hidden", hidden)) {
      int i = java.util.Arrays.asList(names).indexOf(h.network());
      checkArgument(i >= 0, "score.hidden: network '%s' did not contribute to the score",
          h.network());
      hiddenCounts = hiddenCounts == null ? new int[names.length][] : hiddenCounts;
      checkArgument(hiddenCounts[i] == null, "score.hidden: network '%s' comes twice",
          h.network());
      hiddenCounts[i] = new int[] {h.posts(), h.reshares(), h.comments(), h.likes(), h.views()};
    }
    return new Score(profileId, asOf, modelVersion, true, PillarScore.round(exact), exact, raw,
        names, new InfluenceScorer.SignalSet.Row[0], new double[0][], new double[0],
        new double[0][], sums, List.copyOf(Checks.notNull("score.exclusions", exclusions)),
        pillarValues, hiddenCounts, nets);
  }

  /** A stored score of a person who opted out. */
  public static Score restoreOptedOut(String profileId, Instant asOf, String modelVersion) {
    return optedOut(Checks.id("score.profileId", profileId), Checks.notNull("score.asOf", asOf),
        Checks.id("score.modelVersion", modelVersion));
  }

  public String profileId() {
    return profileId;
  }

  public Instant asOf() {
    return asOf;
  }

  /** The model and calibration that made this score; scores of different versions don't compare. */
  public String modelVersion() {
    return modelVersion;
  }

  /** False when the person opted out: there is then no score at all, not a score of 1. */
  public boolean isScored() {
    return scored;
  }

  /** The score, 1 to 100. */
  public int value() {
    requireScored("value");
    return value;
  }

  /** The calibrated value behind {@link #value()}, in [1, 100]. */
  public double exact() {
    requireScored("exact");
    return exact;
  }

  /** The sum of every contribution, before calibration. */
  public double raw() {
    requireScored("raw");
    return raw;
  }

  /**
   * The pillar scores (True Reach, Amplification, Network Impact), each calibrated on its own
   * (P1); empty for a model without them (v1) or a person who opted out.
   */
  public List<PillarScore> pillars() {
    int p = PILLARS.size();
    if (!scored || Double.isNaN(pillars[p])) {
      return List.of();
    }
    List<PillarScore> out = new ArrayList<>(p);
    for (int k = 0; k < p; k++) {
      out.add(new PillarScore(PILLARS.get(k), PillarScore.round(pillars[p + k]), pillars[p + k],
          pillars[k]));
    }
    return Collections.unmodifiableList(out);
  }

  /** One pillar's score, if the model scores that pillar (modifiers have none). */
  public Optional<PillarScore> pillar(Pillar pillar) {
    for (PillarScore s : pillars()) {
      if (s.pillar() == pillar) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * How many of a network's posts in the window hide their count of {@code kind}: unknown, and
   * estimated by the model, never read as none (B7).
   */
  public int hiddenPosts(String network, ReactionKind kind) {
    for (int i = 0; i < networks.length; i++) {
      if (networks[i].equals(network) && hidden != null && hidden[i] != null) {
        return hidden[i][1 + kind.ordinal()];
      }
    }
    return 0;
  }

  /**
   * The hidden counts of each network that hides any, in network-name order: what the score
   * estimated rather than read (B7). Empty where nothing was hidden, or for a person who opted out.
   */
  public List<HiddenCounts> hidden() {
    List<HiddenCounts> out = new ArrayList<>();
    for (int i = 0; hidden != null && i < networks.length; i++) {
      int[] h = hidden[i];
      if (h != null && (h[1] | h[2] | h[3] | h[4]) != 0) {
        out.add(new HiddenCounts(networks[i], h[0], h[1], h[2], h[3], h[4]));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Each scored network's contribution, in network-name order. */
  public List<NetworkContribution> networks() {
    List<NetworkContribution> out = new ArrayList<>(networks.length);
    for (int i = 0; i < networks.length; i++) {
      out.add(contribution(i));
    }
    return Collections.unmodifiableList(out);
  }

  private NetworkContribution contribution(int i) {
    if (restored != null) {
      return restored.get(i);
    }
    Signal[] signals = rows[i].signals;
    List<SignalContribution> list = new ArrayList<>(signals.length);
    for (int j = 0; j < signals.length; j++) {
      Signal s = signals[j];
      double v = values[i][j];
      list.add(new SignalContribution(networks[i], s.id(), s.version(), s.pillar(),
          s.description(), v, weights[i][j], networkWeights[i] * weights[i][j] * v));
    }
    return new NetworkContribution(networks[i], sums[i], Collections.unmodifiableList(list));
  }

  public Optional<NetworkContribution> network(String network) {
    for (int i = 0; i < networks.length; i++) {
      if (networks[i].equals(network)) {
        return Optional.of(contribution(i));
      }
    }
    return Optional.empty();
  }

  /** Every signal contribution of every network, networks in name order, signals in id order. */
  public List<SignalContribution> signals() {
    List<SignalContribution> all = new ArrayList<>();
    for (int i = 0; i < networks.length; i++) {
      all.addAll(contribution(i).signals());
    }
    return Collections.unmodifiableList(all);
  }

  /** The networks in the profile that contributed nothing, and why, in network-name order. */
  public List<Exclusion> exclusions() {
    return exclusions;
  }

  /** Plain lines a person can read: the score, then the biggest contributions first. */
  public List<String> explain() {
    List<String> lines = new ArrayList<>();
    if (!scored) {
      lines.add(String.format(Locale.ROOT,
          "No score for '%s': the person opted out, so none of their data was read.", profileId));
      return lines;
    }
    lines.add(String.format(Locale.ROOT,
        "Score %d of 100 for '%s' as of %s (model %s; exact %.2f, raw %.3f)",
        value, profileId, asOf, modelVersion, exact, raw));
    List<PillarScore> pillarScores = pillars();
    if (!pillarScores.isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (PillarScore p : pillarScores) {
        parts.add(String.format(Locale.ROOT, "%s %d", p.pillar().label(), p.value()));
      }
      lines.add("Pillars: " + String.join(", ", parts) + " (each of 100, calibrated on its own)");
    }
    List<NetworkContribution> byContribution = new ArrayList<>(networks());
    byContribution.sort(BIGGEST_NETWORK_FIRST);
    for (NetworkContribution n : byContribution) {
      lines.add(String.format(Locale.ROOT, "%s: %+.3f raw (%s of the total)",
          n.network(), n.contribution(), percent(n.contribution(), raw)));
      List<SignalContribution> signals = new ArrayList<>(n.signals());
      signals.sort(BIGGEST_SIGNAL_FIRST);
      for (SignalContribution s : signals) {
        lines.add(String.format(Locale.ROOT, "  %+.3f  %s: %s (%s = %.3f x weight %.2f)",
            s.contribution(), s.pillar().label(), s.description(), s.signalId(), s.value(),
            s.weight()));
      }
    }
    for (int i = 0; hidden != null && i < networks.length; i++) {
      int[] h = hidden[i];
      if (h == null || (h[1] | h[2] | h[3] | h[4]) == 0) {
        continue; // an account whose hidden counts are all outside the window hides nothing here
      }
      List<String> parts = new ArrayList<>();
      for (ReactionKind kind : ReactionKind.values()) {
        if (h[1 + kind.ordinal()] > 0) {
          parts.add(String.format(Locale.ROOT, "%s on %d", HIDDEN_NAME[kind.ordinal()],
              h[1 + kind.ordinal()]));
        }
      }
      lines.add(String.format(Locale.ROOT, "%s: hidden by the network: %s of %d posts; unknown,"
          + " not zero: estimated from what the posts show", networks[i], String.join(", ", parts),
          h[0]));
    }
    for (Exclusion e : exclusions) {
      lines.add(String.format(Locale.ROOT, "%s: left out, %s", e.network(), e.reason().explanation()));
    }
    if (networks.length == 0) {
      lines.add("No network contributed, so the score is the lowest, 1.");
    }
    return lines;
  }

  private static final String[] HIDDEN_NAME = {"reshares", "comments", "likes", "views"};

  private static String percent(double part, double whole) {
    return whole > 0 ? String.format(Locale.ROOT, "%.0f%%", 100 * part / whole) : "0%";
  }

  private void requireScored(String what) {
    if (!scored) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "profile '%s' opted out: there is no score, so no %s; check isScored() first",
          profileId, what));
    }
  }

  @Override
  public String toString() {
    return scored
        ? String.format(Locale.ROOT, "Score{%s=%d, exact=%.4f, model=%s}", profileId, value, exact,
            modelVersion)
        : String.format(Locale.ROOT, "Score{%s opted out, model=%s}", profileId, modelVersion);
  }
}
