package dev.klout;

import static com.google.common.base.Preconditions.checkArgument;

/** Boundary validation shared by the builders; every message names the field and the bad value. */
final class Checks {
  private Checks() {}

  static long count(String field, long value) {
    checkArgument(value >= 0, "%s must be >= 0 but was %s", field, value);
    return value;
  }

  static double nonNegative(String field, double value) {
    checkArgument(Double.isFinite(value) && value >= 0,
        "%s must be a finite number >= 0 but was %s", field, value);
    return value;
  }

  static double inRange(String field, double value, double min, double max) {
    checkArgument(Double.isFinite(value) && value >= min && value <= max,
        "%s must be between %s and %s but was %s", field, min, max, value);
    return value;
  }

  static String id(String field, String value) {
    checkArgument(value != null, "%s must not be null", field);
    checkArgument(!value.isBlank(), "%s must not be blank but was '%s'", field, value);
    return value;
  }

  static <T> T notNull(String field, T value) {
    checkArgument(value != null, "%s must not be null", field);
    return value;
  }

  /** Network names are lower-case identifiers so that their order and spelling are stable. */
  static String network(String field, String value) {
    id(field, value);
    checkArgument(value.matches("[a-z][a-z0-9_-]{0,31}"),
        "%s must be a lower-case identifier like 'twitter' but was '%s'", field, value);
    return value;
  }
}
