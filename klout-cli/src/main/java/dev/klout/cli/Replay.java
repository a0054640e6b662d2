package dev.klout.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Serves a directory of recorded API responses on loopback, so that a recording is read by the
 * adapters' own clients (paging, error handling, mapping) exactly as a live API would be.
 *
 * <p>A request's path names its file: {@code GET /2/users/by/username/ada} is answered with
 * {@code 2/users/by/username/ada.json}. Where the query has one of {@link #SELECTORS} (a page
 * token, a video id), its value follows an {@code @}: {@code /youtube/v3/commentThreads?videoId=v1}
 * is {@code youtube/v3/commentThreads@v1.json}. Characters other than letters, digits, {@code .},
 * {@code _} and {@code -} in that value become {@code _}. Every answer is a 200, as the APIs give
 * for "not found" and "protected" too; a request with no file gets a 404 saying which file is
 * missing. Nothing but loopback is ever bound.
 */
final class Replay implements AutoCloseable {
  /** Query parameters that pick one of several recordings of the same path, first match wins. */
  static final List<String> SELECTORS = List.of("pagination_token", "pageToken", "videoId");

  private final Path root;
  private final HttpServer server;

  private Replay(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts serving {@code root} on a free loopback port. */
  static Replay serve(Path root) {
    try {
      return new Replay(root);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the replay server on loopback", e);
    }
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The file that answers a request for {@code path} with {@code query}. */
  static String fileFor(String path, String query) {
    String name = path.replaceAll("^/+", "");
    for (String selector : SELECTORS) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && pair.substring(0, eq).equals(selector)) {
          String value = java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
          return name + "@" + value.replaceAll("[^A-Za-z0-9._-]", "_") + ".json";
        }
      }
    }
    return name + ".json";
  }

  private void handle(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
    String name = fileFor(uri.getPath(), query);
    Path file = root.resolve(name).normalize();
    int status;
    byte[] body;
    if (file.startsWith(root) && !name.contains("..") && Files.isRegularFile(file)) {
      status = 200;
      body = Files.readAllBytes(file);
    } else {
      String missing = ("no recording " + root.getFileName() + "/" + name)
          .replace('\\', '/').replace('"', '\'');
      status = 404;
      // Both APIs' error shapes at once, so either client reports the missing file.
      body = ("{\"title\":\"Not recorded\",\"detail\":\"" + missing + "\",\"error\":{\"code\":404,"
          + "\"message\":\"" + missing + "\",\"errors\":[{\"reason\":\"notRecorded\",\"message\":\""
          + missing + "\"}]}}").getBytes(StandardCharsets.UTF_8);
    }
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
