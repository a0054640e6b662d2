package dev.klout.cli;

import dev.klout.Score;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "score", mixinStandardHelpOptions = true,
    versionProvider = Klout.Version.class,
    description = "Score one person: the score, each network's and each pillar's contribution,"
        + " and what was left out and why.",
    footerHeading = "%nExamples:%n",
    footer = {"  klout score --from examples/engaged-creator",
        "  klout score --from examples/both-networks --format json",
        "  X_BEARER_TOKEN=... klout score --twitter jack --save",
        "  YOUTUBE_API_KEY=... klout score --youtube @veritasium --as-of 2026-11-01"})
final class ScoreCommand extends KloutCommand {
  @Mixin
  Sources sources = new Sources();

  @Mixin
  Output output = new Output();

  @Option(names = "--save", description = "Also record the score in the history database.")
  boolean save;

  @Mixin
  HistoryFile history = new HistoryFile();

  @Override
  public Integer call() {
    Klout klout = klout();
    Sources.Loaded loaded = sources.load(klout.io, common);
    Score score = klout.scorer().score(loaded.profile());
    if (output.json()) {
      klout.io.out().println(JsonView.write(JsonView.scoreDocument(score)));
    } else {
      ScoreView.table(score).forEach(klout.io.out()::println);
    }
    if (save) {
      Path file = history.path();
      try (History store = history.open()) {
        long id = store.save(score, Commands.source(sources), klout.io.clock().instant());
        Commands.note(klout.io, common, "saved as #" + id + " in " + file);
      }
    }
    loaded.fetched().forEach((network, fetched) -> {
      if (fetched.quotaUnits() > 0) {
        Commands.note(klout.io, common, network + ": this fetch spent " + fetched.quotaUnits()
            + " quota units");
      }
    });
    return Commands.outcome(klout.io, common, score).code;
  }
}
