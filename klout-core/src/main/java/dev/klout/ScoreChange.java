package dev.klout;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What moved between two scores of the same person: since last time, or in a what-if such as the
 * same profile without one network (the article's "monitor your account", SCORING-PRINCIPLES B6).
 */
public final class ScoreChange {
  /** One signal on one network, before and after; zero where the signal did not apply. */
  public record SignalDelta(String network, String signalId, double before, double after) {
    public double delta() {
      return after - before;
    }
  }

  private static final Comparator<SignalDelta> BIGGEST_MOVE_FIRST =
      Comparator.comparingDouble((SignalDelta d) -> Math.abs(d.delta())).reversed()
          .thenComparing(SignalDelta::network).thenComparing(SignalDelta::signalId);

  private final Score before;
  private final Score after;
  private final ImmutableList<SignalDelta> moved;
  private final ImmutableList<String> networksAdded;
  private final ImmutableList<String> networksRemoved;

  private ScoreChange(Score before, Score after) {
    this.before = before;
    this.after = after;
    Map<String, double[]> byKey = new TreeMap<>();
    Map<String, SignalContribution> names = new TreeMap<>();
    for (SignalContribution s : before.signals()) {
      String key = s.network() + '\u0000' + s.signalId();
      byKey.computeIfAbsent(key, k -> new double[2])[0] = s.contribution();
      names.put(key, s);
    }
    for (SignalContribution s : after.signals()) {
      String key = s.network() + '\u0000' + s.signalId();
      byKey.computeIfAbsent(key, k -> new double[2])[1] = s.contribution();
      names.put(key, s);
    }
    List<SignalDelta> deltas = new ArrayList<>();
    for (Map.Entry<String, double[]> e : byKey.entrySet()) {
      double[] v = e.getValue();
      if (v[0] != v[1]) {
        SignalContribution s = names.get(e.getKey());
        deltas.add(new SignalDelta(s.network(), s.signalId(), v[0], v[1]));
      }
    }
    deltas.sort(BIGGEST_MOVE_FIRST);
    this.moved = ImmutableList.copyOf(deltas);
    this.networksAdded = difference(after, before);
    this.networksRemoved = difference(before, after);
  }

  /**
   * The change from {@code before} to {@code after}; both must be scored, be of the same person and
   * of the same model version.
   */
  public static ScoreChange between(Score before, Score after) {
    Checks.notNull("before", before);
    Checks.notNull("after", after);
    checkArgument(before.isScored(), "before: profile '%s' opted out and has no score",
        before.profileId());
    checkArgument(after.isScored(), "after: profile '%s' opted out and has no score",
        after.profileId());
    checkArgument(before.profileId().equals(after.profileId()),
        "scores are of different people: '%s' and '%s'", before.profileId(), after.profileId());
    checkArgument(before.modelVersion().equals(after.modelVersion()),
        "scores of model %s and model %s do not compare; score both profiles with one scorer",
        before.modelVersion(), after.modelVersion());
    return new ScoreChange(before, after);
  }

  private static ImmutableList<String> difference(Score a, Score b) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (NetworkContribution n : a.networks()) {
      if (b.network(n.network()).isEmpty()) {
        out.add(n.network());
      }
    }
    return out.build();
  }

  public Score before() {
    return before;
  }

  public Score after() {
    return after;
  }

  /** The change of the 1-100 score. */
  public int points() {
    return after.value() - before.value();
  }

  /** The change of the exact calibrated value. */
  public double exact() {
    return after.exact() - before.exact();
  }

  /** The change of the raw score; the sum of every {@link SignalDelta#delta()}. */
  public double raw() {
    return after.raw() - before.raw();
  }

  /** Every signal contribution that changed, the biggest move first. */
  public List<SignalDelta> moved() {
    return moved;
  }

  /** Networks that contribute after but did not before. */
  public List<String> networksAdded() {
    return networksAdded;
  }

  /** Networks that contributed before but do not after. */
  public List<String> networksRemoved() {
    return networksRemoved;
  }

  /** Plain lines: the change, the networks that came or went, then what moved most. */
  public List<String> explain() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%d -> %d (%+d points; exact %+.2f, raw %+.3f)",
        before.value(), after.value(), points(), exact(), raw()));
    for (String n : networksAdded) {
      lines.add(n + ": now contributes");
    }
    for (String n : networksRemoved) {
      lines.add(n + ": no longer contributes");
    }
    for (SignalDelta d : moved) {
      lines.add(String.format(Locale.ROOT, "  %+.3f  %s %s (%.3f -> %.3f)",
          d.delta(), d.network(), d.signalId(), d.before(), d.after()));
    }
    return lines;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ScoreChange{%s: %d -> %d}", after.profileId(),
        before.value(), after.value());
  }
}
