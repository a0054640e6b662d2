package dev.klout.youtube;

import dev.klout.Profile;
import dev.klout.fetch.ClientBuilder;
import dev.klout.fetch.FetchException;
import dev.klout.fetch.FetchResult;
import dev.klout.fetch.FetchWindow;
import dev.klout.fetch.GoogleErrors;
import dev.klout.fetch.HttpFetcher;
import dev.klout.fetch.NetworkClient;
import dev.klout.fetch.Query;
import dev.klout.fetch.Who;
import dev.klout.fetch.Secret;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Fetches a channel's public YouTube activity into a klout-core account, in one call:
 *
 * <pre>{@code
 * YouTubeClient youtube = YouTubeClient.builder().build();   // key from YOUTUBE_API_KEY
 * FetchResult fetched = youtube.fetch("@veritasium", Instant.now());
 * fetched.account();      // subscribers, the window's videos with their reactions, commenters
 * fetched.quotaUnits();   // what it cost
 * }</pre>
 *
 * <p>One fetch reads the channel, pages its uploads back to 90 days before {@code asOf}, reads the
 * statistics of those videos 50 at a time, and the comment threads of the most-viewed ones. It
 * never uses {@code search.list} (100 units a call). Failures are {@link FetchException}s.
 * Thread-safe.
 */
public final class YouTubeClient implements NetworkClient {
  private static final Pattern WHO = Pattern.compile("@[A-Za-z0-9._-]{3,30}"
      + "|UC[A-Za-z0-9_-]{22}|user:[A-Za-z0-9]{1,40}");
  /** Where the API key is read from when none is given. */
  public static final List<String> KEY_VARIABLES = List.of("YOUTUBE_API_KEY");
  private static final int MAX_UPLOAD_PAGES = 40;
  private static final int VIDEOS_PER_CALL = 50;
  private static final String API = "/youtube/v3/";

  private final HttpFetcher http;
  private final int commentLookups;

  private YouTubeClient(HttpFetcher http, int commentLookups) {
    this.http = http;
    this.commentLookups = commentLookups;
  }

  @Override
  public String network() {
    return YouTubeSignals.NETWORK;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Fetches a channel named by handle ({@code @name}), id ({@code UC} and 22 more characters) or
   * legacy username ({@code user:name}) for the window that ends at {@code asOf}.
   */
  @Override
  public FetchResult fetch(String who, Instant asOf) {
    checkWho(who).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
    if (who.startsWith("@")) {
      return fetchBy("forHandle=" + Query.encode(who), asOf);
    }
    if (who.startsWith("user:")) {
      return fetchBy("forUsername=" + who.substring(5), asOf);
    }
    return fetchBy("id=" + who, asOf);
  }

  /** Why {@code who} names no channel, or empty when it does. */
  static Optional<String> checkWho(@Nullable String who) {
    return Who.check(who, WHO, "a YouTube channel is a handle like @name, a channel id like"
        + " UC followed by 22 characters, or user: and a legacy username");
  }

  /** Fetches a channel by its legacy username. */
  public FetchResult fetchByUsername(String username, Instant asOf) {
    return fetch("user:" + username, asOf);
  }

  /** Adds the channel's account to a profile that is scored as of {@code asOf}. */
  public Profile.Builder addTo(Profile.Builder profile, String handleOrId, Instant asOf) {
    return profile.account(fetch(handleOrId, asOf).account());
  }

  private FetchResult fetchBy(String selector, Instant asOf) {
    FetchWindow window = FetchWindow.endingAt(asOf);
    HttpFetcher.Session calls = http.session();
    List<String> notes = new ArrayList<>();
    String what = "channel " + selector;
    YouTubeJson.Channel channel = calls.getJson(API + "channels",
        "part=snippet,statistics,contentDetails&" + selector,
        root -> YouTubeJson.channel(root, what)).orElseThrow(() -> FetchException.of(
            FetchException.Kind.NOT_FOUND, YouTubeSignals.NETWORK, http.host(), API + "channels",
            "", what + ": no such channel (unknown or terminated)", null));

    List<String> ids = new ArrayList<>();
    String next = null;
    for (int page = 0; page < MAX_UPLOAD_PAGES; page++) {
      String token = next;
      YouTubeJson.Page<YouTubeJson.Upload> uploads = calls.getJson(API + "playlistItems",
          "part=contentDetails&maxResults=50&playlistId=" + Query.encode(channel.uploadsPlaylist())
              + (token == null ? "" : "&pageToken=" + Query.encode(token)),
          root -> YouTubeJson.uploads(root, "uploads of " + channel.id()));
      boolean older = false;
      for (YouTubeJson.Upload u : uploads.items()) {
        if (u.publishedAt().isBefore(window.start())) {
          older = true; // the uploads playlist runs newest first
        } else if (window.contains(u.publishedAt())) {
          ids.add(u.videoId());
        }
      }
      next = uploads.nextPageToken();
      if (older || next == null) {
        break;
      }
    }

    YouTubeMapper.Builder account = new YouTubeMapper.Builder(channel, window);
    int missing = 0;
    for (int from = 0; from < ids.size(); from += VIDEOS_PER_CALL) {
      List<String> batch = ids.subList(from, Math.min(ids.size(), from + VIDEOS_PER_CALL));
      List<YouTubeJson.Video> videos = calls.getJson(API + "videos",
          "part=statistics,snippet&id=" + String.join(",", batch),
          root -> YouTubeJson.videos(root, "videos of " + channel.id()));
      missing += batch.size() - videos.size();
      videos.forEach(account::video);
    }
    if (missing > 0) {
      notes.add(String.format(Locale.ROOT, "videos.list returned %d of the %d videos asked for"
          + " (%d private or deleted since they were uploaded)", ids.size() - missing,
          ids.size(), missing));
    }

    for (String videoId : account.mostViewedWithComments(commentLookups)) {
      if (!calls.canSpend(API + "commentThreads")) {
        notes.add("comments of the most viewed videos were not read: the quota budget ran out");
        break; // comments are worth having, not worth failing the fetch for
      }
      try {
        account.threads(videoId, calls.getJson(API + "commentThreads",
            "part=snippet,replies&maxResults=100&videoId=" + videoId,
            root -> YouTubeJson.threads(root, "comments of video " + videoId)).items());
      } catch (FetchException e) {
        if (!e.reason().equals("commentsDisabled")) {
          throw e;
        }
      }
    }
    try {
      return new FetchResult(account.build(), calls.calls(), calls.quotaUnits(), notes);
    } catch (IllegalArgumentException e) {
      throw FetchException.of(FetchException.Kind.MALFORMED, YouTubeSignals.NETWORK,
          "channel " + channel.id() + ": the API's data does not make a valid account: "
              + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "YouTubeClient{" + http + "}";
  }

  /** Configures a {@link YouTubeClient}; every setting has a default. Not thread-safe. */
  public static final class Builder extends ClientBuilder<Builder> {
    private @Nullable Secret key;
    private int quotaBudget = 100;
    private int commentLookups = 3;

    private Builder() {
      super(URI.create("https://www.googleapis.com"));
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The API key; unless set, read from YOUTUBE_API_KEY. */
    public Builder apiKey(String key) {
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException("apiKey must not be blank");
      }
      this.key = Secret.of(key);
      return this;
    }

    /**
     * The most quota units one fetch may spend (default 100; every list call costs one, counted
     * when the API received it); comment lookups stop short of it, and a call the fetch cannot do
     * without fails with {@link FetchException.Kind#QUOTA}.
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
      this.commentLookups = calls("commentLookups", videos);
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException if no key was given and YOUTUBE_API_KEY is not set
     */
    public YouTubeClient build() {
      Secret k = credential(key, KEY_VARIABLES, "no API key: pass apiKey(...)");
      HttpFetcher http = httpFetcher(YouTubeSignals.NETWORK).dialect(GoogleErrors.DIALECT)
          .secretQuery("key", k).quota(path -> 1, quotaBudget).build();
      return new YouTubeClient(http, commentLookups);
    }
  }
}
