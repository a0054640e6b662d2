package dev.klout.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.Account;
import dev.klout.Actor;
import dev.klout.InfluenceScorer;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.ReactionKind;
import dev.klout.Reply;
import dev.klout.Score;
import dev.klout.Visibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The population format: written, read back, and refused with a clear message when wrong. */
class PopulationFilesTest {
  private static final Instant AS_OF = Instant.parse("2026-03-01T12:00:00Z");

  @TempDir
  Path dir;

  private static Instant daysAgo(int days) {
    return AS_OF.minusSeconds(86_400L * days);
  }

  private static Profile person(String id) {
    Account x = Account.on("x").id(id + "-x").audience(1200).following(80)
        .post(Post.at(daysAgo(3)).reshares(2).comments(1).likes(30).views(900).quotes(1)
            .topic("jazz").engagement(ReactionKind.RESHARE, Actor.of("a1", 42.5, 3))
            .engagement(ReactionKind.COMMENT, Actor.of("a2", 12, 0.5)).build())
        .post(Post.at(daysAgo(40)).likes(5).views(100).hidden(ReactionKind.COMMENT).build())
        .reply(Reply.to("a2", daysAgo(2)))
        .build();
    Account y = Account.on("yt").visibility(Visibility.PRIVATE).audience(10).build();
    return Profile.builder(id, AS_OF).account(x).account(y).build();
  }

  private void write(Profile... people) throws IOException {
    try (PopulationWriter w = PopulationWriter.create(dir)) {
      for (Profile p : people) {
        w.write(p);
      }
    }
  }

  private List<Profile> read() throws IOException {
    List<Profile> out = new ArrayList<>();
    try (PopulationReader r = PopulationReader.open(dir)) {
      r.forEach(out::add);
    }
    return out;
  }

  @Test
  void aWrittenPopulationReadsBackAsTheSameProfiles() throws IOException {
    Profile optedOut = Profile.builder("c", AS_OF).optedOut(true).build();
    write(person("a"), person("b"), optedOut);
    assertEquals(List.of(person("a"), person("b"), optedOut), read());
    assertTrue(Files.readString(dir.resolve("manifest.json")).contains("\"version\" : 1"));
  }

  @Test
  void rowsInAnyOrderMakeTheSameProfileBitForBit() {
    PersonRecord p = new PersonRecord("p", AS_OF, false);
    List<AccountRecord> accounts = List.of(
        new AccountRecord("p", "x", "px", Visibility.PUBLIC, 500, 10));
    List<PostRecord> posts = new ArrayList<>();
    List<ReactionRecord> reactions = new ArrayList<>();
    Random random = new Random(1);
    for (int i = 0; i < 30; i++) {
      // Several posts at one instant: their order must come from their ids, not the rows'.
      posts.add(new PostRecord("p", "x", "post" + i, daysAgo(1 + i / 3), 1, 2, 10 + i, 0, 0,
          List.of(), List.of("t" + i % 4)));
      for (int k = 0; k < 3; k++) {
        int actor = random.nextInt(20);
        reactions.add(new ReactionRecord("p", "x", "post" + i, "actor" + actor,
            k == 0 ? ReactionKind.RESHARE : ReactionKind.COMMENT, null, 30 + actor, actor % 6));
      }
    }
    reactions = new ArrayList<>(reactions.stream().distinct().toList());
    InfluenceScorer scorer = InfluenceScorer.create();
    Profile first = PersonRows.profile(p, accounts, posts, reactions, List.of());
    Score expected = scorer.score(first);
    for (long seed = 0; seed < 5; seed++) {
      Collections.shuffle(posts, new Random(seed));
      Collections.shuffle(reactions, new Random(seed + 100));
      Profile again = PersonRows.profile(p, accounts, posts, reactions, List.of());
      assertEquals(first, again);
      assertEquals(Double.doubleToRawLongBits(expected.raw()),
          Double.doubleToRawLongBits(scorer.score(again).raw()));
    }
  }

  @Test
  void rowsAfterAsOfAreTheFutureAndLeftOut() {
    PersonRecord p = new PersonRecord("p", AS_OF, false);
    Profile profile = PersonRows.profile(p,
        List.of(new AccountRecord("p", "x", null, Visibility.PUBLIC, 5, 0)),
        List.of(new PostRecord("p", "x", "old", daysAgo(2), 0, 1, 1, 0, 0, List.of(), List.of()),
            new PostRecord("p", "x", "new", AS_OF.plusSeconds(60), 0, 0, 9, 0, 0, List.of(),
                List.of())),
        List.of(new ReactionRecord("p", "x", "old", "a", ReactionKind.COMMENT, daysAgo(1), 40, 1),
            new ReactionRecord("p", "x", "old", "late", ReactionKind.COMMENT,
                AS_OF.plusSeconds(1), 40, 1),
            new ReactionRecord("p", "x", "new", "b", ReactionKind.LIKE, null, 40, 1)),
        List.of(new ReplyRecord("p", "x", "a", AS_OF.plusSeconds(5))));
    Account x = profile.account("x").orElseThrow();
    assertEquals(1, x.posts().size());
    assertEquals(List.of("a"), x.actors().stream().map(Actor::id).toList());
    assertTrue(x.replies().isEmpty());
  }

  @Test
  void badRowsAreRefusedNamingThePersonAndWhatIsWrong() {
    PersonRecord p = new PersonRecord("p", AS_OF, false);
    List<AccountRecord> x = List.of(new AccountRecord("p", "x", null, Visibility.PUBLIC, 5, 0));
    IllegalArgumentException orphan = assertThrows(IllegalArgumentException.class,
        () -> PersonRows.profile(p, x, List.of(), List.of(new ReactionRecord("p", "x", "gone",
            "a", ReactionKind.LIKE, null, 40, 1)), List.of()));
    assertEquals("person 'p': reactions: actor 'a' reacted to post 'gone' on x, which is not in"
        + " posts", orphan.getMessage());
    IllegalArgumentException noAccount = assertThrows(IllegalArgumentException.class,
        () -> PersonRows.profile(p, x, List.of(new PostRecord("p", "yt", "v", daysAgo(1), 0, 0,
            0, 0, 0, List.of(), List.of())), List.of(), List.of()));
    assertEquals("person 'p': posts: post 'v' is on network 'yt', where the person has no"
        + " account", noAccount.getMessage());
    IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
        () -> PersonRows.profile(p, x, List.of(new PostRecord("p", "x", "v", daysAgo(1), 0, 0,
            0, 0, 0, List.of(), List.of())), List.of(new ReactionRecord("p", "x", "v", "a",
            ReactionKind.LIKE, null, 140, 1)), List.of()));
    assertTrue(range.getMessage().startsWith("person 'p': actor 'a' influence"),
        range.getMessage());
  }

  @Test
  void unsortedOrBrokenFilesAreRefusedNamingFileAndLine() throws IOException {
    write(person("a"), person("b"));
    Path people = dir.resolve("people.jsonl");
    List<String> lines = Files.readAllLines(people);
    Files.write(people, List.of(lines.get(1), lines.get(0)));
    IllegalArgumentException unsorted = assertThrows(IllegalArgumentException.class, this::read);
    assertTrue(unsorted.getMessage().startsWith("people.jsonl line 2: person 'a' comes after"
        + " 'b'"), unsorted.getMessage());

    Files.write(people, List.of(lines.get(1)));
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, this::read);
    assertTrue(missing.getMessage().startsWith("accounts.jsonl line 1: person 'a' is not in"
        + " people.jsonl"), missing.getMessage());

    Files.write(people, List.of("{\"person\":\"a\",\"as_of\":\"yesterday\"}"));
    IllegalArgumentException instant = assertThrows(IllegalArgumentException.class, this::read);
    assertEquals("people.jsonl line 1: 'as_of' must be an ISO 8601 instant such as"
        + " 2026-03-01T12:00:00Z but was \"yesterday\"", instant.getMessage());

    Path posts = dir.resolve("posts.jsonl");
    Files.write(people, lines);
    Files.writeString(posts, Files.readString(posts).replaceFirst("\"likes\":30", "\"likes\":-3"));
    IllegalArgumentException count = assertThrows(IllegalArgumentException.class, this::read);
    assertEquals("posts.jsonl line 2: 'likes' must be a count (a whole number from 0) but was -3",
        count.getMessage());

    Files.writeString(dir.resolve("manifest.json"),
        "{\"format\":\"klout-population\",\"version\":2}");
    IllegalArgumentException version = assertThrows(IllegalArgumentException.class, this::read);
    assertTrue(version.getMessage().endsWith("version 2 is not one this reader knows (it reads"
        + " version 1)"), version.getMessage());
  }

  @Test
  void aReaderIsReadOnce() throws IOException {
    write(person("a"));
    try (PopulationReader r = PopulationReader.open(dir)) {
      assertTrue(r.iterator().hasNext());
      assertThrows(IllegalStateException.class, r::iterator);
    }
    assertFalse(Files.exists(dir.resolve("missing")));
  }
}
