/** The X/Twitter adapter: Twitter's signals for klout-core, and the API v2 client. */
module dev.klout.twitter {
  requires transitive dev.klout;
  requires transitive dev.klout.fetch;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports dev.klout.twitter;

  provides dev.klout.spi.SignalProvider with dev.klout.twitter.TwitterSignals;
  provides dev.klout.fetch.NetworkClientFactory with dev.klout.twitter.TwitterClients;
}
