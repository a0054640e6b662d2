/** The YouTube adapter: YouTube's signals for klout-core, and the Data API v3 client. */
module dev.klout.youtube {
  requires transitive dev.klout;
  requires transitive dev.klout.fetch;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports dev.klout.youtube;

  provides dev.klout.spi.SignalProvider with dev.klout.youtube.YouTubeSignals;
  provides dev.klout.fetch.NetworkClientFactory with dev.klout.youtube.YouTubeClients;
}
