/** The Blogger adapter: Blogger's signals for klout-core, and its API client. */
module dev.klout.blogger {
  requires transitive dev.klout;
  requires transitive dev.klout.fetch;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports dev.klout.blogger;

  provides dev.klout.spi.SignalProvider with dev.klout.blogger.BloggerSignals;
  provides dev.klout.fetch.NetworkClientFactory with dev.klout.blogger.BloggerClients;
}
