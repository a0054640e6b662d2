package dev.klout.cli;

import dev.klout.Exclusion;
import dev.klout.Score;

/** What the commands share: where data came from, notes on stderr, and the outcome. */
final class Commands {
  private Commands() {}

  /** Where a profile's data came from, as the history records it. */
  static String source(Sources sources) {
    return sources.from == null ? "live" : "recorded " + sources.from;
  }

  /** A line on stderr, unless quiet: stdout holds results alone. */
  static void note(Io io, Common common, String line) {
    if (!common.quiet) {
      io.err().println("klout: " + line);
    }
  }

  /**
   * The exit of a run that scored: {@link Exit#NOT_FOUND} when every account was private, since
   * then nothing public could be scored, else {@link Exit#OK}.
   */
  static Exit outcome(Io io, Common common, Score score) {
    if (!score.isScored() || !score.networks().isEmpty() || score.exclusions().isEmpty()) {
      return Exit.OK;
    }
    for (Exclusion e : score.exclusions()) {
      if (e.reason() != Exclusion.Reason.PRIVATE) {
        return Exit.OK;
      }
    }
    note(io, common, score.profileId() + ": every account is private; only public activity"
        + " counts");
    return Exit.NOT_FOUND;
  }
}
