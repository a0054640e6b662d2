package dev.klout.wikipedia;

import dev.klout.AccountWindow;
import dev.klout.Post;
import dev.klout.spi.Pillar;
import dev.klout.spi.Signal;
import dev.klout.spi.NetworkSignals;
import dev.klout.spi.StrictLog;
import java.util.List;

/**
 * What only Wikipedia has. A person is on Wikipedia in one of two honest ways, and the adapter
 * maps each onto the account model with care:
 *
 * <ul>
 *   <li>{@code wikipedia.attention} (reach): {@code ln(1 + pageviews a day)} of the person's
 *       article over the window. People who look the subject up were moved to seek them out:
 *       attention is reach, the measure the original Klout took from Wikipedia. The adapter
 *       records the views week by week as posts with views and no reactions, since an article
 *       draws readers, not likes.
 *   <li>{@code wikipedia.links} (network impact): {@code ln(1 + articles that link to it)}. Each
 *       link is an editor judging the subject relevant to another subject; long-lived, read as of
 *       the scoring instant (B1), and hard to buy, since links to an article without reason are
 *       removed.
 *   <li>{@code wikipedia.editions} (reach): {@code ln(1 + language editions)}. An article in many
 *       languages is a subject many communities found notable on their own.
 *   <li>{@code wikipedia.contribution} (consistency): the mean over the window's 13 weeks of
 *       {@code ln(1 + article edits that week)}, for a person who is on Wikipedia as an editor. An
 *       editor has no audience; their influence is sustained contribution, and, as B2 says of
 *       reactions, edits spread over the weeks count for more than a burst.
 * </ul>
 */
public final class WikipediaSignals extends NetworkSignals {
  /** The network this adapter reads, as accounts and scores name it. */
  public static final String NETWORK = "wikipedia";
  /** Facts: articles linking to the subject's, and its language editions. */
  static final String BACKLINKS = "wikipedia.backlinks";
  static final String EDITIONS = "wikipedia.editions";
  /** The topic of posts that are an editor's edits, apart from weeks of an article's views. */
  static final String EDIT = "edit";

  private static final List<Signal> SIGNALS = List.of(
      Signal.of("wikipedia.attention", 1, Pillar.REACH,
          "pageviews a day of the person's article",
          w -> {
            long views = 0;
            for (Post p : w.posts()) {
              views += p.views();
            }
            return StrictLog.log1p(views / (double) AccountWindow.LENGTH.toDays());
          }),
      Signal.of("wikipedia.links", 1, Pillar.NETWORK_IMPACT,
          "articles that link to the person's",
          w -> StrictLog.log1p(w.account().fact(BACKLINKS).orElse(0))),
      Signal.of("wikipedia.editions", 1, Pillar.REACH,
          "language editions of the person's article",
          w -> StrictLog.log1p(w.account().fact(EDITIONS).orElse(0))),
      Signal.of("wikipedia.contribution", 1, Pillar.CONSISTENCY,
          "article edits, spread over the 13 weeks",
          w -> {
            double[] weeks = new double[AccountWindow.WEEKS];
            long end = w.asOf().getEpochSecond();
            for (Post p : w.posts()) {
              if (p.topics().contains(EDIT)) {
                int week = (int) Math.min(AccountWindow.WEEKS - 1,
                    (end - p.at().getEpochSecond()) / (7 * 86_400L));
                weeks[AccountWindow.WEEKS - 1 - week]++;
              }
            }
            double sum = 0;
            for (double n : weeks) {
              sum += StrictLog.log1p(n);
            }
            return sum / AccountWindow.WEEKS;
          }));

  public WikipediaSignals() {
    super(NETWORK, SIGNALS);
  }
}
