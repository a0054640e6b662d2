package dev.klout.cli;

import dev.klout.Insight;
import dev.klout.Insights;
import dev.klout.Score;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "explain", mixinStandardHelpOptions = true,
    versionProvider = Klout.Version.class,
    description = "The full breakdown of one person's score, every signal with its value and"
        + " weight, and advice drawn from their own data.",
    footerHeading = "%nExamples:%n",
    footer = {"  klout explain --from examples/engaged-creator",
        "  klout explain --from examples/engaged-creator --format json",
        "  X_BEARER_TOKEN=... klout explain --twitter jack"})
final class ExplainCommand extends KloutCommand {
  @Mixin
  Sources sources = new Sources();

  @Mixin
  Output output = new Output();

  @Override
  public Integer call() {
    Klout klout = klout();
    Sources.Loaded loaded = sources.load(klout.io, common);
    Score score = klout.scorer().score(loaded.profile());
    List<Insight> insights = Insights.of(loaded.profile(), score);
    if (output.json()) {
      klout.io.out().println(JsonView.write(JsonView.explain(score, insights)));
    } else {
      score.explain().forEach(klout.io.out()::println);
      if (score.isScored()) {
        klout.io.out().println();
        klout.io.out().println("Advice, after the tips of \"" + Insights.ARTICLE + "\"");
        for (Insight i : insights) {
          String line = line(i);
          if (i.kind() == Insight.Kind.MONITOR) {
            line += "; here: klout score --save each time, then klout history " + score.profileId();
          }
          klout.io.out().println("  - " + line);
        }
      }
    }
    return Commands.outcome(klout.io, common, score).code;
  }

  static String line(Insight i) {
    String text = i.network() == null ? i.message() : i.network() + ": " + i.message();
    return i.tip() == 0 ? text : text + " (tip " + i.tip() + ")";
  }
}
