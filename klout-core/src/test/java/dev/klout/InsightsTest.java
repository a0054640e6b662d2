package dev.klout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Insights: findings from a person's own data, which never disagree with the score's. */
class InsightsTest {
  private static final Instant AS_OF = Fixtures.AS_OF;
  private final InfluenceScorer scorer = InfluenceScorer.create();

  private static Instant daysAgo(double days) {
    return AS_OF.minus(Duration.ofSeconds((long) (days * 86_400)));
  }

  private List<Insight> insights(Profile profile) {
    return Insights.of(profile, scorer.score(profile));
  }

  private static Optional<Insight> find(List<Insight> insights, Insight.Kind kind) {
    return insights.stream().filter(i -> i.kind() == kind).findFirst();
  }

  /** Posts every week; the last {@code recentWeeks} draw {@code recentLikes} likes, the rest 40. */
  private static Account.Builder weekly(int recentWeeks, int recentLikes) {
    Account.Builder a = Account.on("twitter").audience(2_000).following(100);
    for (int week = 0; week < 13; week++) {
      a.post(Post.at(daysAgo(7 * week + 2)).likes(week < recentWeeks ? recentLikes : 40)
          .topic(week % 2 == 0 ? "rust" : "wasm").build());
    }
    return a;
  }

  @Test
  void reactionsPerPostThatFellAreReportedWithTheirNumbers() {
    Profile p = Profile.builder("p", AS_OF).account(weekly(4, 20).build()).build();
    Insight i = find(insights(p), Insight.Kind.REACTIONS_PER_POST).orElseThrow();
    assertEquals("twitter", i.network());
    assertEquals(1, i.tip());
    // Every like is organic here (no actor known): 20 against 40 a post is half.
    assertTrue(i.message().startsWith("your reactions per post fell 50%, to "), i::message);
    assertTrue(i.message().contains("on 4 posts against ") && i.message().contains("on 9 posts"),
        i::message);
  }

  @Test
  void steadyReactionsAreSaidToHold() {
    Profile p = Profile.builder("p", AS_OF).account(weekly(4, 41).build()).build();
    assertTrue(find(insights(p), Insight.Kind.REACTIONS_PER_POST).orElseThrow().message()
        .startsWith("your reactions per post held steady at "));
  }

  @Test
  void noRecentPostMeansTheScoreIsGoingQuiet() {
    Account.Builder a = Account.on("twitter").audience(500);
    for (int week = 5; week < 12; week++) {
      a.post(Post.at(daysAgo(7 * week + 1)).likes(10).build());
    }
    Profile p = Profile.builder("p", AS_OF).account(a.build()).build();
    Insight i = find(insights(p), Insight.Kind.GOING_QUIET).orElseThrow();
    assertTrue(i.message().startsWith("no posts in the last 4 weeks; your 7 earlier posts"),
        i::message);
  }

  @Test
  void consistencyCountsTheWeeksTheScoreCounts() {
    Account.Builder a = Account.on("twitter").audience(500);
    for (int week : new int[] {0, 1, 5, 9}) {
      a.post(Post.at(daysAgo(7 * week + 3)).likes(12).build());
    }
    Account account = a.build();
    Profile p = Profile.builder("p", AS_OF).account(account).build();
    AccountWindow w = AccountWindow.of(account, AS_OF);
    int active = 0;
    for (int week = 0; week < AccountWindow.WEEKS; week++) {
      active += w.organicWeeklyReactions(week) > 0 ? 1 : 0;
    }
    assertEquals(4, active);
    assertTrue(find(insights(p), Insight.Kind.CONSISTENCY).orElseThrow().message()
        .startsWith("reactions came in 4 of the last 13 weeks"));
  }

  @Test
  void topicFocusIsTheScoresOwnShare() {
    Account.Builder a = Account.on("twitter").audience(500);
    String[] topics = {"rust", "rust", "wasm", "go", "cooking", "rust"};
    for (int i = 0; i < topics.length; i++) {
      a.post(Post.at(daysAgo(5 + 9 * i)).likes(10 + 7 * i).comments(i).topic(topics[i]).build());
    }
    Account account = a.build();
    AccountWindow w = AccountWindow.of(account, AS_OF);
    double share = 100 * w.organicFocusedReactions() / w.organicReactions();
    Insight i = find(insights(Profile.builder("p", AS_OF).account(account).build()),
        Insight.Kind.TOPIC_FOCUS).orElseThrow();
    assertEquals(4, i.tip());
    assertTrue(i.message().startsWith(String.format(Locale.ROOT,
        "%.0f%% of your reactions came on rust, cooking, go: ", share)), i::message);
  }

  @Test
  void influentialReactorsAreNamedByHandle() {
    Actor star = Actor.of("9001", 82, 2).withHandle("@star");
    Actor fan = Actor.of("9002", 30, 2);
    Account.Builder a = Account.on("twitter").audience(500);
    for (int i = 0; i < 4; i++) {
      a.post(Post.at(daysAgo(3 + 10 * i)).likes(5).engagement(ReactionKind.LIKE, star)
          .engagement(ReactionKind.LIKE, fan).build());
    }
    Insight i = find(insights(Profile.builder("p", AS_OF).account(a.build()).build()),
        Insight.Kind.INFLUENTIAL_REACTORS).orElseThrow();
    assertEquals("1 of the 2 known people who reacted are influential (60 or more), most of all"
        + " @star (82), whose reactions weigh 18x an average account's", i.message());
  }

  @Test
  void aCommenterNeverAnsweredIsToldAndAnsweredOnesCountBothWays() {
    Actor ann = Actor.of("ann", 40, 1);
    Actor bo = Actor.of("bo", 40, 1);
    Account.Builder a = Account.on("twitter").audience(500)
        .post(Post.at(daysAgo(3)).comments(2).engagement(ReactionKind.COMMENT, ann)
            .engagement(ReactionKind.COMMENT, bo).build());
    Profile silent = Profile.builder("p", AS_OF).account(a.build()).build();
    assertTrue(find(insights(silent), Insight.Kind.CONVERSATIONS).orElseThrow().message()
        .startsWith("2 people commented on your posts and you replied to none of them"));
    Profile answering = Profile.builder("p", AS_OF)
        .account(a.reply(new Reply(daysAgo(2), "ann")).reply(new Reply(daysAgo(1), "cy")).build())
        .build();
    assertTrue(find(insights(answering), Insight.Kind.CONVERSATIONS).orElseThrow().message()
        .startsWith("you replied to 2 people; 1 of those exchanges went both ways"));
  }

  @Test
  void hiddenCountsAreSaidAndNotReadAsNone() {
    Account.Builder a = Account.on("youtube").audience(5_000);
    for (int i = 0; i < 3; i++) {
      a.post(Post.at(daysAgo(4 + 20 * i)).views(900).comments(4).hidden(ReactionKind.LIKE)
          .build());
    }
    List<Insight> found = insights(Profile.builder("p", AS_OF).account(a.build()).build());
    assertTrue(find(found, Insight.Kind.HIDDEN_COUNTS).orElseThrow().message()
        .startsWith("the network hides some counts (likes on 3, comments on 0, reshares on 0 of 3"
            + " posts)"));
    assertTrue(find(found, Insight.Kind.REACTIONS_PER_POST).isEmpty());
    assertTrue(find(found, Insight.Kind.AUDIENCE_RESPONSE).isEmpty());
  }

  @Test
  void leftOutAccountsSayWhyAndMonitoringComesLast() {
    Profile p = Profile.builder("p", AS_OF)
        .account(Account.on("twitter").visibility(Visibility.PRIVATE).audience(90).build())
        .account(Account.on("youtube").audience(90)
            .post(Post.at(daysAgo(200)).likes(3).build()).build())
        .build();
    List<Insight> found = insights(p);
    assertEquals(List.of(Insight.Kind.PRIVATE, Insight.Kind.NO_ACTIVITY, Insight.Kind.MONITOR),
        found.stream().map(Insight::kind).toList());
    assertEquals(null, found.get(2).network());
    assertEquals(5, found.get(2).tip());
  }

  @Test
  void aScoreOfSomeoneElseIsRefusedAndAnOptedOutPersonHasNone() {
    Profile a = Profile.builder("a", AS_OF).build();
    Profile b = Profile.builder("b", AS_OF).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Insights.of(a, scorer.score(b)));
    assertTrue(e.getMessage().contains("score is of 'b' as of " + AS_OF + ", not of profile 'a'"),
        e::getMessage);
    Profile out = Profile.builder("o", AS_OF).optedOut(true).build();
    assertEquals(List.of(), Insights.of(out, scorer.score(out)));
  }

  @Test
  void anActorsHandleIsShownNeverScored() {
    Actor plain = Actor.of("1", 70, 3);
    assertEquals("1", plain.name());
    assertEquals("@one", plain.withHandle("@one").name());
    Account withHandle = Account.on("twitter").audience(10).post(Post.at(daysAgo(1)).likes(1)
        .engagement(ReactionKind.LIKE, plain.withHandle("@one")).build()).build();
    Account without = Account.on("twitter").audience(10).post(Post.at(daysAgo(1)).likes(1)
        .engagement(ReactionKind.LIKE, plain).build()).build();
    assertEquals(scorer.score(Profile.builder("p", AS_OF).account(withHandle).build()).exact(),
        scorer.score(Profile.builder("p", AS_OF).account(without).build()).exact());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> plain.withHandle(" "));
    assertTrue(e.getMessage().contains("actor '1' handle"), e::getMessage);
  }
}
