package dev.klout.cli;

/**
 * The exit codes of the {@code klout} command, one per kind of failure, so that scripts can tell
 * "try again later" from "fix your token". Documented in the README and in {@code klout --help}.
 */
enum Exit {
  OK(0, "success"),
  OTHER(1, "any other failure: network unavailable, malformed data, history database"),
  USAGE(2, "bad usage: an unknown option, a missing source, a bad value"),
  NOT_FOUND(3, "the account was not found, is suspended, or is private"),
  CREDENTIALS(4, "a token or key is missing or was rejected"),
  LIMITED(5, "a rate limit or quota ran out");

  final int code;
  final String meaning;

  Exit(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }
}
