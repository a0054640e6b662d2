package dev.klout.population;

import static java.util.Objects.requireNonNull;

import dev.klout.ReactionKind;
import java.time.Instant;
import java.util.List;

/**
 * A row of {@code posts}: one post with the network's counts.
 *
 * @param post the post's id, unique within the person's account on the network
 * @param hidden the counts the network hides (B7): unknown, never zero
 */
public record PostRecord(String person, String network, String post, Instant at, long reshares,
    long comments, long likes, long views, long quotes, List<ReactionKind> hidden,
    List<String> topics) {
  public PostRecord {
    requireNonNull(person, "person");
    requireNonNull(network, "network");
    requireNonNull(post, "post");
    requireNonNull(at, "at");
    hidden = List.copyOf(hidden);
    topics = List.copyOf(topics);
  }
}
