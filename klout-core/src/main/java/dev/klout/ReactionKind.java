package dev.klout;

/** The ways an audience reacts to a post, from the most to the least committed. */
public enum ReactionKind {
  /** The post was passed on to the actor's own audience (retweet, repost, share). */
  RESHARE,
  /** The actor answered the post (comment, reply). */
  COMMENT,
  /** The actor marked the post (like, favourite, heart). */
  LIKE,
  /** The post was shown or played; passive, so it only ever counts towards reach. */
  VIEW
}
