package dev.klout.population;

import static java.util.Objects.requireNonNull;

import dev.klout.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code accounts}: what one network shows of a person.
 *
 * @param accountId the account's id on the network, as actors there are named in
 *     {@code reactions.actor}; it is what links a person to the reactions they give others
 */
public record AccountRecord(String person, String network, @Nullable String accountId,
    Visibility visibility, long audience, long following) {
  public AccountRecord {
    requireNonNull(person, "person");
    requireNonNull(network, "network");
    requireNonNull(visibility, "visibility");
  }
}
