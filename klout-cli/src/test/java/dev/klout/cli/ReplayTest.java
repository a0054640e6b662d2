package dev.klout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a recorded request finds its file. */
class ReplayTest {
  @Test
  void thePathNamesTheFileAndASelectorPicksThePage() {
    assertEquals("2/users/by/username/ada.json",
        Replay.fileFor("/2/users/by/username/ada", "user.fields=public_metrics"));
    assertEquals("2/users/1/tweets@page2.json",
        Replay.fileFor("/2/users/1/tweets", "max_results=100&pagination_token=page2"));
    assertEquals("youtube/v3/commentThreads@v1.json",
        Replay.fileFor("/youtube/v3/commentThreads", "part=snippet&videoId=v1&key=k"));
    assertEquals("youtube/v3/playlistItems@a_b_c.json",
        Replay.fileFor("/youtube/v3/playlistItems", "pageToken=a%2Fb%20c"));
  }
}
