package dev.klout.cli;

import dev.klout.NetworkContribution;
import dev.klout.Score;
import dev.klout.spi.Pillar;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.Comparator;
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
import picocli.CommandLine.Mixin;
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

  @Mixin
  Output output = new Output();

  /** The table's columns: fit 80, with where the score comes from as the widest. */
  private static final String ROW = "%-16s  %5s  %5s  %5s  %6s  %s";
  static final int WIDTH = 80;

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
    PrintStream out = klout.io.out();
    ObjectNode document = JsonView.document("demo");
    ArrayNode rows = document.putArray("personas");
    if (!output.json()) {
      out.println(String.format(Locale.ROOT, ROW, "persona", "score", "reach", "ampl.", "impact",
          "where the score comes from"));
    }
    int failures = 0;
    for (Path p : personas) {
      Sources sources = new Sources();
      sources.from = p;
      ObjectNode row = rows.addObject();
      try {
        Sources.Loaded loaded = sources.load(klout.io, silent);
        Score score = klout.scorer().score(loaded.profile());
        String about = loaded.persona() == null ? "" : loaded.persona().about();
        row.put("persona", loaded.profile().id()).put("about", about);
        row.set("score", JsonView.score(score));
        row.putNull("error");
        if (!output.json()) {
          out.println(String.format(Locale.ROOT, ROW, name(loaded.profile().id()),
              score.isScored() ? Integer.toString(score.value()) : "-",
              pillar(score, Pillar.REACH), pillar(score, Pillar.AMPLIFICATION),
              pillar(score, Pillar.NETWORK_IMPACT), sources(score)));
          wrap(about).forEach(out::println);
        }
      } catch (CliFailure e) {
        failures++;
        row.put("persona", p.getFileName().toString()).putNull("about").putNull("score")
            .put("error", e.getMessage());
        if (!output.json()) {
          out.println(String.format(Locale.ROOT, ROW, name(p.getFileName().toString()), "!", "",
              "", "", "failed"));
          wrap(e.getMessage()).forEach(out::println);
        }
      }
    }
    if (output.json()) {
      out.println(JsonView.write(document));
    } else {
      out.println();
      out.println("Explain one: klout explain --from " + shortest(personas.get(0)));
    }
    return failures == 0 ? Exit.OK.code : Exit.OTHER.code;
  }

  /** The path from the working directory where the persona is under it, as a person typed it. */
  private static Path shortest(Path persona) {
    Path here = Path.of("").toAbsolutePath();
    Path full = persona.toAbsolutePath().normalize();
    return full.startsWith(here) ? here.relativize(full) : persona;
  }

  private static String name(String persona) {
    return persona.length() > 16 ? persona.substring(0, 15) + "~" : persona;
  }

  /** A persona's description under its row, indented and wrapped at the table's width. */
  static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder("    ");
    for (String word : text.split(" ")) {
      if (line.length() > 4 && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line.setLength(4);
      }
      line.append(line.length() > 4 ? " " : "").append(word);
    }
    if (line.length() > 4) {
      lines.add(line.toString());
    }
    return lines;
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

  /**
   * Each network's share of the raw score, the biggest first, then what was left out and why:
   * what sets the personas apart, where the top pillar is reach for nearly all of them.
   */
  static String sources(Score score) {
    List<String> parts = new ArrayList<>();
    if (score.isScored()) {
      List<NetworkContribution> byShare = new ArrayList<>(score.networks());
      byShare.sort(Comparator.comparingDouble(NetworkContribution::contribution).reversed()
          .thenComparing(NetworkContribution::network));
      for (NetworkContribution n : byShare) {
        parts.add(n.network() + " " + ScoreView.share(n.contribution(), score.raw()));
      }
    } else {
      parts.add("opted out");
    }
    score.exclusions().forEach(e -> parts.add(e.network() + " left out ("
        + e.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")"));
    return String.join(", ", parts);
  }

  /** A pillar's own score, or "-" where there is none (opted out, or a model without them). */
  private static String pillar(Score score, Pillar pillar) {
    return score.isScored()
        ? score.pillar(pillar).map(p -> Integer.toString(p.value())).orElse("-")
        : "-";
  }
}
