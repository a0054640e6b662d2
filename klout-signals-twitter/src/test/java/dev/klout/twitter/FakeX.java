package dev.klout.twitter;

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
 * A scripted X API on loopback: each path answers its queued responses in order, then 404. Records
 * every request so tests can check paths, queries and headers.
 */
final class FakeX implements AutoCloseable {
  /** One scripted answer. */
  record Answer(int status, String body, Map<String, String> headers, Duration delay) {}

  private final HttpServer server;
  private final Map<String, Deque<Answer>> script = new HashMap<>();
  final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());

  FakeX() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  static String fixture(String name) {
    try (InputStream in = FakeX.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  FakeX on(String path, int status, String body) {
    return on(path, new Answer(status, body, Map.of(), Duration.ZERO));
  }

  FakeX onFixture(String path, String fixture) {
    return on(path, 200, fixture(fixture));
  }

  synchronized FakeX on(String path, Answer answer) {
    script.computeIfAbsent(path, p -> new ArrayDeque<>()).add(answer);
    return this;
  }

  /** The usual happy path for user "ada" (id 1001): two timeline pages, resharers, mentions. */
  FakeX ada() {
    return onFixture("/2/users/by/username/ada", "user.json")
        .onFixture("/2/users/1001/tweets", "timeline-1.json")
        .onFixture("/2/users/1001/tweets", "timeline-2.json")
        .onFixture("/2/tweets/9001/retweeted_by", "retweeted-by.json")
        .onFixture("/2/tweets/9004/retweeted_by", "retweeted-by.json")
        .onFixture("/2/users/1001/mentions", "mentions.json");
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
