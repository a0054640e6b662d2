package dev.klout.cli;

/** A failure the command reports as one line on stderr and an {@link Exit} code. */
final class CliFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Exit exit;

  CliFailure(Exit exit, String message) {
    super(message);
    this.exit = exit;
  }

  CliFailure(Exit exit, String message, Throwable cause) {
    super(message, cause);
    this.exit = exit;
  }

  Exit exit() {
    return exit;
  }
}
