package dev.klout.twitter;

import dev.klout.Account;
import dev.klout.Profile;
import dev.klout.spi.FetchListener;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Fetches a person's public X/Twitter activity into a klout-core {@link Account}, in one call:
 *
 * <pre>{@code
 * TwitterClient twitter = TwitterClient.builder().build();   // token from X_BEARER_TOKEN
 * Account account = twitter.fetchAccount("jack", Instant.now());
 * Profile profile = Profile.builder("jack", now).account(account).build();
 * }</pre>
 *
 * <p>One fetch reads the user, their timeline of the 90 days before {@code asOf} (every page), who
 * reshared their most reshared posts, and who replied to or quoted them. A protected account comes
 * back private with its public numbers only; its tweets are never requested. Failures are
 * {@link TwitterException}s of a {@link TwitterException.Kind}. Thread-safe: one client may serve
 * many fetches at once.
 */
public final class TwitterClient {
  private static final String USER_FIELDS = "public_metrics,protected,verified,created_at";
  private static final String TWEET_FIELDS =
      "public_metrics,created_at,entities,referenced_tweets,conversation_id,in_reply_to_user_id";
  private static final int MAX_TIMELINE_PAGES = 40; // the API serves at most 3,200 recent tweets

  private final HttpClient http;
  private final URI baseUrl;
  private final String token;
  private final Duration requestTimeout;
  private final int maxRetries;
  private final Duration backoff;
  private final Duration maxBackoff;
  private final Duration maxRateLimitWait;
  private final int resharerLookups;
  private final int mentionPages;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;
  private final FetchListener listener;

  private TwitterClient(Builder b, String token) {
    this.http = HttpClient.newBuilder().connectTimeout(b.connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER).build();
    this.baseUrl = b.baseUrl;
    this.token = token;
    this.requestTimeout = b.requestTimeout;
    this.maxRetries = b.maxRetries;
    this.backoff = b.backoff;
    this.maxBackoff = b.maxBackoff;
    this.maxRateLimitWait = b.maxRateLimitWait;
    this.resharerLookups = b.resharerLookups;
    this.mentionPages = b.mentionPages;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.jitter = b.jitter;
    this.listener = b.listener;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The account of {@code username} (without the @) for the window that ends at {@code asOf}. */
  public Account fetchAccount(String username, Instant asOf) {
    return fetch("/2/users/by/username/" + encode(checkName(username)), asOf);
  }

  /** The account of the user with numeric id {@code userId}. */
  public Account fetchAccountById(String userId, Instant asOf) {
    if (userId == null || !userId.matches("[0-9]{1,20}")) {
      throw new IllegalArgumentException("userId must be the numeric id of a user but was '"
          + userId + "'");
    }
    return fetch("/2/users/" + userId, asOf);
  }

  /** Fetches {@code username}'s account for the builder's profile, which is scored as of {@code asOf}. */
  public Profile.Builder addTo(Profile.Builder profile, String username, Instant asOf) {
    return profile.account(fetchAccount(username, asOf));
  }

  private Account fetch(String userPath, Instant asOf) {
    if (asOf == null) {
      throw new IllegalArgumentException("asOf must not be null");
    }
    Http calls = new Http(http, baseUrl, token, requestTimeout, maxRetries, backoff, maxBackoff,
        maxRateLimitWait, clock, sleeper, jitter, listener);
    TwitterJson.User user = TwitterJson.user(
        calls.get(userPath + "?user.fields=" + USER_FIELDS), "user " + userPath);
    if (user.isProtected()) {
      return TwitterMapper.protectedAccount(user);
    }
    TwitterMapper.Builder account = new TwitterMapper.Builder(user, asOf);
    String window = "&start_time=" + iso(asOf.minus(dev.klout.AccountWindow.LENGTH))
        + "&end_time=" + iso(asOf);

    String next = null;
    for (int page = 0; page < MAX_TIMELINE_PAGES; page++) {
      String path = "/2/users/" + user.id() + "/tweets?max_results=100&tweet.fields="
          + TWEET_FIELDS + window + (next == null ? "" : "&pagination_token=" + encode(next));
      TwitterJson.Page<TwitterJson.Tweet> tweets = TwitterJson.tweets(calls.get(path),
          "timeline of user " + user.id());
      tweets.data().forEach(account::timeline);
      next = tweets.nextToken();
      if (next == null) {
        break;
      }
    }

    for (String postId : account.mostReshared(resharerLookups)) {
      TwitterJson.Page<TwitterJson.User> resharers = TwitterJson.users(
          calls.get("/2/tweets/" + postId + "/retweeted_by?max_results=100&user.fields="
              + USER_FIELDS),
          "resharers of tweet " + postId);
      for (TwitterJson.User u : resharers.data()) {
        account.resharedBy(postId, u);
      }
    }

    next = null;
    for (int page = 0; page < mentionPages; page++) {
      String path = "/2/users/" + user.id() + "/mentions?max_results=100&expansions=author_id"
          + "&tweet.fields=created_at,referenced_tweets,in_reply_to_user_id,author_id"
          + "&user.fields=" + USER_FIELDS + window
          + (next == null ? "" : "&pagination_token=" + encode(next));
      TwitterJson.Page<TwitterJson.Tweet> mentions = TwitterJson.tweets(calls.get(path),
          "mentions of user " + user.id());
      Map<String, TwitterJson.User> authors = new HashMap<>();
      mentions.includedUsers().forEach(u -> authors.put(u.id(), u));
      for (TwitterJson.Tweet m : mentions.data()) {
        account.mention(m, authors);
      }
      next = mentions.nextToken();
      if (next == null) {
        break;
      }
    }
    try {
      return account.build();
    } catch (IllegalArgumentException e) {
      throw new TwitterException(TwitterException.Kind.MALFORMED,
          "user " + user.id() + ": the API's data does not make a valid account: "
              + e.getMessage(), e);
    }
  }

  private static String checkName(String username) {
    if (username == null || !username.matches("@?[A-Za-z0-9_]{1,15}")) {
      throw new IllegalArgumentException(
          "username must be 1 to 15 letters, digits or underscores but was '" + username + "'");
    }
    return username.startsWith("@") ? username.substring(1) : username;
  }

  private static String iso(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "TwitterClient{baseUrl=" + baseUrl + ", token=<redacted>}";
  }

  /** Configures a {@link TwitterClient}; every setting has a default. Not thread-safe. */
  public static final class Builder {
    private URI baseUrl = URI.create("https://api.x.com");
    private @Nullable String token;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(20);
    private int maxRetries = 3;
    private Duration backoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(30);
    private Duration maxRateLimitWait = Duration.ofMinutes(15);
    private int resharerLookups = 5;
    private int mentionPages = 1;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.REAL;
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
    private FetchListener listener = FetchListener.NONE;

    private Builder() {}

    /** The API's address; {@code https://api.x.com} unless set. */
    public Builder baseUrl(URI baseUrl) {
      if (baseUrl == null || !baseUrl.isAbsolute()) {
        throw new IllegalArgumentException("baseUrl must be an absolute URI but was " + baseUrl);
      }
      this.baseUrl = baseUrl;
      return this;
    }

    /** The app's bearer token; unless set, read from X_BEARER_TOKEN, then TWITTER_BEARER_TOKEN. */
    public Builder bearerToken(String token) {
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("bearerToken must not be blank");
      }
      this.token = token;
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return this;
    }

    /** How long one request may take, from sending to the whole body. */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive("requestTimeout", timeout);
      return this;
    }

    /** Retries after a 5xx, a timeout or a connection failure, and rate-limit waits, each. */
    public Builder maxRetries(int retries) {
      if (retries < 0 || retries > 10) {
        throw new IllegalArgumentException("maxRetries must be between 0 and 10 but was " + retries);
      }
      this.maxRetries = retries;
      return this;
    }

    /** The first retry's backoff; each retry doubles it, up to {@code maxBackoff}, with jitter. */
    public Builder backoff(Duration first, Duration max) {
      this.backoff = positive("backoff", first);
      this.maxBackoff = positive("maxBackoff", max);
      return this;
    }

    /** The longest this client waits for a rate limit to reset before failing with RATE_LIMITED. */
    public Builder maxRateLimitWait(Duration wait) {
      if (wait == null || wait.isNegative()) {
        throw new IllegalArgumentException("maxRateLimitWait must be >= 0 but was " + wait);
      }
      this.maxRateLimitWait = wait;
      return this;
    }

    /**
     * How many extra calls a fetch spends on actors: {@code resharers} most reshared posts whose
     * resharers are looked up (default 5), and {@code mentionPages} pages of mentions (default 1).
     */
    public Builder actorCalls(int resharers, int mentionPages) {
      if (resharers < 0 || mentionPages < 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "actorCalls must be >= 0 but were resharers=%d, mentionPages=%d", resharers,
            mentionPages));
      }
      this.resharerLookups = resharers;
      this.mentionPages = mentionPages;
      return this;
    }

    /** The clock rate-limit resets are measured against. */
    public Builder clock(Clock clock) {
      if (clock == null) {
        throw new IllegalArgumentException("clock must not be null");
      }
      this.clock = clock;
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
     * @throws IllegalStateException if no token was given and none is in the environment
     */
    public TwitterClient build() {
      String t = token;
      if (t == null) {
        t = env("X_BEARER_TOKEN");
      }
      if (t == null) {
        t = env("TWITTER_BEARER_TOKEN");
      }
      if (t == null) {
        throw new IllegalStateException("no bearer token: pass bearerToken(...) or set"
            + " X_BEARER_TOKEN (or TWITTER_BEARER_TOKEN)");
      }
      return new TwitterClient(this, t);
    }

    private static @Nullable String env(String name) {
      String v = System.getenv(name);
      return v == null || v.isBlank() ? null : v.strip();
    }

    private static Duration positive(String name, Duration d) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive but was " + d);
      }
      return d;
    }

    @Override
    public String toString() {
      return "TwitterClient.Builder{baseUrl=" + baseUrl + ", token="
          + (token == null ? "<from environment>" : "<redacted>") + "}";
    }
  }
}
