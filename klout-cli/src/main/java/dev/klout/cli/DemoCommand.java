package dev.klout.cli;

import dev.klout.NetworkContribution;
import dev.klout.Score;
import dev.klout.spi.Pillar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
    versionProvider = Klout.Version.class,
    description = "Score every example persona (recorded API responses in examples/) and print"
        + " one table.",
    footerHeading = "%nExamples:%n",
    footer = {"  klout demo", "  klout demo --examples path/to/recordings"})
final class DemoCommand extends KloutCommand {
  @Option(names = "--examples", paramLabel = "DIR",
      description = "The directory of personas, one recording each (default: $KLOUT_EXAMPLES,"
          + " else ./examples).")
  @Nullable Path examples;

  @Override
  public Integer call() {
    Klout klout = klout();
    String fromEnvironment = klout.io.env("KLOUT_EXAMPLES");
    Path dir = examples != null ? examples
        : Path.of(fromEnvironment != null ? fromEnvironment : "examples");
    List<Path> personas = personas(dir);
    // The demo reads local recordings in milliseconds: per-call progress would only be noise.
    Common silent = new Common();
    silent.quiet = true;
    String format = "%-18s %5s  %5s  %5s  %6s  %-20s %-22s %s";
    klout.io.out().println(String.format(Locale.ROOT, format, "persona", "score", "reach",
        "ampl.", "impact", "networks", "left out", "about"));
    int failures = 0;
    for (Path p : personas) {
      Sources sources = new Sources();
      sources.from = p;
      try {
        Sources.Loaded loaded = sources.load(klout.io, silent);
        Score score = klout.scorer().score(loaded.profile());
        klout.io.out().println(String.format(Locale.ROOT, format, loaded.profile().id(),
            score.isScored() ? Integer.toString(score.value()) : "-",
            pillar(score, Pillar.REACH), pillar(score, Pillar.AMPLIFICATION),
            pillar(score, Pillar.NETWORK_IMPACT), networks(score), leftOut(score),
            loaded.persona() == null ? "" : loaded.persona().about()));
      } catch (CliFailure e) {
        failures++;
        klout.io.out().println(String.format(Locale.ROOT, format, p.getFileName(), "!", "", "", "",
            "", "", "failed: " + e.getMessage()));
      }
    }
    klout.io.out().println();
    klout.io.out().println("Explain one: klout explain --from " + personas.get(0));
    return failures == 0 ? Exit.OK.code : Exit.OTHER.code;
  }

  private static List<Path> personas(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new CliFailure(Exit.USAGE, "no examples directory " + dir + "; pass --examples DIR");
    }
    List<Path> out = new ArrayList<>();
    try (Stream<Path> children = Files.list(dir)) {
      children.filter(c -> Files.isRegularFile(c.resolve(Persona.FILE))).sorted()
          .forEach(out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.isEmpty()) {
      throw new CliFailure(Exit.USAGE, "no persona in " + dir + ": each is a directory with a "
          + Persona.FILE);
    }
    return out;
  }

  private static String networks(Score score) {
    List<String> names = new ArrayList<>();
    if (score.isScored()) {
      for (NetworkContribution n : score.networks()) {
        names.add(n.network());
      }
    }
    return names.isEmpty() ? "-" : String.join("+", names);
  }

  /** A pillar's own score, or "-" where there is none (opted out, or a model without them). */
  private static String pillar(Score score, Pillar pillar) {
    return score.isScored()
        ? score.pillar(pillar).map(p -> Integer.toString(p.value())).orElse("-")
        : "-";
  }

  private static String leftOut(Score score) {
    List<String> out = new ArrayList<>();
    score.exclusions().forEach(e -> out.add(e.network() + " ("
        + e.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")"));
    return out.isEmpty() ? "-" : String.join(", ", out);
  }
}
