package dev.klout.wordpress;

import dev.klout.fetch.ClientFactory;
import java.util.List;

/** Makes {@link WordPressClient}s for hosts that find networks with ServiceLoader; no credential. */
public final class WordPressClients extends ClientFactory {
  /** For ServiceLoader. */
  public WordPressClients() {
    super(WordPressSignals.NETWORK, "SITE[/AUTHOR]", List.of(), WordPressClient::checkWho,
        options -> options.applyTo(WordPressClient.builder()).build());
  }
}
