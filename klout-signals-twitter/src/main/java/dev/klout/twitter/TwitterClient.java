package dev.klout.twitter;

import dev.klout.Account;
import dev.klout.Profile;
import dev.klout.fetch.ClientBuilder;
import dev.klout.fetch.FetchException;
import dev.klout.fetch.FetchResult;
import dev.klout.fetch.FetchWindow;
import dev.klout.fetch.HttpFetcher;
import dev.klout.fetch.NetworkClient;
import dev.klout.fetch.Query;
import dev.klout.fetch.Who;
import dev.klout.fetch.Secret;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Fetches a person's public X/Twitter activity into a klout-core {@link Account}, in one call:
 *
 * <pre>{@code
 * TwitterClient twitter = TwitterClient.builder().build();   // token from X_BEARER_TOKEN
 * FetchResult fetched = twitter.fetch("jack", Instant.now());
 * Profile profile = Profile.builder("jack", now).account(fetched.account()).build();
 * }</pre>
 *
 * <p>One fetch reads the user, their timeline of the 90 days before {@code asOf} (every page), who
 * reshared their most reshared posts, and who replied to or quoted them. A protected account comes
 * back private with its public numbers only; its tweets are never requested. Failures are
 * {@link FetchException}s. Thread-safe: one client may serve many fetches at once.
 */
public final class TwitterClient implements NetworkClient {
  private static final Pattern WHO = Pattern.compile("@?[A-Za-z0-9_]{1,15}|id:[0-9]{1,20}");
  /** Where the bearer token is read from when none is given, in order. */
  public static final List<String> TOKEN_VARIABLES = List.of("X_BEARER_TOKEN",
      "TWITTER_BEARER_TOKEN");
  private static final String USER_FIELDS = "public_metrics,protected,verified,created_at";
  private static final String TWEET_FIELDS =
      "public_metrics,created_at,entities,referenced_tweets,conversation_id,in_reply_to_user_id";
  private static final int MAX_TIMELINE_PAGES = 40; // the API serves at most 3,200 recent tweets

  private final HttpFetcher http;
  private final int resharerLookups;
  private final int mentionPages;

  private TwitterClient(HttpFetcher http, int resharerLookups, int mentionPages) {
    this.http = http;
    this.resharerLookups = resharerLookups;
    this.mentionPages = mentionPages;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String network() {
    return TwitterSignals.NETWORK;
  }

  /**
   * The account of {@code who}: a username (with or without the @) or {@code id:} and a numeric
   * user id, for the window that ends at {@code asOf}.
   */
  @Override
  public FetchResult fetch(String who, Instant asOf) {
    checkWho(who).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
    return who.startsWith("id:")
        ? fetchUser("/2/users/" + who.substring(3), asOf)
        : fetchUser("/2/users/by/username/"
            + Query.encode(who.startsWith("@") ? who.substring(1) : who), asOf);
  }

  /** Why {@code who} names no X account, or empty when it does. */
  static Optional<String> checkWho(@Nullable String who) {
    return Who.check(who, WHO, "an X account is a username of 1 to 15 letters, digits or"
        + " underscores, or id: and a numeric user id");
  }

  /** The account of {@code username} (without the @) for the window that ends at {@code asOf}. */
  public Account fetchAccount(String username, Instant asOf) {
    return fetch(username, asOf).account();
  }

  /** The account of the user with numeric id {@code userId}. */
  public Account fetchAccountById(String userId, Instant asOf) {
    return fetch("id:" + userId, asOf).account();
  }

  /** Fetches {@code username}'s account for the builder's profile, which is scored as of {@code asOf}. */
  public Profile.Builder addTo(Profile.Builder profile, String username, Instant asOf) {
    return profile.account(fetchAccount(username, asOf));
  }

  private FetchResult fetchUser(String userPath, Instant asOf) {
    FetchWindow window = FetchWindow.endingAt(asOf);
    HttpFetcher.Session calls = http.session();
    TwitterJson.User user = calls.getJson(userPath, "user.fields=" + USER_FIELDS,
        root -> TwitterJson.user(root, "user " + userPath));
    if (user.isProtected()) {
      // The account says it is private; the score says what that leaves out.
      return new FetchResult(TwitterMapper.protectedAccount(user), calls.calls(), 0, List.of());
    }
    TwitterMapper.Builder account = new TwitterMapper.Builder(user, window);
    String span = "&start_time=" + Query.seconds(window.start()) + "&end_time=" + Query.seconds(window.end());

    String next = null;
    for (int page = 0; page < MAX_TIMELINE_PAGES; page++) {
      String query = "max_results=100&tweet.fields=" + TWEET_FIELDS + span
          + (next == null ? "" : "&pagination_token=" + Query.encode(next));
      TwitterJson.Page<TwitterJson.Tweet> tweets = calls.getJson(
          "/2/users/" + user.id() + "/tweets", query,
          root -> TwitterJson.tweets(root, "timeline of user " + user.id()));
      tweets.data().forEach(account::timeline);
      next = tweets.nextToken();
      if (next == null) {
        break;
      }
    }

    for (String postId : account.mostReshared(resharerLookups)) {
      TwitterJson.Page<TwitterJson.User> resharers = calls.getJson(
          "/2/tweets/" + postId + "/retweeted_by", "max_results=100&user.fields=" + USER_FIELDS,
          root -> TwitterJson.users(root, "resharers of tweet " + postId));
      for (TwitterJson.User u : resharers.data()) {
        account.resharedBy(postId, u);
      }
    }

    next = null;
    for (int page = 0; page < mentionPages; page++) {
      String query = "max_results=100&expansions=author_id"
          + "&tweet.fields=created_at,referenced_tweets,in_reply_to_user_id,author_id"
          + "&user.fields=" + USER_FIELDS + span
          + (next == null ? "" : "&pagination_token=" + Query.encode(next));
      TwitterJson.Page<TwitterJson.Tweet> mentions = calls.getJson(
          "/2/users/" + user.id() + "/mentions", query,
          root -> TwitterJson.tweets(root, "mentions of user " + user.id()));
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
      return new FetchResult(account.build(), calls.calls(), 0, List.of());
    } catch (IllegalArgumentException e) {
      throw FetchException.of(FetchException.Kind.MALFORMED, TwitterSignals.NETWORK,
          "user " + user.id() + ": the API's data does not make a valid account: "
              + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "TwitterClient{" + http + "}";
  }

  /** Configures a {@link TwitterClient}; every setting has a default. Not thread-safe. */
  public static final class Builder extends ClientBuilder<Builder> {
    private @Nullable Secret token;
    private int resharerLookups = 5;
    private int mentionPages = 1;

    private Builder() {
      super(URI.create("https://api.x.com"));
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The app's bearer token; unless set, read from X_BEARER_TOKEN, then TWITTER_BEARER_TOKEN. */
    public Builder bearerToken(String token) {
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("bearerToken must not be blank");
      }
      this.token = Secret.of(token);
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

    /**
     * Builds the client.
     *
     * @throws IllegalStateException if no token was given and none is in the environment
     */
    public TwitterClient build() {
      Secret t = credential(token, TOKEN_VARIABLES, "no bearer token: pass bearerToken(...)");
      HttpFetcher http = httpFetcher(TwitterSignals.NETWORK).dialect(XDialect.DIALECT)
          .secretHeader("Authorization", Secret.of("Bearer " + t.reveal())).build();
      return new TwitterClient(http, resharerLookups, mentionPages);
    }
  }
}
