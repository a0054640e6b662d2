package dev.klout.testkit;

import dev.klout.Account;
import dev.klout.Actor;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.ReactionKind;
import dev.klout.Reply;
import dev.klout.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded, deterministic generator of a realistic population of people who use social networks:
 * the population model v1's calibration is fitted to, and the inputs the benchmarks measure.
 *
 * <p>Profile {@code i} depends only on the seed and {@code i}, so any profile can be made alone, in
 * any order, on any thread, and is the same on every machine.
 *
 * <h2>Where the parameters come from</h2>
 * The shapes follow the measurement literature; the exact parameters are our assumptions, chosen
 * to reproduce those shapes, and are frozen with the calibration they produced.
 * <ul>
 *   <li>Audiences are heavy-tailed: log-normal in the body with a power-law tail (Kwak, Lee, Park,
 *       Moon, "What is Twitter, a social network or a news media?", WWW 2010: follower counts
 *       follow a power law with a cut-off past ~10^5; Myers et al., "Information network or social
 *       network?", WWW 2014: most users have a few hundred followers or fewer). Here: median 250,
 *       log-sd 1.9, and 1.5% of people drawn from a Pareto tail (alpha 1.1) from 10,000 up.
 *   <li>Reactions are heavy-tailed and only loosely tied to audience (Cha, Haddadi, Benevenuto,
 *       Gummadi, "the million follower fallacy", ICWSM 2010; Bakshy, Hofman, Mason, Watts,
 *       "Everyone's an influencer", WSDM 2011: cascade sizes are heavy-tailed and most posts draw
 *       nothing). Here: mean reactions per post grow as audience^0.7 times a per-person quality
 *       drawn log-normal, times a log-normal per-post virality; 6% of people have bought or dead
 *       audiences that never react; reshares and comments are each ~15% of reactions, likes the
 *       rest; views are 30 per reaction.
 *   <li>Activity: posts in 90 days are log-normal (median 20, log-sd 1.3), capped at 2,000; 4% of
 *       accounts post nothing in the window; a fifth of people post in bursts (Klout 2010 on
 *       "sudden spikes"); a quarter of accounts also have older posts that the window must drop.
 *   <li>Who reacts: each account has a pool of at most 60 known actors with Klout-like influence
 *       (normal, mean 40 and sd 15, the scale of SCORING-PRINCIPLES S2) and reactions per day
 *       log-normal (median 5); actors are picked with a Zipf-like preference, so a few react often.
 *   <li>Relationships and focus: replies are 0 to 60% of posts, a person-specific share of them to
 *       actors who comment back; posts carry 0 to 2 of 40 topics, a person-specific share on 1 to 3
 *       core topics.
 *   <li>3% of people farm follow-backs (following about as many as follow them, no reactions);
 *       about 6% of accounts are private; 30% of people also have a second network.
 *   <li>{@link #withGaming()} adds, from a random stream of its own so that every other profile
 *       stays as it was, the gaming of SCORING-PRINCIPLES G1-G3 at the shares the literature
 *       reports: 4% of active accounts buy a pack of bot reactions (median 60 bots, log-sd 1, each
 *       liking 90% and resharing 30% of posts and giving 150 to 600 reactions a day; DeKoven et al.
 *       2018), 5% are in an engagement pod of 5 to 30 people who like every post and comment on
 *       half (Weerasinghe et al. 2020), and 5% have one post in the window 20 to 100 times their
 *       usual. Model v2 is calibrated on it.
 * </ul>
 */
public final class ReferencePopulation {
  /** The seed of the population model v1 was calibrated on: the date of Klout's 2012 model. */
  public static final long STANDARD_SEED = 20120814L;

  /** The scoring instant of every generated profile. */
  public static final Instant AS_OF = Instant.parse("2026-01-01T00:00:00Z");

  private static final long DAY = 86_400L;
  private static final int TOPICS = 40;
  private static final int MAX_ACTORS = 60;
  private static final int MAX_POSTS = 2_000;
  private static final int MAX_KNOWN_PER_POST = 4;

  private static final long GAMING_SALT = 0x3C6EF372FE94F82BL;

  private final long seed;
  private final boolean gaming;

  private ReferencePopulation(long seed, boolean gaming) {
    this.seed = seed;
    this.gaming = gaming;
  }

  /** The population model v1 was calibrated on. */
  public static ReferencePopulation standard() {
    return new ReferencePopulation(STANDARD_SEED, false);
  }

  /** Another population from the same model, e.g. to test the calibration on unseen profiles. */
  public static ReferencePopulation withSeed(long seed) {
    return new ReferencePopulation(seed, false);
  }

  /**
   * The same population with bought engagement, pods and one-hit spikes planted in a realistic
   * share of it (see the class comment): the population model v2 is calibrated on.
   */
  public ReferencePopulation withGaming() {
    return new ReferencePopulation(seed, true);
  }

  public long seed() {
    return seed;
  }

  /** Whether {@link #withGaming()} planted gaming in this population. */
  public boolean gaming() {
    return gaming;
  }

  /** Person {@code index} of this population. */
  public Profile profile(long index) {
    SplittableRandom random = new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + index));
    Person person = new Person(random);
    Profile.Builder profile = Profile.builder(String.format(Locale.ROOT, "ref-%d-%d", seed, index),
        AS_OF);
    boolean second = random.nextDouble() < 0.30;
    boolean youtubeOnly = random.nextDouble() < 0.10;
    SplittableRandom gamer = gaming
        ? new SplittableRandom(mix((seed ^ GAMING_SALT) * 0x9E3779B97F4A7C15L + index))
        : null;
    Gamer plan = gamer == null ? null : new Gamer(gamer);
    if (!youtubeOnly) {
      Account a = person.account("twitter", random);
      profile.account(plan == null ? a : plan.apply(a, gamer));
    }
    if (second || youtubeOnly) {
      Account a = person.account("youtube", random);
      profile.account(plan == null ? a : plan.apply(a, gamer));
    }
    return profile.build();
  }

  /** The gaming one person does, if any, on every account they have. */
  private static final class Gamer {
    final int bots;
    final double botRate;
    final int pod;
    final double spike;

    Gamer(SplittableRandom r) {
      this.bots = r.nextDouble() < 0.04 ? (int) Math.max(5, logNormal(r, StrictMath.log(60), 1.0))
          : 0;
      this.botRate = 150 + 450 * r.nextDouble();
      this.pod = r.nextDouble() < 0.05 ? 5 + r.nextInt(26) : 0;
      this.spike = r.nextDouble() < 0.05 ? 20 + 80 * r.nextDouble() : 0;
    }

    Account apply(Account account, SplittableRandom r) {
      if ((bots == 0 && pod == 0 && spike == 0) || account.posts().isEmpty()) {
        return account;
      }
      Account.Builder b = account.toBuilder().clearPosts();
      List<Post> posts = account.posts();
      int spiked = spike > 0 ? r.nextInt(posts.size()) : -1;
      for (int i = 0; i < posts.size(); i++) {
        Post p = posts.get(i);
        Post.Builder post = p.toBuilder();
        long likes = p.likes();
        long reshares = p.reshares();
        long comments = p.comments();
        if (i == spiked) {
          long usual = Math.max(1, likes + reshares + comments);
          likes += Math.round(usual * spike);
        }
        int knownBots = 0;
        for (int k = 0; k < bots; k++) {
          if (r.nextDouble() < 0.9) {
            likes++;
          }
          if (r.nextDouble() < 0.3) {
            reshares++;
            if (knownBots++ < MAX_KNOWN_PER_POST) {
              post.engagement(ReactionKind.RESHARE, Actor.of(account.network() + "-bot-" + k,
                  Math.round(16 * StrictMath.log10(1 + (k * 7) % 30) * 10) / 10.0,
                  Math.round(botRate * 100) / 100.0));
            }
          }
        }
        int knownPod = 0;
        for (int k = 0; k < pod; k++) {
          likes++;
          if (r.nextDouble() < 0.5) {
            comments++;
            if (knownPod++ < MAX_KNOWN_PER_POST) {
              post.engagement(ReactionKind.COMMENT, Actor.of(account.network() + "-pod-" + k,
                  40.0, 8.0));
            }
          }
        }
        b.post(post.likes(likes).reshares(reshares).comments(comments).build());
      }
      return b.build();
    }
  }

  /** Traits shared by one person's accounts. */
  private static final class Person {
    final double quality;
    final boolean farmer;
    final boolean deadAudience;
    final boolean bursty;
    final double focus;
    final double conversational;
    final int[] coreTopics;

    Person(SplittableRandom r) {
      this.quality = logNormal(r, StrictMath.log(0.08), 1.1);
      this.farmer = r.nextDouble() < 0.03;
      this.deadAudience = !farmer && r.nextDouble() < 0.06;
      this.bursty = r.nextDouble() < 0.20;
      this.focus = r.nextDouble();
      this.conversational = r.nextDouble() * 0.6;
      this.coreTopics = new int[1 + r.nextInt(3)];
      for (int i = 0; i < coreTopics.length; i++) {
        coreTopics[i] = r.nextInt(TOPICS);
      }
    }

    Account account(String network, SplittableRandom r) {
      long audience = r.nextDouble() < 0.015
          ? (long) Math.min(3e8, 10_000 * StrictMath.pow(1 - r.nextDouble(), -1 / 1.1))
          : Math.round(logNormal(r, StrictMath.log(250), 1.9));
      long following = farmer
          ? Math.round(audience * (0.9 + 0.2 * r.nextDouble()))
          : Math.round(logNormal(r, StrictMath.log(300), 1.2));
      Account.Builder account = Account.on(network)
          .visibility(r.nextDouble() < 0.06 ? Visibility.PRIVATE : Visibility.PUBLIC)
          .audience(audience)
          .following(following);
      if (network.equals("twitter")) {
        account.fact("twitter.listed", Math.floor(audience * 0.01 * r.nextDouble()));
      }

      int posts = r.nextDouble() < 0.04
          ? 0
          : (int) Math.min(MAX_POSTS, Math.round(logNormal(r, StrictMath.log(20), 1.3)));
      double meanReactions = farmer || deadAudience
          ? 0
          : StrictMath.pow(audience, 0.7) * quality;

      int actorCount = (int) Math.min(MAX_ACTORS, Math.round(meanReactions * posts * 0.05));
      Actor[] actors = new Actor[actorCount];
      for (int a = 0; a < actorCount; a++) {
        double influence = Math.max(1, Math.min(99, 40 + 15 * gaussian(r)));
        actors[a] = Actor.of(network + "-actor-" + a, Math.round(influence * 10) / 10.0,
            Math.round(logNormal(r, StrictMath.log(5), 1.2) * 100) / 100.0);
      }

      long burstDay = r.nextInt(90);
      for (int p = 0; p < posts; p++) {
        long day = bursty && r.nextDouble() < 0.6 ? burstDay : r.nextInt(90);
        Instant at = AS_OF.minusSeconds(day * DAY + r.nextInt((int) DAY));
        account.post(post(at, meanReactions, actors, r));
      }
      if (r.nextDouble() < 0.25) {
        int old = 1 + r.nextInt(20);
        for (int p = 0; p < old; p++) {
          Instant at = AS_OF.minusSeconds((91 + r.nextInt(270)) * DAY);
          account.post(post(at, meanReactions, actors, r));
        }
      }

      int replies = (int) Math.round(posts * 0.6 * r.nextDouble());
      for (int i = 0; i < replies; i++) {
        String to = actorCount > 0 && r.nextDouble() < conversational
            ? actors[zipf(r, actorCount)].id()
            : "stranger-" + r.nextInt(1_000_000);
        account.reply(Reply.to(to, AS_OF.minusSeconds(r.nextInt(90) * DAY + r.nextInt((int) DAY))));
      }
      return account.build();
    }

    private Post post(Instant at, double meanReactions, Actor[] actors, SplittableRandom r) {
      double virality = logNormal(r, 0, 1.0);
      double lambda = meanReactions * virality;
      long reshares = poisson(r, lambda * 0.15);
      long comments = poisson(r, lambda * 0.15);
      long likes = poisson(r, lambda * 0.70);
      Post.Builder post = Post.at(at).reshares(reshares).comments(comments).likes(likes)
          .views(poisson(r, lambda * 30));
      int topics = r.nextInt(3);
      for (int t = 0; t < topics; t++) {
        post.topic("topic-" + (r.nextDouble() < focus
            ? coreTopics[r.nextInt(coreTopics.length)]
            : r.nextInt(TOPICS)));
      }
      if (actors.length > 0) {
        long[] left = {reshares, comments, likes};
        for (int k = 0; k < MAX_KNOWN_PER_POST; k++) {
          int kind = r.nextInt(3);
          if (left[kind] == 0) {
            continue;
          }
          left[kind]--;
          post.engagement(ReactionKind.values()[kind], actors[zipf(r, actors.length)]);
        }
      }
      return post.build();
    }
  }

  /** Index in [0, n) with probability falling as 1 / (index + 1). */
  private static int zipf(SplittableRandom r, int n) {
    double harmonic = StrictMath.log(n + 1.0);
    return (int) Math.min(n - 1, StrictMath.floor(StrictMath.exp(r.nextDouble() * harmonic) - 1));
  }

  private static double logNormal(SplittableRandom r, double mu, double sigma) {
    return StrictMath.exp(mu + sigma * gaussian(r));
  }

  /** Box-Muller from SplittableRandom, so the sequence is fixed by the seed alone. */
  private static double gaussian(SplittableRandom r) {
    double u = 1.0 - r.nextDouble();
    double v = r.nextDouble();
    return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
  }

  private static long poisson(SplittableRandom r, double lambda) {
    if (lambda <= 0) {
      return 0;
    }
    if (lambda > 30) {
      return Math.max(0, Math.round(lambda + StrictMath.sqrt(lambda) * gaussian(r)));
    }
    double limit = StrictMath.exp(-lambda);
    double product = r.nextDouble();
    long k = 0;
    while (product > limit) {
      product *= r.nextDouble();
      k++;
    }
    return k;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
