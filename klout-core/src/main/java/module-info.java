/**
 * Klout core: the profile model, the deterministic score and the signal SPI.
 *
 * <p>Adapters register {@link dev.klout.spi.SignalProvider}s; {@link dev.klout.InfluenceScorer#create()}
 * finds them with {@link java.util.ServiceLoader} on the module path (through {@code provides}) and
 * on the class path (through {@code META-INF/services}).
 */
module dev.klout {
  requires transitive org.jspecify;
  requires com.google.common;
  requires org.slf4j;

  exports dev.klout;
  exports dev.klout.spi;

  uses dev.klout.spi.SignalProvider;

  provides dev.klout.spi.SignalProvider with dev.klout.CoreSignals;
}
