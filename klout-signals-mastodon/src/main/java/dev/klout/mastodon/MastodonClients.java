package dev.klout.mastodon;

import dev.klout.fetch.ClientFactory;
import java.util.List;

/**
 * Makes {@link MastodonClient}s for hosts that find networks with ServiceLoader. No credential is
 * required; an optional user token is read from MASTODON_ACCESS_TOKEN where set.
 */
public final class MastodonClients extends ClientFactory {
  /** For ServiceLoader. */
  public MastodonClients() {
    super(MastodonSignals.NETWORK, "@USER@SERVER", List.of(), MastodonClient::checkWho,
        options -> options.applyTo(MastodonClient.builder()).build());
  }
}
