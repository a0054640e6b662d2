package dev.klout;

import dev.klout.spi.Signal;
import dev.klout.spi.SignalProvider;
import java.util.List;

/**
 * The generic signals that measure an account of any network, so a host gets a score with no
 * adapter at all. Registered as a service, so {@link InfluenceScorer#create()} finds it; pass an
 * instance to {@link InfluenceScorer.Builder#provider} when building a scorer by hand.
 */
public final class CoreSignals implements SignalProvider {
  private final ScoreModel model;

  /**
   * Called by {@link java.util.ServiceLoader}, or by hand for {@code InfluenceScorer.builder()}.
   * The signals are those of the scorer's {@link ScoreModel}; read alone, the current model's.
   */
  public CoreSignals() {
    this(ScoreModel.current());
  }

  CoreSignals(ScoreModel model) {
    this.model = model;
  }

  @Override
  public String network() {
    return ALL_NETWORKS;
  }

  @Override
  public List<Signal> signals() {
    return model.coreSignals();
  }

  @Override
  public String toString() {
    return "CoreSignals";
  }
}
