package dev.klout.fetch;

import dev.klout.Account;
import java.util.List;

/**
 * What one fetch brought back: the account, the requests it made (retries included), the quota
 * units it spent on requests the network received (0 where the network counts none), and notes on
 * what it could not see, e.g. "videos.list returned 48 of the 50 videos asked for (2 private or
 * deleted)".
 */
public record FetchResult(Account account, int calls, int quotaUnits, List<String> notes) {
  public FetchResult {
    if (account == null) {
      throw new IllegalArgumentException("account must not be null");
    }
    if (calls < 0 || quotaUnits < 0) {
      throw new IllegalArgumentException("calls and quotaUnits must be >= 0 but were " + calls
          + " and " + quotaUnits);
    }
    notes = List.copyOf(notes);
  }
}
