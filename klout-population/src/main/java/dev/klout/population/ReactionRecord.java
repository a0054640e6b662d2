package dev.klout.population;

import static java.util.Objects.requireNonNull;

import dev.klout.ReactionKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code reactions}: a known actor's reaction to one of the person's posts.
 *
 * @param actor the actor's id on the network; where a person of the population holds that
 *     account, the population scorer reads their influence from their own score
 * @param at when the actor reacted, where known; a reaction after the person's {@code as_of} is
 *     left out
 * @param actorInfluence the adapter's estimate of the actor's influence (0 to 100), used for actors
 *     outside the population
 * @param actorReactionsPerDay how many reactions the actor gives a day (R4)
 */
public record ReactionRecord(String person, String network, String post, String actor,
    ReactionKind kind, @Nullable Instant at, double actorInfluence,
    double actorReactionsPerDay) {
  public ReactionRecord {
    requireNonNull(person, "person");
    requireNonNull(network, "network");
    requireNonNull(post, "post");
    requireNonNull(actor, "actor");
    requireNonNull(kind, "kind");
  }
}
