package dev.klout;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How many of one network's posts in the window hide each count (SCORING-PRINCIPLES B7): unknown,
 * estimated by the model, never read as none. {@link Score#hidden()} gives them, and
 * {@link Score#restore} takes them back, so a stored score still says what it could not see.
 *
 * @param network the network
 * @param posts the network's posts in the window
 * @param reshares how many of them hide their reshares
 * @param comments how many hide their comments
 * @param likes how many hide their likes
 * @param views how many hide their views
 */
public record HiddenCounts(String network, int posts, int reshares, int comments, int likes,
    int views) {
  public HiddenCounts {
    Checks.network("hiddenCounts.network", network);
    checkArgument(posts >= 0, "hiddenCounts.posts must be >= 0 but was %s", posts);
    int[] each = {reshares, comments, likes, views};
    for (ReactionKind kind : ReactionKind.values()) {
      int n = each[kind.ordinal()];
      checkArgument(n >= 0 && n <= posts, "hiddenCounts (%s): posts hiding %s must be from 0 to"
          + " the %s posts but was %s", network, kind, posts, n);
    }
  }

  /** How many of the posts hide their count of {@code kind}. */
  public int posts(ReactionKind kind) {
    switch (Checks.notNull("kind", kind)) {
      case RESHARE:
        return reshares;
      case COMMENT:
        return comments;
      case LIKE:
        return likes;
      case VIEW:
        return views;
      default:
        throw new AssertionError(kind);
    }
  }
}
