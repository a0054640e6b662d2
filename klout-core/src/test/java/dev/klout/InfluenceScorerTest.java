package dev.klout;

import static dev.klout.Fixtures.active;
import static dev.klout.Fixtures.coreScorer;
import static dev.klout.Fixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.spi.Signal;
import dev.klout.spi.SignalProvider;
import dev.klout.spi.Pillar;
import dev.klout.spi.Weighting;
import java.util.List;
import org.junit.jupiter.api.Test;

class InfluenceScorerTest {
  private static final Account TWITTER = active("twitter", 5_000, 30, 40);
  private static final Account YOUTUBE = active("youtube", 20_000, 8, 300);

  @Test
  void contributionsAddUpToTheRawScore() {
    Score s = coreScorer().score(person(TWITTER, YOUTUBE));
    double networks = 0;
    for (NetworkContribution n : s.networks()) {
      double signals = 0;
      for (SignalContribution c : n.signals()) {
        assertEquals(c.contribution(), c.weight() * c.value(), 1e-12, c::toString);
        signals += c.contribution();
      }
      assertEquals(n.contribution(), signals);
      networks += n.contribution();
    }
    assertEquals(s.raw(), networks);
    assertEquals(List.of("twitter", "youtube"),
        s.networks().stream().map(NetworkContribution::network).toList());
    assertEquals(s.value(), (int) Math.round(s.exact()));
  }

  @Test
  void optedOutProfileIsNotReadAtAll() {
    TestSignals.Spy spy = new TestSignals.Spy();
    InfluenceScorer scorer = InfluenceScorer.builder().provider(new CoreSignals()).provider(spy)
        .build();
    Profile optedOut = person(TWITTER, YOUTUBE).toBuilder().optedOut(true).build();
    Score s = scorer.score(optedOut);
    assertFalse(s.isScored());
    assertEquals(0, spy.calls.get());
    assertTrue(s.networks().isEmpty() && s.exclusions().isEmpty());
    IllegalStateException e = assertThrows(IllegalStateException.class, s::value);
    assertTrue(e.getMessage().contains("opted out"), e::getMessage);
    assertEquals(List.of("No score for 'alice': the person opted out, so none of their data was"
        + " read."), s.explain());
    scorer.score(person(TWITTER));
    assertTrue(spy.calls.get() > 0, "the spy does see a profile that did not opt out");
  }

  @Test
  void privateAndIdleAccountsAreLeftOutWithAReason() {
    Account hidden = TWITTER.toBuilder().visibility(Visibility.PRIVATE).build();
    Account idle = Account.on("mastodon").audience(900).build();
    Score s = coreScorer().score(person(hidden, idle, YOUTUBE));
    assertEquals(List.of(new Exclusion("mastodon", Exclusion.Reason.NO_ACTIVITY),
        new Exclusion("twitter", Exclusion.Reason.PRIVATE)), s.exclusions());
    assertEquals(coreScorer().score(person(YOUTUBE)).raw(), s.raw());
    assertTrue(s.explain().contains("twitter: left out, the account is private, and only public"
        + " activity counts"), () -> String.join("\n", s.explain()));
  }

  @Test
  void explainPutsTheBiggestContributionFirst() {
    Score s = coreScorer().score(person(TWITTER, YOUTUBE));
    List<String> lines = s.explain();
    assertTrue(lines.get(0).startsWith("Score " + s.value() + " of 100 for 'alice'"), lines::toString);
    NetworkContribution bigger = s.networks().stream()
        .max((a, b) -> Double.compare(a.contribution(), b.contribution())).orElseThrow();
    assertTrue(lines.get(1).startsWith("Pillars: reach " + s.pillar(Pillar.REACH).orElseThrow()
        .value() + ", amplification "), lines::toString);
    assertTrue(lines.get(2).startsWith(bigger.network() + ":"), lines::toString);
    double previous = Double.POSITIVE_INFINITY;
    for (int i = 3; i < lines.size() && lines.get(i).startsWith("  "); i++) {
      double c = Double.parseDouble(lines.get(i).trim().split("\\s+")[0]);
      assertTrue(c <= previous, lines::toString);
      previous = c;
    }
  }

  @Test
  void aSignalThatThrowsIsNamed() {
    Signal broken = TestSignals.signal("acme.broken", w -> {
      throw new ArithmeticException("boom");
    });
    InfluenceScorer scorer = InfluenceScorer.builder()
        .provider(TestSignals.provider("twitter", broken)).build();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> scorer.score(person(TWITTER)));
    assertTrue(e.getMessage().contains("acme.broken") && e.getMessage().contains("'alice'"),
        e::getMessage);
    assertTrue(e.getCause() instanceof ArithmeticException);
  }

  @Test
  void aSignalThatReturnsNaNIsNamed() {
    InfluenceScorer scorer = InfluenceScorer.builder()
        .provider(TestSignals.provider("twitter", TestSignals.signal("acme.nan", w -> Double.NaN)))
        .build();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> scorer.score(person(TWITTER)));
    assertTrue(e.getMessage().contains("acme.nan") && e.getMessage().contains("NaN"),
        e::getMessage);
  }

  @Test
  void networkSpecificSignalsApplyOnlyToTheirNetwork() {
    InfluenceScorer scorer = InfluenceScorer.builder().provider(new CoreSignals())
        .provider(TestSignals.provider("youtube", TestSignals.signal("youtube.extra", w -> 1)))
        .build();
    Score s = scorer.score(person(TWITTER, YOUTUBE));
    assertTrue(s.network("youtube").orElseThrow().signals().stream()
        .anyMatch(c -> c.signalId().equals("youtube.extra")));
    assertTrue(s.network("twitter").orElseThrow().signals().stream()
        .noneMatch(c -> c.signalId().equals("youtube.extra")));
    assertEquals(List.of("core.amplification", "core.audience", "core.consistency", "core.focus",
            "core.network_impact", "core.reach", "core.relationships", "core.views",
            "youtube.extra"),
        scorer.signals("youtube").stream().map(Signal::id).toList());
  }

  @Test
  void duplicateSignalIdsNameBothClasses() {
    SignalProvider impostor = TestSignals.provider("twitter",
        TestSignals.signal("core.reach", w -> 0));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> InfluenceScorer.builder().provider(new CoreSignals()).provider(impostor).build());
    assertTrue(e.getMessage().contains("'core.reach'"), e::getMessage);
    assertTrue(e.getMessage().contains(CoreSignal.class.getName()), e::getMessage);
    assertTrue(e.getMessage().contains(TestSignals.class.getName()), e::getMessage);
  }

  @Test
  void builderMistakesAreReported() {
    IllegalStateException none = assertThrows(IllegalStateException.class,
        () -> InfluenceScorer.builder().build());
    assertTrue(none.getMessage().contains("no signals"), none::getMessage);

    InfluenceScorer.Builder b = InfluenceScorer.builder().weighting(Weighting.standard());
    IllegalStateException twice = assertThrows(IllegalStateException.class,
        () -> b.weighting(Weighting.standard()));
    assertEquals("weighting was already set to Weighting.standard()", twice.getMessage());

    IllegalStateException badId = assertThrows(IllegalStateException.class,
        () -> InfluenceScorer.builder()
            .provider(TestSignals.provider("twitter", TestSignals.signal("Bad Id", w -> 0))).build());
    assertTrue(badId.getMessage().contains("'Bad Id'"), badId::getMessage);

    Weighting negative = s -> -1;
    IllegalStateException weight = assertThrows(IllegalStateException.class,
        () -> InfluenceScorer.builder().provider(new CoreSignals()).weighting(negative).build());
    assertTrue(weight.getMessage().contains("weight -1.0"), weight::getMessage);
  }

  @Test
  void customWeightingAndCalibrationAreStampedOnTheModelVersion() {
    assertEquals(InfluenceScorer.MODEL_VERSION, coreScorer().modelVersion());
    assertEquals("v2", coreScorer().modelVersion());
    Weighting doubled = s -> 2 * ScoreModel.V2.weighting().signalWeight(s);
    InfluenceScorer scorer = InfluenceScorer.builder().provider(new CoreSignals())
        .weighting(doubled).build();
    assertTrue(scorer.modelVersion().startsWith("v2+weighting:"), scorer::modelVersion);
    assertEquals("v1", InfluenceScorer.builder().provider(new CoreSignals()).model(ScoreModel.V1)
        .build().modelVersion());
    Score s = scorer.score(person(TWITTER));
    assertEquals(2 * coreScorer().score(person(TWITTER)).raw(), s.raw(), 1e-9);
  }

  @Test
  void aMeasurementRescoresWithAnotherWeightingWithoutReadingAgain() {
    TestSignals.Spy spy = new TestSignals.Spy();
    InfluenceScorer measuring = InfluenceScorer.builder().provider(new CoreSignals())
        .provider(spy).build();
    Profile profile = person(TWITTER, YOUTUBE);
    Measurement m = measuring.measure(profile);
    int reads = spy.calls.get();
    assertEquals(List.of("twitter", "youtube"), m.networks());
    assertTrue(m.value("twitter", "core.reach").isPresent());

    Weighting halved = s -> ScoreModel.current().weighting().signalWeight(s) / 2;
    InfluenceScorer other = InfluenceScorer.builder().provider(new CoreSignals()).provider(spy)
        .weighting(halved).build();
    Score rescored = other.score(m);
    assertEquals(reads, spy.calls.get(), "rescoring reads nothing");
    assertEquals(measuring.score(m).raw() / 2, rescored.raw(), 1e-12);
    InfluenceScorer core = coreScorer();
    assertEquals(Double.doubleToRawLongBits(core.score(profile).raw()),
        Double.doubleToRawLongBits(core.score(core.measure(profile)).raw()));
  }
}
