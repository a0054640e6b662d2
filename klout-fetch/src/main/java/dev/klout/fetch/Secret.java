package dev.klout.fetch;

import java.util.Map;
import java.util.Optional;

/**
 * A credential (a token, a key): given by the caller or read from a named environment variable,
 * and never printed: {@code toString} hides it, and the fetch layer puts it only in a header or in
 * the query of a request, neither of which is ever logged or put in a message.
 */
public final class Secret {
  private final String value;
  private final String source;

  private Secret(String value, String source) {
    this.value = value;
    this.source = source;
  }

  /** A credential the caller holds. */
  public static Secret of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a credential must not be blank");
    }
    return new Secret(value.strip(), "given");
  }

  /** The first of {@code names} set (and not blank) in {@code environment}. */
  public static Optional<Secret> fromEnvironment(Map<String, String> environment,
      String... names) {
    for (String name : names) {
      String v = environment.get(name);
      if (v != null && !v.isBlank()) {
        return Optional.of(new Secret(v.strip(), name));
      }
    }
    return Optional.empty();
  }

  /** The credential itself, to put in a request; never log it or put it in a message. */
  public String reveal() {
    return value;
  }

  /** Where it came from: "given" or the environment variable's name; safe to print. */
  public String source() {
    return source;
  }

  @Override
  public String toString() {
    return "Secret{<redacted>, from " + source + "}";
  }
}
