package dev.klout.wordpress;

import static dev.klout.wordpress.Notes.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.Account;
import dev.klout.Post;
import dev.klout.ReactionKind;
import dev.klout.Visibility;
import dev.klout.fetch.FetchException;
import dev.klout.testkit.LoopbackApi;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WordPressClientTest {
  private final LoopbackApi api;

  WordPressClientTest() throws IOException {
    api = new LoopbackApi();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private WordPressClient client() {
    return WordPressClient.builder().baseUrl(api.url()).likeLookups(1).build();
  }

  @Test
  void readsTheSitesPostsPageByPageWithTheHandleEncoded() {
    Notes.script(api);
    Account a = client().fetch("adanotes.wordpress.com", AS_OF).account();
    assertEquals(3100, a.audience(), "subscribers are the audience");
    assertEquals(9, a.posts().size());
    Post top = a.posts().stream().filter(p -> p.likes() == 34).findFirst().orElseThrow();
    assertEquals(3, top.engagements().size());
    assertTrue(top.isHidden(ReactionKind.RESHARE) && top.isHidden(ReactionKind.VIEW));
    assertTrue(top.topics().contains("engines") && top.topics().contains("essays"));
    // page_handle passed back URL-encoded: sent raw, the API ignores it and loops on page one.
    assertTrue(api.requests.get(2).contains(
        "page_handle=value%3D2025-11-20T10%3A00%3A00%2B01%3A00%26id%3D506"), api.requests::toString);
  }

  @Test
  void oneAuthorOfAMultiAuthorSite() {
    Notes.script(api);
    Account a = client().fetch("adanotes.wordpress.com/ada", AS_OF).account();
    assertEquals(7, a.posts().size(), "two of the nine are the guest's");
  }

  @Test
  void aPrivateBlogIsPrivateAndAnUnknownOneNotFound() {
    api.on(Notes.SITE, 403, LoopbackApi.fixture("error-unauthorized.json"))
        .on(Notes.SITE, 404, LoopbackApi.fixture("error-unknown.json"));
    assertEquals(Visibility.PRIVATE,
        client().fetch("adanotes.wordpress.com", AS_OF).account().visibility());
    FetchException e = assertThrows(FetchException.class,
        () -> client().fetch("adanotes.wordpress.com", AS_OF));
    assertEquals(FetchException.Kind.NOT_FOUND, e.kind());
    assertEquals("unknown_blog", e.reason());
  }
}
