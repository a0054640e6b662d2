package dev.klout.mastodon;

import static dev.klout.mastodon.Maya.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.Account;
import dev.klout.Actor;
import dev.klout.Engagement;
import dev.klout.InfluenceScorer;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.ReactionKind;
import dev.klout.Reply;
import dev.klout.Score;
import dev.klout.Visibility;
import dev.klout.fetch.FetchException;
import dev.klout.fetch.FetchResult;
import dev.klout.testkit.LoopbackApi;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MastodonClientTest {
  private final LoopbackApi api;

  MastodonClientTest() throws IOException {
    api = new LoopbackApi();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private static Post post(Account a, String at) {
    return a.posts().stream().filter(p -> p.at().equals(Instant.parse(at))).findFirst()
        .orElseThrow(() -> new AssertionError("no post at " + at + " in " + a.posts()));
  }

  @Test
  void readsTheWindowThroughTheLinkHeaderAndLeavesBoostsRepliesAndTheOldOut() {
    Maya.script(api);
    FetchResult result = Maya.client(api).build().fetch(Maya.WHO, AS_OF);
    Account a = result.account();
    assertEquals("maya@small.town", a.id().orElseThrow());
    assertEquals(2400, a.audience());
    // 301, 298 (her own thread) and 250; not the boost of Sam's post, not the reply to Sam, not
    // July's post.
    assertEquals(3, a.posts().size());
    Post p = post(a, "2025-12-28T09:00:00Z");
    assertEquals(7, p.reshares(), "6 boosts and 1 quote");
    assertEquals(1, p.quotes());
    assertEquals(3, p.comments());
    assertEquals(40, p.likes());
    assertTrue(p.isHidden(ReactionKind.VIEW));
    assertEquals(List.of("letterpress"), List.copyOf(p.topics()));
    Map<ReactionKind, List<String>> known = p.engagements().stream().collect(
        Collectors.groupingBy(Engagement::kind,
            Collectors.mapping(e -> e.actor().id(), Collectors.toList())));
    assertEquals(List.of("noor@mas.to", "kim@small.town"), List.of(
        known.get(ReactionKind.LIKE).get(1), known.get(ReactionKind.LIKE).get(0)).stream()
        .sorted((x, y) -> y.compareTo(x)).toList());
    assertEquals(3, known.get(ReactionKind.RESHARE).size());
    assertEquals(List.of("lee@hachyderm.io"), known.get(ReactionKind.COMMENT),
        "Noor replied after asOf: the future of this score");
    assertEquals(List.of(Reply.to("sam@fosstodon.org", Instant.parse("2025-12-20T08:00:00Z")),
        Reply.to("lee@hachyderm.io", Instant.parse("2025-12-28T13:00:00Z"))), a.replies());
    assertTrue(api.requests.get(2).contains("max_id=298"), api.requests::toString);
    assertEquals(6, result.calls());
  }

  @Test
  void aBotIsNeverInfluentialAndReactorsAreEstimatedFromTheirAccounts() {
    Maya.script(api);
    Account a = Maya.client(api).build().fetch(Maya.WHO, AS_OF).account();
    Actor bot = a.actors().stream().filter(x -> x.id().equals("reposter@bots.example"))
        .findFirst().orElseThrow();
    assertEquals(0.0, bot.influence(), "50,000 followers, but flagged bot: true");
    assertEquals(100.0, bot.reactionsPerDay());
    Actor lee = a.actors().stream().filter(x -> x.id().equals("lee@hachyderm.io")).findFirst()
        .orElseThrow();
    assertEquals(Math.round(16 * StrictMath.log10(12_001.0) * 1000) / 1000.0, lee.influence());
  }

  @Test
  void lockedSuspendedUnknownAndLockedDownServersAreTyped() {
    api.onFixture("/api/v1/accounts/lookup", "locked.json")
        .onFixture("/api/v1/accounts/lookup", "suspended.json")
        .on("/api/v1/accounts/lookup", 404, LoopbackApi.fixture("error-not-found.json"))
        .on("/api/v1/accounts/lookup", 401, LoopbackApi.fixture("error-auth.json"));
    MastodonClient client = Maya.client(api).build();
    Account locked = client.fetch("@quiet@small.town", AS_OF).account();
    assertEquals(Visibility.PRIVATE, locked.visibility());
    assertEquals(1, api.requests.size(), "a locked account's statuses are never read");
    FetchException suspended = assertThrows(FetchException.class,
        () -> client.fetch("@spam@small.town", AS_OF));
    assertEquals(FetchException.Kind.SUSPENDED, suspended.kind());
    FetchException missing = assertThrows(FetchException.class,
        () -> client.fetch("@nobody@small.town", AS_OF));
    assertEquals(FetchException.Kind.NOT_FOUND, missing.kind());
    FetchException auth = assertThrows(FetchException.class,
        () -> client.fetch("@maya@small.town", AS_OF));
    assertEquals(FetchException.Kind.CREDENTIALS, auth.kind());
    assertTrue(auth.getMessage().contains("refuses anonymous reads") && auth.getMessage()
        .contains("MASTODON_ACCESS_TOKEN"), auth::getMessage);
  }

  @Test
  void aUserTokenGoesInTheHeaderOnly() {
    Maya.script(api);
    MastodonClient.builder().baseUrl(api.url()).actorCalls(1, 1)
        .environment(Map.of("MASTODON_ACCESS_TOKEN", "user-token-123")).build()
        .fetch(Maya.WHO, AS_OF);
    assertTrue(api.authorizations.stream().allMatch("Bearer user-token-123"::equals));
    assertFalse(api.requests.stream().anyMatch(r -> r.contains("user-token-123")));
  }

  @Test
  void theAccountScoresWithMastodonsOwnSignal() {
    Maya.script(api);
    Account a = Maya.client(api).build().fetch(Maya.WHO, AS_OF).account();
    Score score = InfluenceScorer.create().score(Profile.builder("maya", AS_OF).account(a)
        .build());
    assertTrue(score.value() > 1, score::toString);
    // Lee (hachyderm.io), the bot (bots.example), Noor (mas.to): three other servers.
    assertEquals(StrictMath.log1p(3), score.signals().stream()
        .filter(s -> s.signalId().equals("mastodon.servers")).findFirst().orElseThrow()
        .value(), 1e-15);
  }
}
