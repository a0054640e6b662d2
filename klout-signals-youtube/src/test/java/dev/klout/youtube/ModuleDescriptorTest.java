package dev.klout.youtube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The adapter registers its provider both ways: module-info's {@code provides} for the module path
 * (read from the compiled descriptor) and META-INF/services for the class path.
 */
class ModuleDescriptorTest {
  @Test
  void moduleInfoProvidesTheSignals() throws IOException {
    // Read the compiled descriptor itself: on the class path every jar's module-info.class has
    // the same resource name.
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      ModuleDescriptor d = ModuleDescriptor.read(in);
      assertEquals("dev.klout.youtube", d.name());
      assertTrue(d.provides().stream().anyMatch(p ->
          p.service().equals("dev.klout.spi.SignalProvider")
              && p.providers().equals(List.of(YouTubeSignals.class.getName()))), d::toString);
    }
  }
}
