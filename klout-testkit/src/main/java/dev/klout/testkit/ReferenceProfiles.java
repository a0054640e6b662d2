package dev.klout.testkit;

import dev.klout.Account;
import dev.klout.Actor;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.ReactionKind;
import dev.klout.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Named profiles of known size, for benchmarks and examples: picked from the standard
 * {@link ReferencePopulation} by how much data they hold, plus a celebrity-like profile far
 * beyond anything in a sample of that size.
 */
public final class ReferenceProfiles {
  /** How many people of the standard population the size quantiles are taken over. */
  public static final int SAMPLE = 20_000;

  /** Standard population index of the 10th, 50th and 99th percentile of data size. */
  static final long SMALL_INDEX = 18_873;
  static final long MEDIAN_INDEX = 6_736;
  static final long P99_INDEX = 8_321;

  private ReferenceProfiles() {}

  /** The 10th percentile of data size: {@code atSizeQuantile(0.10)}, without the search. */
  public static Profile small() {
    return ReferencePopulation.standard().profile(SMALL_INDEX);
  }

  /** The median of data size: {@code atSizeQuantile(0.50)}, without the search. */
  public static Profile median() {
    return ReferencePopulation.standard().profile(MEDIAN_INDEX);
  }

  /** The 99th percentile of data size: {@code atSizeQuantile(0.99)}, without the search. */
  public static Profile p99() {
    return ReferencePopulation.standard().profile(P99_INDEX);
  }

  /**
   * The person at quantile {@code q} (0 to 1) of data size among the first {@link #SAMPLE} of the
   * standard population, counting only people with some data; ties go to the lower index.
   */
  public static Profile atSizeQuantile(double q) {
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("q must be between 0 and 1 but was " + q);
    }
    ReferencePopulation population = ReferencePopulation.standard();
    long[][] sizes = new long[SAMPLE][];
    int n = 0;
    for (int i = 0; i < SAMPLE; i++) {
      long size = size(population.profile(i));
      if (size > 0) {
        sizes[n++] = new long[] {size, i};
      }
    }
    long[][] sorted = Arrays.copyOf(sizes, n);
    Arrays.sort(sorted, Comparator.<long[]>comparingLong(a -> a[0]).thenComparingLong(a -> a[1]));
    return population.profile(sorted[(int) Math.round(q * (n - 1))][1]);
  }

  /** The numbers a profile holds that scoring may read: posts, known reactions and replies. */
  public static long size(Profile profile) {
    long size = 0;
    for (Account a : profile.accounts().values()) {
      size += a.replies().size();
      for (Post p : a.posts()) {
        size += 1 + p.engagements().size();
      }
    }
    return size;
  }

  /**
   * Eighty million followers on Twitter and thirty million on YouTube; 90 posts with reactions in
   * the hundreds of thousands, 40 known actors each, and replies to some of them.
   */
  public static Profile celebrity() {
    Instant asOf = ReferencePopulation.AS_OF;
    Account.Builder twitter = Account.on("twitter").audience(80_000_000).following(300)
        .fact("twitter.listed", 250_000);
    Account.Builder youtube = Account.on("youtube").audience(30_000_000).following(0);
    for (int p = 0; p < 90; p++) {
      Post.Builder post = Post.at(daysAgo(asOf, 0.4 + p * 0.99)).reshares(20_000 + 97L * p)
          .comments(8_000 + 31L * p).likes(250_000 + 1_009L * p).views(9_000_000 + 7_919L * p)
          .topic(p % 3 == 0 ? "music" : "tour");
      for (int k = 0; k < 40; k++) {
        int star = (p * 13 + k) % 400;
        post.engagement(k % 3 == 0 ? ReactionKind.COMMENT : ReactionKind.RESHARE,
            Actor.of("star-" + star, 45 + (star * 3) % 50, 1 + star % 9));
      }
      twitter.post(post.build());
      if (p % 3 == 0) {
        twitter.reply(Reply.to("star-" + ((p * 13) % 400), daysAgo(asOf, 0.3 + p * 0.99)));
      }
    }
    for (int v = 0; v < 12; v++) {
      youtube.post(Post.at(daysAgo(asOf, 3 + v * 7)).comments(15_000).likes(400_000)
          .views(20_000_000).topic("music").build());
    }
    return Profile.builder("celebrity-like", asOf).account(twitter.build())
        .account(youtube.build()).build();
  }

  private static Instant daysAgo(Instant asOf, double days) {
    return asOf.minus(Duration.ofSeconds(Math.round(days * 86_400)));
  }
}
