package dev.klout;

import static dev.klout.Fixtures.active;
import static dev.klout.Fixtures.coreScorer;
import static dev.klout.Fixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "What moved since last time" and "what if I leave this network" (B6). */
class ScoreChangeTest {
  private final InfluenceScorer scorer = coreScorer();

  @Test
  void whatIfWithoutANetwork() {
    Profile both = person(active("twitter", 5_000, 30, 40), active("youtube", 20_000, 8, 300));
    ScoreChange change = scorer.compare(both, both.withoutNetwork("youtube"));
    assertEquals(List.of("youtube"), change.networksRemoved());
    assertTrue(change.networksAdded().isEmpty());
    assertTrue(change.points() <= 0 && change.raw() < 0);
    assertTrue(change.moved().stream().allMatch(d -> d.network().equals("youtube")));
    double sum = change.moved().stream().mapToDouble(ScoreChange.SignalDelta::delta).sum();
    assertEquals(change.raw(), sum, 1e-9);
    assertTrue(change.explain().contains("youtube: no longer contributes"));
  }

  @Test
  void sinceLastTimeShowsTheBiggestMoveFirst() {
    Profile before = person(active("twitter", 5_000, 30, 40));
    Profile after = person(active("twitter", 5_000, 30, 80));
    ScoreChange change = scorer.compare(before, after);
    assertTrue(change.points() > 0);
    List<ScoreChange.SignalDelta> moved = change.moved();
    for (int i = 1; i < moved.size(); i++) {
      assertTrue(Math.abs(moved.get(i - 1).delta()) >= Math.abs(moved.get(i).delta()));
    }
    assertTrue(change.explain().get(0).contains(" -> "), () -> change.explain().get(0));
  }

  @Test
  void scoresOfDifferentPeopleOrModelsDoNotCompare() {
    Score alice = scorer.score(person(active("twitter", 5_000, 3, 4)));
    Score bob = scorer.score(Profile.builder("bob", Fixtures.AS_OF).build());
    IllegalArgumentException people = assertThrows(IllegalArgumentException.class,
        () -> ScoreChange.between(alice, bob));
    assertTrue(people.getMessage().contains("'alice' and 'bob'"), people::getMessage);

    InfluenceScorer other = InfluenceScorer.builder().provider(new CoreSignals())
        .weighting(s -> 1.0).build();
    IllegalArgumentException models = assertThrows(IllegalArgumentException.class,
        () -> ScoreChange.between(alice, other.score(person(active("twitter", 5_000, 3, 4)))));
    assertTrue(models.getMessage().contains("model v2 and model v2+weighting"),
        models::getMessage);
  }

  /** What a store keeps of a score, and the score rebuilt from it. */
  private static Score stored(Score s) {
    return Score.restore(s.profileId(), s.asOf(), s.modelVersion(), s.exact(), s.raw(),
        s.networks(), s.pillars(), s.exclusions());
  }

  @Test
  void aStoredScoreRebuildsAndComparesLikeTheOriginal() {
    Profile lastWeek = person(active("twitter", 5_000, 30, 40), active("youtube", 20_000, 8, 300));
    Profile today = person(active("twitter", 5_000, 30, 80));
    Score then = scorer.score(lastWeek);
    Score rebuilt = stored(then);
    assertEquals(then.value(), rebuilt.value());
    assertEquals(then.pillars(), rebuilt.pillars());
    assertEquals(then.networks(), rebuilt.networks());
    assertEquals(then.signals(), rebuilt.signals());
    assertEquals(then.explain(), rebuilt.explain());
    assertTrue(ScoreChange.between(rebuilt, then).moved().isEmpty());

    ScoreChange fromStore = ScoreChange.between(rebuilt, scorer.score(today));
    ScoreChange live = scorer.compare(lastWeek, today);
    assertEquals(live.moved(), fromStore.moved());
    assertEquals(live.explain(), fromStore.explain());
  }

  @Test
  void restoringRefusesWhatNoScoreCouldBe() {
    Score s = scorer.score(person(active("twitter", 5_000, 30, 40), active("youtube", 2_000, 8, 3)));
    IllegalArgumentException exact = assertThrows(IllegalArgumentException.class,
        () -> Score.restore("p", s.asOf(), "v2", 0.5, s.raw(), s.networks(), s.pillars(),
            s.exclusions()));
    assertTrue(exact.getMessage().contains("score.exact"), exact::getMessage);
    List<NetworkContribution> reversed = List.of(s.networks().get(1), s.networks().get(0));
    IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
        () -> Score.restore("p", s.asOf(), "v2", s.exact(), s.raw(), reversed, s.pillars(),
            s.exclusions()));
    assertTrue(order.getMessage().contains("'twitter' follows 'youtube'"), order::getMessage);
    IllegalArgumentException pillars = assertThrows(IllegalArgumentException.class,
        () -> Score.restore("p", s.asOf(), "v2", s.exact(), s.raw(), s.networks(),
            s.pillars().subList(0, 1), s.exclusions()));
    assertTrue(pillars.getMessage().contains("every pillar score"), pillars::getMessage);
    assertTrue(!Score.restoreOptedOut("p", s.asOf(), "v2").isScored());
    IllegalArgumentException hidden = assertThrows(IllegalArgumentException.class,
        () -> Score.restore("p", s.asOf(), "v2", s.exact(), s.raw(), s.networks(), s.pillars(),
            s.exclusions(), List.of(new HiddenCounts("bluesky", 3, 0, 0, 1, 0))));
    assertTrue(hidden.getMessage().contains("network 'bluesky' did not contribute"),
        hidden::getMessage);
    IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
        () -> new HiddenCounts("youtube", 3, 0, 0, 4, 0));
    assertTrue(tooMany.getMessage().contains("posts hiding LIKE must be from 0 to the 3 posts but"
        + " was 4"), tooMany::getMessage);
  }

  @Test
  void aStoredScoreKeepsWhatTheNetworkHid() {
    Account.Builder youtube = Account.on("youtube").audience(9_000);
    for (int i = 0; i < 6; i++) {
      Post.Builder post = Post.at(Fixtures.AS_OF.minusSeconds(86_400L * (2 + 9 * i))).views(4_000)
          .comments(12);
      youtube.post((i % 2 == 0 ? post.hidden(ReactionKind.LIKE) : post.likes(150)).build());
    }
    Score s = scorer.score(Profile.builder("p", Fixtures.AS_OF).account(youtube.build()).build());
    assertEquals(List.of(new HiddenCounts("youtube", 6, 0, 0, 3, 0)), s.hidden());
    Score rebuilt = Score.restore(s.profileId(), s.asOf(), s.modelVersion(), s.exact(), s.raw(),
        s.networks(), s.pillars(), s.exclusions(), s.hidden());
    assertEquals(s.hidden(), rebuilt.hidden());
    assertEquals(3, rebuilt.hiddenPosts("youtube", ReactionKind.LIKE));
    assertEquals(s.explain(), rebuilt.explain(), "the hidden line too");
    assertTrue(stored(s).hidden().isEmpty(), "a store that kept none restores none");
  }
}
