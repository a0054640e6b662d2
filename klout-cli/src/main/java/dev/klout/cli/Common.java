package dev.klout.cli;

import picocli.CommandLine.Option;

/** The options every command takes. */
final class Common {
  @Option(names = {"-q", "--quiet"}, description = "Print nothing on stderr: no progress, no errors.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"},
      description = "Print each request as it is made and, on failure, the stack trace.")
  boolean verbose;
}
