package dev.klout.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "history", mixinStandardHelpOptions = true,
    versionProvider = Klout.Version.class,
    description = "The saved scores of one person, the change at each step, and a sparkline.",
    footerHeading = "%nExamples:%n",
    footer = {"  klout history engaged-creator", "  klout history jack --db team.db"})
final class HistoryCommand extends KloutCommand {
  private static final String BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";

  @Parameters(paramLabel = "NAME", description = "Who, as saved (the profile's name).")
  String name = "";

  @Mixin
  HistoryFile history = new HistoryFile();

  @Mixin
  Output output = new Output();

  @Override
  public Integer call() {
    Klout klout = klout();
    Path file = history.path();
    List<History.Saved> series;
    try (History store = history.openExisting()) {
      series = store.series(name);
    }
    if (series.isEmpty()) {
      throw new CliFailure(Exit.NOT_FOUND, "no saved score for '" + name + "' in " + file
          + "; save one with klout score --save");
    }
    var out = klout.io.out();
    if (output.json()) {
      out.println(JsonView.write(json(name, series)));
      return Exit.OK.code;
    }
    out.println(String.format(Locale.ROOT, "%s: %d saved %s", name, series.size(),
        series.size() == 1 ? "score" : "scores"));
    out.println(String.format(Locale.ROOT, "  %4s  %-20s %5s %6s  %-5s  %s", "#", "as of", "score",
        "change", "model", "source"));
    Integer previous = null;
    for (History.Saved s : series) {
      String change = previous == null || !s.scored() ? ""
          : String.format(Locale.ROOT, "%+d", s.score().value() - previous);
      out.println(String.format(Locale.ROOT, "  %4d  %-20s %5s %6s  %-5s  %s", s.id(), s.asOf(),
          s.scored() ? Integer.toString(s.score().value()) : "-", change, s.model(), s.source()));
      if (s.scored()) {
        previous = s.score().value();
      }
    }
    out.println("  " + sparkline(series));
    return Exit.OK.code;
  }

  /** The series: every saved score whole, oldest first, each with its change from the last. */
  static ObjectNode json(String name, List<History.Saved> series) {
    ObjectNode d = JsonView.document("history");
    d.put("profile", name);
    ArrayNode saved = d.putArray("saved");
    Integer previous = null;
    for (History.Saved s : series) {
      ObjectNode o = CompareCommand.saved(s);
      JsonView.putNumber(o, "change", previous == null || !s.scored() ? null
          : s.score().value() - previous);
      saved.add(o);
      if (s.scored()) {
        previous = s.score().value();
      }
    }
    return d;
  }

  /** One bar per scored result, scaled from the lowest to the highest score of the series. */
  static String sparkline(List<History.Saved> series) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (History.Saved s : series) {
      if (s.scored()) {
        min = Math.min(min, s.score().value());
        max = Math.max(max, s.score().value());
      }
    }
    StringBuilder line = new StringBuilder();
    for (History.Saved s : series) {
      if (!s.scored()) {
        line.append(' ');
      } else if (max == min) {
        line.append(BARS.charAt(BARS.length() / 2));
      } else {
        line.append(BARS.charAt((s.score().value() - min) * (BARS.length() - 1) / (max - min)));
      }
    }
    return max < min ? line.toString()
        : line + String.format(Locale.ROOT, "  %d..%d", min, max);
  }
}
