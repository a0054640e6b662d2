package dev.klout.fetch.loopback;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
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
 * An HTTP API on a free loopback port, answering each request with what its {@link Responder}
 * says. Records every request (path and query, and its Authorization header) so that tests can
 * check what was asked, and that no credential went where it should not.
 *
 * <pre>{@code
 * try (LoopbackServer api = LoopbackServer.scripted()) {
 *   api.script().on("/2/users/by/username/ada", 200, body);
 *   client = MyClient.builder().baseUrl(api.url()).build();
 * }
 * }</pre>
 */
public final class LoopbackServer implements AutoCloseable {
  /** One answer: status, body, extra headers, and a delay before it is sent. */
  public record Answer(int status, String body, Map<String, String> headers, Duration delay) {
    public Answer {
      headers = Map.copyOf(headers);
    }

    public static Answer of(int status, String body) {
      return new Answer(status, body, Map.of(), Duration.ZERO);
    }
  }

  /** What answers a request of {@code path} with {@code rawQuery} ("" if none). */
  @FunctionalInterface
  public interface Responder {
    Answer answer(String path, String rawQuery);
  }

  private final HttpServer server;
  private final Responder responder;
  private final Script script;
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());

  private LoopbackServer(Responder responder, Script script) {
    this.responder = responder;
    this.script = script;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start a server on loopback", e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  /** A server whose answers are queued per path with {@link #script()}; unscripted paths 404. */
  public static LoopbackServer scripted() {
    Script s = new Script();
    return new LoopbackServer(s::next, s);
  }

  /** A server that answers with {@code responder}, e.g. files of a recording. */
  public static LoopbackServer answering(Responder responder) {
    return new LoopbackServer(responder, new Script());
  }

  /** The base URL, e.g. {@code http://127.0.0.1:41234}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The scripted answers of a {@link #scripted()} server. */
  public Script script() {
    return script;
  }

  /** Every request so far, as path and query: a live, read-only view. */
  public List<String> requests() {
    return Collections.unmodifiableList(requests);
  }

  /** Every request's Authorization header so far ("" where it had none): a live view. */
  public List<String> authorizations() {
    return Collections.unmodifiableList(authorizations);
  }

  private void handle(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
    requests.add(uri.getRawPath() + (query.isEmpty() ? "" : "?" + query));
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    authorizations.add(auth == null ? "" : auth);
    Answer answer;
    try {
      answer = responder.answer(uri.getPath(), query);
    } catch (RuntimeException e) {
      // A responder that fails must still answer, or the client waits out its timeout.
      answer = Answer.of(500, "{\"title\":\"Responder failed\",\"detail\":\""
          + String.valueOf(e.getMessage()).replace('"', '\'') + "\"}");
    }
    if (!answer.delay().isZero()) {
      try {
        Thread.sleep(answer.delay().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
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
      // The client gave up (a timeout test): nobody is left to answer.
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** Answers queued per path, served in order; a path with none left answers 404. */
  public static final class Script {
    private final Map<String, Deque<Answer>> queued = new HashMap<>();

    private Script() {}

    /** Queues a plain answer. */
    public Script on(String path, int status, String body) {
      return on(path, Answer.of(status, body));
    }

    public synchronized Script on(String path, Answer answer) {
      queued.computeIfAbsent(path, p -> new ArrayDeque<>()).add(answer);
      return this;
    }

    synchronized Answer next(String path, String query) {
      Deque<Answer> q = queued.get(path);
      return q == null || q.isEmpty()
          ? Answer.of(404, "{\"title\":\"Not Found\",\"detail\":\"no script for " + path + "\"}")
          : q.poll();
    }
  }
}
