package dev.klout.wikipedia;

import dev.klout.Account;
import dev.klout.Post;
import dev.klout.Reply;
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
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a person on Wikipedia, with no key, in one of two ways:
 *
 * <pre>{@code
 * WikipediaClient wikipedia = WikipediaClient.builder().build();
 * wikipedia.fetch("en:Ada_Lovelace", now);       // the subject of an article
 * wikipedia.fetch("editor:en:Jimbo_Wales", now);  // an editor
 * }</pre>
 *
 * <p>For an article it reads the daily pageviews of the window (Wikimedia REST API; a 404 there
 * means no data), the articles that link to it and its language editions (MediaWiki Action API,
 * paged with {@code continue}). For an editor it reads the user and their contributions in the
 * window; edits on talk pages are conversations. Errors the Action API reports in a 200
 * ({@code {"error":{"code","info"}}}, {@code ratelimited} and {@code maxlag} are waited out) are
 * failures like any other. Thread-safe.
 */
public final class WikipediaClient implements NetworkClient {
  private static final Pattern WHO =
      Pattern.compile("(editor:)?(?:([a-z]{2,12}(?:-[a-z]{2,8})?):)?([^#<>\\[\\]{}|:][^#<>\\[\\]{}|]{0,254})");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final String API = "/w/api.php";
  private static final String QUERY = "action=query&format=json&formatversion=2";
  private static final int MAX_PAGES = 20;

  private final HttpFetcher http;
  private final boolean fixedServer;

  private WikipediaClient(HttpFetcher http, boolean fixedServer) {
    this.http = http;
    this.fixedServer = fixedServer;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String network() {
    return WikipediaSignals.NETWORK;
  }

  /** Why {@code who} names no article or editor, or empty when it does. */
  static Optional<String> checkWho(@Nullable String who) {
    return Who.check(who, WHO, "a Wikipedia account is an article, e.g. en:Ada_Lovelace, or"
        + " an editor, e.g. editor:en:Jimbo_Wales");
  }

  @Override
  public FetchResult fetch(String who, Instant asOf) {
    checkWho(who).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
    Matcher m = WHO.matcher(who);
    m.matches();
    String lang = m.group(2) == null ? "en" : m.group(2);
    String title = m.group(3).strip().replace(' ', '_');
    HttpFetcher action = fixedServer ? http : http.at(URI.create("https://" + lang
        + ".wikipedia.org"));
    FetchWindow window = FetchWindow.endingAt(asOf);
    return m.group(1) != null ? editor(action.session(), lang, title, window)
        : article(action, lang, title, window);
  }

  private FetchResult article(HttpFetcher action, String lang, String title, FetchWindow window) {
    HttpFetcher.Session calls = action.session();
    String t = Query.encode(title);
    int editions = 0;
    String next = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      String cont = next;
      WikipediaJson.Page<String> links = calls.getJson(API, QUERY + "&prop=langlinks&lllimit=max"
          + "&redirects=1&titles=" + t + (cont == null ? "" : "&llcontinue=" + Query.encode(cont)),
          root -> WikipediaJson.langlinks(root, title));
      editions += links.items().size();
      next = links.next();
      if (next == null) {
        break;
      }
    }
    long backlinks = 0;
    List<String> notes = new ArrayList<>();
    next = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      String cont = next;
      WikipediaJson.Page<String> links = calls.getJson(API, QUERY + "&list=backlinks"
          + "&blnamespace=0&bllimit=max&bltitle=" + t
          + (cont == null ? "" : "&blcontinue=" + Query.encode(cont)), WikipediaJson::backlinks);
      backlinks += links.items().size();
      next = links.next();
      if (next == null) {
        break;
      }
    }
    if (next != null) {
      notes.add("more than " + backlinks + " articles link to it: counted up to there");
    }
    HttpFetcher.Session views = (fixedServer ? http : http.at(URI.create("https://wikimedia.org")))
        .session();
    String path = "/api/rest_v1/metrics/pageviews/per-article/" + lang + ".wikipedia"
        + "/all-access/user/" + t + "/daily/" + day(window.start()) + "/" + day(window.end());
    List<WikipediaJson.Day> days;
    try {
      days = views.getJson(path, "", WikipediaJson::pageviews);
    } catch (FetchException e) {
      if (e.kind() != FetchException.Kind.NOT_FOUND) {
        throw e;
      }
      days = List.of(); // no data, whatever the body says: not an error to the person
    }
    // The views week by week, as posts with views and no reactions: an article draws readers.
    long[] weekly = new long[13];
    for (WikipediaJson.Day d : days) {
      Instant at = WikipediaJson.startOf(d.day());
      if (window.contains(at)) {
        long ago = ChronoUnit.DAYS.between(d.day(), LocalDate.ofInstant(window.end(),
            ZoneOffset.UTC));
        weekly[(int) Math.min(12, ago / 7)] += d.views();
      }
    }
    Account.Builder account = Account.on(WikipediaSignals.NETWORK).id(lang + ":" + title)
        .fact(WikipediaSignals.BACKLINKS, backlinks).fact(WikipediaSignals.EDITIONS, editions);
    for (int week = 0; week < weekly.length; week++) {
      if (weekly[week] > 0) {
        account.post(Post.at(window.end().minus(7L * week, ChronoUnit.DAYS))
            .views(weekly[week]).build());
      }
    }
    return new FetchResult(account.build(), calls.calls() + views.calls(), 0, notes);
  }

  private FetchResult editor(HttpFetcher.Session calls, String lang, String name,
      FetchWindow window) {
    WikipediaJson.Editor editor = calls.getJson(API, QUERY + "&list=users"
        + "&usprop=editcount%7Cregistration&ususers=" + Query.encode(name),
        root -> WikipediaJson.editor(root, name));
    Account.Builder account = Account.on(WikipediaSignals.NETWORK)
        .id("editor:" + lang + ":" + editor.name().replace(' ', '_'))
        .fact("wikipedia.editcount", editor.edits());
    String next = null;
    List<String> notes = new ArrayList<>();
    for (int page = 0; page < MAX_PAGES; page++) {
      String cont = next;
      WikipediaJson.Page<WikipediaJson.Edit> edits = calls.getJson(API, QUERY
          + "&list=usercontribs&ucprop=title%7Ctimestamp&uclimit=500&ucuser=" + Query.encode(name)
          + "&ucstart=" + Query.seconds(window.end())
          + "&ucend=" + Query.seconds(window.start())
          + (cont == null ? "" : "&uccontinue=" + Query.encode(cont)), WikipediaJson::contributions);
      for (WikipediaJson.Edit e : edits.items()) {
        if (!window.contains(e.at())) {
          continue;
        }
        if (e.talk()) {
          account.reply(Reply.to("page:" + e.title().replace(' ', '_'), e.at()));
        } else {
          account.post(Post.at(e.at()).topic(WikipediaSignals.EDIT).build());
        }
      }
      next = edits.next();
      if (next == null) {
        break;
      }
    }
    if (next != null) {
      notes.add("more than " + MAX_PAGES * 500 + " edits in the window: counted up to there");
    }
    return new FetchResult(account.build(), calls.calls(), 0, notes);
  }

  private static String day(Instant at) {
    return DAY.format(at.atOffset(ZoneOffset.UTC));
  }

  @Override
  public String toString() {
    return "WikipediaClient{" + http + "}";
  }

  /**
   * How MediaWiki says what went wrong: in a 200, {@code {"error":{"code","info"}}} with a
   * {@code MediaWiki-API-Error} header; {@code ratelimited} and {@code maxlag} are waited out
   * ({@code Retry-After} where given). Otherwise plain HTTP, 429 with {@code Retry-After}.
   */
  static final Dialect DIALECT = new Dialect() {
    @Override
    public Dialect.Verdict classify(int status, String body, java.net.http.HttpHeaders headers) {
      return Dialect.STANDARD.classify(status, body, headers);
    }

    @Override
    public Dialect.@Nullable Verdict classifyOk(String body, java.net.http.HttpHeaders headers) {
      String code = headers.firstValue("MediaWiki-API-Error").orElse("");
      String info = "";
      if (code.isEmpty() && !body.contains("\"error\"")) {
        return null; // the usual case, without parsing twice
      }
      // A body that is not JSON has no error here; the mapper will say it is not JSON.
      var error = Json.parseLenient(body).path("error");
      if (error.isObject()) {
        code = code.isEmpty() ? error.path("code").asText("") : code;
        info = error.path("info").asText("");
      }
      if (code.isEmpty()) {
        return null;
      }
      if (code.equals("ratelimited") || code.equals("maxlag")) {
        return Dialect.Verdict.rateLimited(code);
      }
      return Dialect.Verdict.fail(FetchException.Kind.BAD_REQUEST, code,
          info.length() > 200 ? info.substring(0, 200) + "..." : info);
    }
  };

  /** Configures a {@link WikipediaClient}; every setting has a default. Not thread-safe. */
  public static final class Builder extends ClientBuilder<Builder> {
    private Builder() {
      // Each article and editor is read from its language's wiki; this is only a placeholder.
      super(URI.create("https://en.wikipedia.org"));
    }

    @Override
    protected Builder self() {
      return this;
    }

    public WikipediaClient build() {
      return new WikipediaClient(httpFetcher(WikipediaSignals.NETWORK).dialect(DIALECT).build(),
          baseUrlSet());
    }
  }
}
