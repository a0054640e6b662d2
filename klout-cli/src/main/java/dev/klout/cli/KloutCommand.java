package dev.klout.cli;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** A subcommand of {@code klout}: the root it runs under and the options every command takes. */
abstract class KloutCommand implements Callable<Integer>, Klout.HasCommon {
  @ParentCommand
  @Nullable Klout root;

  @Mixin
  Common common = new Common();

  @Override
  public Common common() {
    return common;
  }

  /** The root command: its streams, environment, clock and scorer. */
  Klout klout() {
    if (root == null) {
      throw new IllegalStateException("a subcommand runs under the klout command");
    }
    return root;
  }
}
