package dev.klout.spi;

import java.util.List;

/**
 * A {@link SignalProvider} from its network and its signals, for adapters to extend with the
 * public no-argument constructor ServiceLoader needs:
 *
 * <pre>{@code
 * public final class MastodonSignals extends NetworkSignals {
 *   public MastodonSignals() {
 *     super("mastodon", List.of(Signal.of("mastodon.servers", 1, Pillar.REACH, "...", w -> ...)));
 *   }
 * }
 * }</pre>
 */
public abstract class NetworkSignals implements SignalProvider {
  private final String network;
  private final List<Signal> signals;

  protected NetworkSignals(String network, List<Signal> signals) {
    if (network == null || network.isBlank()) {
      throw new IllegalArgumentException("network must not be blank but was '" + network + "'");
    }
    this.network = network;
    this.signals = List.copyOf(signals);
  }

  @Override
  public final String network() {
    return network;
  }

  @Override
  public final List<Signal> signals() {
    return signals;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}
