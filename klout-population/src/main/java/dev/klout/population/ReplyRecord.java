package dev.klout.population;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A row of {@code replies}: a reply the person wrote to an actor (R6). */
public record ReplyRecord(String person, String network, String toActor, Instant at) {
  public ReplyRecord {
    requireNonNull(person, "person");
    requireNonNull(network, "network");
    requireNonNull(toActor, "to_actor");
    requireNonNull(at, "at");
  }
}
