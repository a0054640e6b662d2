package dev.klout.youtube;

import dev.klout.fetch.ClientFactory;

/** Makes {@link YouTubeClient}s for hosts that find networks with ServiceLoader. */
public final class YouTubeClients extends ClientFactory {
  /** For ServiceLoader. */
  public YouTubeClients() {
    super(YouTubeSignals.NETWORK, "@HANDLE", YouTubeClient.KEY_VARIABLES, YouTubeClient::checkWho,
        options -> {
          YouTubeClient.Builder b = options.applyTo(YouTubeClient.builder());
          return (options.quotaBudget() > 0 ? b.quotaBudget(options.quotaBudget()) : b).build();
        });
  }
}
