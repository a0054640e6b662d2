package dev.klout.spi;

import dev.klout.AccountWindow;
import dev.klout.Post;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * One named, versioned measurement of one network account, such as {@code core.reach} or
 * {@code twitter.lists}.
 *
 * <p>A signal must be a pure function of the window it is given: no clock, no I/O, no shared
 * mutable state, so that it is deterministic and safe to call from many threads at once. Values are
 * finite and never negative, and grow with influence on a logarithmic scale (the raw score is a
 * weighted sum of them, and the calibrated scale is close to logarithmic in influence,
 * SCORING-PRINCIPLES S3); a real account should stay well below 100.
 *
 * <p>Implementations are checked by {@code dev.klout.testkit.SignalProviderContract}.
 */
public interface Signal {
  /**
   * The globally unique id: a network or vendor prefix and a name, lower-case, dot separated, e.g.
   * {@code twitter.lists}. The id is part of the model; renaming a signal changes scores' breakdowns.
   */
  String id();

  /** Bumped whenever the formula changes, so stored breakdowns can tell which formula made them. */
  int version();

  Pillar pillar();

  /** One plain line saying what is measured, for {@code Score.explain()}. */
  String description();

  /** Measures the account; see the class comment for the contract. */
  double measure(AccountWindow window);

  /**
   * A signal made of its description and a formula, for the common case where a class of its own
   * would only hold getters:
   * <pre>{@code
   * Signal lists = Signal.of("twitter.lists", 1, Pillar.REACH, "lists the account is a member of",
   *     w -> StrictMath.log1p(w.account().fact("twitter.listed").orElse(0)));
   * }</pre>
   * The id, version, pillar and description are checked when a scorer is built.
   */
  static Signal of(String id, int version, Pillar pillar, String description,
      ToDoubleFunction<AccountWindow> formula) {
    if (formula == null) {
      throw new IllegalArgumentException("formula of signal '" + id + "' must not be null");
    }
    return new SimpleSignal(id, version, pillar, description, formula);
  }

  /**
   * A signal of {@code ln(1 + count per post)} over the window's posts, for a count networks
   * publish on every post (quotes, comments): {@code count} summed over the window (saturating),
   * divided by the posts (at least one).
   */
  static Signal perPost(String id, int version, Pillar pillar, String description,
      ToLongFunction<Post> count) {
    if (count == null) {
      throw new IllegalArgumentException("count of signal '" + id + "' must not be null");
    }
    return of(id, version, pillar, description, w -> {
      long sum = 0;
      for (Post p : w.posts()) {
        long c = count.applyAsLong(p);
        sum = sum + c < sum ? Long.MAX_VALUE : sum + c;
      }
      return StrictLog.log1p((double) sum / Math.max(1, w.postCount()));
    });
  }
}
