package dev.klout.fetch;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks what names an account on a network, before any request: one rule, one message shape. */
public final class Who {
  private Who() {}

  /**
   * Empty when {@code who} matches {@code valid} whole, else {@code "<what>, but was '<who>'"}.
   *
   * @param what the network's accounts in words, e.g. "a Blogger blog is its address, e.g.
   *     example.blogspot.com"
   */
  public static Optional<String> check(@Nullable String who, Pattern valid, String what) {
    return who != null && valid.matcher(who).matches() ? Optional.empty()
        : Optional.of(what + ", but was '" + who + "'");
  }
}
