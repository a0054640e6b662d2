/** The YouTube adapter: YouTube's signals for klout-core, and the Data API v3 client. */
module dev.klout.youtube {
  requires transitive dev.klout;
  requires com.fasterxml.jackson.databind;
  requires java.net.http;
  requires org.slf4j;

  exports dev.klout.youtube;

  provides dev.klout.spi.SignalProvider with dev.klout.youtube.YouTubeSignals;
}
