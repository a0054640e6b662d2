package dev.klout.testkit;

import dev.klout.Account;
import dev.klout.Actor;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.ReactionKind;
import dev.klout.Reply;
import dev.klout.Visibility;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A seeded population whose people react to each other: account ids and actor ids share one id
 * space on the network {@code "x"}, so a {@link dev.klout.PopulationScorer} recognises the actors,
 * for tests and benchmarks of population scoring. It has what such a population meets in practice:
 * actors outside it, automated accounts reacting hundreds of times a day, private accounts,
 * hidden like counts and people who opted out. Attention is skewed: low ids are reacted to far
 * more often (a few people draw most reactions).
 *
 * <p>Person {@code i} depends only on the seed and {@code i}; ids are zero-padded ({@code
 * p0000042}), so the population comes sorted by id, as the population file format wants.
 */
public final class LinkedPopulation implements Iterable<Profile> {
  /** The instant every profile is scored as of. */
  public static final Instant AS_OF = Instant.parse("2026-03-01T12:00:00Z");
  private static final int WINDOW_SECONDS = 89 * 86_400;

  private final int people;
  private final long seed;

  private LinkedPopulation(int people, long seed) {
    this.people = people;
    this.seed = seed;
  }

  /** {@code people} people (at least 1, at most ten million) drawn with {@code seed}. */
  public static LinkedPopulation of(int people, long seed) {
    if (people < 1 || people > 10_000_000) {
      throw new IllegalArgumentException("people must be from 1 to 10,000,000 but was " + people);
    }
    return new LinkedPopulation(people, seed);
  }

  public int size() {
    return people;
  }

  /** Person {@code i}'s id: {@code p} and seven digits. */
  public static String id(int i) {
    return String.format(Locale.ROOT, "p%07d", i);
  }

  @Override
  public Iterator<Profile> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < people;
      }

      @Override
      public Profile next() {
        if (next >= people) {
          throw new NoSuchElementException();
        }
        return profile(next++);
      }
    };
  }

  /** Person {@code i}, made alone. */
  public Profile profile(int i) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    String id = id(i);
    if (random.nextInt(100) == 0) {
      return Profile.builder(id, AS_OF).optedOut(true).build();
    }
    long audience = (long) StrictMath.exp(3 + 3 * random.nextDouble() + 2 * random.nextDouble());
    Account.Builder account = Account.on("x").id(id).audience(audience)
        .following(20 + random.nextInt(800));
    if (random.nextInt(60) == 0) {
      account.visibility(Visibility.PRIVATE);
    }
    boolean hidesLikes = random.nextInt(25) == 0;
    int posts = random.nextInt(25);
    for (int p = 0; p < posts; p++) {
      Instant at = AS_OF.minusSeconds(60 + random.nextInt(WINDOW_SECONDS));
      Post.Builder post = Post.at(at).views(random.nextInt(5_000))
          .topic("t" + random.nextInt(8));
      long comments = 0;
      long reshares = 0;
      int known = random.nextInt(8);
      String[] seen = new String[known];
      for (int k = 0; k < known; k++) {
        String actor;
        double perDay;
        double influence;
        int draw = random.nextInt(100);
        if (draw < 5) { // an automated account: hundreds of reactions a day
          actor = "bot" + random.nextInt(200);
          perDay = 150 + (actor.hashCode() & 0xff);
          influence = 60;
        } else if (draw < 15) { // someone outside the population
          int o = random.nextInt(5_000);
          actor = "out" + o;
          perDay = o % 20;
          influence = 10 + o % 70;
        } else { // someone of the population, low ids far more often
          double u = random.nextDouble();
          int j = (int) (people * u * u * u);
          actor = id(j);
          perDay = j % 25;
          influence = Math.min(99, 16 * StrictMath.log10(2 + j % 100_000));
        }
        if (actor.equals(id) || contains(seen, actor)) {
          continue;
        }
        seen[k] = actor;
        boolean comment = random.nextBoolean();
        post.engagement(comment ? ReactionKind.COMMENT : ReactionKind.RESHARE,
            Actor.of(actor, influence, perDay));
        if (comment) {
          comments++;
        } else {
          reshares++;
        }
      }
      post.comments(comments + random.nextInt(4)).reshares(reshares + random.nextInt(2));
      if (hidesLikes) {
        post.hidden(ReactionKind.LIKE);
      } else {
        post.likes(random.nextInt(60));
      }
      account.post(post.build());
      if (known > 0 && random.nextInt(3) == 0) {
        account.reply(Reply.to(seen[0] != null ? seen[0] : id((i + 1) % people),
            at.plusSeconds(30)));
      }
    }
    return Profile.builder(id, AS_OF).account(account.build()).build();
  }

  private static boolean contains(String[] seen, String actor) {
    for (String s : seen) {
      if (actor.equals(s)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "LinkedPopulation{people=" + people + ", seed=" + seed + "}";
  }
}
