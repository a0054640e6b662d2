package dev.klout.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scripted HTTP API on loopback, for adapter tests that must never reach the internet: each path
 * answers its queued responses in order, then 404. Records every request so tests can check paths,
 * queries and headers.
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

  private final HttpServer server;
  private final Map<String, Deque<Answer>> script = new HashMap<>();
  public final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  public final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());

  /** Starts the server on a free loopback port. */
  public LoopbackApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The server's base URL, e.g. {@code http://127.0.0.1:41234}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
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
  public synchronized LoopbackApi on(String path, Answer answer) {
    script.computeIfAbsent(path, p -> new ArrayDeque<>()).add(answer);
    return this;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requests.add(exchange.getRequestURI().toString());
    authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
    Answer answer;
    synchronized (this) {
      Deque<Answer> queue = script.get(path);
      answer = queue == null || queue.isEmpty()
          ? new Answer(404, "{\"title\":\"Not Found\",\"detail\":\"no script for " + path + "\"}",
              Map.of(), Duration.ZERO)
          : queue.poll();
    }
    try {
      if (!answer.delay().isZero()) {
        Thread.sleep(answer.delay().toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    try {
      exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (IOException e) {
      // the client gave up (a timeout test); nothing to answer
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
