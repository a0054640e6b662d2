package dev.klout.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.CoreSignals;
import dev.klout.InfluenceScorer;
import dev.klout.Profile;
import dev.klout.PillarScore;
import dev.klout.Score;
import dev.klout.ScoreModel;
import dev.klout.spi.Pillar;
import dev.klout.spi.Signal;
import dev.klout.spi.SignalProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Rule 7: the same profile scores bit for bit the same under shuffled provider order, across
 * threads, locales and JVM runs (the golden file is the cross-run check).
 */
class DeterminismTest {

  /** A provider of two extra signals, one for every network and one for Twitter. */
  static final class Extras implements SignalProvider {
    private final String network;

    Extras(String network) {
      this.network = network;
    }

    @Override
    public String network() {
      return network;
    }

    @Override
    public List<Signal> signals() {
      return List.of(Signal.of("extra." + (network.equals(ALL_NETWORKS) ? "all" : network), 1,
          Pillar.REACH, "replies per post",
          w -> StrictMath.log1p(w.replies().size() / (1.0 + w.postCount()))));
    }
  }

  @Test
  void providerOrderDoesNotMatter() {
    SignalProvider core = new CoreSignals();
    SignalProvider all = new Extras(SignalProvider.ALL_NETWORKS);
    SignalProvider twitter = new Extras("twitter");
    InfluenceScorer a = InfluenceScorer.builder().provider(core).provider(all).provider(twitter)
        .build();
    InfluenceScorer b = InfluenceScorer.builder().provider(twitter).provider(core).provider(all)
        .build();
    InfluenceScorer c = InfluenceScorer.builder().provider(all).provider(twitter).provider(core)
        .build();
    ReferencePopulation population = ReferencePopulation.withSeed(5);
    boolean extrasMattered = false;
    for (int i = 0; i < 500; i++) {
      Profile p = population.profile(i);
      long bits = Double.doubleToRawLongBits(a.score(p).raw());
      assertEquals(bits, Double.doubleToRawLongBits(b.score(p).raw()), p::toString);
      assertEquals(bits, Double.doubleToRawLongBits(c.score(p).raw()), p::toString);
      assertEquals(a.score(p).signals(), c.score(p).signals());
      extrasMattered |= a.score(p).raw() != ModelFixtures.score(p).raw();
    }
    assertTrue(extrasMattered, "the extra signals must take part, or the order is not tested");
  }

  @Test
  void parallelScoringMatchesSequentialScoring() {
    InfluenceScorer scorer = ModelFixtures.SCORER;
    ReferencePopulation population = ReferencePopulation.withSeed(11);
    Profile[] profiles = IntStream.range(0, 10_000).mapToObj(population::profile)
        .toArray(Profile[]::new);
    long[] sequential = new long[profiles.length];
    for (int i = 0; i < profiles.length; i++) {
      sequential[i] = Double.doubleToRawLongBits(scorer.score(profiles[i]).raw());
    }
    long[] parallel = IntStream.range(0, profiles.length).parallel()
        .mapToLong(i -> Double.doubleToRawLongBits(scorer.score(profiles[i]).raw())).toArray();
    for (int i = 0; i < profiles.length; i++) {
      assertEquals(sequential[i], parallel[i], profiles[i]::toString);
    }
  }

  /**
   * Every model version is pinned by a golden file of its own: v1's is never rewritten, so a host
   * with stored v1 scores keeps getting them bit for bit.
   */
  @ParameterizedTest
  @EnumSource(ScoreModel.class)
  void goldenProfilesScoreExactlyAsPinned(ScoreModel model) throws IOException {
    String golden = "/golden-" + model.version() + ".tsv";
    List<String> actual = goldenLines(model);
    if (Boolean.getBoolean("klout.golden.update") && model != ScoreModel.V1) {
      Files.write(Path.of("src/test/resources" + golden), actual, StandardCharsets.UTF_8);
    }
    List<String> expected = readGolden(golden);
    assertTrue(actual.size() >= (model == ScoreModel.V1 ? 20 : 30),
        "at least 20 golden profiles for v1, 30 from v2 on");
    assertEquals(expected, actual, "scores changed: if the model changed on purpose, make a new"
        + " model version (ScoreModel) and rerun with -Dklout.golden.update=true");
  }

  @Test
  void localeDoesNotChangeScoresOrExplanations() {
    Locale original = Locale.getDefault();
    List<String> root;
    List<String> turkish;
    List<String> arabic;
    Profile p = GoldenProfiles.celebrityLike();
    try {
      Locale.setDefault(Locale.ROOT);
      root = withExplanation(p);
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      turkish = withExplanation(p);
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      arabic = withExplanation(p);
    } finally {
      Locale.setDefault(original);
    }
    assertEquals(root, turkish);
    assertEquals(root, arabic);
  }

  private static List<String> withExplanation(Profile p) {
    Score s = ModelFixtures.score(p);
    List<String> out = new ArrayList<>(s.explain());
    out.add(Double.toHexString(s.raw()));
    return out;
  }

  static List<String> goldenLines(ScoreModel model) {
    InfluenceScorer scorer = InfluenceScorer.builder().provider(new CoreSignals()).model(model)
        .build();
    List<String> lines = new ArrayList<>();
    if (model == ScoreModel.V1) {
      lines.add("# profile\tscore\texact\traw  (model v1; doubles in hex, exact to the bit)");
    } else {
      lines.add("# profile\tscore\texact\traw\treach\tamplification\tnetwork impact  (model "
          + model.version() + "; doubles in hex, exact to the bit; pillars as value/exact)");
    }
    Map<String, Profile> profiles = model == ScoreModel.V1 ? GoldenProfiles.all()
        : GoldenProfiles.allWithGamed();
    for (Map.Entry<String, Profile> e : profiles.entrySet()) {
      Score s = scorer.score(e.getValue());
      StringBuilder line = new StringBuilder(e.getKey());
      if (!s.isScored()) {
        line.append("\tno score");
      } else {
        line.append('\t').append(s.value()).append('\t').append(Double.toHexString(s.exact()))
            .append('\t').append(Double.toHexString(s.raw()));
        for (PillarScore p : s.pillars()) {
          line.append('\t').append(p.value()).append('/').append(Double.toHexString(p.exact()));
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private static List<String> readGolden(String golden) throws IOException {
    try (var in = DeterminismTest.class.getResourceAsStream(golden)) {
      assertFalse(in == null, golden + " is missing");
      return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
    }
  }
}
