package dev.klout.bluesky;

import dev.klout.testkit.LoopbackApi;
import java.time.Instant;

/** The happy path for alice.bsky.social: two feed pages, one post's reactors, one thread. */
final class Alice {
  static final Instant AS_OF = Instant.parse("2026-01-01T00:00:00Z");
  static final String X = "/xrpc/";

  private Alice() {}

  static LoopbackApi script(LoopbackApi api) {
    return api.onFixture(X + "app.bsky.actor.getProfile", "profile.json")
        .onFixture(X + "app.bsky.feed.getAuthorFeed", "feed-1.json")
        .onFixture(X + "app.bsky.feed.getAuthorFeed", "feed-2.json")
        .onFixture(X + "app.bsky.feed.getRepostedBy", "reposted-by.json")
        .onFixture(X + "app.bsky.feed.getLikes", "likes.json")
        .onFixture(X + "app.bsky.feed.getPostThread", "thread.json")
        .onFixture(X + "app.bsky.actor.getProfiles", "profiles.json");
  }

  /** A client that spends its actor calls on one post's reactors and one thread, as scripted. */
  static BlueskyClient.Builder client(LoopbackApi api) {
    return BlueskyClient.builder().baseUrl(api.url()).actorCalls(1, 1);
  }
}
