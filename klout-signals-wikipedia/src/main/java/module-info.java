/** The Wikipedia adapter: Wikipedia's signals for klout-core, and its API client. */
module dev.klout.wikipedia {
  requires transitive dev.klout;
  requires transitive dev.klout.fetch;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports dev.klout.wikipedia;

  provides dev.klout.spi.SignalProvider with dev.klout.wikipedia.WikipediaSignals;
  provides dev.klout.fetch.NetworkClientFactory with dev.klout.wikipedia.WikipediaClients;
}
