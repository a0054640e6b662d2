package dev.klout.youtube;

import dev.klout.testkit.LoopbackApi;

/** The usual happy path for channel @curie: 56 videos in the window, over two upload pages. */
final class Curie {
  static final String ID = "UCabcdefghijklmnopqrstuv";

  private Curie() {}

  static LoopbackApi script(LoopbackApi api) {
    return api.onFixture("/youtube/v3/channels", "channel.json")
        .onFixture("/youtube/v3/playlistItems", "uploads-1.json")
        .onFixture("/youtube/v3/playlistItems", "uploads-2.json")
        .onFixture("/youtube/v3/videos", "videos-1.json")
        .onFixture("/youtube/v3/videos", "videos-2.json")
        .onFixture("/youtube/v3/commentThreads", "comment-threads.json")
        .on("/youtube/v3/commentThreads", 403, LoopbackApi.fixture("error-comments-disabled.json"))
        .on("/youtube/v3/commentThreads", 200, "{\"items\": []}");
  }
}
