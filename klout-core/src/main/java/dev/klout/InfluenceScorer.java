package dev.klout;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableMap;
import dev.klout.spi.Pillar;
import dev.klout.spi.Signal;
import dev.klout.spi.SignalProvider;
import dev.klout.spi.Weighting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Scores profiles. Create one when the application starts and share it: it is immutable and
 * thread-safe, and creating it runs provider discovery, which is far slower than scoring.
 *
 * <pre>{@code
 * InfluenceScorer scorer = InfluenceScorer.create();   // every SignalProvider on the path
 * Score score = scorer.score(profile);
 * score.value();      // 1..100
 * score.explain();    // the breakdown, biggest contributions first
 * }</pre>
 *
 * <p>The same profile gets the same score bit for bit, whatever the thread, locale, machine or the
 * order providers were found in: signals are sorted by id, networks by name, every sum runs in that
 * order, and the arithmetic is {@link StrictMath}.
 */
public final class InfluenceScorer {
  /**
   * The version of the default score model ({@link ScoreModel#current()}): the signals' formulas,
   * their weights and the calibrations.
   */
  public static final String MODEL_VERSION = "v2";

  private final ScoreModel model;
  private final SignalSet signals;
  private final Weighting weighting;
  private final Calibration calibration;
  // The three pillars' calibrations in Pillar order, or null for a model without pillar scores.
  private final Calibration @Nullable [] pillarCalibrations;
  private final String modelVersion;

  private InfluenceScorer(ScoreModel model, SignalSet signals, Weighting weighting,
      Calibration calibration) {
    this.model = model;
    this.signals = signals;
    this.weighting = weighting;
    this.calibration = calibration;
    Map<Pillar, Calibration> pillars = model.pillarCalibrations();
    if (pillars.isEmpty()) {
      this.pillarCalibrations = null;
    } else {
      this.pillarCalibrations = new Calibration[Score.PILLARS.size()];
      for (int i = 0; i < pillarCalibrations.length; i++) {
        pillarCalibrations[i] = pillars.get(Score.PILLARS.get(i));
      }
    }
    String version = model.version();
    if (calibration != model.calibration()) {
      version += "+" + calibration.name();
    }
    if (weighting != model.weighting()) {
      version += "+weighting:" + weighting.getClass().getName();
    }
    this.modelVersion = version;
  }

  /**
   * A scorer with every {@link SignalProvider} found by {@link java.util.ServiceLoader}, the
   * standard weighting and the standard calibration. Providers that fail to load are skipped with a
   * warning; use {@link #builder()} with {@link Builder#strict()} to fail instead.
   */
  public static InfluenceScorer create() {
    return builder().discover().build();
  }

  /** A builder, for explicit providers, strict discovery, a weighting or a calibration. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Scores a profile: {@link #measure} then {@link #score(Measurement)}. An opted-out profile gets
   * a score that says so, and none of its accounts is read. Private accounts, and accounts with no
   * activity in the window, contribute nothing and are listed in {@link Score#exclusions()}.
   *
   * @throws IllegalStateException if a signal throws or returns a negative or non-finite value; the
   *     message names the signal
   */
  public Score score(Profile profile) {
    return score(measure(profile));
  }

  /**
   * Measures every signal of every public, active account of the profile: the part of scoring
   * that reads the data.
   *
   * @throws IllegalStateException if a signal throws or returns a negative or non-finite value
   */
  public Measurement measure(Profile profile) {
    return measure(profile, null);
  }

  /**
   * {@link #measure(Profile)}, also handing out the window each measured network was read
   * through, in the measurement's network order, for {@link PopulationScorer}.
   */
  Measurement measure(Profile profile, @Nullable List<AccountWindow> windowsOut) {
    Checks.notNull("profile", profile);
    if (profile.optedOut()) {
      return new Measurement(profile.id(), profile.asOf(), true, new String[0],
          new SignalSet.Row[0], new double[0][], List.of(), null);
    }
    int size = profile.accounts().size();
    String[] networks = new String[size];
    SignalSet.Row[] rows = new SignalSet.Row[size];
    double[][] values = new double[size][];
    int[][] hidden = null;
    List<Exclusion> exclusions = null;
    int n = 0;
    for (Account account : profile.accounts().values()) {
      Exclusion.Reason reason = null;
      AccountWindow window = null;
      if (account.visibility() == Visibility.PRIVATE) {
        reason = Exclusion.Reason.PRIVATE;
      } else {
        window = AccountWindow.of(account, profile.asOf());
        if (!window.hasActivity()) {
          reason = Exclusion.Reason.NO_ACTIVITY;
        }
      }
      if (reason != null) {
        if (exclusions == null) {
          exclusions = new ArrayList<>(2);
        }
        exclusions.add(new Exclusion(account.network(), reason));
        continue;
      }
      SignalSet.Row row = signals.forNetwork(account.network());
      networks[n] = account.network();
      rows[n] = row;
      values[n] = measure(profile, window, row.signals);
      if (windowsOut != null) {
        windowsOut.add(window);
      }
      if (account.hasHiddenCounts) {
        int[] h = new int[1 + ReactionKind.values().length];
        h[0] = window.postCount();
        for (ReactionKind kind : ReactionKind.values()) {
          h[1 + kind.ordinal()] = window.hiddenPosts(kind);
        }
        if (hidden == null) {
          hidden = new int[size][];
        }
        hidden[n] = h;
      }
      n++;
    }
    if (n < size) {
      networks = Arrays.copyOf(networks, n);
      rows = Arrays.copyOf(rows, n);
      values = Arrays.copyOf(values, n);
      if (hidden != null) {
        hidden = Arrays.copyOf(hidden, n);
      }
    }
    return new Measurement(profile.id(), profile.asOf(), false, networks, rows, values,
        exclusions == null ? List.of() : List.copyOf(exclusions), hidden);
  }

  private static double[] measure(Profile profile, AccountWindow window, Signal[] signals) {
    double[] values = new double[signals.length];
    for (int i = 0; i < signals.length; i++) {
      Signal signal = signals[i];
      double value;
      try {
        value = signal.measure(window);
      } catch (RuntimeException e) {
        throw new IllegalStateException(String.format(Locale.ROOT,
            "signal %s (%s) failed on profile '%s', network '%s'", signal.id(),
            signal.getClass().getName(), profile.id(), window.network()), e);
      }
      if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
        throw new IllegalStateException(String.format(Locale.ROOT,
            "signal %s (%s) measured %s on profile '%s', network '%s'; values must be finite and"
                + " >= 0", signal.id(), signal.getClass().getName(), value, profile.id(),
            window.network()));
      }
      values[i] = value;
    }
    return values;
  }

  /**
   * Weighs and calibrates signal values measured earlier, by this scorer or another with the same
   * signals: the cheap part of scoring, with this scorer's weighting and calibration.
   */
  public Score score(Measurement measurement) {
    Checks.notNull("measurement", measurement);
    if (measurement.optedOut) {
      return Score.optedOut(measurement.profileId, measurement.asOf, modelVersion);
    }
    int n = measurement.networks.length;
    double[] networkWeights = new double[n];
    double[][] weights = new double[n][];
    double[] sums = new double[n];
    // True Reach, Amplification, Network Impact: raw, then calibrated (P1).
    double[] pillarRaw = new double[2 * Score.PILLARS.size()];
    double raw = raw(measurement, networkWeights, weights, sums, pillarRaw);
    Calibration[] pc = pillarCalibrations;
    int p = Score.PILLARS.size();
    for (int k = 0; k < p; k++) {
      pillarRaw[p + k] = pc == null ? Double.NaN : pc[k].apply(pillarRaw[k]);
    }
    return Score.scored(measurement, modelVersion, raw, calibration.apply(raw), networkWeights,
        weights, sums, pillarRaw);
  }

  /**
   * The weighted sum of a measurement's values, network by network in its order: the one sum
   * {@link #score(Measurement)} and {@link #exact(Measurement)} both take. The breakdown arrays
   * are filled where given (null where the caller needs the total alone).
   */
  private double raw(Measurement measurement, double @Nullable [] networkWeights,
      double @Nullable [] @Nullable [] weights, double @Nullable [] sums,
      double @Nullable [] pillarRaw) {
    double raw = 0;
    for (int i = 0; i < measurement.networks.length; i++) {
      String network = measurement.networks[i];
      double networkWeight = weighting.networkWeight(network);
      if (!(networkWeight >= 0 && networkWeight < Double.POSITIVE_INFINITY)) {
        throw new IllegalStateException(String.format(Locale.ROOT,
            "weighting %s gave network '%s' the weight %s; weights must be finite and >= 0",
            weighting, network, networkWeight));
      }
      SignalSet.Row row = measurement.rows[i];
      double[] w = signals.forNetwork(network) == row
          ? row.weights
          : SignalSet.weights(row.signals, weighting);
      double[] v = measurement.values[i];
      double sum = 0;
      for (int j = 0; j < v.length; j++) {
        double part = networkWeight * w[j] * v[j];
        sum += part;
        int pillar = row.pillars[j];
        if (pillar >= 0 && pillarRaw != null) {
          pillarRaw[pillar] += part;
        }
      }
      if (networkWeights != null) {
        networkWeights[i] = networkWeight;
      }
      if (weights != null) {
        weights[i] = w;
      }
      if (sums != null) {
        sums[i] = sum;
      }
      raw += sum;
    }
    return raw;
  }

  /**
   * The exact score of a measurement, for the rounds of a population's fixed point: the same sum
   * and calibration as {@link #score(Measurement)}, without building the breakdown each round
   * would drop.
   */
  double exact(Measurement measurement) {
    return measurement.optedOut ? Double.NaN
        : calibration.apply(raw(measurement, null, null, null, null));
  }

  SignalSet.Row row(String network) {
    return signals.forNetwork(network);
  }

  /** Scores both profiles of one person and says what moved; for what-ifs and "since last time". */
  public ScoreChange compare(Profile before, Profile after) {
    return ScoreChange.between(score(before), score(after));
  }

  /** The signals applied to an account of {@code network}, in id order. */
  public List<Signal> signals(String network) {
    return List.of(signals.forNetwork(network).signals);
  }

  /** The score model this scorer applies. */
  public ScoreModel model() {
    return model;
  }

  /** The model version stamped on every score, e.g. "v2", plus any custom parts. */
  public String modelVersion() {
    return modelVersion;
  }

  public Calibration calibration() {
    return calibration;
  }

  public Weighting weighting() {
    return weighting;
  }

  @Override
  public String toString() {
    return "InfluenceScorer{model=" + modelVersion + ", signals=" + signals + "}";
  }

  /**
   * Configures an {@link InfluenceScorer}. Every setting may be given once; giving one twice is a
   * mistake that this builder reports rather than silently resolves. Not thread-safe.
   */
  public static final class Builder {
    private final List<SignalProvider> providers = new ArrayList<>();
    private boolean discover;
    private @Nullable ClassLoader discoveryLoader;
    private boolean strict;
    private @Nullable Weighting weighting;
    private @Nullable Calibration calibration;
    private @Nullable ScoreModel model;

    private Builder() {}

    /**
     * The score model: {@link ScoreModel#current()} unless set. {@link ScoreModel#V1} scores bit
     * for bit as v1 did, for a host that stored v1 scores and migrates when it chooses.
     */
    public Builder model(ScoreModel model) {
      checkState(this.model == null, "model was already set to %s", this.model);
      this.model = Checks.notNull("model", model);
      return this;
    }

    /** Adds a provider; its signals must not share an id with any other provider's. */
    public Builder provider(SignalProvider provider) {
      providers.add(Checks.notNull("provider", provider));
      return this;
    }

    /** Also finds providers with {@link java.util.ServiceLoader} on the class and module path. */
    public Builder discover() {
      checkState(!discover, "discovery was already requested (loader %s)", discoveryLoader);
      this.discover = true;
      return this;
    }

    /** Also finds providers with {@link java.util.ServiceLoader} in {@code loader}, e.g. a plugin's. */
    public Builder discover(ClassLoader loader) {
      checkState(!discover, "discovery was already requested (loader %s)", discoveryLoader);
      this.discover = true;
      this.discoveryLoader = Checks.notNull("loader", loader);
      return this;
    }

    /** Makes a provider that fails to load an error, instead of a warning and a skip. */
    public Builder strict() {
      this.strict = true;
      return this;
    }

    public Builder weighting(Weighting weighting) {
      checkState(this.weighting == null, "weighting was already set to %s", this.weighting);
      this.weighting = Checks.notNull("weighting", weighting);
      return this;
    }

    public Builder calibration(Calibration calibration) {
      checkState(this.calibration == null, "calibration was already set to %s", this.calibration);
      this.calibration = Checks.notNull("calibration", calibration);
      return this;
    }

    /**
     * Builds the scorer.
     *
     * @throws IllegalStateException if there are no signals, two signals share an id (the message
     *     names both classes), a signal is malformed, a weight is negative or not finite, or, in
     *     strict mode, a provider failed to load
     */
    public InfluenceScorer build() {
      List<SignalProvider> all = new ArrayList<>(providers);
      if (discover) {
        all.addAll(Discovery.load(discoveryLoader, strict));
      }
      ScoreModel m = model != null ? model : ScoreModel.current();
      Weighting w = weighting != null ? weighting : m.weighting();
      Calibration c = calibration != null ? calibration : m.calibration();
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i) instanceof CoreSignals) {
          all.set(i, new CoreSignals(m));
        }
      }
      return new InfluenceScorer(m, SignalSet.of(all, w), w, c);
    }
  }

  /** Signals sorted by id, per network, with their weights: what {@link #measure} iterates. */
  static final class SignalSet {
    static final class Row {
      final Signal[] signals;
      final double[] weights;
      // Each signal's index in Score.PILLARS, or -1 for a modifier.
      final int[] pillars;

      Row(Signal[] signals, double[] weights) {
        this.signals = signals;
        this.weights = weights;
        this.pillars = new int[signals.length];
        for (int i = 0; i < signals.length; i++) {
          pillars[i] = Score.PILLARS.indexOf(signals[i].pillar());
        }
      }
    }

    private final Row everyNetwork;
    private final ImmutableMap<String, Row> byNetwork;

    private SignalSet(Row everyNetwork, ImmutableMap<String, Row> byNetwork) {
      this.everyNetwork = everyNetwork;
      this.byNetwork = byNetwork;
    }

    Row forNetwork(String network) {
      Row row = byNetwork.get(network);
      return row != null ? row : everyNetwork;
    }

    static SignalSet of(List<SignalProvider> providers, Weighting weighting) {
      List<SignalRegistry.Entry> entries = SignalRegistry.collect(providers);
      checkState(!entries.isEmpty(),
          "no signals to score with: no SignalProvider was given or discovered; add"
              + " klout-core's CoreSignals with provider(new CoreSignals()) or call discover()");
      Row every = row(entries, SignalProvider.ALL_NETWORKS, weighting);
      ImmutableMap.Builder<String, Row> rows = ImmutableMap.builder();
      for (String network : SignalRegistry.networks(entries)) {
        rows.put(network, row(entries, network, weighting));
      }
      return new SignalSet(every, rows.build());
    }

    private static Row row(List<SignalRegistry.Entry> entries, String network, Weighting weighting) {
      List<Signal> chosen = new ArrayList<>();
      for (SignalRegistry.Entry e : entries) {
        if (e.network().equals(SignalProvider.ALL_NETWORKS) || e.network().equals(network)) {
          chosen.add(e.signal());
        }
      }
      Signal[] signals = chosen.toArray(new Signal[0]);
      return new Row(signals, weights(signals, weighting));
    }

    static double[] weights(Signal[] signals, Weighting weighting) {
      double[] weights = new double[signals.length];
      for (int i = 0; i < signals.length; i++) {
        double w = weighting.signalWeight(signals[i]);
        checkState(Double.isFinite(w) && w >= 0,
            "weighting %s gave signal %s the weight %s; weights must be finite and >= 0",
            weighting, signals[i].id(), w);
        weights[i] = w;
      }
      return weights;
    }

    @Override
    public String toString() {
      List<String> ids = new ArrayList<>();
      for (Signal s : everyNetwork.signals) {
        ids.add(s.id());
      }
      for (Map.Entry<String, Row> e : byNetwork.entrySet()) {
        for (Signal s : e.getValue().signals) {
          if (!ids.contains(s.id())) {
            ids.add(s.id());
          }
        }
      }
      return ids.toString();
    }
  }
}
