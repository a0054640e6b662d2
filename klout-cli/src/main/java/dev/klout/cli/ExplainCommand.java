package dev.klout.cli;

import dev.klout.Score;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "explain", mixinStandardHelpOptions = true,
    versionProvider = Klout.Version.class,
    description = "The full breakdown of one person's score, every signal with its value and"
        + " weight, and advice drawn from their own data.",
    footerHeading = "%nExamples:%n",
    footer = {"  klout explain --from examples/engaged-creator",
        "  X_BEARER_TOKEN=... klout explain --twitter jack"})
final class ExplainCommand extends KloutCommand {
  @Mixin
  Sources sources = new Sources();

  @Override
  public Integer call() {
    Klout klout = klout();
    Sources.Loaded loaded = sources.load(klout.io, common);
    Score score = klout.scorer().score(loaded.profile());
    score.explain().forEach(klout.io.out()::println);
    if (score.isScored()) {
      klout.io.out().println();
      klout.io.out().println("Advice");
      for (String line : Advice.of(loaded.profile())) {
        klout.io.out().println("  - " + line);
      }
    }
    return Commands.outcome(klout.io, common, score).code;
  }
}
