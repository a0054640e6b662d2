package dev.klout.youtube;

import dev.klout.fetch.ClientOptions;
import dev.klout.fetch.NetworkClient;
import dev.klout.fetch.NetworkClientFactory;
import java.util.List;
import java.util.Optional;

/** Makes {@link YouTubeClient}s for hosts that find networks with ServiceLoader. */
public final class YouTubeClients implements NetworkClientFactory {
  /** For ServiceLoader. */
  public YouTubeClients() {}

  @Override
  public String network() {
    return YouTubeSignals.NETWORK;
  }

  @Override
  public String who() {
    return "@HANDLE";
  }

  @Override
  public List<String> credentialVariables() {
    return YouTubeClient.KEY_VARIABLES;
  }

  @Override
  public Optional<String> checkWho(String who) {
    return YouTubeClient.checkWho(who);
  }

  @Override
  public NetworkClient create(ClientOptions options) {
    YouTubeClient.Builder b = options.applyTo(YouTubeClient.builder());
    if (options.quotaBudget() > 0) {
      b.quotaBudget(options.quotaBudget());
    }
    return b.build();
  }
}
