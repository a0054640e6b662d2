package dev.klout.cli;

import dev.klout.fetch.loopback.LoopbackServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Serves a directory of recorded API responses on loopback, so that a recording is read by the
 * adapters' own clients (paging, error handling, mapping) exactly as a live API would be.
 *
 * <p>A request's path names its file: {@code GET /2/users/by/username/ada} is answered with
 * {@code 2/users/by/username/ada.json}. Where the query has any of {@link #SELECTORS} (a page
 * token, a video id, MediaWiki's list), each value follows an {@code @}, in that list's order: {@code /youtube/v3/commentThreads?videoId=v1}
 * is {@code youtube/v3/commentThreads@v1.json}. Characters other than letters, digits, {@code .},
 * {@code _} and {@code -} in that value become {@code _}. Every answer is a 200, as the APIs give
 * for "not found" and "protected" too; a request with no file gets a 404 saying which file is
 * missing. Headers to send with a file (Mastodon pages through {@code Link}) are in a file beside
 * it, named as it with {@code .headers} added, one {@code Name: value} a line. Served by klout-fetch's {@link LoopbackServer}, which binds nothing but loopback.
 */
final class Replay {
  /** Query parameters that pick one of several recordings of the same path, first match wins. */
  static final List<String> SELECTORS = List.of("prop", "list", "pagination_token", "pageToken",
      "page_handle", "videoId", "cursor", "max_id", "uri", "actors", "llcontinue", "blcontinue",
      "uccontinue");

  private final Path root;

  private Replay(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** Starts serving {@code root} on a free loopback port. */
  static LoopbackServer serve(Path root) {
    return LoopbackServer.answering(new Replay(root)::answer);
  }

  /** The file that answers a request for {@code path} with {@code query}. */
  static String fileFor(String path, String query) {
    StringBuilder name = new StringBuilder(path.replaceAll("^/+", ""));
    for (String selector : SELECTORS) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && pair.substring(0, eq).equals(selector)) {
          String value = java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
          name.append('@').append(value.replaceAll("[^A-Za-z0-9._-]", "_"));
          break; // the first value of a repeated selector (actors=a&actors=b)
        }
      }
    }
    return name.append(".json").toString();
  }

  private LoopbackServer.Answer answer(String path, String query) {
    String name = fileFor(path, query);
    Path file = root.resolve(name).normalize();
    if (file.startsWith(root) && !name.contains("..") && Files.isRegularFile(file)) {
      try {
        // Headers a network pages with (Mastodon's Link) sit beside the body, one a line.
        Map<String, String> headers = new TreeMap<>();
        Path sidecar = file.resolveSibling(file.getFileName() + ".headers");
        if (Files.isRegularFile(sidecar)) {
          for (String line : Files.readAllLines(sidecar, StandardCharsets.UTF_8)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
              headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
          }
        }
        return new LoopbackServer.Answer(200, Files.readString(file, StandardCharsets.UTF_8),
            headers, Duration.ZERO);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String missing = ("no recording " + root.getFileName() + "/" + name)
        .replace('\\', '/').replace('"', '\'');
    // Both APIs' error shapes at once, so either client reports the missing file.
    return LoopbackServer.Answer.of(404, "{\"title\":\"Not recorded\",\"detail\":\"" + missing
        + "\",\"error\":{\"code\":404,\"message\":\"" + missing + "\",\"errors\":[{\"reason\":"
        + "\"notRecorded\",\"message\":\"" + missing + "\"}]}}");
  }
}
