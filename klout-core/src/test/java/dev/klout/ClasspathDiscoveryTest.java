package dev.klout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.spi.Signal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** Discovery through META-INF/services, and what it does with providers that fail to load. */
class ClasspathDiscoveryTest {
  @TempDir
  Path jar;

  @Test
  @EnabledIfSystemProperty(named = "klout.test.path", matches = "classpath")
  void runsOnTheClassPath() {
    assertFalse(InfluenceScorer.class.getModule().isNamed(), "this run must be on the class path");
  }

  @Test
  void createFindsCoreSignalsThroughServicesFile() {
    List<String> ids = InfluenceScorer.create().signals("twitter").stream().map(Signal::id)
        .toList();
    assertTrue(ids.contains("core.reach") && ids.contains("core.amplification"), ids::toString);
  }

  /** A class loader whose services file lists a missing class and two broken providers. */
  private ClassLoader brokenJar() throws IOException {
    Path services = jar.resolve("META-INF/services/dev.klout.spi.SignalProvider");
    Files.createDirectories(services.getParent());
    Files.write(services, List.of(
        "dev.klout.NoSuchProvider",
        BrokenProviders.ThrowingConstructor.class.getName(),
        BrokenProviders.ThrowingSignals.class.getName(),
        BrokenProviders.Good.class.getName()), StandardCharsets.UTF_8);
    return new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
  }

  @Test
  void brokenProvidersAreSkippedWithAWarningNamingThem() throws IOException {
    ClassLoader loader = brokenJar();
    PrintStream original = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    InfluenceScorer scorer;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      scorer = InfluenceScorer.builder().discover(loader).build();
    } finally {
      System.setErr(original);
    }
    List<String> ids = scorer.signals("good").stream().map(Signal::id).toList();
    assertTrue(ids.contains("good.signal") && ids.contains("core.reach"), ids::toString);
    String log = err.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("WARN"), log);
    assertTrue(log.contains("dev.klout.NoSuchProvider"), log);
    assertTrue(log.contains(BrokenProviders.ThrowingConstructor.class.getName()), log);
    assertTrue(log.contains(BrokenProviders.ThrowingSignals.class.getName()), log);
  }

  @Test
  void strictDiscoveryFailsOnTheFirstBrokenProvider() throws IOException {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> InfluenceScorer.builder().discover(brokenJar()).strict().build());
    assertTrue(e.getMessage().contains("dev.klout.NoSuchProvider"), e::getMessage);
    assertTrue(e.getMessage().contains("strict"), e::getMessage);
  }

  @Test
  void discoveringTwiceIsAMistake() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> InfluenceScorer.builder().discover().discover());
    assertEquals("discovery was already requested (loader null)", e.getMessage());
  }
}
