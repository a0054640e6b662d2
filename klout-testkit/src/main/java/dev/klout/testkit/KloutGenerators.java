package dev.klout.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.klout.Account;
import dev.klout.Post;
import dev.klout.Profile;
import dev.klout.Visibility;
import java.time.Instant;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of Klout's model, for property tests of signals and of the score.
 *
 * <p>Realistic profiles come from {@link ReferencePopulation}s of generated seeds, so they have the
 * heavy tails and the mix of active, silent, private and farming accounts that real data has;
 * {@link #extremeAccounts(String)} adds the edges (no audience, 10^12 followers, counts near
 * {@code Long.MAX_VALUE}).
 */
public final class KloutGenerators {
  private KloutGenerators() {}

  /** Realistic profiles: person 0 to 999 of populations of arbitrary seeds. */
  public static Gen<Profile> profiles() {
    return longs().all().zip(integers().between(0, 999),
        (seed, index) -> ReferencePopulation.withSeed(seed).profile(index));
  }

  /** Realistic accounts of any network, public or private. */
  public static Gen<Account> accounts() {
    return profiles().map(p -> p.accounts().firstEntry().getValue());
  }

  /** Realistic accounts renamed onto {@code network}, public or private. */
  public static Gen<Account> accounts(String network) {
    return accounts().map(a -> rename(a, network));
  }

  /** Accounts at the edges of the model on {@code network}: empty, huge, saturated. */
  public static Gen<Account> extremeAccounts(String network) {
    return integers().between(0, 5).zip(longs().between(0, 1_000_000_000_000L),
        (shape, audience) -> extreme(network, shape, audience));
  }

  /** Realistic and extreme accounts on {@code network}, mixed. */
  public static Gen<Account> anyAccounts(String network) {
    return accounts(network).mix(extremeAccounts(network), 20);
  }

  private static Account extreme(String network, int shape, long audience) {
    Instant asOf = ReferencePopulation.AS_OF;
    Account.Builder b = Account.on(network).audience(audience);
    switch (shape) {
      case 0: // nothing at all
        return Account.on(network).build();
      case 1: // a huge silent account
        return b.audience(1_000_000_000_000L).following(audience)
            .post(Post.at(asOf.minusSeconds(60)).build()).build();
      case 2: // counts at the limit of a long
        return b.post(Post.at(asOf).reshares(Long.MAX_VALUE).comments(Long.MAX_VALUE)
            .likes(Long.MAX_VALUE).views(Long.MAX_VALUE).topic("everything").build()).build();
      case 3: // private, with activity that must be ignored
        return b.visibility(Visibility.PRIVATE)
            .post(Post.at(asOf.minusSeconds(3600)).likes(audience).build()).build();
      case 4: // everything on the edge of the window
        return b.post(Post.at(asOf.minus(dev.klout.AccountWindow.LENGTH)).likes(audience).build())
            .post(Post.at(asOf.minus(dev.klout.AccountWindow.LENGTH).minusNanos(1)).likes(audience)
                .build())
            .build();
      default: // a follow-back farmer
        return b.following(audience).post(Post.at(asOf.minusSeconds(7200)).build()).build();
    }
  }

  /** The same account on another network. */
  public static Account rename(Account account, String network) {
    Account.Builder b = Account.on(network).visibility(account.visibility())
        .audience(account.audience()).following(account.following()).posts(account.posts());
    account.facts().forEach(b::fact);
    account.replies().forEach(b::reply);
    return b.build();
  }
}
