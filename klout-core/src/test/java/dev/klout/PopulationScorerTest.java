package dev.klout;

import static dev.klout.Fixtures.AS_OF;
import static dev.klout.Fixtures.daysAgo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Network impact from the population's own scores (SCORING-PRINCIPLES P2, G1, G2). */
class PopulationScorerTest {
  private static final InfluenceScorer SCORER = InfluenceScorer.builder()
      .provider(new CoreSignals()).build();
  private static final PopulationScorer POPULATION = PopulationScorer.of(SCORER);

  /** A person on network "x" with account id {@code id}, one post a week with these commenters. */
  private static Profile person(String id, long audience, Actor... commenters) {
    Account.Builder account = Account.on("x").id(id).audience(audience).following(100);
    for (int week = 0; week < 12; week++) {
      Post.Builder post = Post.at(daysAgo(1 + 7 * week)).likes(3 + week % 4)
          .comments(commenters.length);
      for (Actor a : commenters) {
        post.engagement(ReactionKind.COMMENT, a);
      }
      account.post(post.build());
    }
    return Profile.builder(id, AS_OF).account(account.build()).build();
  }

  /** A random population whose people comment on each other, with an adapter's estimates. */
  private static List<Profile> randomPopulation(int n, long seed) {
    Random random = new Random(seed);
    long[] audience = new long[n];
    for (int i = 0; i < n; i++) {
      audience[i] = (long) Math.pow(10, 1 + 5 * random.nextDouble());
    }
    List<Profile> people = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int reactors = random.nextInt(8);
      List<Actor> actors = new ArrayList<>();
      for (int k = 0; k < reactors; k++) {
        int j = random.nextInt(n + 5); // a few actors outside the population
        String id = j < n ? "p" + j : "outsider" + j;
        long a = j < n ? audience[j] : 5000;
        Actor actor = Actor.of(id, Math.min(99, 16 * Math.log10(1 + a)), j % 7);
        if (actors.stream().noneMatch(x -> x.id().equals(id))) {
          actors.add(actor);
        }
      }
      people.add(person("p" + i, audience[i], actors.toArray(new Actor[0])));
    }
    return people;
  }

  private static Map<String, Score> byId(List<Score> scores) {
    Map<String, Score> map = new HashMap<>();
    scores.forEach(s -> map.put(s.profileId(), s));
    return map;
  }

  @Test
  void aPopulationScoreIsTheScoreOfTheProfileWithItsActorsPopulationScores() {
    List<Profile> people = randomPopulation(60, 7);
    // After k rounds the scores handed out are round k + 1's: the ones the next run reads.
    Map<String, Score> before = byId(PopulationScorer.builder(SCORER).maxIterations(2).build()
        .scoreAll(people));
    List<Score> after = PopulationScorer.builder(SCORER).maxIterations(3).build()
        .scoreAll(people);
    int changed = 0;
    for (int i = 0; i < people.size(); i++) {
      Profile p = people.get(i);
      Profile rebuilt = withInfluence(p, id -> {
        Score s = before.get(id);
        return s == null ? null : s.exact();
      });
      Score direct = SCORER.score(rebuilt);
      Score population = after.get(i);
      assertEquals(Double.doubleToRawLongBits(direct.exact()),
          Double.doubleToRawLongBits(population.exact()), p.id());
      assertEquals(direct.explain(), population.explain(), p.id());
      assertEquals(direct.pillars(), population.pillars(), p.id());
      if (SCORER.score(p).value() != population.value()) {
        changed++;
      }
    }
    assertTrue(changed > 0, "the population's own scores change some scores");
  }

  /** The profile with each actor's influence replaced where {@code influence} knows them. */
  private static Profile withInfluence(Profile p, Function<String, Double> influence) {
    Account a = p.accounts().firstEntry().getValue();
    Account.Builder b = a.toBuilder().clearPosts();
    for (Post post : a.posts()) {
      Post.Builder copy = Post.at(post.at()).likes(post.likes()).comments(post.comments());
      for (Engagement e : post.engagements()) {
        Double s = influence.apply(e.actor().id());
        Actor actor = s == null ? e.actor()
            : Actor.of(e.actor().id(), s, e.actor().reactionsPerDay());
        copy.engagement(e.kind(), actor);
      }
      b.post(copy.build());
    }
    return p.withAccount(b.build());
  }

  @Test
  void theSamePopulationInAnyOrderGetsTheSameScoresBitForBit() {
    List<Profile> people = randomPopulation(80, 11);
    Map<String, Score> first = byId(POPULATION.scoreAll(people));
    List<Profile> shuffled = new ArrayList<>(people);
    Collections.shuffle(shuffled, new Random(3));
    Map<String, Score> second = byId(POPULATION.scoreAll(shuffled));
    for (Profile p : people) {
      Score a = first.get(p.id());
      Score b = second.get(p.id());
      assertEquals(Double.doubleToRawLongBits(a.raw()), Double.doubleToRawLongBits(b.raw()));
      assertEquals(a.explain(), b.explain());
    }
  }

  @Test
  void beingEngagedBySomeoneInfluentialHereBeatsABoughtAudience() {
    // "star" is engaged by forty fans; "bought" has a million followers and no one who acts.
    List<Actor> fans = new ArrayList<>();
    List<Profile> people = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      fans.add(Actor.of("fan" + i, 30, 3));
      people.add(person("fan" + i, 200));
    }
    people.add(person("star", 3000, fans.toArray(new Actor[0])));
    people.add(person("bought", 1_000_000));
    // Each is the only commenter of one person; the adapter rates "bought" far above "star".
    people.add(person("liked-by-star", 500, Actor.of("star", 55.6, 3)));
    people.add(person("liked-by-bought", 500, Actor.of("bought", 96, 3)));
    Map<String, Score> alone = new HashMap<>();
    for (Profile p : people) {
      alone.put(p.id(), SCORER.score(p));
    }
    Map<String, Score> together = byId(POPULATION.scoreAll(people));
    assertTrue(alone.get("liked-by-bought").exact() > alone.get("liked-by-star").exact(),
        "scored alone, the bought audience's estimate wins");
    assertTrue(together.get("liked-by-star").exact() > together.get("liked-by-bought").exact(),
        "in the population, the star's own score wins");
    assertTrue(together.get("liked-by-bought").exact() < alone.get("liked-by-bought").exact());
  }

  @Test
  void aPodWithBoughtAudiencesCannotLiftItself() {
    // Ten accounts with a million followers each, commenting on each other's every post, and
    // nobody else: scored alone, each is engaged by nine "influential" actors (estimate 96).
    int size = 10;
    List<Profile> pod = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      List<Actor> others = new ArrayList<>();
      for (int j = 0; j < size; j++) {
        if (j != i) {
          others.add(Actor.of("pod" + j, 96, 12));
        }
      }
      pod.add(person("pod" + i, 1_000_000, others.toArray(new Actor[0])));
    }
    // What the ring's members earn without lifting each other: every ring actor at the floor.
    double floor = SCORER.score(withInfluence(pod.get(0), id -> 1.0)).exact();
    double alone = SCORER.score(pod.get(0)).exact();
    for (Score s : POPULATION.scoreAll(pod)) {
      assertTrue(s.exact() < alone - 1, s.profileId() + " (" + s.exact() + ") is below its"
          + " score alone (" + alone + ")");
      // G1, G2: a ring lifts itself through its own influence by at most a couple of points.
      assertTrue(s.exact() - floor < 2, s.profileId() + " gets " + (s.exact() - floor)
          + " points from its own ring");
    }
  }

  @Test
  void theFixedPointConvergesAndEachRoundMovesLessThanTheLast() {
    List<Double> changes = new ArrayList<>();
    PopulationScorer scorer = PopulationScorer.builder(SCORER).listener(new PopulationListener() {
      @Override
      public void iterated(int round, double largestChange) {
        changes.add(largestChange);
      }
    }).build();
    PopulationScorer.Run run = scorer.score(randomPopulation(200, 5), s -> { });
    assertTrue(run.converged(), run.toString());
    assertEquals(run.iterations(), changes.size());
    assertTrue(run.lastChange() <= scorer.tolerance());
    for (int k = 1; k < changes.size(); k++) {
      // The contraction bound of ModelV2: at most 0.38 of the round before, on two networks.
      assertTrue(changes.get(k) <= 0.4 * changes.get(k - 1), "round " + (k + 1) + ": " + changes);
    }
    assertEquals(200, run.people());
    assertTrue(run.populationLinks() > 0 && run.populationLinks() < run.actorLinks(), run::toString);
  }

  @Test
  void aMemberReadBackFromBytesGivesTheSameScores() {
    List<Profile> people = randomPopulation(20, 9);
    for (Profile p : people) {
      PopulationMember m = POPULATION.member(p);
      PopulationMember copy = POPULATION.member(m.toBytes());
      double[] scores = new double[m.actorKeys().size()];
      for (int t = 0; t < scores.length; t++) {
        scores[t] = t % 3 == 0 ? Double.NaN : 1 + 7 * t % 99;
      }
      assertEquals(m.actorKeys(), copy.actorKeys());
      assertEquals(m.accountKeys(), copy.accountKeys());
      assertEquals(Double.doubleToRawLongBits(POPULATION.next(m, scores)),
          Double.doubleToRawLongBits(POPULATION.next(copy, scores)));
      assertEquals(POPULATION.score(m, scores).explain(), POPULATION.score(copy, scores).explain());
      assertArrayEquals(m.toBytes(), copy.toBytes());
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> POPULATION.member(new byte[] {0, 0, 0, 1, 9}));
    assertTrue(e.getMessage().contains("not a member written by toBytes()"), e.getMessage());
  }

  @Test
  void anOptedOutPersonIsNotScoredAndNotRecognisedAsAnActor() {
    Profile fan = person("fan", 1_000_000).toBuilder().optedOut(true).build();
    Profile target = person("target", 100, Actor.of("fan", 96, 2));
    List<Score> scores = POPULATION.scoreAll(List.of(fan, target));
    assertFalse(scores.get(0).isScored());
    // The opted-out fan keeps the adapter's estimate: as if scored alone.
    assertEquals(SCORER.score(target).explain(), scores.get(1).explain());
  }

  @Test
  void someoneWithNoActivityToMeasureKeepsTheAdaptersEstimate() {
    // A reader with a real audience who posted nothing in the window: the population has no score
    // for them (they would sit at the floor), so their reaction counts as the adapter estimates.
    Profile reader = Profile.builder("reader", AS_OF)
        .account(Account.on("x").id("reader").audience(2_000_000).build()).build();
    Profile target = person("target", 100, Actor.of("reader", 99, 2));
    List<Score> scores = POPULATION.scoreAll(List.of(reader, target));
    assertEquals(List.of(), POPULATION.member(reader).accountKeys());
    assertEquals(SCORER.score(target).explain(), scores.get(1).explain());
  }

  @Test
  void badPopulationsAreRefusedWithMessagesThatNameThem() {
    Profile a = person("same", 10);
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> POPULATION.scoreAll(List.of(a, a)));
    assertEquals("population: people[0] and people[1] share the profile id 'same'",
        twice.getMessage());
    Profile b = Profile.builder("other", AS_OF)
        .account(Account.on("x").id("same").post(Post.at(daysAgo(1)).likes(1).build()).build())
        .build();
    IllegalArgumentException claimed = assertThrows(IllegalArgumentException.class,
        () -> POPULATION.scoreAll(List.of(a, b)));
    assertEquals("population: 'same' and 'other' both hold the account x:same",
        claimed.getMessage());
    IllegalArgumentException v1 = assertThrows(IllegalArgumentException.class,
        () -> PopulationScorer.of(InfluenceScorer.builder().provider(new CoreSignals())
            .model(ScoreModel.V1).build()));
    assertTrue(v1.getMessage().contains("needs model v2"), v1.getMessage());
    PopulationMember m = POPULATION.member(person("p", 10, Actor.of("q", 40, 1)));
    assertThrows(IllegalArgumentException.class, () -> POPULATION.next(m, new double[0]));
    IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
        () -> POPULATION.next(m, new double[] {0.5}));
    assertTrue(range.getMessage().contains("actorScores[0] for 'x:q'"), range.getMessage());
    IllegalStateException again = assertThrows(IllegalStateException.class,
        () -> PopulationScorer.builder(SCORER).maxIterations(3).maxIterations(4));
    assertEquals("maxIterations was already set to 3", again.getMessage());
  }

  @Test
  void aListenerThatThrowsDoesNotStopTheRun() {
    PopulationScorer scorer = PopulationScorer.builder(SCORER).listener(new PopulationListener() {
      @Override
      public void measured(int people) {
        throw new IllegalStateException("progress bar broke");
      }
    }).build();
    List<Profile> people = randomPopulation(10, 1);
    assertEquals(byId(POPULATION.scoreAll(people)).get("p3").explain(),
        byId(scorer.scoreAll(people)).get("p3").explain());
  }

  @Test
  void theAccountIdIsPartOfTheAccount() {
    Account a = Account.on("x").id("42").build();
    assertEquals("42", a.id().orElseThrow());
    assertNotEquals(a, Account.on("x").build());
    assertEquals(a, a.toBuilder().build());
    assertEquals("x:42", PopulationMember.key("x", "42"));
    IllegalStateException twice = assertThrows(IllegalStateException.class,
        () -> Account.on("x").id("1").id("2"));
    assertEquals("account x id was already set to '1'", twice.getMessage());
  }
}
