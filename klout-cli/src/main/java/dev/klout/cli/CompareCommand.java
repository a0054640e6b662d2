package dev.klout.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klout.Score;
import dev.klout.ScoreChange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  @Mixin
  Output output = new Output();

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
    if (output.json()) {
      klout.io.out().println(JsonView.write(json(before, after)));
    } else {
      explain(before, after).forEach(klout.io.out()::println);
    }
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

  /**
   * The change between two saved scores, as {@link ScoreChange} explains it; scores of two models
   * have no signal-by-signal change, since their signals are not the same measures.
   */
  static List<String> explain(History.Saved before, History.Saved after) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%s: #%d (%s) -> #%d (%s)", after.score().profileId(),
        before.id(), before.asOf(), after.id(), after.asOf()));
    if (!before.model().equals(after.model())) {
      Score b = before.score();
      Score a = after.score();
      lines.add(String.format(Locale.ROOT, "%d -> %d (%+d points; exact %+.2f, raw %+.3f)",
          b.value(), a.value(), a.value() - b.value(), a.exact() - b.exact(), a.raw() - b.raw()));
      lines.add(String.format(Locale.ROOT, "note: the score model changed (%s -> %s): the"
          + " change is partly the model's, and signals of two models do not compare one by one",
          before.model(), after.model()));
      return lines;
    }
    lines.addAll(ScoreChange.between(before.score(), after.score()).explain());
    return lines;
  }

  static ObjectNode json(History.Saved before, History.Saved after) {
    ObjectNode d = JsonView.document("compare");
    d.put("profile", after.score().profileId());
    d.set("before", saved(before));
    d.set("after", saved(after));
    d.put("model_changed", !before.model().equals(after.model()));
    if (before.model().equals(after.model())) {
      d.set("change", JsonView.change(ScoreChange.between(before.score(), after.score())));
    } else {
      d.putNull("change");
    }
    return d;
  }

  /** A saved score: where it is in the history, and the score. */
  static ObjectNode saved(History.Saved s) {
    ObjectNode o = JsonView.object();
    o.put("id", s.id()).put("saved_at", s.savedAt().toString()).put("source", s.source());
    o.set("score", JsonView.score(s.score()));
    return o;
  }
}
