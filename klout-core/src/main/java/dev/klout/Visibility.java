package dev.klout;

/** Whether anyone may read an account. Only public accounts are scored (SCORING-PRINCIPLES B4). */
public enum Visibility {
  PUBLIC,
  /** Private or protected: the account contributes nothing to the score. */
  PRIVATE
}
