package dev.klout.wordpress;

import dev.klout.Account;
import dev.klout.Actor;
import dev.klout.Post;
import dev.klout.ReactionKind;
import dev.klout.Visibility;
import dev.klout.fetch.ClientBuilder;
import dev.klout.fetch.Dialect;
import dev.klout.fetch.FetchException;
import dev.klout.fetch.FetchResult;
import dev.klout.fetch.FetchWindow;
import dev.klout.fetch.HttpFetcher;
import dev.klout.fetch.Json;
import dev.klout.fetch.NetworkClient;
import dev.klout.fetch.Query;
import dev.klout.fetch.Who;
import dev.klout.fetch.Ranking;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a public WordPress.com site (or one author of it) with no key:
 *
 * <pre>{@code
 * FetchResult site = WordPressClient.builder().build().fetch("example.wordpress.com", now);
 * FetchResult one = WordPressClient.builder().build().fetch("example.wordpress.com/ada", now);
 * }</pre>
 *
 * <p>One fetch reads the site, its posts of the window 100 a page (passing {@code meta.next_page}
 * back URL-encoded as {@code page_handle}: sent raw it is ignored and the first page comes back,
 * a loop that never ends), and who liked the 5 most liked posts. A private site is private, not
 * an error. Thread-safe.
 */
public final class WordPressClient implements NetworkClient {
  private static final Pattern WHO = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+(/[A-Za-z0-9_.-]{1,60})?"
      + "|");
  private static final String API = "/rest/v1.1/sites/";
  private static final int MAX_PAGES = 40;

  private final HttpFetcher http;
  private final int likeLookups;

  private WordPressClient(HttpFetcher http, int likeLookups) {
    this.http = http;
    this.likeLookups = likeLookups;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String network() {
    return WordPressSignals.NETWORK;
  }

  /** Why {@code who} names no site, or empty when it does. */
  static Optional<String> checkWho(@Nullable String who) {
    return Who.check(who, WHO, "a WordPress.com site is its address, e.g."
        + " example.wordpress.com, and optionally /author");
  }

  @Override
  public FetchResult fetch(String who, Instant asOf) {
    checkWho(who).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
    String site = who.contains("/") ? who.substring(0, who.indexOf('/')) : who;
    String author = who.contains("/") ? who.substring(who.indexOf('/') + 1) : null;
    FetchWindow window = FetchWindow.endingAt(asOf);
    HttpFetcher.Session calls = http.session();
    WordPressJson.Site s;
    try {
      s = calls.getJson(API + site, "", WordPressJson::site);
    } catch (FetchException e) {
      if (e.kind() != FetchException.Kind.PRIVATE) {
        throw e;
      }
      return privateSite(who, calls);
    }
    if (s.isPrivate()) {
      return privateSite(who, calls);
    }
    List<WordPressJson.WpPost> posts = new ArrayList<>();
    String handle = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      String h = handle;
      WordPressJson.Page<WordPressJson.WpPost> got = calls.getJson(API + site + "/posts/",
          "number=100&order_by=date&order=DESC&fields=ID,date,author,like_count,discussion,tags,"
              + "categories&after=" + Query.encode(Query.seconds(window.start())) + "&before="
              + Query.encode(Query.seconds(window.end())) + (h == null ? "" : "&page_handle=" + Query.encode(h)),
          WordPressJson::posts);
      for (WordPressJson.WpPost p : got.items()) {
        if (window.contains(p.date()) && (author == null || author.equals(p.authorLogin()))) {
          posts.add(p);
        }
      }
      handle = got.nextPage();
      if (handle == null || got.items().isEmpty()) {
        break;
      }
    }
    Map<Long, List<String>> likers = new HashMap<>();
    for (WordPressJson.WpPost p : Ranking.top(posts, likeLookups, WordPressJson.WpPost::likes,
        WordPressJson.WpPost::date)) {
      likers.put(p.id(), calls.getJson(API + site + "/posts/" + p.id() + "/likes/", "",
          WordPressJson::likes));
    }
    Account.Builder account = Account.on(WordPressSignals.NETWORK).id(who)
        .audience(s.subscribers()).fact("wordpress.posts", s.posts());
    for (WordPressJson.WpPost p : posts) {
      // WordPress.com publishes no reshare or view counts: unknown, never none (B7).
      Post.Builder post = Post.at(p.date()).likes(p.likes()).comments(p.comments())
          .topics(p.topics()).hidden(ReactionKind.RESHARE).hidden(ReactionKind.VIEW);
      List<String> who1 = likers.getOrDefault(p.id(), List.of());
      for (int i = 0; i < Math.min(p.likes(), who1.size()); i++) {
        // A liker the API names but does not describe: counted as an average actor.
        post.engagement(ReactionKind.LIKE, Actor.of("wp:" + who1.get(i), 40, 5));
      }
      account.post(post.build());
    }
    return new FetchResult(account.build(), calls.calls(), 0, List.of());
  }

  private static FetchResult privateSite(String who, HttpFetcher.Session calls) {
    return new FetchResult(Account.on(WordPressSignals.NETWORK).id(who)
        .visibility(Visibility.PRIVATE).build(), calls.calls(), 0, List.of());
  }

  @Override
  public String toString() {
    return "WordPressClient{" + http + "}";
  }

  /** {@code {"error":"unknown_blog"}} 404 is not found, {@code unauthorized} 403 a private site. */
  static final Dialect DIALECT = (status, body, headers) -> {
    var root = Json.parseLenient(body);
    String error = root.path("error").asText("");
    String message = root.path("message").asText("");
    if (error.equals("unknown_blog")) {
      return Dialect.Verdict.fail(FetchException.Kind.NOT_FOUND, error, "no such site");
    }
    if (error.equals("unauthorized") || (status == 403 && error.isEmpty())) {
      return Dialect.Verdict.fail(FetchException.Kind.PRIVATE, error, "the site is private");
    }
    Dialect.Verdict plain = Dialect.STANDARD.classify(status, body, headers);
    return plain.action() != Dialect.Action.FAIL || message.isEmpty() ? plain
        : Dialect.Verdict.fail(plain.kind(), error, message);
  };

  /** Configures a {@link WordPressClient}; every setting has a default. Not thread-safe. */
  public static final class Builder extends ClientBuilder<Builder> {
    private int likeLookups = 5;

    private Builder() {
      super(URI.create("https://public-api.wordpress.com"));
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** How many of the window's most liked posts get their likers read (default 5). */
    public Builder likeLookups(int posts) {
      this.likeLookups = calls("likeLookups", posts);
      return this;
    }

    public WordPressClient build() {
      return new WordPressClient(httpFetcher(WordPressSignals.NETWORK).dialect(DIALECT).build(),
          likeLookups);
    }
  }
}
