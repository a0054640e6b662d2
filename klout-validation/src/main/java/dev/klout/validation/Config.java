package dev.klout.validation;

/**
 * One way to build a simulated network. Two are defined: {@link #tuning()}, the one any change to
 * the score model may be checked against, and {@link #heldOut()}, a different graph model and
 * parameter set that nothing is tuned on and that is reported separately.
 *
 * <h2>Where the ranges come from</h2>
 * The shapes follow published measurements; the exact numbers are our assumptions within them.
 * <ul>
 *   <li>Follower in-degree is heavy-tailed: a power law with exponent about 2.3 over most of its
 *       range on Twitter (Kwak, Lee, Park, Moon, WWW 2010). Preferential attachment gives such a
 *       tail ({@link Graph#PREFERENTIAL}); the held-out configuration draws it directly (Chung-Lu
 *       with Pareto weights, exponent 2.5) inside topic communities ({@link Graph#COMMUNITY}).
 *   <li>Reciprocity: about 22% of follow links on Twitter are mutual (Kwak et al. 2010).
 *   <li>Who acts: most people only read. The "90-9-1" participation inequality (Nielsen 2006)
 *       and Twitter's own figures (a large share of accounts never post) give a silent share of a
 *       third here, and about half of the rest react without posting.
 *   <li>Posting rates are log-normal and heavy-tailed (Kwak et al. 2010; Cha, Haddadi, Benevenuto,
 *       Gummadi, ICWSM 2010): median about one post every three days here.
 *   <li>Reaction rates: a few percent of impressions become likes, far fewer reshares and
 *       replies (industry engagement-rate benchmarks put likes at 0.5-3% of impressions); most
 *       cascades stop at the first hop (Goel, Watts, Goldstein, EC 2012: over 90% of diffusion
 *       trees have depth one), so reshares are rare and cascades are cut at depth 3.
 *   <li>Content quality varies a lot between people and drives engagement more than audience
 *       does (Cha et al. 2010, "the million follower fallacy"; Bakshy, Hofman, Mason, Watts, WSDM
 *       2011): log-normal, log-sd 0.8 to 1.0.
 *   <li>Posts by one author differ a lot too: cascade sizes are heavy-tailed and hard to predict
 *       from the post (Bakshy et al. 2011, "Everyone's an influencer"; Cheng, Adamic, Dow,
 *       Kleinberg, Leskovec, WWW 2014), so each post has its own appeal, log-normal with log-sd
 *       1.0 to 1.2, that multiplies its author's quality.
 *   <li>Gaming: follower markets sell silent audiences of thousands (Stringhini et al., "Follow the
 *       green", IMC 2013); follow-back farmers follow thousands and are followed back by a share.
 *   <li>Bought engagement ({@link Gaming}): services sell likes and reshares from pools of
 *       automated accounts that have no organic life, follow thousands, are followed by almost
 *       nobody and act hundreds of times a day, each for every post of every customer (DeKoven,
 *       Pottinger, Savage, Voelker, Leontiadis, "Following their footsteps", IMC 2018: packs of
 *       tens to thousands of actions, a few percent of active accounts buying).
 *   <li>Engagement pods: groups of 5 to 30 real people who like, and often comment on, each
 *       other's every post out of obligation (Weerasinghe, Flanigan, Stein, McCoy, Kushner, "The
 *       Pod People", WWW 2020, found pods of tens of members and millions of pod reactions).
 *   <li>One-hit spikes: one post far above its author's usual (cascade sizes are heavy-tailed and
 *       unpredictable, Cheng et al. 2014), which says nothing of the author's next posts.
 * </ul>
 *
 * @param people people in the network
 * @param graph how the follower graph is built
 * @param meanFollowing the mean number of accounts a person follows (log-normal, log-sd 1)
 * @param reciprocity the chance a followed person follows back
 * @param silentShare people who never post or react
 * @param lurkerShare of the rest, people who react but never post
 * @param postsPerDayMedian the median posting rate of people who post (log-normal, log-sd 1)
 * @param qualitySd the log-sd of content quality
 * @param habitSd the log-sd of how readily a reader reacts (selective readers to promiscuous ones)
 * @param baseAct the chance an average reader of an average post on their main topic reacts
 * @param reshareShare the share of reactions that are reshares
 * @param commentShare the share of reactions that are comments
 * @param topics topics in the network
 * @param focusMean the mean chance that a post is on its author's main topic
 * @param offTopicInterest how much a reader cares for a topic that is not one of theirs
 * @param farmerShare follow-back farmers
 * @param boughtShare people who bought a silent audience
 * @param homophily in the community graph, the chance a follow stays in one's topic community
 * @param viralitySd the log-sd of a post's own appeal, beyond its author's quality
 * @param gaming bought engagement, pods and one-hit spikes; {@link Gaming#NONE} in an organic world
 */
record Config(String name, int people, Graph graph, double meanFollowing, double reciprocity,
    double silentShare, double lurkerShare, double postsPerDayMedian, double qualitySd,
    double habitSd, double baseAct, double reshareShare, double commentShare, int topics,
    double focusMean, double offTopicInterest, double farmerShare, double boughtShare,
    double homophily, double viralitySd, Gaming gaming) {

  /**
   * The gaming planted in a world. Reactions from bots and pod duty are seen as an adapter sees any
   * reaction, and never counted in the truth, which is organic influence only.
   *
   * @param customerShare posters who buy a pack of bot reactions for every post
   * @param packMedian the median number of bots in a pack (log-normal, log-sd 1)
   * @param bots the farm's pool of bot accounts that packs are drawn from
   * @param botRateMedian the median reactions a bot gives a day across all its customers
   * @param botReshare the chance a bot of a pack also reshares a post it likes
   * @param podShare posters who belong to an engagement pod
   * @param podMin the smallest pod
   * @param podMax the largest pod
   * @param podComment the chance a pod member comments, besides liking
   * @param spikeShare posters with one post far above their usual in the observed window
   * @param spikeBoost how many times its author's usual appeal the one-hit post has
   */
  record Gaming(double customerShare, double packMedian, int bots, double botRateMedian,
      double botReshare, double podShare, int podMin, int podMax, double podComment,
      double spikeShare, double spikeBoost) {
    /** No gaming at all, beyond the bought followers and follow-back farmers every world has. */
    static final Gaming NONE = new Gaming(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    boolean any() {
      return customerShare > 0 || podShare > 0 || spikeShare > 0;
    }
  }

  /** How the follower graph is built. */
  enum Graph {
    /** People join one by one and follow others mostly in proportion to their followers. */
    PREFERENTIAL,
    /** Expected followers drawn from a power law; follows mostly inside topic communities. */
    COMMUNITY
  }

  /** Days observed, as the score's window. */
  static final int OBSERVED_DAYS = 90;
  /** Days after the observation whose outcome is the truth. */
  static final int FUTURE_DAYS = 30;
  /** Reshares reach the resharer's followers, up to this many hops from the author. */
  static final int MAX_DEPTH = 3;

  /** The organic configuration the score model may be checked and tuned against. */
  static Config tuning() {
    return new Config("preferential", 13_000, Graph.PREFERENTIAL, 40, 0.22, 0.33, 0.5, 0.33, 0.9,
        0.8, 0.03, 0.12, 0.15, 20, 0.6, 0.15, 0.03, 0.03, 0, 1.0, Gaming.NONE);
  }

  /** The organic held-out configuration: tune nothing on it. */
  static Config heldOut() {
    return new Config("community (held out)", 13_000, Graph.COMMUNITY, 60, 0.15, 0.40, 0.45,
        0.25, 1.0, 1.0, 0.025, 0.08, 0.2, 30, 0.5, 0.1, 0.04, 0.04, 0.7, 1.2, Gaming.NONE);
  }

  /** The tuning configuration with bought engagement, pods and one-hit spikes planted. */
  static Config tuningGamed() {
    return tuning().renamed("preferential, gamed").with(
        new Gaming(0.05, 60, 3_000, 250, 0.3, 0.05, 5, 30, 0.5, 0.05, 40));
  }

  /**
   * The held-out gamed configuration: the held-out graph and parameters, and other gaming
   * parameters (bigger packs from a smaller farm, more and smaller pods, rarer but bigger spikes).
   * Tune nothing on it.
   */
  static Config heldOutGamed() {
    return heldOut().renamed("community, gamed (held out)").with(
        new Gaming(0.04, 120, 1_500, 400, 0.2, 0.07, 5, 15, 0.7, 0.03, 80));
  }

  /** Every configuration, in the order they are reported. */
  static java.util.List<Config> all() {
    return java.util.List.of(tuning(), heldOut(), tuningGamed(), heldOutGamed());
  }

  /** A configuration by its short name: tuning, held-out, tuning-gamed or held-out-gamed. */
  static Config named(String shortName) {
    switch (shortName) {
      case "tuning":
        return tuning();
      case "held-out":
        return heldOut();
      case "tuning-gamed":
        return tuningGamed();
      case "held-out-gamed":
        return heldOutGamed();
      default:
        throw new IllegalArgumentException("no configuration '" + shortName + "'; use tuning,"
            + " held-out, tuning-gamed or held-out-gamed");
    }
  }

  Config renamed(String newName) {
    return new Config(newName, people, graph, meanFollowing, reciprocity, silentShare, lurkerShare,
        postsPerDayMedian, qualitySd, habitSd, baseAct, reshareShare, commentShare, topics,
        focusMean, offTopicInterest, farmerShare, boughtShare, homophily, viralitySd, gaming);
  }

  Config with(Gaming newGaming) {
    return new Config(name, people, graph, meanFollowing, reciprocity, silentShare, lurkerShare,
        postsPerDayMedian, qualitySd, habitSd, baseAct, reshareShare, commentShare, topics,
        focusMean, offTopicInterest, farmerShare, boughtShare, homophily, viralitySd, newGaming);
  }

  /** The same configuration with another number of people, for quick checks. */
  Config withPeople(int n) {
    return new Config(name, n, graph, meanFollowing, reciprocity, silentShare, lurkerShare,
        postsPerDayMedian, qualitySd, habitSd, baseAct, reshareShare, commentShare, topics,
        focusMean, offTopicInterest, farmerShare, boughtShare, homophily, viralitySd, gaming);
  }
}
