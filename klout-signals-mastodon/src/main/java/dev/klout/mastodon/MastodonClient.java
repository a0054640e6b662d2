package dev.klout.mastodon;

import dev.klout.Account;
import dev.klout.Actor;
import dev.klout.Post;
import dev.klout.ReactionKind;
import dev.klout.Reply;
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
import dev.klout.fetch.Secret;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a person's public Mastodon activity from their own server (counts are what the queried
 * server knows, so the account's own is asked), in one call and with no key:
 *
 * <pre>{@code
 * MastodonClient mastodon = MastodonClient.builder().build();
 * FetchResult fetched = mastodon.fetch("@gargron@mastodon.social", Instant.now());
 * }</pre>
 *
 * <p>One fetch looks the account up, pages its statuses back to 90 days before {@code asOf}
 * (through the {@code Link} header), reads who boosted and favourited the most reacted-to posts
 * (full accounts, so their followers come free) and the replies under the most replied-to. A
 * locked account is private: its statuses are not read. A server that refuses anonymous reads
 * needs a user token: {@link Builder#accessToken} or {@code MASTODON_ACCESS_TOKEN}. Thread-safe.
 */
public final class MastodonClient implements NetworkClient {
  private static final Pattern WHO = Pattern.compile("@?[A-Za-z0-9_]{1,30}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+"
      + "|");
  /** Where an optional user token is read from, for servers that refuse anonymous reads. */
  public static final String TOKEN_VARIABLE = "MASTODON_ACCESS_TOKEN";
  private static final int MAX_PAGES = 40;

  private final HttpFetcher http;
  private final boolean fixedServer;
  private final int reactorLookups;
  private final int contextLookups;

  private MastodonClient(HttpFetcher http, boolean fixedServer, int reactorLookups,
      int contextLookups) {
    this.http = http;
    this.fixedServer = fixedServer;
    this.reactorLookups = reactorLookups;
    this.contextLookups = contextLookups;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String network() {
    return MastodonSignals.NETWORK;
  }

  /** Why {@code who} names no Mastodon account, or empty when it does. */
  static Optional<String> checkWho(@Nullable String who) {
    return Who.check(who, WHO, "a Mastodon account is @user@server, e.g. @gargron@mastodon.social");
  }

  /** The account of {@code @user@server}, read from that server. */
  @Override
  public FetchResult fetch(String who, Instant asOf) {
    checkWho(who).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
    String acct = who.startsWith("@") ? who.substring(1) : who;
    String user = acct.substring(0, acct.indexOf('@'));
    String server = acct.substring(acct.indexOf('@') + 1).toLowerCase(Locale.ROOT);
    HttpFetcher.Session calls = (fixedServer ? http : http.at(URI.create("https://" + server)))
        .session();
    FetchWindow window = FetchWindow.endingAt(asOf);
    MastodonJson.Account person = calls.getJson("/api/v1/accounts/lookup",
        "acct=" + Query.encode(user), a -> MastodonJson.account(a, server));
    Account.Builder account = Account.on(MastodonSignals.NETWORK).id(person.acct())
        .audience(person.followers()).following(person.following());
    if (person.locked()) {
      // B4: a locked account is private; its statuses are not read.
      return new FetchResult(account.visibility(Visibility.PRIVATE).build(), calls.calls(), 0,
          List.of());
    }
    Map<String, MastodonJson.Status> posts = new LinkedHashMap<>();
    List<Reply> replies = new ArrayList<>();
    String maxId = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      String path = "/api/v1/accounts/" + person.id() + "/statuses";
      MastodonJson.Page<MastodonJson.Status> statuses = calls.getJsonAndHeaders(path,
          "limit=40" + (maxId == null ? "" : "&max_id=" + Query.encode(maxId)),
          MastodonJson::statuses);
      boolean older = false;
      for (MastodonJson.Status s : statuses.items()) {
        if (s.boost()) {
          continue; // someone else's post
        }
        older |= s.createdAt().isBefore(window.start());
        if (!window.contains(s.createdAt()) || !s.accountId().equals(person.id())) {
          continue;
        }
        if (s.inReplyToId() != null && s.inReplyToAcct() != null) {
          // A reply to someone else is a conversation (R6); one in the person's thread a post.
          replies.add(Reply.to(full(s.inReplyToAcct(), server), s.createdAt()));
        } else {
          posts.putIfAbsent(s.id(), s);
        }
      }
      maxId = statuses.nextMaxId();
      if (older || maxId == null) {
        break;
      }
    }

    Map<String, List<Object[]>> known = new HashMap<>();
    Map<String, Actor> actors = new HashMap<>();
    for (String id : top(posts, reactorLookups, s -> s.boosts() + s.favourites())) {
      for (var e : Map.of("reblogged_by", ReactionKind.RESHARE,
          "favourited_by", ReactionKind.LIKE).entrySet().stream()
          .sorted(Map.Entry.comparingByKey()).toList()) {
        for (MastodonJson.Account a : calls.getJson("/api/v1/statuses/" + id + "/" + e.getKey(),
            "limit=80", root -> MastodonJson.accounts(root, server))) {
          react(known, actors, id, e.getValue(), a, person, asOf);
        }
      }
    }
    for (String id : top(posts, contextLookups, MastodonJson.Status::replies)) {
      List<MastodonJson.Descendant> thread = calls.getJson("/api/v1/statuses/" + id + "/context",
          "", root -> MastodonJson.descendants(root, server));
      Map<String, MastodonJson.Descendant> byId = new HashMap<>();
      thread.forEach(d -> byId.put(d.id(), d));
      for (MastodonJson.Descendant d : thread) {
        if (window.isAfter(d.createdAt())) {
          continue; // the future of a score as of the past
        }
        if (id.equals(d.inReplyToId()) && !d.account().id().equals(person.id())) {
          react(known, actors, id, ReactionKind.COMMENT, d.account(), person, asOf);
        }
        MastodonJson.Descendant parent = d.inReplyToId() == null ? null : byId.get(d.inReplyToId());
        if (d.account().id().equals(person.id()) && parent != null
            && !parent.account().id().equals(person.id())) {
          replies.add(Reply.to(parent.account().acct(), d.createdAt()));
        }
      }
    }

    for (MastodonJson.Status s : posts.values()) {
      // Quotes pass a post on with commentary: reshares too. No view counts: unknown (B7).
      Post.Builder post = Post.at(s.createdAt()).reshares(s.boosts() + s.quotes())
          .quotes(s.quotes()).comments(s.replies()).likes(s.favourites()).topics(s.tags())
          .hidden(ReactionKind.VIEW);
      Map<ReactionKind, Long> counted = new HashMap<>();
      for (Object[] r : known.getOrDefault(s.id(), List.of())) {
        ReactionKind kind = (ReactionKind) r[0];
        long limit = kind == ReactionKind.RESHARE ? s.boosts()
            : kind == ReactionKind.COMMENT ? s.replies() : s.favourites();
        if (counted.getOrDefault(kind, 0L) < limit) { // never more than the public count
          counted.merge(kind, 1L, Long::sum);
          post.engagement(kind, (Actor) r[1]);
        }
      }
      account.post(post.build());
    }
    replies.forEach(account::reply);
    try {
      return new FetchResult(account.build(), calls.calls(), 0, List.of());
    } catch (IllegalArgumentException e) {
      throw FetchException.of(FetchException.Kind.MALFORMED, MastodonSignals.NETWORK,
          person.acct() + ": the server's data does not make a valid account: " + e.getMessage(),
          e);
    }
  }

  /** Bots flagged by their server never count as influential (Actor.estimated). */
  private static void react(Map<String, List<Object[]>> known, Map<String, Actor> actors,
      String statusId, ReactionKind kind, MastodonJson.Account a, MastodonJson.Account person,
      Instant asOf) {
    if (a.id().equals(person.id())) {
      return;
    }
    Actor actor = actors.computeIfAbsent(a.acct(), id -> Actor.estimated(id, a.followers(),
        a.statuses(), a.createdAt(), asOf, a.bot()));
    List<Object[]> list = known.computeIfAbsent(statusId, k -> new ArrayList<>());
    for (Object[] r : list) {
      if (r[0] == kind && ((Actor) r[1]).id().equals(actor.id())) {
        return;
      }
    }
    list.add(new Object[] {kind, actor});
  }

  private static List<String> top(Map<String, MastodonJson.Status> posts, int limit,
      java.util.function.ToLongFunction<MastodonJson.Status> worth) {
    return Ranking.top(List.copyOf(posts.values()), limit, worth, MastodonJson.Status::createdAt)
        .stream().map(MastodonJson.Status::id).toList();
  }

  private static String full(String acct, String server) {
    return acct.contains("@") ? acct : acct + "@" + server;
  }

  @Override
  public String toString() {
    return "MastodonClient{" + http + "}";
  }

  /**
   * How a Mastodon server says what went wrong: {@code {"error":"..."}}; 404 "Record not found",
   * 401 when it refuses anonymous reads, 429 with {@code X-RateLimit-Reset} (ISO 8601, which
   * klout-fetch reads).
   */
  static final Dialect DIALECT = (status, body, headers) -> {
    String error = Json.parseLenient(body).path("error").asText("");
    if (status == 401 || status == 403) {
      return Dialect.Verdict.fail(FetchException.Kind.CREDENTIALS, "",
          "this server refuses anonymous reads (" + (error.isEmpty() ? "HTTP " + status : error)
              + "): set " + TOKEN_VARIABLE + " to a user token of an account there");
    }
    Dialect.Verdict plain = Dialect.STANDARD.classify(status, body, headers);
    return plain.action() != Dialect.Action.FAIL || error.isEmpty() ? plain
        : Dialect.Verdict.fail(plain.kind(), "", error.length() > 200
            ? error.substring(0, 200) + "..." : error);
  };

  /** Configures a {@link MastodonClient}; every setting has a default. Not thread-safe. */
  public static final class Builder extends ClientBuilder<Builder> {
    private @Nullable Secret token;
    private int reactorLookups = 5;
    private int contextLookups = 3;

    private Builder() {
      // Each account is read from its own server; this address is only a placeholder until then.
      super(URI.create("https://mastodon.social"));
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** A user token, for servers that refuse anonymous reads; unless set, MASTODON_ACCESS_TOKEN. */
    public Builder accessToken(String token) {
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("accessToken must not be blank");
      }
      this.token = Secret.of(token);
      return this;
    }

    /**
     * How many extra calls a fetch spends on actors: the {@code reactors} most boosted and
     * favourited posts get who did it read (two calls each, default 5), the {@code contexts}
     * most replied-to their replies (default 3). The window's counts are complete whatever these
     * are.
     */
    public Builder actorCalls(int reactors, int contexts) {
      if (reactors < 0 || contexts < 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "actorCalls must be >= 0 but were reactors=%d, contexts=%d", reactors, contexts));
      }
      this.reactorLookups = reactors;
      this.contextLookups = contexts;
      return this;
    }

    public MastodonClient build() {
      HttpFetcher.Builder http = httpFetcher(MastodonSignals.NETWORK).dialect(DIALECT);
      Optional<Secret> t = token != null ? Optional.of(token)
          : Secret.fromEnvironment(environment(), TOKEN_VARIABLE);
      t.ifPresent(secret -> http.secretHeader("Authorization",
          Secret.of("Bearer " + secret.reveal())));
      return new MastodonClient(http.build(), baseUrlSet(), reactorLookups, contextLookups);
    }
  }
}
