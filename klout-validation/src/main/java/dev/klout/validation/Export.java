package dev.klout.validation;

import dev.klout.population.PopulationWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a simulated world as a population directory (klout-population's format), to try
 * {@code klout population} or the Spark job on without a warehouse. Everyone in the world is
 * written, those who did not post too: they are the actors of the others.
 *
 * <pre>
 * klout-validation/export [--people N] [--seed S] [--config NAME] DIR
 * </pre>
 */
public final class Export {
  private Export() {}

  public static void main(String[] args) throws IOException {
    int people = 10_000;
    long seed = 1;
    Config config = Config.tuningGamed();
    Path dir = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--people" -> people = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--config" -> config = Config.named(args[++i]);
        default -> {
          if (args[i].startsWith("-") || dir != null) {
            System.err.println("usage: export [--people N] [--seed S] [--config NAME] DIR");
            System.exit(2);
          }
          dir = Path.of(args[i]);
        }
      }
    }
    if (dir == null) {
      System.err.println("usage: export [--people N] [--seed S] [--config NAME] DIR");
      System.exit(2);
    }
    World world = World.simulate(config.withPeople(people), seed);
    long reactions = write(world, dir);
    System.out.printf(Locale.ROOT, "wrote %,d people and %,d known reactions of %s (seed %d) to"
        + " %s%n", world.people(), reactions, config.name(), seed, dir);
  }

  /** Writes every person of the world, sorted by id as the format wants; the reactions written. */
  static long write(World world, Path dir) throws IOException {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < world.people(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> World.id(a).compareTo(World.id(b)));
    long reactions = 0;
    try (PopulationWriter w = PopulationWriter.create(dir)) {
      for (int i : order) {
        var profile = world.profile(i);
        for (var account : profile.accounts().values()) {
          for (var post : account.posts()) {
            reactions += post.engagements().size();
          }
        }
        w.write(profile);
      }
    }
    return reactions;
  }
}
