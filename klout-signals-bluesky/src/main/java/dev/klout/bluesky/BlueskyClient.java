package dev.klout.bluesky;

import dev.klout.ReactionKind;
import dev.klout.fetch.ClientBuilder;
import dev.klout.fetch.FetchException;
import dev.klout.fetch.FetchResult;
import dev.klout.fetch.FetchWindow;
import dev.klout.fetch.HttpFetcher;
import dev.klout.fetch.NetworkClient;
import dev.klout.fetch.Query;
import dev.klout.fetch.Who;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a person's public Bluesky activity from the AT Protocol AppView into a klout-core account,
 * in one call and with no key:
 *
 * <pre>{@code
 * BlueskyClient bluesky = BlueskyClient.builder().build();
 * FetchResult fetched = bluesky.fetch("alice.bsky.social", Instant.now());
 * }</pre>
 *
 * <p>One fetch reads the profile, every page of the author feed back to 90 days before
 * {@code asOf}, who reposted and liked the most reacted-to posts, the threads under the most
 * replied-to ones, and the profiles of everyone found there (25 a call: the only way to learn a
 * reactor's followers). Bluesky has no private accounts. Thread-safe.
 */
public final class BlueskyClient implements NetworkClient {
  private static final Pattern WHO = Pattern.compile("@?[A-Za-z0-9][A-Za-z0-9-]*(\\.[A-Za-z0-9-]+)+"
      + "|did:(plc|web):[A-Za-z0-9._:%-]{1,200}");
  private static final String XRPC = "/xrpc/";
  private static final int MAX_FEED_PAGES = 40;
  private static final int PROFILES_PER_CALL = 25;

  private final HttpFetcher http;
  private final int reactorLookups;
  private final int threadLookups;

  private BlueskyClient(HttpFetcher http, int reactorLookups, int threadLookups) {
    this.http = http;
    this.reactorLookups = reactorLookups;
    this.threadLookups = threadLookups;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String network() {
    return BlueskySignals.NETWORK;
  }

  /** Why {@code who} names no Bluesky account, or empty when it does. */
  static Optional<String> checkWho(@Nullable String who) {
    return Who.check(who, WHO, "a Bluesky account is a handle like alice.bsky.social or a"
        + " DID like did:plc:...");
  }

  /** The account of a handle ({@code alice.bsky.social}, with or without @) or a DID. */
  @Override
  public FetchResult fetch(String who, Instant asOf) {
    checkWho(who).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
    String actor = who.startsWith("@") ? who.substring(1) : who;
    FetchWindow window = FetchWindow.endingAt(asOf);
    HttpFetcher.Session calls = http.session();
    BlueskyJson.Profile person = calls.getJson(XRPC + "app.bsky.actor.getProfile",
        "actor=" + Query.encode(actor), BlueskyJson::profile);
    BlueskyMapper.Builder account = new BlueskyMapper.Builder(person, window);

    String cursor = null;
    for (int page = 0; page < MAX_FEED_PAGES; page++) {
      BlueskyJson.Page<BlueskyJson.FeedItem> feed = calls.getJson(
          XRPC + "app.bsky.feed.getAuthorFeed", "actor=" + Query.encode(person.did())
              + "&limit=100&filter=posts_with_replies"
              + (cursor == null ? "" : "&cursor=" + Query.encode(cursor)), BlueskyJson::feed);
      boolean older = false;
      for (BlueskyJson.FeedItem item : feed.items()) {
        account.feed(item);
        older |= account.before(item);
      }
      cursor = feed.cursor();
      if (older || cursor == null) {
        break;
      }
    }

    for (String uri : account.mostReacted(reactorLookups)) {
      calls.getJson(XRPC + "app.bsky.feed.getRepostedBy", "uri=" + Query.encode(uri) + "&limit=100",
          BlueskyJson::repostedBy).items()
          .forEach(did -> account.reaction(uri, ReactionKind.RESHARE, did));
      calls.getJson(XRPC + "app.bsky.feed.getLikes", "uri=" + Query.encode(uri) + "&limit=100",
          BlueskyJson::likes).items()
          .forEach(did -> account.reaction(uri, ReactionKind.LIKE, did));
    }
    for (String uri : account.mostReplied(threadLookups)) {
      calls.getJson(XRPC + "app.bsky.feed.getPostThread", "uri=" + Query.encode(uri) + "&depth=2",
          root -> BlueskyJson.thread(root, person.did()))
          .forEach(r -> account.threadReply(uri, r));
    }
    List<String> reactors = account.reactors();
    for (int from = 0; from < reactors.size(); from += PROFILES_PER_CALL) {
      List<String> batch = reactors.subList(from, Math.min(reactors.size(),
          from + PROFILES_PER_CALL));
      StringBuilder query = new StringBuilder();
      for (String did : batch) {
        query.append(query.length() == 0 ? "" : "&").append("actors=").append(Query.encode(did));
      }
      calls.getJson(XRPC + "app.bsky.actor.getProfiles", query.toString(), BlueskyJson::profiles)
          .forEach(account::describe);
    }
    try {
      return new FetchResult(account.build(), calls.calls(), 0, List.of());
    } catch (IllegalArgumentException e) {
      throw FetchException.of(FetchException.Kind.MALFORMED, BlueskySignals.NETWORK,
          person.did() + ": the AppView's data does not make a valid account: "
              + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "BlueskyClient{" + http + "}";
  }

  /** Configures a {@link BlueskyClient}; every setting has a default. Not thread-safe. */
  public static final class Builder extends ClientBuilder<Builder> {
    private int reactorLookups = 5;
    private int threadLookups = 3;

    private Builder() {
      super(URI.create("https://public.api.bsky.app"));
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * How many extra calls a fetch spends on actors: the {@code reactors} most reacted-to posts
     * get their reposters and likers read (two calls each, default 5), the {@code threads} most
     * replied-to their threads (default 3). The window's counts are complete whatever these are.
     */
    public Builder actorCalls(int reactors, int threads) {
      if (reactors < 0 || threads < 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "actorCalls must be >= 0 but were reactors=%d, threads=%d", reactors, threads));
      }
      this.reactorLookups = reactors;
      this.threadLookups = threads;
      return this;
    }

    public BlueskyClient build() {
      return new BlueskyClient(httpFetcher(BlueskySignals.NETWORK)
          .dialect(BlueskyDialect.DIALECT).build(), reactorLookups, threadLookups);
    }
  }
}
