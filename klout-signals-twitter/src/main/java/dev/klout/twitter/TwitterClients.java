package dev.klout.twitter;

import dev.klout.fetch.ClientFactory;

/** Makes {@link TwitterClient}s for hosts that find networks with ServiceLoader. */
public final class TwitterClients extends ClientFactory {
  /** For ServiceLoader. */
  public TwitterClients() {
    super(TwitterSignals.NETWORK, "USERNAME", TwitterClient.TOKEN_VARIABLES,
        TwitterClient::checkWho, options -> options.applyTo(TwitterClient.builder()).build());
  }
}
