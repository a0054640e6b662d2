package dev.klout.cli;

import dev.klout.InfluenceScorer;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code klout} command. {@link #main} runs it against the process's streams and environment;
 * {@link #run} against any, which is how the tests drive it in-process.
 */
@Command(name = "klout", mixinStandardHelpOptions = true, versionProvider = Klout.Version.class,
    description = "Scores social-media influence from 1 to 100, deterministically, and explains"
        + " the score.",
    subcommands = {ScoreCommand.class, ExplainCommand.class, WhatIfCommand.class,
        DemoCommand.class, HistoryCommand.class, CompareCommand.class, PopulationCommand.class,
        AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {"  klout demo",
        "  klout score --from examples/engaged-creator",
        "  X_BEARER_TOKEN=... klout score --twitter jack --save",
        "  klout explain --from examples/both-networks",
        "  klout what-if --from examples/both-networks --without youtube",
        "  klout history engaged-creator",
        "  klout population --in target/population --out target/scores.jsonl",
        "  source <(klout generate-completion)"})
public final class Klout implements Runnable {
  final Io io;
  private @Nullable InfluenceScorer scorer;

  @Spec
  @Nullable CommandSpec spec;

  Klout(Io io) {
    this.io = io;
  }

  /** The scorer, created once per run: discovery reads every adapter's services. */
  InfluenceScorer scorer() {
    if (scorer == null) {
      scorer = InfluenceScorer.create();
    }
    return scorer;
  }

  @Override
  public void run() {
    throw new ParameterException(spec == null ? new CommandLine(this) : spec.commandLine(),
        "name a command: score, explain, what-if, demo, history, compare or population");
  }

  public static void main(String[] args) {
    // An application binds its logger; adapters' retry warnings are shown as progress instead.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
        System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "error"));
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
        StandardCharsets.UTF_8);
    int code = run(args, out, err, System.getenv(), Clock.systemUTC(), System.console() != null);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command with these arguments, streams, environment and clock; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env,
      Clock clock, boolean terminal) {
    Io io = new Io(out, err, env, clock, terminal);
    // For --account's help: the networks whose adapters are on the class path.
    System.setProperty("klout.networks", String.join(", ", Sources.networks().keySet()));
    CommandLine cmd = new CommandLine(new Klout(io));
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    cmd.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(exitCodes());
    for (CommandLine sub : cmd.getSubcommands().values()) {
      sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
          .exitCodeList(exitCodes());
    }
    cmd.setParameterExceptionHandler((ex, a) -> {
      if (!quiet(ex.getCommandLine())) {
        err.println("klout: " + ex.getMessage() + " (see '"
            + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
      }
      return Exit.USAGE.code;
    });
    cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
      Exit exit = ex instanceof CliFailure f ? f.exit() : Exit.OTHER;
      if (!quiet(c)) {
        String message = ex instanceof CliFailure ? ex.getMessage() : ex.toString();
        err.println("klout: " + message);
        if (verbose(c)) {
          ex.printStackTrace(err);
        } else if (!(ex instanceof CliFailure)) {
          err.println("klout: run with --verbose for the stack trace");
        }
      }
      return exit.code;
    });
    return cmd.execute(args);
  }

  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new java.util.LinkedHashMap<>();
    for (Exit e : Exit.values()) {
      codes.put(" " + e.code, e.meaning);
    }
    return codes;
  }

  private static boolean quiet(CommandLine c) {
    return c.getCommand() instanceof HasCommon h && h.common().quiet;
  }

  private static boolean verbose(CommandLine c) {
    return c.getCommand() instanceof HasCommon h && h.common().verbose;
  }

  /** A command with the {@link Common} options. */
  interface HasCommon {
    Common common();
  }

  /** The version of this build and of the score model. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = Klout.class.getResourceAsStream("klout.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"klout " + p.getProperty("version", "unknown") + ", score model "
          + InfluenceScorer.MODEL_VERSION};
    }
  }
}
