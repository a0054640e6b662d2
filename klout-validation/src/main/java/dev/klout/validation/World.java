package dev.klout.validation;

import dev.klout.Account;
import dev.klout.Actor;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.ReactionKind;
import dev.klout.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded simulation of one social network with planted influence: who follows whom, who posts
 * and how well, who reads and how readily they react, and how posts spread by independent cascade.
 * It runs {@link Config#OBSERVED_DAYS} observed days, then {@link Config#FUTURE_DAYS} more whose
 * outcome is the truth a score should predict. Everything depends on the configuration and the
 * seed alone, and runs in one fixed order, so a world is the same on every machine.
 */
final class World {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant AS_OF = START.plus(Duration.ofDays(Config.OBSERVED_DAYS));
  static final String NETWORK = "sim";
  private static final int DAY = 86_400;
  /** An adapter sees the resharers of a person's five most reshared posts, as the Twitter one does. */
  private static final int RESHARER_LOOKUPS = 5;
  /** ... and at most a page of 100 actors a lookup. */
  private static final int PAGE = 100;

  private final Config c;
  private final int n;
  private final SplittableRandom rnd;

  // Planted traits.
  private final double[] quality;
  private final double[] rate;
  private final double[] habit;
  private final double[] focus;
  private final double[] replyChance;
  private final int[] mainTopic;
  private final int[] secondTopic;
  private final boolean[] silent;
  private final long[] bought;

  // Planted gaming (Config.Gaming), drawn from a stream of its own so that an organic world is
  // the same world it was before gaming existed.
  private final SplittableRandom gamingRnd;
  private final int[][] pack;
  private final int[][] pod;
  private final double[] podDuty;
  private final int[] spikeDay;
  private final long[] botAudience;
  private final double[] botRate;

  // The follower graph.
  private final int[][] followers;
  private final int[] following;

  // What was observed.
  private final List<List<Observed>> observed = new ArrayList<>();
  private final List<List<Reply>> replies = new ArrayList<>();

  // What happened next.
  private final int[] futurePosts;
  private final long[] futureActs;
  private final int[] futureReach;

  /** One observed post: its counts, and who reshared and commented, in the order they did. */
  private record Observed(int second, int topic, long reshares, long comments, long likes,
      long views, int[] resharers, int[] commenters) {}

  private World(Config c, long seed) {
    this.c = c;
    this.n = c.people();
    this.rnd = new SplittableRandom(seed);
    quality = new double[n];
    rate = new double[n];
    habit = new double[n];
    focus = new double[n];
    replyChance = new double[n];
    mainTopic = new int[n];
    secondTopic = new int[n];
    silent = new boolean[n];
    bought = new long[n];
    following = new int[n];
    futurePosts = new int[n];
    futureActs = new long[n];
    futureReach = new int[n];
    boolean[] farmer = new boolean[n];
    plantTraits(farmer);
    followers = buildGraph(farmer);
    gamingRnd = new SplittableRandom(seed ^ 0x6A09E667F3BCC909L);
    Config.Gaming g = c.gaming();
    pack = new int[n][];
    pod = new int[n][];
    podDuty = new double[n];
    spikeDay = new int[n];
    botAudience = new long[g.bots()];
    botRate = new double[g.bots()];
    plantGaming(g);
    for (int i = 0; i < n; i++) {
      observed.add(new ArrayList<>());
      replies.add(new ArrayList<>());
    }
    simulate();
  }

  /** Builds and runs the world of {@code config} and {@code seed}. */
  static World simulate(Config config, long seed) {
    return new World(config, seed);
  }

  private double logNormal(double median, double sd) {
    return median * StrictMath.exp(sd * gaussian());
  }

  private double gaussian() {
    return gaussian(rnd);
  }

  private void plantTraits(boolean[] farmer) {
    for (int i = 0; i < n; i++) {
      silent[i] = rnd.nextDouble() < c.silentShare();
      boolean poster = !silent[i] && rnd.nextDouble() >= c.lurkerShare();
      rate[i] = poster ? Math.min(20, logNormal(c.postsPerDayMedian(), 1.0)) : 0;
      quality[i] = logNormal(1, c.qualitySd());
      habit[i] = logNormal(1, c.habitSd());
      focus[i] = Math.max(0, Math.min(1, c.focusMean() + 0.25 * gaussian()));
      replyChance[i] = rnd.nextDouble() * rnd.nextDouble();
      mainTopic[i] = rnd.nextInt(c.topics());
      secondTopic[i] = rnd.nextInt(c.topics());
      if (poster && rnd.nextDouble() < c.farmerShare()) {
        farmer[i] = true;
        quality[i] *= 0.3; // farmers post to be seen, not for what they say
      }
      if (poster && rnd.nextDouble() < c.boughtShare()) {
        bought[i] = (long) logNormal(5_000, 1.0);
      }
    }
  }

  /**
   * Bots: a pool with almost no followers and hundreds of reactions a day; each customer's pack is
   * drawn from it. Pods: posters grouped 5 to 30 at a time, whose members act on each other's
   * every post, which raises the reactions a day they are seen to give. Spikes: a day in the
   * observed window whose first post is far above its author's usual.
   */
  private void plantGaming(Config.Gaming g) {
    Arrays.fill(spikeDay, -1);
    if (!g.any()) {
      return;
    }
    SplittableRandom r = gamingRnd;
    for (int b = 0; b < g.bots(); b++) {
      botAudience[b] = r.nextInt(30);
      botRate[b] = g.botRateMedian() * StrictMath.exp(0.6 * gaussian(r));
    }
    List<Integer> podders = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (rate[i] == 0) {
        continue;
      }
      if (r.nextDouble() < g.customerShare()) {
        int size = (int) Math.max(5, Math.min(g.bots(), g.packMedian()
            * StrictMath.exp(gaussian(r))));
        int[] bots = new int[size];
        for (int k = 0; k < size; k++) {
          bots[k] = r.nextInt(g.bots()); // a pack may name a bot twice; the farm sends it once
        }
        pack[i] = Arrays.stream(bots).distinct().sorted().toArray();
      }
      if (r.nextDouble() < g.podShare()) {
        podders.add(i);
      }
      if (r.nextDouble() < g.spikeShare()) {
        spikeDay[i] = r.nextInt(Config.OBSERVED_DAYS);
      }
    }
    // Pods from consecutive podders in a shuffled order.
    for (int k = podders.size() - 1; k > 0; k--) {
      int j = r.nextInt(k + 1);
      int t = podders.get(k);
      podders.set(k, podders.get(j));
      podders.set(j, t);
    }
    for (int from = 0; from < podders.size(); ) {
      int size = Math.min(podders.size() - from, g.podMin() + r.nextInt(g.podMax() - g.podMin() + 1));
      if (size < 2) {
        break;
      }
      int[] members = new int[size];
      double rates = 0;
      for (int k = 0; k < size; k++) {
        members[k] = podders.get(from + k);
        rates += rate[members[k]];
      }
      for (int m : members) {
        pod[m] = members;
        podDuty[m] = (rates - rate[m]) * (1 + g.podComment());
      }
      from += size;
    }
  }

  /** Box-Muller with StrictMath, so the world is the same on every JVM. */
  private static double gaussian(SplittableRandom r) {
    double u = 1.0 - r.nextDouble();
    double v = r.nextDouble();
    return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
  }

  private int[][] buildGraph(boolean[] farmer) {
    int[][] follows = new int[n][];
    int[] outDegree = new int[n];
    for (int i = 0; i < n; i++) {
      outDegree[i] = (int) Math.max(1, Math.min(n / 4, logNormal(c.meanFollowing() / 1.65, 1.0)));
    }
    if (c.graph() == Config.Graph.PREFERENTIAL) {
      preferential(follows, outDegree);
    } else {
      community(follows, outDegree);
    }
    // Reciprocity, and farmers following thousands at random to be followed back.
    List<long[]> extra = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j : follows[i]) {
        if (rnd.nextDouble() < c.reciprocity()) {
          extra.add(new long[] {j, i});
        }
      }
      if (farmer[i]) {
        int count = 1_000 + rnd.nextInt(2_000);
        for (int k = 0; k < count; k++) {
          int j = rnd.nextInt(n);
          extra.add(new long[] {i, j});
          if (rnd.nextDouble() < 0.3) {
            extra.add(new long[] {j, i});
          }
        }
      }
    }
    int[] more = new int[n];
    for (long[] e : extra) {
      more[(int) e[0]]++;
    }
    for (int i = 0; i < n; i++) {
      follows[i] = Arrays.copyOf(follows[i], follows[i].length + more[i]);
      more[i] = follows[i].length - more[i];
    }
    for (long[] e : extra) {
      int i = (int) e[0];
      follows[i][more[i]++] = (int) e[1];
    }
    // Deduplicate, drop self-follows, then invert into followers.
    int[] inDegree = new int[n];
    for (int i = 0; i < n; i++) {
      int[] f = follows[i];
      Arrays.sort(f);
      int m = 0;
      for (int k = 0; k < f.length; k++) {
        if (f[k] != i && (m == 0 || f[m - 1] != f[k])) {
          f[m++] = f[k];
        }
      }
      follows[i] = Arrays.copyOf(f, m);
      following[i] = m;
      for (int j : follows[i]) {
        inDegree[j]++;
      }
    }
    int[][] in = new int[n][];
    for (int j = 0; j < n; j++) {
      in[j] = new int[inDegree[j]];
      inDegree[j] = 0;
    }
    for (int i = 0; i < n; i++) {
      for (int j : follows[i]) {
        in[j][inDegree[j]++] = i;
      }
    }
    return in;
  }

  /** People join in order and follow earlier people in proportion to their followers plus one. */
  private void preferential(int[][] follows, int[] outDegree) {
    int[] targets = new int[n * (int) (c.meanFollowing() * 4) + n];
    int size = 0;
    for (int i = 0; i < n; i++) {
      int want = Math.min(outDegree[i], i);
      int[] f = new int[want];
      for (int k = 0; k < want; k++) {
        f[k] = size > 0 && rnd.nextDouble() < 0.85 ? targets[rnd.nextInt(size)] : rnd.nextInt(i);
      }
      follows[i] = f;
      for (int k = 0; k < want && size < targets.length; k++) {
        targets[size++] = f[k];
      }
      if (size < targets.length) {
        targets[size++] = i;
      }
    }
  }

  /**
   * Chung-Lu: each person has a Pareto weight (exponent 2.5) and is followed in proportion to it;
   * a follow stays inside the follower's main-topic community with chance {@code homophily}.
   */
  private void community(int[][] follows, int[] outDegree) {
    double[] weight = new double[n];
    for (int i = 0; i < n; i++) {
      weight[i] = StrictMath.pow(1 - rnd.nextDouble(), -1 / 1.5);
    }
    int[] everyone = new int[n];
    for (int i = 0; i < n; i++) {
      everyone[i] = i;
    }
    double[] global = cumulative(weight, everyone);
    double[][] byTopic = new double[c.topics()][];
    int[][] members = new int[c.topics()][];
    for (int t = 0; t < c.topics(); t++) {
      int count = 0;
      for (int i = 0; i < n; i++) {
        if (mainTopic[i] == t) {
          count++;
        }
      }
      members[t] = new int[count];
      count = 0;
      for (int i = 0; i < n; i++) {
        if (mainTopic[i] == t) {
          members[t][count++] = i;
        }
      }
      byTopic[t] = cumulative(weight, members[t]);
    }
    for (int i = 0; i < n; i++) {
      int[] f = new int[outDegree[i]];
      int t = mainTopic[i];
      for (int k = 0; k < f.length; k++) {
        if (members[t].length > 1 && rnd.nextDouble() < c.homophily()) {
          f[k] = members[t][pick(byTopic[t])];
        } else {
          f[k] = pick(global);
        }
      }
      follows[i] = f;
    }
  }

  private static double[] cumulative(double[] weight, int[] members) {
    double[] cum = new double[members.length];
    double sum = 0;
    for (int k = 0; k < members.length; k++) {
      sum += weight[members[k]];
      cum[k] = sum;
    }
    return cum;
  }

  private int pick(double[] cumulative) {
    double x = rnd.nextDouble() * cumulative[cumulative.length - 1];
    int k = Arrays.binarySearch(cumulative, x);
    return Math.min(cumulative.length - 1, k >= 0 ? k + 1 : -k - 1);
  }

  private double interest(int reader, int topic) {
    if (topic == mainTopic[reader]) {
      return 1.0;
    }
    return topic == secondTopic[reader] ? 0.5 : c.offTopicInterest();
  }

  private int posts(double perDay) {
    // Poisson by inversion: rates are small.
    double l = StrictMath.exp(-perDay);
    int k = 0;
    double p = rnd.nextDouble();
    while (p > l) {
      k++;
      p *= rnd.nextDouble();
    }
    return k;
  }

  private void simulate() {
    int[] seen = new int[n];
    int stamp = 0;
    int[] queue = new int[n];
    int[] depth = new int[n];
    int[] acted = new int[n];
    long[] reachPairs = new long[1 << 16];
    int pairs = 0;
    int days = Config.OBSERVED_DAYS + Config.FUTURE_DAYS;
    for (int day = 0; day < days; day++) {
      boolean future = day >= Config.OBSERVED_DAYS;
      for (int a = 0; a < n; a++) {
        int count = rate[a] > 0 ? posts(rate[a]) : 0;
        for (int p = 0; p < count; p++) {
          stamp++;
          int second = day * DAY + rnd.nextInt(DAY);
          int topic = rnd.nextDouble() < focus[a] ? mainTopic[a] : rnd.nextInt(c.topics());
          double appeal = quality[a] * logNormal(1, c.viralitySd());
          if (!future && spikeDay[a] >= 0 && day >= spikeDay[a]) {
            appeal *= c.gaming().spikeBoost();
            spikeDay[a] = -1;
          }
          seen[a] = stamp;
          int head = 0;
          int tail = 0;
          for (int u : followers[a]) {
            seen[u] = stamp;
            queue[tail] = u;
            depth[tail++] = 1;
          }
          long reshares = 0;
          long comments = 0;
          long likes = 0;
          int actors = 0;
          List<Integer> resharers = new ArrayList<>();
          List<Integer> commenters = new ArrayList<>();
          while (head < tail) {
            int u = queue[head];
            int d = depth[head++];
            if (silent[u]) {
              continue;
            }
            double chance = Math.min(0.9, c.baseAct() * appeal * habit[u] * interest(u, topic));
            if (rnd.nextDouble() >= chance) {
              continue;
            }
            acted[actors++] = u;
            double kind = rnd.nextDouble();
            if (kind < c.reshareShare()) {
              reshares++;
              resharers.add(u);
              if (d < Config.MAX_DEPTH) {
                for (int v : followers[u]) {
                  if (seen[v] != stamp) {
                    seen[v] = stamp;
                    queue[tail] = v;
                    depth[tail++] = d + 1;
                  }
                }
              }
            } else if (kind < c.reshareShare() + c.commentShare()) {
              comments++;
              commenters.add(u);
              if (!future && rnd.nextDouble() < replyChance[a]) {
                replies.get(a).add(Reply.to(id(u),
                    START.plusSeconds(second + 3_600L + rnd.nextInt(DAY))));
              }
            } else {
              likes++;
            }
          }
          if (!future) {
            // Bought and pod reactions: seen like any other, never part of the truth.
            Config.Gaming g = c.gaming();
            if (pack[a] != null) {
              for (int b : pack[a]) {
                if (gamingRnd.nextDouble() < 0.9) {
                  likes++;
                }
                if (gamingRnd.nextDouble() < g.botReshare()) {
                  reshares++;
                  resharers.add(-1 - b);
                }
              }
            }
            if (pod[a] != null) {
              for (int m : pod[a]) {
                if (m == a) {
                  continue;
                }
                likes++;
                if (gamingRnd.nextDouble() < g.podComment()) {
                  comments++;
                  commenters.add(m);
                  if (gamingRnd.nextDouble() < replyChance[a]) {
                    replies.get(a).add(Reply.to(id(m),
                        START.plusSeconds(second + 3_600L + gamingRnd.nextInt(DAY))));
                  }
                }
              }
            }
          }
          if (future) {
            futurePosts[a]++;
            futureActs[a] += actors;
            for (int k = 0; k < actors; k++) {
              if (pairs == reachPairs.length) {
                reachPairs = Arrays.copyOf(reachPairs, pairs * 2);
              }
              reachPairs[pairs++] = ((long) a << 32) | acted[k];
            }
          } else {
            observed.get(a).add(new Observed(second, topic, reshares, comments, likes, tail,
                resharers.stream().mapToInt(Integer::intValue).toArray(),
                commenters.stream().mapToInt(Integer::intValue).toArray()));
          }
        }
      }
    }
    long[] sorted = Arrays.copyOf(reachPairs, pairs);
    Arrays.sort(sorted);
    for (int k = 0; k < sorted.length; k++) {
      if (k == 0 || sorted[k] != sorted[k - 1]) {
        futureReach[(int) (sorted[k] >>> 32)]++;
      }
    }
  }

  /** A person's id, or a bot's (bots are negative in the resharer lists: -1 - bot). */
  static String id(int person) {
    return person >= 0 ? "u" + person : "bot" + (-1 - person);
  }

  int people() {
    return n;
  }

  /** Whether person {@code i} posted in the observed window: the people a score is asked about. */
  boolean posted(int i) {
    return !observed.get(i).isEmpty();
  }

  long audience(int i) {
    return followers[i].length + bought[i];
  }

  /** Whether person {@code i} posted in the future days, so that a per-post truth exists. */
  boolean postsInFuture(int i) {
    return futurePosts[i] > 0;
  }

  /** Truth: the mean number of people each of {@code i}'s future posts moved to act. */
  double futurePerPost(int i) {
    if (futurePosts[i] == 0) {
      throw new IllegalStateException("person " + i + " made no post in the future days");
    }
    return (double) futureActs[i] / futurePosts[i];
  }

  /** Truth: the distinct people {@code i}'s posts moved to act in the future. */
  int futureReach(int i) {
    return futureReach[i];
  }

  /**
   * Person {@code i} as an adapter would see them after the observed days: audience (bought
   * followers too) and following, each post with its counts, views and topic, the resharers of
   * the five most reshared posts and every commenter (a page of 100 each) with their public
   * numbers, and the replies the person wrote.
   */
  Profile profile(int i) {
    List<Observed> posts = observed.get(i);
    Account.Builder account = Account.on(NETWORK).id(id(i)).audience(audience(i))
        .following(following[i]);
    List<Observed> byReshares = new ArrayList<>(posts);
    byReshares.sort((x, y) -> Long.compare(y.reshares(), x.reshares()));
    List<Observed> looked = byReshares.subList(0, Math.min(RESHARER_LOOKUPS, byReshares.size()));
    for (Observed o : posts) {
      Post.Builder post = Post.at(START.plusSeconds(o.second())).reshares(o.reshares())
          .comments(o.comments()).likes(o.likes()).views(o.views()).topic("t" + o.topic());
      if (looked.contains(o)) {
        for (int k = 0; k < Math.min(PAGE, o.resharers().length); k++) {
          post.engagement(ReactionKind.RESHARE, actor(o.resharers()[k]));
        }
      }
      for (int k = 0; k < Math.min(PAGE, o.commenters().length); k++) {
        post.engagement(ReactionKind.COMMENT, actor(o.commenters()[k]));
      }
      account.post(post.build());
    }
    for (Reply r : replies.get(i)) {
      if (r.at().isBefore(AS_OF)) {
        account.reply(r);
      }
    }
    return Profile.builder(id(i), AS_OF).account(account.build()).build();
  }

  /**
   * An actor as the Twitter adapter estimates one: influence {@code 16 log10(1 + followers)}, and
   * reactions a day from lifetime activity, which reflects how readily they react (median 5).
   */
  private Actor actor(int u) {
    long audience = u >= 0 ? audience(u) : botAudience[-1 - u];
    double perDay = u >= 0 ? 5 * habit[u] + podDuty[u] : botRate[-1 - u];
    double influence = Math.min(99.0, 16.0 * StrictMath.log10(1.0 + audience));
    return Actor.of(id(u), Math.round(influence * 1000) / 1000.0,
        Math.round(perDay * 1000) / 1000.0);
  }
}
