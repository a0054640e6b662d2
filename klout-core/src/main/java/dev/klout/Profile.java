package dev.klout;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import java.util.NavigableMap;

/**
 * One person, as the public networks show them at the instant {@link #asOf()} the score is for.
 *
 * <p>A profile holds at most one account per network, kept in network-name order so that every
 * iteration over them, and so every sum, happens in the same order on every machine.
 */
public final class Profile {
  private final String id;
  private final Instant asOf;
  private final boolean optedOut;
  private final ImmutableSortedMap<String, Account> accounts;

  private Profile(String id, Instant asOf, boolean optedOut, TreeMap<String, Account> accounts) {
    this.id = id;
    this.asOf = asOf;
    this.optedOut = optedOut;
    this.accounts = ImmutableSortedMap.copyOfSorted(accounts);
  }

  /** Starts a profile for person {@code id}, to be scored as of {@code asOf}. */
  public static Builder builder(String id, Instant asOf) {
    return new Builder(Checks.id("profile.id", id), Checks.notNull("profile.asOf", asOf));
  }

  public String id() {
    return id;
  }

  /** The instant the score is for; the 90-day window ends here. */
  public Instant asOf() {
    return asOf;
  }

  /** A person who opted out gets no score, and none of their data is read. */
  public boolean optedOut() {
    return optedOut;
  }

  /** The accounts by network name, in name order. */
  public NavigableMap<String, Account> accounts() {
    return accounts;
  }

  public Optional<Account> account(String network) {
    return Optional.ofNullable(accounts.get(network));
  }

  /** The same person with {@code account} added, or replacing the account on its network. */
  public Profile withAccount(Account account) {
    return toBuilder().replaceAccount(account).build();
  }

  /** The same person without their account on {@code network}: the what-if of leaving it. */
  public Profile withoutNetwork(String network) {
    checkArgument(accounts.containsKey(network),
        "profile '%s' has no account on network '%s' (it has %s)", id, network, accounts.keySet());
    TreeMap<String, Account> rest = new TreeMap<>(accounts);
    rest.remove(network);
    return new Profile(id, asOf, optedOut, rest);
  }

  /** The same person as of another instant, e.g. to see what the window will drop. */
  public Profile asOf(Instant instant) {
    Builder b = builder(id, instant).optedOut(optedOut);
    accounts.values().forEach(b::account);
    return b.build();
  }

  public Builder toBuilder() {
    Builder b = builder(id, asOf).optedOut(optedOut);
    b.accounts.putAll(accounts);
    return b;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Profile)) {
      return false;
    }
    Profile that = (Profile) o;
    return id.equals(that.id) && asOf.equals(that.asOf) && optedOut == that.optedOut
        && accounts.equals(that.accounts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, asOf, optedOut, accounts);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Profile{id=%s, asOf=%s, optedOut=%s, networks=%s}",
        id, asOf, optedOut, accounts.keySet());
  }

  /** Collects a profile; {@link #build()} checks that no activity lies after {@code asOf}. */
  public static final class Builder {
    private final String id;
    private final Instant asOf;
    private boolean optedOut;
    private final TreeMap<String, Account> accounts = new TreeMap<>();

    private Builder(String id, Instant asOf) {
      this.id = id;
      this.asOf = asOf;
    }

    public Builder optedOut(boolean optedOut) {
      this.optedOut = optedOut;
      return this;
    }

    /** Adds an account; a second account on the same network is an error. */
    public Builder account(Account account) {
      Checks.notNull("profile.account", account);
      Account previous = accounts.get(account.network());
      checkArgument(previous == null,
          "profile '%s' already has an account on network '%s'", id, account.network());
      accounts.put(account.network(), account);
      return this;
    }

    Builder replaceAccount(Account account) {
      accounts.put(Checks.notNull("profile.account", account).network(), account);
      return this;
    }

    public Profile build() {
      for (Account a : accounts.values()) {
        for (int i = 0; i < a.posts().size(); i++) {
          Instant at = a.posts().get(i).at();
          checkArgument(!at.isAfter(asOf),
              "profile '%s': accounts[%s].posts[%s].at (%s) is after asOf (%s)",
              id, a.network(), i, at, asOf);
        }
        for (int i = 0; i < a.replies().size(); i++) {
          Instant at = a.replies().get(i).at();
          checkArgument(!at.isAfter(asOf),
              "profile '%s': accounts[%s].replies[%s].at (%s) is after asOf (%s)",
              id, a.network(), i, at, asOf);
        }
      }
      return new Profile(id, asOf, optedOut, accounts);
    }
  }
}
