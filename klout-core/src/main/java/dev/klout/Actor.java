package dev.klout;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Someone who reacted to a post, where the network says who.
 *
 * @param id the actor's id on the network; two actors with one id are one person
 * @param influence how influential the actor is, on Klout's own 0 to 100 scale (an adapter that
 *     knows only the actor's audience may estimate it); reactions from influential actors are worth
 *     more (SCORING-PRINCIPLES R5)
 * @param reactionsPerDay how many reactions the actor gives a day on average; reactions from
 *     selective actors are worth more (R4)
 * @param handle the name people know the actor by ({@code @jack}, {@code jay.bsky.team}), where
 *     the network gives one and it differs from the id; shown to people, never scored
 */
public record Actor(String id, double influence, double reactionsPerDay, @Nullable String handle) {
  public Actor {
    Checks.id("actor.id", id);
    Checks.inRange("actor '" + id + "' influence", influence, 0, 100);
    Checks.nonNegative("actor '" + id + "' reactionsPerDay", reactionsPerDay);
    if (handle != null) {
      Checks.id("actor '" + id + "' handle", handle);
    }
  }

  /** An actor without a handle: people see its id. */
  public Actor(String id, double influence, double reactionsPerDay) {
    this(id, influence, reactionsPerDay, null);
  }

  public static Actor of(String id, double influence, double reactionsPerDay) {
    return new Actor(id, influence, reactionsPerDay, null);
  }

  /** This actor known by {@code handle} as well as its id. */
  public Actor withHandle(String handle) {
    return new Actor(id, influence, reactionsPerDay, Checks.notNull("actor.handle", handle));
  }

  /** What to call the actor in front of people: the handle where there is one, else the id. */
  public String name() {
    return handle != null ? handle : id;
  }

  /**
   * An actor as an adapter that sees only their public numbers estimates one: influence
   * {@code 16 log10(1 + followers)}, capped at 99 (100 followers is 32, 10,000 is 64, a million
   * 96), and reactions a day from their lifetime activity over their account's age (a year where
   * the age is unknown). Both rounded to three decimals, so that a recording reads back the same.
   * An account the network flags as automated is worth nothing however large: influence 0 and
   * {@code 100} reactions a day, where model v2 counts a reaction as worth nothing (G1).
   *
   * @param lifetimeActions posts (and likes, where the network counts them) over the account's life
   */
  public static Actor estimated(String id, long followers, long lifetimeActions,
      @Nullable Instant createdAt, Instant asOf, boolean automated) {
    if (automated) {
      return new Actor(id, 0, 100);
    }
    double days = createdAt == null ? 365
        : Math.max(1.0, Duration.between(createdAt, asOf).toSeconds() / 86_400.0);
    double influence = Math.min(99.0, 16.0 * StrictMath.log10(1.0 + Math.max(0, followers)));
    return new Actor(id, Math.round(influence * 1000) / 1000.0,
        Math.round(Math.max(0, lifetimeActions) / days * 1000) / 1000.0);
  }
}
