package dev.klout.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.klout.Account;
import dev.klout.AccountWindow;
import dev.klout.CoreSignals;
import dev.klout.InfluenceScorer;
import dev.klout.Profile;
import dev.klout.Score;
import dev.klout.spi.Signal;
import dev.klout.spi.SignalProvider;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract every {@link SignalProvider} must meet. Extend it in the adapter's tests and say
 * which provider to check:
 *
 * <pre>{@code
 * class MastodonSignalsTest extends SignalProviderContract {
 *   @Override protected SignalProvider provider() { return new MastodonSignals(); }
 * }
 * }</pre>
 *
 * Override {@link #accounts()} to feed the provider accounts that carry its network's facts.
 */
public abstract class SignalProviderContract {
  private static final Pattern SIGNAL_ID = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+");

  /** A value no real account should reach on the logarithmic scale of signals. */
  protected static final double MAX_VALUE = 1_000.0;

  /** A fresh instance of the provider under test. */
  protected abstract SignalProvider provider();

  /** The network accounts are generated on; the provider's own, or "twitter" for generic ones. */
  protected String network() {
    String network = provider().network();
    return network.equals(SignalProvider.ALL_NETWORKS) ? "twitter" : network;
  }

  /** The accounts the provider is measured on; realistic and extreme ones by default. */
  protected Gen<Account> accounts() {
    return KloutGenerators.anyAccounts(network());
  }

  /** How many generated accounts each property is checked on. */
  protected int examples() {
    return 300;
  }

  @Test
  public void networkIsAnIdentifierOrEveryNetwork() {
    String network = provider().network();
    assertNotNull(network, "network()");
    assertTrue(network.equals(SignalProvider.ALL_NETWORKS)
            || network.matches("[a-z][a-z0-9_-]{0,31}"),
        () -> "network() must be a lower-case identifier or ALL_NETWORKS but was '" + network + "'");
  }

  @Test
  public void signalIdsAreWellFormedAndUnique() {
    Set<String> seen = new HashSet<>();
    List<Signal> signals = provider().signals();
    assertFalse(signals.isEmpty(), "a provider supplies at least one signal");
    for (Signal s : signals) {
      assertTrue(SIGNAL_ID.matcher(s.id()).matches(), () -> "malformed signal id '" + s.id() + "'");
      assertTrue(seen.add(s.id()), () -> "signal id '" + s.id() + "' appears twice");
      assertTrue(s.version() >= 1, () -> s.id() + " version " + s.version());
      assertNotNull(s.pillar(), () -> s.id() + " pillar");
      assertFalse(s.description().isBlank(), () -> s.id() + " has no description");
    }
  }

  @Test
  public void signalIdsAndVersionsAreStableAcrossInstances() {
    assertEquals(describe(provider()), describe(provider()),
        "two instances of the provider must supply the same signals");
  }

  @Test
  public void signalIdsDoNotClashWithCoreSignals() {
    if (provider() instanceof CoreSignals) {
      return;
    }
    Set<String> core = new HashSet<>(describe(new CoreSignals()));
    for (String s : describe(provider())) {
      assertFalse(core.contains(s), () -> s + " is already a core signal");
    }
  }

  @Test
  public void valuesAreFiniteNonNegativeAndBounded() {
    List<Signal> signals = provider().signals();
    qt().withFixedSeed(1).withExamples(examples()).forAll(accounts()).checkAssert(account -> {
      AccountWindow window = AccountWindow.of(account, ReferencePopulation.AS_OF);
      for (Signal s : signals) {
        double v = s.measure(window);
        assertTrue(Double.isFinite(v) && v >= 0 && v <= MAX_VALUE,
            () -> s.id() + " measured " + v + " on " + account);
      }
    });
  }

  @Test
  public void valuesAreDeterministic() {
    List<Signal> first = provider().signals();
    List<Signal> second = provider().signals();
    qt().withFixedSeed(2).withExamples(examples()).forAll(accounts()).checkAssert(account -> {
      for (int i = 0; i < first.size(); i++) {
        double a = first.get(i).measure(AccountWindow.of(account, ReferencePopulation.AS_OF));
        double b = second.get(i).measure(AccountWindow.of(account, ReferencePopulation.AS_OF));
        assertEquals(Double.doubleToRawLongBits(a), Double.doubleToRawLongBits(b),
            () -> first.get(0).id() + " gave two values for one account: " + account);
      }
    });
  }

  @Test
  public void valuesAreTheSameFromManyThreads() throws Exception {
    List<Signal> signals = provider().signals();
    List<Account> accounts = new ArrayList<>();
    ReferencePopulation population = ReferencePopulation.withSeed(17);
    for (int i = 0; accounts.size() < 400; i++) {
      accounts.add(KloutGenerators.rename(
          population.profile(i).accounts().firstEntry().getValue(), network()));
    }
    double[] sequential = measureAll(signals, accounts, 0, accounts.size());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<double[]>> parts = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int from = t * 100;
        parts.add(pool.submit(() -> measureAll(signals, accounts, from, from + 100)));
      }
      for (int t = 0; t < 4; t++) {
        double[] part = parts.get(t).get();
        for (int i = 0; i < part.length; i++) {
          assertEquals(Double.doubleToRawLongBits(sequential[t * part.length + i]),
              Double.doubleToRawLongBits(part[i]), "a value measured on another thread differs");
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  public void isDiscoverableByServiceLoader() {
    Class<?> type = provider().getClass();
    boolean found = false;
    for (SignalProvider p : ServiceLoader.load(SignalProvider.class)) {
      found |= p.getClass().equals(type);
    }
    assertTrue(found, () -> type.getName() + " is not registered: add it to"
        + " META-INF/services/dev.klout.spi.SignalProvider (and to module-info's provides)");
  }

  @Test
  public void scoresWithCoreSignalsWithoutConflict() {
    InfluenceScorer.Builder builder = InfluenceScorer.builder().provider(provider());
    if (!(provider() instanceof CoreSignals)) {
      builder.provider(new CoreSignals());
    }
    InfluenceScorer scorer = builder.build();
    qt().withFixedSeed(3).withExamples(50).forAll(accounts()).checkAssert(account -> {
      Profile profile = Profile.builder("contract", ReferencePopulation.AS_OF).account(account)
          .build();
      Score score = scorer.score(profile);
      assertTrue(score.value() >= 1 && score.value() <= 100, score::toString);
    });
  }

  private static List<String> describe(SignalProvider provider) {
    List<String> out = new ArrayList<>();
    for (Signal s : provider.signals()) {
      out.add(s.id() + "@" + s.version() + ":" + s.pillar());
    }
    out.sort(null);
    return out;
  }

  private static double[] measureAll(List<Signal> signals, List<Account> accounts, int from,
      int to) {
    double[] out = new double[(to - from) * signals.size()];
    int k = 0;
    for (int i = from; i < to; i++) {
      AccountWindow w = AccountWindow.of(accounts.get(i), ReferencePopulation.AS_OF);
      for (Signal s : signals) {
        out[k++] = s.measure(w);
      }
    }
    return out;
  }
}
