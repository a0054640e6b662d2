package dev.klout.population;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A row of {@code people}: one person, scored as of {@code asOf}.
 *
 * @param person the person's id, unique in the population
 * @param asOf the instant the score is for; the 90-day window ends here, and rows after it are
 *     the future and are left out
 * @param optedOut a person who opted out gets no score and none of their rows is read
 */
public record PersonRecord(String person, Instant asOf, boolean optedOut) {
  public PersonRecord {
    requireNonNull(person, "person");
    requireNonNull(asOf, "as_of");
  }
}
