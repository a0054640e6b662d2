package dev.klout.fetch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Which posts a fetch spends its extra calls on (who reacted, the replies): the {@code limit} with
 * the largest count, newest first where counts tie, none with a count of 0. One rule, so that the
 * same recording always asks for the same posts.
 */
public final class Ranking {
  private Ranking() {}

  public static <T> List<T> top(List<T> items, int limit, ToLongFunction<T> count,
      Function<T, Instant> at) {
    List<T> sorted = new ArrayList<>(items);
    sorted.removeIf(t -> count.applyAsLong(t) <= 0);
    sorted.sort(Comparator.comparingLong(count).reversed()
        .thenComparing(at, Comparator.reverseOrder()));
    return List.copyOf(sorted.subList(0, Math.min(Math.max(0, limit), sorted.size())));
  }
}
