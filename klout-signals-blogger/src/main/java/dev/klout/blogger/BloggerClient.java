package dev.klout.blogger;

import dev.klout.Account;
import dev.klout.Actor;
import dev.klout.Post;
import dev.klout.ReactionKind;
import dev.klout.Reply;
import dev.klout.fetch.ClientBuilder;
import dev.klout.fetch.FetchResult;
import dev.klout.fetch.FetchWindow;
import dev.klout.fetch.GoogleErrors;
import dev.klout.fetch.HttpFetcher;
import dev.klout.fetch.NetworkClient;
import dev.klout.fetch.Query;
import dev.klout.fetch.Who;
import dev.klout.fetch.Ranking;
import dev.klout.fetch.Secret;
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
 * Reads a Blogger blog with an API key (from the caller or {@code BLOGGER_API_KEY}):
 *
 * <pre>{@code
 * FetchResult blog = BloggerClient.builder().build().fetch("example.blogspot.com", now);
 * }</pre>
 *
 * <p>One fetch finds the blog by its address, reads its posts of the window (without bodies),
 * page by page, and the comments of the 3 most commented; the author answering a commenter is a
 * conversation (R6). Blogger shows no follower count and no likes. Errors are Google's
 * ({@link GoogleErrors}): a rejected key is CREDENTIALS, {@code dailyLimitExceeded} QUOTA,
 * {@code rateLimitExceeded} waited out. The key travels only as the {@code key} parameter.
 * Thread-safe.
 */
public final class BloggerClient implements NetworkClient {
  private static final Pattern WHO = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
  /** Where the API key is read from when none is given. */
  public static final List<String> KEY_VARIABLES = List.of("BLOGGER_API_KEY");
  private static final String API = "/blogger/v3/blogs/";
  private static final int MAX_PAGES = 20;

  private final HttpFetcher http;
  private final int commentLookups;

  private BloggerClient(HttpFetcher http, int commentLookups) {
    this.http = http;
    this.commentLookups = commentLookups;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String network() {
    return BloggerSignals.NETWORK;
  }

  /** Why {@code who} names no blog, or empty when it does. */
  static Optional<String> checkWho(@Nullable String who) {
    return Who.check(who, WHO, "a Blogger blog is its address, e.g. example.blogspot.com");
  }

  @Override
  public FetchResult fetch(String who, Instant asOf) {
    checkWho(who).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
    FetchWindow window = FetchWindow.endingAt(asOf);
    HttpFetcher.Session calls = http.session();
    BloggerJson.Blog blog = calls.getJson("/blogger/v3/blogs/byurl",
        "url=" + Query.encode("https://" + who + "/"), BloggerJson::blog);
    List<BloggerJson.BlogPost> posts = new ArrayList<>();
    String token = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      String t = token;
      BloggerJson.Page<BloggerJson.BlogPost> got = calls.getJson(API + blog.id() + "/posts",
          "fetchBodies=false&maxResults=500&startDate=" + Query.encode(Query.seconds(window.start()))
              + "&endDate=" + Query.encode(Query.seconds(window.end()))
              + (t == null ? "" : "&pageToken=" + Query.encode(t)), BloggerJson::posts);
      for (BloggerJson.BlogPost p : got.items()) {
        if (window.contains(p.published())) {
          posts.add(p);
        }
      }
      token = got.nextPageToken();
      if (token == null) {
        break;
      }
    }
    Map<String, List<BloggerJson.Comment>> comments = new HashMap<>();
    for (BloggerJson.BlogPost p : Ranking.top(posts, commentLookups,
        BloggerJson.BlogPost::comments, BloggerJson.BlogPost::published)) {
      comments.put(p.id(), calls.getJson(API + blog.id() + "/posts/" + p.id() + "/comments",
          "maxResults=500", BloggerJson::comments).items());
    }
    Account.Builder account = Account.on(BloggerSignals.NETWORK).id(who)
        .fact("blogger.posts", blog.posts());
    for (BloggerJson.BlogPost p : posts) {
      // Blogger shows no likes, reshares or views: unknown, never none (B7).
      Post.Builder post = Post.at(p.published()).comments(p.comments()).topics(p.labels())
          .hidden(ReactionKind.LIKE).hidden(ReactionKind.RESHARE).hidden(ReactionKind.VIEW);
      List<BloggerJson.Comment> list = comments.getOrDefault(p.id(), List.of());
      Map<String, String> authorOf = new HashMap<>();
      list.forEach(c -> authorOf.put(c.id(), c.authorId()));
      long known = 0;
      for (BloggerJson.Comment c : list) {
        if (window.isAfter(c.published())) {
          continue; // the future of a score as of the past
        }
        if (c.authorId().equals(p.authorId())) {
          String to = c.inReplyTo() == null ? null : authorOf.get(c.inReplyTo());
          if (to != null && !to.equals(p.authorId())) {
            account.reply(Reply.to("blogger:" + to, c.published()));
          }
        } else if (known < p.comments()) {
          // A commenter the API names but does not describe: counted as an average actor.
          post.engagement(ReactionKind.COMMENT, Actor.of("blogger:" + c.authorId(), 40, 5));
          known++;
        }
      }
      account.post(post.build());
    }
    return new FetchResult(account.build(), calls.calls(), 0, List.of());
  }

  @Override
  public String toString() {
    return "BloggerClient{" + http + "}";
  }

  /** Configures a {@link BloggerClient}; every setting has a default. Not thread-safe. */
  public static final class Builder extends ClientBuilder<Builder> {
    private @Nullable Secret key;
    private int commentLookups = 3;

    private Builder() {
      super(URI.create("https://www.googleapis.com"));
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The API key; unless set, read from BLOGGER_API_KEY. */
    public Builder apiKey(String key) {
      this.key = Secret.of(key);
      return this;
    }

    /** How many of the window's most commented posts get their comments read (default 3). */
    public Builder commentLookups(int posts) {
      this.commentLookups = calls("commentLookups", posts);
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException if no key was given and BLOGGER_API_KEY is not set
     */
    public BloggerClient build() {
      return new BloggerClient(httpFetcher(BloggerSignals.NETWORK)
          .dialect(GoogleErrors.DIALECT)
          .secretQuery("key", credential(key, KEY_VARIABLES, "no API key: pass apiKey(...)"))
          .build(), commentLookups);
    }
  }
}
