package dev.klout.wikipedia;

import dev.klout.fetch.ClientFactory;
import java.util.List;

/** Makes {@link WikipediaClient}s for hosts that find networks with ServiceLoader; no credential (Wikimedia needs none). */
public final class WikipediaClients extends ClientFactory {
  /** For ServiceLoader. */
  public WikipediaClients() {
    super(WikipediaSignals.NETWORK, "en:ARTICLE or editor:en:USER", List.of(), WikipediaClient::checkWho,
        options -> options.applyTo(WikipediaClient.builder()).build());
  }
}
