/** The Mastodon adapter: Mastodon's signals for klout-core, and the REST API client (no key). */
module dev.klout.mastodon {
  requires transitive dev.klout;
  requires transitive dev.klout.fetch;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports dev.klout.mastodon;

  provides dev.klout.spi.SignalProvider with dev.klout.mastodon.MastodonSignals;
  provides dev.klout.fetch.NetworkClientFactory with dev.klout.mastodon.MastodonClients;
}
