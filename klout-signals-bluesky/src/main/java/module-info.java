/** The Bluesky adapter: Bluesky's signals for klout-core, and the AppView client (no key). */
module dev.klout.bluesky {
  requires transitive dev.klout;
  requires transitive dev.klout.fetch;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports dev.klout.bluesky;

  provides dev.klout.spi.SignalProvider with dev.klout.bluesky.BlueskySignals;
  provides dev.klout.fetch.NetworkClientFactory with dev.klout.bluesky.BlueskyClients;
}
