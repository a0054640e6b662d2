package dev.klout.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.klout.fetch.FetchException;
import dev.klout.fetch.FetchListener;
import dev.klout.fetch.FetchResult;
import dev.klout.fetch.Json;
import dev.klout.fetch.NetworkClient;
import dev.klout.fetch.NetworkClientFactory;
import dev.klout.fetch.Sleeper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every network's client must meet, on a loopback server: paging, a 429 waited out
 * until its reset, 5xx then success, retries exhausted, timeouts, rejected credentials, no secret
 * in any message, {@code toString} or progress event, parsers that answer arbitrary and truncated
 * bytes with typed errors only, and a module that provides its factory. Extend it in the
 * adapter's tests:
 *
 * <pre>{@code
 * class MastodonFetchTest extends FetchContract {
 *   @Override protected NetworkClient client(Settings s) {
 *     return MastodonClient.builder().baseUrl(s.baseUrl()).sleeper(s.sleeper())
 *         .requestTimeout(s.requestTimeout()).maxRetries(s.maxRetries())
 *         .listener(s.listener()).build();
 *   }
 *   ...
 * }
 * }</pre>
 */
public abstract class FetchContract {
  /** What a test asks of the client. */
  public record Settings(URI baseUrl, String credential, Sleeper sleeper, Duration requestTimeout,
      int maxRetries, FetchListener listener) {}

  /** The loopback API this test's client reads. */
  protected LoopbackApi api;
  /** Every wait the client made, in order; none is slept. */
  protected final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  /** Every progress event the client gave, as text. */
  protected final List<String> heard = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void startApi() throws IOException {
    api = new LoopbackApi();
  }

  @AfterEach
  void stopApi() {
    api.close();
  }

  /** The network's name, as its accounts carry it. */
  protected abstract String network();

  /** A client with these settings: the address, the credential, waits, timeout, retries, listener. */
  protected abstract NetworkClient client(Settings settings);

  /** A credential that looks real, so that a test can see it never leaks; "" where none. */
  protected abstract String credential();

  /** The account the scripted fetch reads. */
  protected abstract String who();

  /** The instant fetches are made as of. */
  protected abstract Instant asOf();

  /** Queues a whole successful fetch of {@link #who()}, with at least one page after the first. */
  protected abstract void scriptFetch(LoopbackApi api);

  /** The path of a fetch's first request, where the failures are scripted. */
  protected abstract String firstPath();

  /** An answer that says the credential was rejected. */
  protected abstract LoopbackApi.Answer credentialRejected();

  /** An answer that says the rate limit resets at {@code resetEpochSecond}, in the network's dialect. */
  protected abstract LoopbackApi.Answer rateLimited(long resetEpochSecond);

  /** The network's parsers, each from a body's text to a result or a typed refusal. */
  protected abstract List<Consumer<String>> parsers();

  /**
   * Names of real bodies ({@link LoopbackApi#fixture}) to truncate and corrupt; the first is the
   * body of a fetch's first request.
   */
  protected abstract List<String> fixtures();

  /** Something that names no account on this network, which the factory must refuse. */
  protected String notAnAccount() {
    return "not an account! ?";
  }

  /** The adapter's compiled module descriptor; {@code target/classes/module-info.class} unless set. */
  protected Path moduleDescriptor() {
    return Path.of("target/classes/module-info.class");
  }

  private NetworkClient client(Duration timeout, int retries) {
    return client(new Settings(api.url(), credential(), waits::add, timeout, retries,
        new FetchListener() {
          @Override
          public void request(String network, String what, int calls, int quotaUnits) {
            heard.add(network + " " + calls + " " + quotaUnits + " " + what);
          }

          @Override
          public void waiting(String network, Duration wait, String why) {
            heard.add(network + " wait " + wait.toMillis() + " " + why);
          }
        }));
  }

  private FetchException fails(NetworkClient client) {
    FetchException e = assertThrows(FetchException.class, () -> client.fetch(who(), asOf()));
    assertEquals(network(), e.network(), e::getMessage);
    noSecret(e.getMessage());
    assertFalse(e.getMessage().contains("?"), "no query string in " + e.getMessage());
    return e;
  }

  private void noSecret(String text) {
    if (!credential().isEmpty()) {
      assertFalse(text.contains(credential()), "the credential leaked: " + text);
    }
  }

  @Test
  void aWholeFetchReadsEveryPageAndCountsItsCalls() {
    scriptFetch(api);
    NetworkClient client = client(Duration.ofSeconds(5), 3);
    FetchResult result = client.fetch(who(), asOf());
    assertEquals(network(), client.network());
    assertEquals(network(), result.account().network());
    assertEquals(api.requests.size(), result.calls(), api.requests::toString);
    assertTrue(result.calls() >= 2, "more than one page: " + api.requests);
    heard.forEach(this::noSecret);
    noSecret(client.toString());
    assertTrue(heard.stream().noneMatch(h -> h.contains("?")), heard::toString);
  }

  @Test
  void aRateLimitIsWaitedOutUntilItsReset() {
    long reset = Instant.now().getEpochSecond() + 30;
    api.on(firstPath(), rateLimited(reset));
    scriptFetch(api);
    client(Duration.ofSeconds(5), 3).fetch(who(), asOf());
    assertEquals(1, waits.size(), waits::toString);
    long seconds = waits.get(0).toSeconds();
    assertTrue(seconds >= 25 && seconds <= 32, "waited " + waits.get(0) + " for a reset in 30 s");
  }

  @Test
  void serverErrorsAreRetriedThenTheFetchGoesOn() {
    api.on(firstPath(), 503, "").on(firstPath(), 502, "");
    scriptFetch(api);
    client(Duration.ofSeconds(5), 3).fetch(who(), asOf());
    assertEquals(2, waits.size(), waits::toString);
  }

  @Test
  void retriesRunOutAsUnavailable() {
    for (int i = 0; i < 3; i++) {
      api.on(firstPath(), 500, "");
    }
    FetchException e = fails(client(Duration.ofSeconds(5), 2));
    assertEquals(FetchException.Kind.UNAVAILABLE, e.kind());
    assertEquals(firstPath(), e.path());
    assertEquals(api.url().getAuthority(), e.host());
    assertTrue(e.getMessage().contains(api.url().getAuthority() + firstPath()), e::getMessage);
  }

  @Test
  void aSlowResponseTimesOut() {
    api.on(firstPath(), new LoopbackApi.Answer(200, "{}", Map.of(), Duration.ofSeconds(2)));
    FetchException e = fails(client(Duration.ofMillis(200), 0));
    assertEquals(FetchException.Kind.UNAVAILABLE, e.kind());
    assertTrue(e.getCause() instanceof HttpTimeoutException, "the cause is kept: " + e.getCause());
  }

  @Test
  void aRejectedCredentialIsCredentials() {
    api.on(firstPath(), credentialRejected());
    assertEquals(FetchException.Kind.CREDENTIALS, fails(client(Duration.ofSeconds(5), 3)).kind());
  }

  @Test
  void truncatedBodiesAreMalformed() {
    String body = LoopbackApi.fixture(fixtures().get(0));
    api.on(firstPath(), 200, body.substring(0, body.length() / 2));
    assertEquals(FetchException.Kind.MALFORMED, fails(client(Duration.ofSeconds(5), 3)).kind());
  }

  private void parsesOrRefuses(String body) {
    for (Consumer<String> parser : parsers()) {
      try {
        parser.accept(body);
      } catch (Json.Malformed | Json.Refused e) {
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
      } catch (RuntimeException e) {
        throw new AssertionError("untyped " + e + " for body: " + body, e);
      }
    }
  }

  @Test
  void truncatedAndCorruptedBodiesGiveTypedErrorsOnly() {
    List<String> bodies = fixtures().stream().map(LoopbackApi::fixture).toList();
    qt().withFixedSeed(7).withExamples(1_500)
        .forAll(integers().between(0, bodies.size() - 1), integers().between(0, 10_000))
        .checkAssert((f, cut) -> parsesOrRefuses(
            bodies.get(f).substring(0, Math.min(bodies.get(f).length(), cut))));
    String noise = "{}[]\":,0123456789-.eEtruefalsn ";
    qt().withFixedSeed(9).withExamples(1_500)
        .forAll(integers().between(0, bodies.size() - 1), longs().all())
        .checkAssert((f, seed) -> {
          byte[] body = bodies.get(f).getBytes(StandardCharsets.UTF_8);
          SplittableRandom r = new SplittableRandom(seed);
          for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
            body[r.nextInt(body.length)] = (byte) noise.charAt(r.nextInt(noise.length()));
          }
          parsesOrRefuses(new String(body, StandardCharsets.UTF_8));
        });
  }

  @Test
  void arbitraryBytesGiveTypedErrorsOnly() {
    qt().withFixedSeed(8).withExamples(1_500).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      byte[] soup = new byte[r.nextInt(400)];
      r.nextBytes(soup);
      parsesOrRefuses(new String(soup, StandardCharsets.UTF_8));
    });
    qt().withFixedSeed(10).withExamples(1_500)
        .forAll(strings().allPossible().ofLengthBetween(0, 300))
        .checkAssert(this::parsesOrRefuses);
  }

  @Test
  void theFactoryIsFoundBothWays() throws IOException {
    NetworkClientFactory found = null;
    for (NetworkClientFactory f : ServiceLoader.load(NetworkClientFactory.class)) {
      if (f.network().equals(network())) {
        found = f;
      }
    }
    assertTrue(found != null, "no NetworkClientFactory for " + network() + " in META-INF/services");
    assertTrue(found.checkWho(who()).isEmpty(), () -> "the factory refuses " + who());
    assertTrue(found.checkWho(notAnAccount()).isPresent(), () -> "the factory takes "
        + notAnAccount());
    String factory = found.getClass().getName();
    try (InputStream in = Files.newInputStream(moduleDescriptor())) {
      ModuleDescriptor d = ModuleDescriptor.read(in);
      assertTrue(d.provides().stream().anyMatch(p ->
          p.service().equals(NetworkClientFactory.class.getName())
              && p.providers().contains(factory)), d::toString);
    }
  }
}
