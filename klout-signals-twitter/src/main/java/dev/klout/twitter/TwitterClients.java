package dev.klout.twitter;

import dev.klout.fetch.ClientOptions;
import dev.klout.fetch.NetworkClient;
import dev.klout.fetch.NetworkClientFactory;
import java.util.List;
import java.util.Optional;

/** Makes {@link TwitterClient}s for hosts that find networks with ServiceLoader. */
public final class TwitterClients implements NetworkClientFactory {
  /** For ServiceLoader. */
  public TwitterClients() {}

  @Override
  public String network() {
    return TwitterSignals.NETWORK;
  }

  @Override
  public String who() {
    return "USERNAME";
  }

  @Override
  public List<String> credentialVariables() {
    return TwitterClient.TOKEN_VARIABLES;
  }

  @Override
  public Optional<String> checkWho(String who) {
    return TwitterClient.checkWho(who);
  }

  @Override
  public NetworkClient create(ClientOptions options) {
    TwitterClient.Builder b = options.applyTo(TwitterClient.builder());
    return b.build();
  }
}
