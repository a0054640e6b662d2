package dev.klout;

import org.jspecify.annotations.Nullable;

/**
 * One finding about a person's score, drawn from their own data: what it is, on which network,
 * which tip of the article it follows, and a sentence a person reads, with the numbers behind it.
 * Made by {@link Insights#of}.
 *
 * @param kind what the finding is about; a host app can pick the ones it shows by this
 * @param network the network it is about, or null for the whole profile
 * @param tip the article's tip it follows, 1 to 5 ({@link Insights#ARTICLE}), or 0 where it
 *     follows from the scoring rules alone
 * @param message the finding in one sentence, numbers included, in English
 */
public record Insight(Kind kind, @Nullable String network, int tip, String message) {
  public Insight {
    Checks.notNull("insight.kind", kind);
    Checks.inRange("insight.tip", tip, 0, 5);
    Checks.notNull("insight.message", message);
  }

  /** What a finding is about, in the order {@link Insights#of} gives them for each network. */
  public enum Kind {
    /** The account is private, so it adds nothing (B4). */
    PRIVATE,
    /** Nothing in the 90-day window, so the account adds nothing (B1). */
    NO_ACTIVITY,
    /** The network hides some counts, so reactions per post cannot be read (B7). */
    HIDDEN_COUNTS,
    /** Posts in the earlier weeks of the window but none in the last four. */
    GOING_QUIET,
    /** Reactions per post in the last four weeks against the weeks before (tip 1). */
    REACTIONS_PER_POST,
    /** Reactions per post for every 1,000 in the audience (tip 1). */
    AUDIENCE_RESPONSE,
    /** Replies to the people who comment, and how many exchanges went both ways (tip 2). */
    CONVERSATIONS,
    /** How many of the most reshared posts had a conversation the person took part in (tip 2). */
    CONVERSATION_AND_RESHARES,
    /** How many of the people who reacted are influential, and who most (tip 3). */
    INFLUENTIAL_REACTORS,
    /** The share of reactions on the three topics that drew the most (tip 4). */
    TOPIC_FOCUS,
    /** In how many of the 13 weeks reactions came (B2). */
    CONSISTENCY,
    /** Keep scoring and compare (tip 5). */
    MONITOR
  }
}
