package dev.klout.bluesky;

import static dev.klout.bluesky.Alice.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

class BlueskyClientTest {
  private final LoopbackApi api;

  BlueskyClientTest() throws IOException {
    api = new LoopbackApi();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private Post post(Account a, String at) {
    return a.posts().stream().filter(p -> p.at().equals(Instant.parse(at))).findFirst()
        .orElseThrow(() -> new AssertionError("no post at " + at + " in " + a.posts()));
  }

  @Test
  void readsTheWindowsOwnPostsAndLeavesRepostsRepliesAndTheOldOut() {
    Alice.script(api);
    FetchResult result = Alice.client(api).build().fetch("@alice.bsky.social", AS_OF);
    Account a = result.account();
    assertEquals("did:plc:alice111", a.id().orElseThrow());
    assertEquals(5200, a.audience());
    assertEquals(310, a.following());
    // p1 and p3, and p2 which continues her own thread; not the repost, not the reply to Bob,
    // not last summer's post.
    assertEquals(3, a.posts().size());
    Post p1 = post(a, "2025-12-28T09:00:00Z");
    assertEquals(14, p1.reshares(), "12 reposts and 2 quotes");
    assertEquals(2, p1.quotes());
    assertEquals(4, p1.comments());
    assertEquals(90, p1.likes());
    assertTrue(p1.isHidden(ReactionKind.VIEW), "Bluesky publishes no views: unknown, not none");
    assertEquals(List.of("typography"), List.copyOf(p1.topics()));
    assertEquals(List.of("essays"), List.copyOf(post(a, "2025-12-12T11:00:00Z").topics()));
    Map<ReactionKind, List<String>> known = p1.engagements().stream().collect(
        Collectors.groupingBy(Engagement::kind,
            Collectors.mapping(e -> e.actor().id(), Collectors.toList())));
    assertEquals(List.of("did:plc:bob222", "did:plc:dave444", "did:plc:botfarm9"),
        known.get(ReactionKind.RESHARE));
    assertEquals(List.of("did:plc:bob222", "did:plc:erin555"), known.get(ReactionKind.LIKE));
    assertEquals(List.of("did:plc:bob222"), known.get(ReactionKind.COMMENT),
        "Frank replied after asOf: the future of this score");
    assertEquals(List.of(Reply.to("did:plc:bob222", Instant.parse("2025-12-20T08:00:00Z")),
        Reply.to("did:plc:bob222", Instant.parse("2025-12-28T13:00:00Z"))), a.replies());
    assertEquals(7, result.calls(), "profile, two feed pages, reposts, likes, thread, profiles");
    assertTrue(api.requests.stream().anyMatch(r -> r.startsWith(
        "/xrpc/app.bsky.actor.getProfiles?actors=did%3Aplc%3Abob222&actors=did%3Aplc%3Abotfarm9")),
        api.requests::toString);
  }

  @Test
  void reactorsAreEstimatedFromTheProfilesReadAfterwards() {
    Alice.script(api);
    Account a = Alice.client(api).build().fetch("alice.bsky.social", AS_OF).account();
    Actor bob = a.actors().stream().filter(x -> x.id().equals("did:plc:bob222")).findFirst()
        .orElseThrow();
    assertEquals(Math.round(16 * StrictMath.log10(150_001.0) * 1000) / 1000.0, bob.influence());
    Actor bot = a.actors().stream().filter(x -> x.id().equals("did:plc:botfarm9")).findFirst()
        .orElseThrow();
    assertTrue(bot.reactionsPerDay() > 100, "90,000 posts in four months: " + bot);
  }

  @Test
  void unknownAndTakenDownAccountsAreTyped() {
    api.on("/xrpc/app.bsky.actor.getProfile", 400, LoopbackApi.fixture("error-not-found.json"))
        .on("/xrpc/app.bsky.actor.getProfile", 400, LoopbackApi.fixture("error-takedown.json"));
    BlueskyClient client = Alice.client(api).build();
    FetchException missing = assertThrows(FetchException.class,
        () -> client.fetch("nobody.bsky.social", AS_OF));
    assertEquals(FetchException.Kind.NOT_FOUND, missing.kind());
    assertEquals("InvalidRequest", missing.reason());
    FetchException gone = assertThrows(FetchException.class,
        () -> client.fetch("spam.bsky.social", AS_OF));
    assertEquals(FetchException.Kind.SUSPENDED, gone.kind());
    assertEquals("AccountTakedown", gone.reason());
    assertThrows(IllegalArgumentException.class, () -> client.fetch("not a handle", AS_OF));
  }

  @Test
  void theAccountScoresWithBlueskysOwnSignal() {
    Alice.script(api);
    Account a = Alice.client(api).build().fetch("alice.bsky.social", AS_OF).account();
    Score score = InfluenceScorer.create().score(Profile.builder("alice", AS_OF).account(a)
        .build());
    assertTrue(score.value() > 1, score::toString);
    assertTrue(score.signals().stream().anyMatch(s -> s.signalId().equals("bluesky.quotes")
        && s.value() > 0), score.explain()::toString);
    assertEquals(3, score.hiddenPosts("bluesky", ReactionKind.VIEW));
  }
}
