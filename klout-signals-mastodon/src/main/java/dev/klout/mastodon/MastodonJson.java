package dev.klout.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import dev.klout.fetch.FetchException;
import dev.klout.fetch.Json;
import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads Mastodon's REST API v1 entities (Account, Status, Context). Anything of the wrong shape
 * is {@link Json.Malformed}; a suspended account is {@link Json.Refused}.
 */
final class MastodonJson {
  private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?next\"?");
  private static final Pattern MAX_ID = Pattern.compile("[?&]max_id=([^&]+)");

  private MastodonJson() {}

  /** An Account: who (acct, full with the server), audience, lifetime statuses, flags. */
  record Account(String id, String acct, boolean locked, boolean bot, long followers,
      long following, long statuses, @Nullable Instant createdAt) {}

  /** A Status of the person's: a boost of someone else's, a reply, or a post of theirs. */
  record Status(String id, Instant createdAt, boolean boost, @Nullable String inReplyToId,
      @Nullable String inReplyToAcct, String accountId, long replies, long boosts,
      long favourites, long quotes, List<String> tags) {}

  record Page<T>(List<T> items, @Nullable String nextMaxId) {}

  /** A reply under a status, from its context: who, when, and which status it answers. */
  record Descendant(String id, @Nullable String inReplyToId, Account account, Instant createdAt) {}

  /** The account, with {@code acct} made full ({@code user@server}) for a local one. */
  static Account account(JsonNode a, String server) {
    if (!a.isObject()) {
      throw new Json.Malformed("the account is not an object");
    }
    if (a.path("suspended").asBoolean(false)) {
      throw new Json.Refused(FetchException.Kind.SUSPENDED, "suspended",
          "the account " + a.path("acct").asText("") + " is suspended");
    }
    String acct = Json.text(a, "acct");
    return new Account(Json.text(a, "id"), acct.contains("@") ? acct : acct + "@" + server,
        a.path("locked").asBoolean(false), a.path("bot").asBoolean(false),
        Json.count(a, "followers_count").orElse(0), Json.count(a, "following_count").orElse(0),
        Json.count(a, "statuses_count").orElse(0),
        a.hasNonNull("created_at") ? Json.instant(a, "created_at") : null);
  }

  static Page<Status> statuses(JsonNode root, HttpHeaders headers) {
    List<Status> out = new ArrayList<>();
    for (JsonNode s : array(root)) {
      String replyTo = s.hasNonNull("in_reply_to_account_id")
          ? Json.text(s, "in_reply_to_account_id") : null;
      String replyToAcct = null;
      for (JsonNode m : s.path("mentions")) {
        if (replyTo != null && replyTo.equals(m.path("id").asText(""))) {
          replyToAcct = m.path("acct").asText(null);
        }
      }
      Set<String> tags = new LinkedHashSet<>();
      for (JsonNode t : s.path("tags")) {
        if (t.path("name").isTextual() && !t.path("name").asText().isBlank()) {
          tags.add(t.path("name").asText().strip().toLowerCase(Locale.ROOT));
        }
      }
      out.add(new Status(Json.text(s, "id"), Json.instant(s, "created_at"),
          s.hasNonNull("reblog"),
          s.hasNonNull("in_reply_to_id") ? Json.text(s, "in_reply_to_id") : null, replyToAcct,
          Json.text(s.path("account"), "id"), Json.count(s, "replies_count").orElse(0),
          Json.count(s, "reblogs_count").orElse(0), Json.count(s, "favourites_count").orElse(0),
          Json.count(s, "quotes_count").orElse(0), List.copyOf(tags)));
    }
    return new Page<>(out, nextMaxId(headers));
  }

  /** Accounts, as {@code reblogged_by} and {@code favourited_by} list them. */
  static List<Account> accounts(JsonNode root, String server) {
    List<Account> out = new ArrayList<>();
    for (JsonNode a : array(root)) {
      try {
        out.add(account(a, server));
      } catch (Json.Refused e) {
        // a suspended reactor is no reactor
      }
    }
    return out;
  }

  static List<Descendant> descendants(JsonNode root, String server) {
    if (!root.isObject()) {
      throw new Json.Malformed("the context is not an object");
    }
    List<Descendant> out = new ArrayList<>();
    for (JsonNode s : array(root.path("descendants"))) {
      Account by;
      try {
        by = account(s.path("account"), server);
      } catch (Json.Refused e) {
        continue;
      }
      out.add(new Descendant(Json.text(s, "id"),
          s.hasNonNull("in_reply_to_id") ? Json.text(s, "in_reply_to_id") : null, by,
          Json.instant(s, "created_at")));
    }
    return out;
  }

  private static Iterable<JsonNode> array(JsonNode a) {
    if (a.isMissingNode() || a.isNull()) {
      return List.of();
    }
    if (!a.isArray()) {
      throw new Json.Malformed("the body is not an array");
    }
    for (JsonNode e : a) {
      if (!e.isObject()) {
        throw new Json.Malformed("an item is not an object");
      }
    }
    return a;
  }

  /** The next page's {@code max_id}, from the {@code Link} header's {@code rel="next"}. */
  static @Nullable String nextMaxId(HttpHeaders headers) {
    for (String link : headers.allValues("link")) {
      Matcher next = NEXT.matcher(link);
      while (next.find()) {
        Matcher id = MAX_ID.matcher(next.group(1));
        if (id.find()) {
          return id.group(1);
        }
      }
    }
    return null;
  }
}
