package dev.klout.bluesky;

import dev.klout.fetch.ClientFactory;
import java.util.List;

/** Makes {@link BlueskyClient}s for hosts that find networks with ServiceLoader; no credential. */
public final class BlueskyClients extends ClientFactory {
  /** For ServiceLoader. */
  public BlueskyClients() {
    super(BlueskySignals.NETWORK, "HANDLE", List.of(), BlueskyClient::checkWho,
        options -> options.applyTo(BlueskyClient.builder()).build());
  }
}
