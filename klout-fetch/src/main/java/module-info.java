/**
 * Klout's fetch layer: one HTTP client with retries and rate limits, one error type, secrets that
 * never print, and the {@link dev.klout.fetch.NetworkClientFactory} SPI by which hosts find the
 * networks they can read.
 */
module dev.klout.fetch {
  requires transitive dev.klout;
  requires transitive java.net.http;
  requires transitive com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires jdk.httpserver;

  exports dev.klout.fetch;
  exports dev.klout.fetch.loopback;

  uses dev.klout.fetch.NetworkClientFactory;
}
