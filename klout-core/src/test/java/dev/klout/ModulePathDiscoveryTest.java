package dev.klout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.spi.Signal;
import dev.klout.spi.SignalProvider;
import java.lang.module.ModuleDescriptor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Discovery on the module path, where services files are ignored and only module-info's
 * {@code provides} counts. Surefire's {@code module-path} execution runs this class.
 */
@EnabledIfSystemProperty(named = "klout.test.path", matches = "module")
class ModulePathDiscoveryTest {
  @Test
  void runsAsTheNamedModule() {
    Module module = InfluenceScorer.class.getModule();
    assertTrue(module.isNamed(), "this run must be on the module path");
    assertEquals("dev.klout", module.getName());
    ModuleDescriptor descriptor = module.getDescriptor();
    assertTrue(descriptor.uses().contains(SignalProvider.class.getName()));
    assertTrue(descriptor.exports().stream().anyMatch(e -> e.source().equals("dev.klout.spi")));
  }

  @Test
  void createFindsCoreSignalsThroughProvides() {
    List<String> ids = InfluenceScorer.create().signals("twitter").stream().map(Signal::id)
        .toList();
    assertTrue(ids.contains("core.reach") && ids.contains("core.consistency"), ids::toString);
  }
}
