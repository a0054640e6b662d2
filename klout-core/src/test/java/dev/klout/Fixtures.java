package dev.klout;

import java.time.Duration;
import java.time.Instant;

/** Small builders shared by core's unit tests. */
final class Fixtures {
  static final Instant AS_OF = Instant.parse("2026-03-01T12:00:00Z");

  private Fixtures() {}

  static Instant daysAgo(double days) {
    return AS_OF.minus(Duration.ofSeconds(Math.round(days * 86_400)));
  }

  static Account active(String network, long audience, int posts, long likesPerPost) {
    Account.Builder b = Account.on(network).audience(audience).following(50);
    for (int i = 0; i < posts; i++) {
      b.post(Post.at(daysAgo(1 + i)).likes(likesPerPost).reshares(likesPerPost / 10)
          .comments(likesPerPost / 20).topic("java").build());
    }
    return b.build();
  }

  static Profile person(Account... accounts) {
    Profile.Builder b = Profile.builder("alice", AS_OF);
    for (Account a : accounts) {
      b.account(a);
    }
    return b.build();
  }

  static InfluenceScorer coreScorer() {
    return InfluenceScorer.builder().provider(new CoreSignals()).build();
  }
}
