package dev.klout.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option of every command that prints a result. */
final class Output {
  enum Format { table, json }

  @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
      description = "How to print the result: a table to read, or JSON to parse (one document,"
          + " schema in docs/klout-output.schema.json; default ${DEFAULT-VALUE}).")
  Format format = Format.table;

  boolean json() {
    return format == Format.json;
  }
}
