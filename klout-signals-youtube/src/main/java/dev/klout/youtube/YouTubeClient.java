package dev.klout.youtube;

import dev.klout.AccountWindow;
import dev.klout.Profile;
import dev.klout.spi.FetchListener;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Fetches a channel's public YouTube activity into a klout-core account, in one call:
 *
 * <pre>{@code
 * YouTubeClient youtube = YouTubeClient.builder().build();   // key from YOUTUBE_API_KEY
 * YouTubeFetch fetch = youtube.fetch("@veritasium", Instant.now());
 * fetch.account();      // subscribers, the window's videos with their reactions, commenters
 * fetch.quotaUnits();   // what it cost
 * }</pre>
 *
 * <p>One fetch reads the channel, pages its uploads back to 90 days before {@code asOf}, reads the
 * statistics of those videos 50 at a time, and the comment threads of the most-viewed ones. It
 * never uses {@code search.list} (100 units a call). Failures are {@link YouTubeException}s of a
 * {@link YouTubeException.Kind}. Thread-safe.
 */
public final class YouTubeClient {
  private static final int MAX_UPLOAD_PAGES = 40;
  private static final int VIDEOS_PER_CALL = 50;

  private final HttpClient http;
  private final URI baseUrl;
  private final String key;
  private final Duration requestTimeout;
  private final int maxRetries;
  private final Duration backoff;
  private final Duration maxBackoff;
  private final int quotaBudget;
  private final int commentLookups;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;
  private final FetchListener listener;

  private YouTubeClient(Builder b, String key) {
    this.http = HttpClient.newBuilder().connectTimeout(b.connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER).build();
    this.baseUrl = b.baseUrl;
    this.key = key;
    this.requestTimeout = b.requestTimeout;
    this.maxRetries = b.maxRetries;
    this.backoff = b.backoff;
    this.maxBackoff = b.maxBackoff;
    this.quotaBudget = b.quotaBudget;
    this.commentLookups = b.commentLookups;
    this.sleeper = b.sleeper;
    this.jitter = b.jitter;
    this.listener = b.listener;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Fetches a channel named by handle ({@code @name}) or id ({@code UC} and 22 more characters)
   * for the window that ends at {@code asOf}.
   */
  public YouTubeFetch fetch(String handleOrId, Instant asOf) {
    if (handleOrId != null && handleOrId.matches("@[A-Za-z0-9._-]{3,30}")) {
      return fetchBy("forHandle=" + encode(handleOrId), asOf);
    }
    if (handleOrId != null && handleOrId.matches("UC[A-Za-z0-9_-]{22}")) {
      return fetchBy("id=" + handleOrId, asOf);
    }
    throw new IllegalArgumentException("handleOrId must be a handle like @name or a channel id"
        + " like UC followed by 22 characters, but was '" + handleOrId + "'");
  }

  /** Fetches a channel by its legacy username. */
  public YouTubeFetch fetchByUsername(String username, Instant asOf) {
    if (username == null || !username.matches("[A-Za-z0-9]{1,40}")) {
      throw new IllegalArgumentException("username must be letters and digits but was '"
          + username + "'");
    }
    return fetchBy("forUsername=" + username, asOf);
  }

  /** Adds the channel's account to a profile that is scored as of {@code asOf}. */
  public Profile.Builder addTo(Profile.Builder profile, String handleOrId, Instant asOf) {
    return profile.account(fetch(handleOrId, asOf).account());
  }

  private YouTubeFetch fetchBy(String selector, Instant asOf) {
    if (asOf == null) {
      throw new IllegalArgumentException("asOf must not be null");
    }
    Http calls = new Http(http, baseUrl, key, requestTimeout, maxRetries, backoff, maxBackoff,
        sleeper, jitter, quotaBudget, listener);
    String what = "channel " + selector;
    Optional<YouTubeJson.Channel> found = YouTubeJson.channel(
        calls.get("channels", "part=snippet,statistics,contentDetails&" + selector), what);
    YouTubeJson.Channel channel = found.orElseThrow(() -> new YouTubeException(
        YouTubeException.Kind.NOT_FOUND, what + ": no such channel (unknown or terminated)"));
    Instant start = asOf.minus(AccountWindow.LENGTH);

    List<String> ids = new ArrayList<>();
    String next = null;
    for (int page = 0; page < MAX_UPLOAD_PAGES; page++) {
      YouTubeJson.Page<YouTubeJson.Upload> uploads = YouTubeJson.uploads(calls.get("playlistItems",
          "part=contentDetails&maxResults=50&playlistId=" + encode(channel.uploadsPlaylist())
              + (next == null ? "" : "&pageToken=" + encode(next))),
          "uploads of " + channel.id());
      boolean older = false;
      for (YouTubeJson.Upload u : uploads.items()) {
        if (u.publishedAt().isBefore(start)) {
          older = true; // the uploads playlist runs newest first
        } else if (!u.publishedAt().isAfter(asOf)) {
          ids.add(u.videoId());
        }
      }
      next = uploads.nextPageToken();
      if (older || next == null) {
        break;
      }
    }

    YouTubeMapper.Builder account = new YouTubeMapper.Builder(channel);
    for (int from = 0; from < ids.size(); from += VIDEOS_PER_CALL) {
      List<String> batch = ids.subList(from, Math.min(ids.size(), from + VIDEOS_PER_CALL));
      for (YouTubeJson.Video v : YouTubeJson.videos(calls.get("videos",
          "part=statistics,snippet&id=" + String.join(",", batch)), "videos of " + channel.id())) {
        if (!v.publishedAt().isBefore(start) && !v.publishedAt().isAfter(asOf)) {
          account.video(v);
        }
      }
    }

    for (String videoId : account.mostViewedWithComments(commentLookups)) {
      if (!calls.canSpend()) {
        break; // comments are worth having, not worth failing the fetch for
      }
      try {
        account.threads(videoId, YouTubeJson.threads(calls.get("commentThreads",
            "part=snippet,replies&maxResults=100&videoId=" + videoId),
            "comments of video " + videoId).items());
      } catch (YouTubeException e) {
        if (!e.reason().equals("commentsDisabled")) {
          throw e;
        }
      }
    }
    try {
      return new YouTubeFetch(account.build(), calls.units());
    } catch (IllegalArgumentException e) {
      throw new YouTubeException(YouTubeException.Kind.MALFORMED,
          "channel " + channel.id() + ": the API's data does not make a valid account: "
              + e.getMessage(), e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "YouTubeClient{baseUrl=" + baseUrl + ", key=<redacted>}";
  }

  /** Configures a {@link YouTubeClient}; every setting has a default. Not thread-safe. */
  public static final class Builder {
    private URI baseUrl = URI.create("https://www.googleapis.com");
    private @Nullable String key;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(20);
    private int maxRetries = 3;
    private Duration backoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(30);
    private int quotaBudget = 100;
    private int commentLookups = 3;
    private Sleeper sleeper = Sleeper.REAL;
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
    private FetchListener listener = FetchListener.NONE;

    private Builder() {}

    /** The API's address; {@code https://www.googleapis.com} unless set. */
    public Builder baseUrl(URI baseUrl) {
      if (baseUrl == null || !baseUrl.isAbsolute()) {
        throw new IllegalArgumentException("baseUrl must be an absolute URI but was " + baseUrl);
      }
      this.baseUrl = baseUrl;
      return this;
    }

    /** The API key; unless set, read from YOUTUBE_API_KEY. */
    public Builder apiKey(String key) {
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException("apiKey must not be blank");
      }
      this.key = key;
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return this;
    }

    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive("requestTimeout", timeout);
      return this;
    }

    /** Retries after a 5xx, a 429, a transient rate limit, a timeout or a connection failure. */
    public Builder maxRetries(int retries) {
      if (retries < 0 || retries > 10) {
        throw new IllegalArgumentException("maxRetries must be between 0 and 10 but was " + retries);
      }
      this.maxRetries = retries;
      return this;
    }

    public Builder backoff(Duration first, Duration max) {
      this.backoff = positive("backoff", first);
      this.maxBackoff = positive("maxBackoff", max);
      return this;
    }

    /**
     * The most quota units one fetch may spend (default 100); comment lookups stop short of it,
     * the calls a fetch cannot do without fail with {@link YouTubeException.Kind#QUOTA_BUDGET}.
     */
    public Builder quotaBudget(int units) {
      if (units < 1) {
        throw new IllegalArgumentException("quotaBudget must be at least 1 but was " + units);
      }
      this.quotaBudget = units;
      return this;
    }

    /** How many of the window's most-viewed videos get their comment threads read (default 3). */
    public Builder commentLookups(int videos) {
      if (videos < 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "commentLookups must be >= 0 but was %d", videos));
      }
      this.commentLookups = videos;
      return this;
    }

    /** Hears each request and each wait of every fetch, e.g. to show progress; none unless set. */
    public Builder listener(FetchListener listener) {
      if (listener == null) {
        throw new IllegalArgumentException("listener must not be null");
      }
      this.listener = listener;
      return this;
    }

    Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    Builder jitter(DoubleSupplier jitter) {
      this.jitter = jitter;
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException if no key was given and YOUTUBE_API_KEY is not set
     */
    public YouTubeClient build() {
      String k = key;
      if (k == null) {
        String env = System.getenv("YOUTUBE_API_KEY");
        k = env == null || env.isBlank() ? null : env.strip();
      }
      if (k == null) {
        throw new IllegalStateException("no API key: pass apiKey(...) or set YOUTUBE_API_KEY");
      }
      return new YouTubeClient(this, k);
    }

    private static Duration positive(String name, Duration d) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive but was " + d);
      }
      return d;
    }

    @Override
    public String toString() {
      return "YouTubeClient.Builder{baseUrl=" + baseUrl + ", key="
          + (key == null ? "<from environment>" : "<redacted>") + "}";
    }
  }
}
