package dev.klout;

import java.time.Instant;

/**
 * A reply the person wrote to someone else. A reply to an actor who also comments on the person's
 * posts is a two-way conversation (SCORING-PRINCIPLES R6).
 */
public record Reply(Instant at, String toActorId) implements Timed {
  public Reply {
    Checks.notNull("reply.at", at);
    Checks.id("reply.toActorId", toActorId);
  }

  public static Reply to(String actorId, Instant at) {
    return new Reply(at, actorId);
  }
}
