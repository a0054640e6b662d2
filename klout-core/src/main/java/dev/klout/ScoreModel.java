package dev.klout;

import com.google.common.collect.ImmutableList;
import dev.klout.spi.Pillar;
import dev.klout.spi.Signal;
import dev.klout.spi.Weighting;
import java.util.List;
import java.util.Map;

/**
 * A version of the score model: klout-core's generic signals, their weights, and the calibrations
 * of the total and of each pillar. Scores of different models do not compare; a host that stored
 * scores of one model keeps it with {@link InfluenceScorer.Builder#model} until it chooses to move.
 */
public enum ScoreModel {
  /**
   * The first model: counts weighted by kind, selectivity and actor influence (SCORING-PRINCIPLES
   * R1-R7). Kept bit for bit, its golden file unchanged; it has no pillar scores, and counts a
   * hidden reaction count as none.
   */
  V1("v1"),
  /**
   * The default: v1's rules measured on organic reactions only, so bought engagement, pods and a
   * one-hit post cannot inflate the score (G1-G3), with hidden counts estimated rather than read as
   * none (B7) and a calibrated 1-100 score per pillar (P1). Every number is in {@link ModelV2}.
   */
  V2("v2");

  private final String version;

  ScoreModel(String version) {
    this.version = version;
  }

  /** The version stamped on scores, e.g. {@code "v2"}. */
  public String version() {
    return version;
  }

  /** The model {@link InfluenceScorer#create()} uses. */
  public static ScoreModel current() {
    return V2;
  }

  /** The model's weighting of signals, core and adapters' alike. */
  public Weighting weighting() {
    return this == V1 ? Weighting.standard() : ModelV2.WEIGHTING;
  }

  /** The calibration of the total score. */
  public Calibration calibration() {
    return this == V1 ? Calibration.standard() : ModelV2.TOTAL;
  }

  /**
   * The calibration of each pillar's own score (True Reach, Amplification, Network Impact); empty
   * for v1, which had none.
   */
  public Map<Pillar, Calibration> pillarCalibrations() {
    return this == V1 ? Map.of() : ModelV2.PILLARS;
  }

  /** The generic signals {@link CoreSignals} stands for in this model, in id order. */
  List<Signal> coreSignals() {
    return this == V1 ? V1_SIGNALS : V2_SIGNALS;
  }

  private static final List<Signal> V1_SIGNALS = sorted(CoreSignal.values());
  private static final List<Signal> V2_SIGNALS = sorted(CoreSignalV2.values());

  private static List<Signal> sorted(Signal[] signals) {
    return ImmutableList.sortedCopyOf(
        java.util.Comparator.comparing(Signal::id), java.util.Arrays.asList(signals));
  }
}
