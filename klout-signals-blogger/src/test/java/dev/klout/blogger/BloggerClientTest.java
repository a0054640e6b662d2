package dev.klout.blogger;

import static dev.klout.blogger.Garden.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.Account;
import dev.klout.Post;
import dev.klout.ReactionKind;
import dev.klout.Reply;
import dev.klout.fetch.FetchException;
import dev.klout.testkit.LoopbackApi;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BloggerClientTest {
  private final LoopbackApi api;
  private final List<Duration> waits = new ArrayList<>();

  BloggerClientTest() throws IOException {
    api = new LoopbackApi();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private BloggerClient client() {
    return BloggerClient.builder().baseUrl(api.url()).apiKey(Garden.KEY).commentLookups(1)
        .sleeper(waits::add).build();
  }

  @Test
  void readsTheBlogsPostsAndTheAuthorsAnswers() {
    Garden.script(api);
    Account a = client().fetch("gracegarden.blogspot.com", AS_OF).account();
    assertEquals(0, a.audience(), "Blogger shows no follower count");
    assertEquals(12, a.posts().size());
    Post p = a.posts().stream().filter(x -> x.at().equals(Instant.parse("2025-12-06T08:00:00Z")))
        .findFirst().orElseThrow();
    assertEquals(4, p.comments());
    assertTrue(p.isHidden(ReactionKind.LIKE), "Blogger has no likes: unknown, not none");
    assertEquals(2, p.engagements().size(), "Ann and Bo; the late comment is the future");
    assertEquals(List.of(Reply.to("blogger:u5", Instant.parse("2025-12-20T19:00:00Z"))),
        a.replies());
    assertTrue(api.requests.get(0).contains("url=https%3A%2F%2Fgracegarden.blogspot.com%2F"));
    assertTrue(api.requests.get(2).contains("pageToken=CgkIChiA"), api.requests::toString);
    assertTrue(api.requests.stream().allMatch(r -> r.contains("key=")));
  }

  @Test
  void googlesErrorsAreTyped() {
    api.on(Garden.BLOGS + "byurl", 400, LoopbackApi.fixture("error-key.json"))
        .on(Garden.BLOGS + "byurl", 404, LoopbackApi.fixture("error-not-found.json"))
        .on(Garden.BLOGS + "byurl", 403, LoopbackApi.fixture("error-daily.json"));
    List<FetchException.Kind> kinds = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      FetchException e = assertThrows(FetchException.class,
          () -> client().fetch("gracegarden.blogspot.com", AS_OF));
      assertFalse(e.getMessage().contains(Garden.KEY), e::getMessage);
      kinds.add(e.kind());
    }
    assertEquals(List.of(FetchException.Kind.CREDENTIALS, FetchException.Kind.NOT_FOUND,
        FetchException.Kind.QUOTA), kinds);
  }

  @Test
  void aRateLimitIsWaitedOut() {
    api.on(Garden.BLOGS + "byurl", new LoopbackApi.Answer(403,
        LoopbackApi.fixture("error-rate.json"), Map.of(), Duration.ZERO));
    Garden.script(api);
    client().fetch("gracegarden.blogspot.com", AS_OF);
    assertEquals(1, waits.size());
  }

  @Test
  void withoutAKeyThereIsNoClient() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> BloggerClient.builder().environment(Map.of()).build());
    assertTrue(e.getMessage().contains("BLOGGER_API_KEY"));
  }
}
