package dev.klout.blogger;

import dev.klout.fetch.ClientFactory;

/** Makes {@link BloggerClient}s for hosts that find networks with ServiceLoader. */
public final class BloggerClients extends ClientFactory {
  /** For ServiceLoader. */
  public BloggerClients() {
    super(BloggerSignals.NETWORK, "BLOG_ADDRESS", BloggerClient.KEY_VARIABLES,
        BloggerClient::checkWho, options -> options.applyTo(BloggerClient.builder()).build());
  }
}
