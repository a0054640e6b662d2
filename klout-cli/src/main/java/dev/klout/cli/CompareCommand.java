package dev.klout.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "compare", mixinStandardHelpOptions = true,
    versionProvider = Klout.Version.class,
    description = "What moved between two saved scores of one person: the point change, the"
        + " networks that came or went, and every signal that moved, biggest first.",
    footerHeading = "%nExamples:%n",
    footer = {"  klout compare engaged-creator          # the last two saved",
        "  klout compare engaged-creator 3 7      # saved #3 against #7"})
final class CompareCommand extends KloutCommand {
  @Parameters(index = "0", paramLabel = "NAME", description = "Who, as saved.")
  String name = "";

  @Parameters(index = "1..2", arity = "0..2", paramLabel = "ID",
      description = "The two saved results to compare, as klout history numbers them (default:"
          + " the last two).")
  List<Long> ids = new ArrayList<>();

  @Mixin
  HistoryFile history = new HistoryFile();

  /** One signal on one network, before and after; zero where it did not contribute. */
  record Moved(String network, String signal, double before, double after) {
    double delta() {
      return after - before;
    }
  }

  @Override
  public Integer call() {
    Klout klout = klout();
    if (ids.size() == 1) {
      throw new CliFailure(Exit.USAGE, "compare takes two saved ids, or none for the last two");
    }
    Path file = history.path();
    History.Saved before;
    History.Saved after;
    try (History store = history.openExisting()) {
      List<History.Saved> scored = new ArrayList<>();
      for (History.Saved s : store.series(name)) {
        if (s.scored()) {
          scored.add(s);
        }
      }
      if (ids.isEmpty()) {
        if (scored.size() < 2) {
          throw new CliFailure(Exit.NOT_FOUND, String.format(Locale.ROOT, "'%s' has %d saved"
              + " %s in %s; compare needs two", name, scored.size(),
              scored.size() == 1 ? "score" : "scores", file));
        }
        before = scored.get(scored.size() - 2);
        after = scored.get(scored.size() - 1);
      } else {
        before = find(scored, ids.get(0), file);
        after = find(scored, ids.get(1), file);
      }
    }
    explain(before, after).forEach(klout.io.out()::println);
    return Exit.OK.code;
  }

  private History.Saved find(List<History.Saved> scored, long id, Path file) {
    for (History.Saved s : scored) {
      if (s.id() == id) {
        return s;
      }
    }
    throw new CliFailure(Exit.NOT_FOUND, "no saved score #" + id + " of '" + name + "' in "
        + file + "; klout history " + name + " lists them");
  }

  static List<String> explain(History.Saved before, History.Saved after) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%s: #%d (%s) -> #%d (%s)", after.profile(), before.id(),
        before.asOf(), after.id(), after.asOf()));
    if (!before.model().equals(after.model())) {
      lines.add(String.format(Locale.ROOT, "note: the score model changed (%s -> %s), so part of"
          + " the change is the model's", before.model(), after.model()));
    }
    lines.add(String.format(Locale.ROOT, "%d -> %d (%+d points; exact %+.2f, raw %+.3f)",
        before.score(), after.score(), after.score() - before.score(),
        after.exact() - before.exact(), after.raw() - before.raw()));
    Set<String> was = networks(before);
    Set<String> is = networks(after);
    for (String n : is) {
      if (!was.contains(n)) {
        lines.add(n + ": now contributes");
      }
    }
    for (String n : was) {
      if (!is.contains(n)) {
        lines.add(n + ": no longer contributes");
      }
    }
    for (Moved m : moved(before, after)) {
      lines.add(String.format(Locale.ROOT, "  %+.3f  %s %s (%.3f -> %.3f)", m.delta(),
          m.network(), m.signal(), m.before(), m.after()));
    }
    return lines;
  }

  static List<Moved> moved(History.Saved before, History.Saved after) {
    Map<String, double[]> byKey = new TreeMap<>();
    for (History.Row r : before.rows()) {
      byKey.computeIfAbsent(r.network() + '\u0000' + r.signal(), k -> new double[2])[0] =
          r.contribution();
    }
    for (History.Row r : after.rows()) {
      byKey.computeIfAbsent(r.network() + '\u0000' + r.signal(), k -> new double[2])[1] =
          r.contribution();
    }
    List<Moved> moved = new ArrayList<>();
    byKey.forEach((key, v) -> {
      if (v[0] != v[1]) {
        String[] parts = key.split("\u0000", 2);
        moved.add(new Moved(parts[0], parts[1], v[0], v[1]));
      }
    });
    moved.sort(Comparator.comparingDouble((Moved m) -> Math.abs(m.delta())).reversed()
        .thenComparing(Moved::network).thenComparing(Moved::signal));
    return moved;
  }

  private static Set<String> networks(History.Saved s) {
    Set<String> out = new TreeSet<>();
    for (History.Row r : s.rows()) {
      out.add(r.network());
    }
    return out;
  }
}
