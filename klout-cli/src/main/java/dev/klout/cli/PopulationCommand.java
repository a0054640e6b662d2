package dev.klout.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klout.PopulationListener;
import dev.klout.PopulationScorer;
import dev.klout.Score;
import dev.klout.population.PopulationReader;
import dev.klout.population.ScoreRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "population", mixinStandardHelpOptions = true,
    versionProvider = Klout.Version.class,
    description = {"Scores a whole population at once, with network impact from the"
        + " population's own scores: someone who reacted and is in the population counts with"
        + " their own score here, not the estimate from their follower count.",
        "",
        "--in is a population directory (manifest.json and people, accounts, posts, reactions and"
            + " replies as JSON Lines, each sorted by person; see the README). Writes one score a"
            + " line with its pillars and breakdown (JSON Lines) or one a row (CSV), and prints"
            + " the top of the table."},
    footerHeading = "%nExamples:%n",
    footer = {"  ./klout-validation/export --people 10000 target/population",
        "  klout population --in target/population --out target/scores.jsonl",
        "  klout population --in target/population --out scores.csv --top 20"})
final class PopulationCommand extends KloutCommand {
  @Spec
  @Nullable CommandSpec spec;

  @Option(names = "--in", required = true, paramLabel = "DIR",
      description = "The population directory to read.")
  @Nullable Path in;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "Where to write the scores; overwritten.")
  @Nullable Path out;

  @Option(names = "--out-format", paramLabel = "jsonl|csv",
      description = "The scores' format; by default from --out's extension (.csv: CSV, else JSON"
          + " Lines, one score document a line, as klout score --format json prints it).")
  @Nullable String format;

  @Mixin
  Output print = new Output();

  @Option(names = "--top", paramLabel = "N", defaultValue = "10",
      description = "How many of the highest scores to print (default ${DEFAULT-VALUE}; 0: none).")
  int top;

  @Option(names = "--iterations", paramLabel = "N",
      description = "At most this many rounds of the fixed point (default: the model's 20; 0"
          + " scores everyone as if no one in the population were influential).")
  @Nullable Integer iterations;

  @Override
  public Integer call() {
    Klout klout = klout();
    // Every argument is checked before anything is read.
    Path input = require(in, "--in");
    Path output = require(out, "--out");
    if (!Files.isDirectory(input)) {
      throw usage("--in " + input + " is not a directory");
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw usage("--out " + output + ": the directory " + parent + " does not exist");
    }
    boolean csv;
    if (format == null) {
      csv = output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    } else if (format.equals("csv") || format.equals("jsonl")) {
      csv = format.equals("csv");
    } else {
      throw usage("--out-format must be jsonl or csv but was '" + format + "'");
    }
    if (top < 0) {
      throw usage("--top must be 0 or more but was " + top);
    }
    if (iterations != null && (iterations < 0 || iterations > 1000)) {
      throw usage("--iterations must be from 0 to 1000 but was " + iterations);
    }

    PopulationScorer.Builder builder = PopulationScorer.builder(klout.scorer())
        .listener(common.quiet ? PopulationListener.NONE : new Bar(klout.io));
    if (iterations != null) {
      builder.maxIterations(iterations);
    }
    PopulationScorer population = builder.build();
    PriorityQueue<ScoreRecord> best = new PriorityQueue<>(BY_SCORE.reversed());
    PopulationScorer.Run run;
    try (PopulationReader reader = PopulationReader.open(input);
        Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      if (csv) {
        w.write("person,model,score,exact,raw,reach,amplification,network_impact,excluded\n");
      }
      run = population.score(reader, score -> {
        ScoreRecord r = ScoreRecord.of(score);
        write(w, score, r, csv);
        if (top > 0 && r.scored()) {
          best.add(r);
          if (best.size() > top) {
            best.poll();
          }
        }
      });
    } catch (IllegalArgumentException e) {
      throw new CliFailure(Exit.OTHER, input + ": " + e.getMessage(), e);
    } catch (IOException | UncheckedIOException e) {
      throw new CliFailure(Exit.OTHER, "cannot read " + input + " or write " + output + ": " + e,
          e);
    }
    if (!common.quiet) {
      klout.io.err().println("population: " + run);
    }
    List<ScoreRecord> rows = new ArrayList<>(best);
    rows.sort(BY_SCORE);
    if (print.json()) {
      klout.io.out().println(JsonView.write(json(run, rows)));
    } else {
      printTop(klout.io.out(), rows, run);
    }
    return Exit.OK.code;
  }

  private static final Comparator<ScoreRecord> BY_SCORE = Comparator
      .comparingDouble(ScoreRecord::exact).reversed().thenComparing(ScoreRecord::person);

  /** The run and the top of the table; the scores themselves are in the --out file. */
  private ObjectNode json(PopulationScorer.Run run, List<ScoreRecord> rows) {
    ObjectNode d = JsonView.document("population");
    d.put("people", run.people()).put("rounds", run.iterations())
        .put("converged", run.converged()).put("out", String.valueOf(out));
    ArrayNode topRows = d.putArray("top");
    int rank = 1;
    for (ScoreRecord r : rows) {
      ObjectNode row = topRows.addObject().put("rank", rank++).put("profile", r.person())
          .put("score", r.score()).put("exact", r.exact());
      ObjectNode pillars = row.putObject("pillars");
      for (ScoreRecord.Pillar p : r.pillars()) {
        pillars.put(p.pillar(), p.score());
      }
    }
    return d;
  }

  private void printTop(java.io.PrintStream o, List<ScoreRecord> rows, PopulationScorer.Run run) {
    o.printf(Locale.ROOT, "Scored %,d people (%d rounds%s) into %s%n", run.people(),
        run.iterations(), run.converged() ? ", converged" : ", stopped at the round limit", out);
    if (rows.isEmpty()) {
      return;
    }
    o.println();
    o.printf(Locale.ROOT, "%4s  %-24s %5s %6s %6s %6s%n", "rank", "person", "score", "reach",
        "ampl.", "impact");
    int rank = 1;
    for (ScoreRecord r : rows) {
      String person = r.person().length() > 24 ? r.person().substring(0, 23) + "~" : r.person();
      o.printf(Locale.ROOT, "%4d  %-24s %5d %6d %6d %6d%n", rank++, person, r.score(),
          r.pillar("reach"), r.pillar("amplification"), r.pillar("network_impact"));
    }
  }

  private static void write(Writer w, Score score, ScoreRecord r, boolean csv) {
    try {
      if (csv) {
        w.write(String.format(Locale.ROOT, "%s,%s,%d,%s,%s,%d,%d,%d,%s%n", csvField(r.person()),
            r.model(), r.score(), number(r.exact()), number(r.raw()), r.pillar("reach"),
            r.pillar("amplification"), r.pillar("network_impact"),
            csvField(String.join("; ", r.excluded()))));
      } else {
        w.write(JsonView.line(JsonView.scoreDocument(score)));
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A double as Java prints it: the shortest text that reads back to the same bits. */
  private static String number(double d) {
    return Double.isNaN(d) ? "" : Double.toString(d);
  }

  private static String csvField(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n")
        ? '"' + s.replace("\"", "\"\"") + '"'
        : s;
  }

  private <T> T require(@Nullable T value, String option) {
    if (value == null) {
      throw usage("missing " + option);
    }
    return value;
  }

  private ParameterException usage(String message) {
    if (spec == null) {
      throw new IllegalStateException(message);
    }
    return new ParameterException(spec.commandLine(), message);
  }

  /** Progress on stderr: people read, rounds, scores written; one redrawn line on a terminal. */
  private static final class Bar implements PopulationListener {
    private static final String CLEAR_LINE = "\r\033[K";
    private final Io io;

    Bar(Io io) {
      this.io = io;
    }

    @Override
    public void measured(int people) {
      if (people % (io.terminal() ? 1000 : 10_000) == 0) {
        show(String.format(Locale.ROOT, "reading: %,d people", people), false);
      }
    }

    @Override
    public void iterated(int round, double largestChange) {
      show(String.format(Locale.ROOT, "fixed point: round %d, largest change %.2g points", round,
          largestChange), false);
    }

    @Override
    public void scored(int done, int people) {
      if (done == people || done % (io.terminal() ? 1000 : 10_000) == 0) {
        show(String.format(Locale.ROOT, "writing: %,d of %,d scores (%d%%)", done, people,
            people == 0 ? 100 : 100L * done / people), done == people);
      }
    }

    private void show(String line, boolean last) {
      if (io.terminal()) {
        io.err().print(CLEAR_LINE + line + (last ? "\n" : ""));
      } else {
        io.err().println(line);
      }
      io.err().flush();
    }
  }
}
