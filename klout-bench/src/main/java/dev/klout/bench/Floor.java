package dev.klout.bench;

import dev.klout.Account;
import dev.klout.Actor;
import dev.klout.Engagement;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.Reply;
import java.util.List;

/**
 * The floor scoring is measured against: read every number of a profile that scoring may read,
 * through the public model, and do nothing else with it.
 */
final class Floor {
  private Floor() {}

  static double read(Profile profile) {
    long counts = profile.asOf().getEpochSecond();
    double actors = 0;
    for (Account a : profile.accounts().values()) {
      counts += a.audience() + a.following() + a.visibility().ordinal();
      List<Post> posts = a.posts();
      for (int i = 0, n = posts.size(); i < n; i++) {
        Post p = posts.get(i);
        counts += p.at().getEpochSecond() + p.reshares() + p.comments() + p.likes() + p.views()
            + p.topics().size();
        List<Engagement> engagements = p.engagements();
        for (int e = 0, m = engagements.size(); e < m; e++) {
          Engagement g = engagements.get(e);
          Actor actor = g.actor();
          counts += g.kind().ordinal();
          actors += actor.influence() + actor.reactionsPerDay();
        }
      }
      List<Reply> replies = a.replies();
      for (int r = 0, n = replies.size(); r < n; r++) {
        counts += replies.get(r).at().getEpochSecond();
      }
    }
    return counts + actors;
  }
}
