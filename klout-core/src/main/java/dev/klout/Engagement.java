package dev.klout;

/** One reaction to a post whose actor is known. */
public record Engagement(ReactionKind kind, Actor actor) {
  public Engagement {
    Checks.notNull("engagement.kind", kind);
    Checks.notNull("engagement.actor", actor);
  }
}
