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
 */
record Config(String name, int people, Graph graph, double meanFollowing, double reciprocity,
    double silentShare, double lurkerShare, double postsPerDayMedian, double qualitySd,
    double habitSd, double baseAct, double reshareShare, double commentShare, int topics,
    double focusMean, double offTopicInterest, double farmerShare, double boughtShare,
    double homophily, double viralitySd) {

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

  /** The configuration the score model may be checked and tuned against. */
  static Config tuning() {
    return new Config("preferential", 13_000, Graph.PREFERENTIAL, 40, 0.22, 0.33, 0.5, 0.33, 0.9,
        0.8, 0.03, 0.12, 0.15, 20, 0.6, 0.15, 0.03, 0.03, 0, 1.0);
  }

  /** The held-out configuration: tune nothing on it. */
  static Config heldOut() {
    return new Config("community (held out)", 13_000, Graph.COMMUNITY, 60, 0.15, 0.40, 0.45,
        0.25, 1.0, 1.0, 0.025, 0.08, 0.2, 30, 0.5, 0.1, 0.04, 0.04, 0.7, 1.2);
  }

  /** The same configuration with another number of people, for quick checks. */
  Config withPeople(int n) {
    return new Config(name, n, graph, meanFollowing, reciprocity, silentShare, lurkerShare,
        postsPerDayMedian, qualitySd, habitSd, baseAct, reshareShare, commentShare, topics,
        focusMean, offTopicInterest, farmerShare, boughtShare, homophily, viralitySd);
  }
}
