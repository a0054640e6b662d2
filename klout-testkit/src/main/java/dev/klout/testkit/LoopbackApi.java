package dev.klout.testkit;

import dev.klout.fetch.loopback.LoopbackServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A scripted HTTP API on loopback, for adapter tests that must never reach the internet: each path
 * answers its queued responses in order, then 404. Records every request so tests can check paths,
 * queries and headers. A test's face of klout-fetch's {@link LoopbackServer}, the one server the
 * tests and the klout command's replays share.
 *
 * <pre>{@code
 * try (LoopbackApi api = new LoopbackApi()) {
 *   api.on("/2/users/by/username/ada", 200, body);
 *   client = MyClient.builder().baseUrl(api.url()).build();
 *   ...
 * }
 * }</pre>
 */
public final class LoopbackApi implements AutoCloseable {
  /** One scripted answer. */
  public record Answer(int status, String body, Map<String, String> headers, Duration delay) {}

  private final LoopbackServer server = LoopbackServer.scripted();
  /** Every request so far, as path and query (a live view). */
  public final List<String> requests = server.requests();
  /** Every request's Authorization header ("" where none; a live view). */
  public final List<String> authorizations = server.authorizations();

  /** Starts the server on a free loopback port. */
  public LoopbackApi() throws IOException {}

  /** The server's base URL, e.g. {@code http://127.0.0.1:41234}. */
  public URI url() {
    return server.url();
  }

  /** The text of test resource {@code /fixtures/name}, as the calling test's class path has it. */
  public static String fixture(String name) {
    try (InputStream in = Thread.currentThread().getContextClassLoader()
        .getResourceAsStream("fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Queues an answer with no extra headers and no delay. */
  public LoopbackApi on(String path, int status, String body) {
    return on(path, new Answer(status, body, Map.of(), Duration.ZERO));
  }

  /** Queues a 200 whose body is test resource {@code /fixtures/fixture}. */
  public LoopbackApi onFixture(String path, String fixture) {
    return on(path, 200, fixture(fixture));
  }

  /** Queues an answer for {@code path} (the path alone, without the query). */
  public LoopbackApi on(String path, Answer answer) {
    server.script().on(path, new LoopbackServer.Answer(answer.status(), answer.body(),
        answer.headers(), answer.delay()));
    return this;
  }

  @Override
  public void close() {
    server.close();
  }
}
