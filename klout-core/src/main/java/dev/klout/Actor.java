package dev.klout;

/**
 * Someone who reacted to a post, where the network says who.
 *
 * @param id the actor's id on the network; two actors with one id are one person
 * @param influence how influential the actor is, on Klout's own 0 to 100 scale (an adapter that
 *     knows only the actor's audience may estimate it); reactions from influential actors are worth
 *     more (SCORING-PRINCIPLES R5)
 * @param reactionsPerDay how many reactions the actor gives a day on average; reactions from
 *     selective actors are worth more (R4)
 */
public record Actor(String id, double influence, double reactionsPerDay) {
  public Actor {
    Checks.id("actor.id", id);
    Checks.inRange("actor '" + id + "' influence", influence, 0, 100);
    Checks.nonNegative("actor '" + id + "' reactionsPerDay", reactionsPerDay);
  }

  public static Actor of(String id, double influence, double reactionsPerDay) {
    return new Actor(id, influence, reactionsPerDay);
  }
}
