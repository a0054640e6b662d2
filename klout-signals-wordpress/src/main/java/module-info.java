/** The WordPress adapter: WordPress's signals for klout-core, and its API client. */
module dev.klout.wordpress {
  requires transitive dev.klout;
  requires transitive dev.klout.fetch;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports dev.klout.wordpress;

  provides dev.klout.spi.SignalProvider with dev.klout.wordpress.WordPressSignals;
  provides dev.klout.fetch.NetworkClientFactory with dev.klout.wordpress.WordPressClients;
}
