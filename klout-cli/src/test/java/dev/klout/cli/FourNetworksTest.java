package dev.klout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.klout.Account;
import dev.klout.InfluenceScorer;
import dev.klout.Profile;
import dev.klout.Score;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SCORING-PRINCIPLES B3 across all four networks the command reads: one person's accounts on X,
 * YouTube, Bluesky and Mastodon, each fetched from its recording by its own client, score at
 * least as high together as any subset of them does.
 */
class FourNetworksTest {
  private static List<Account> accounts(String persona) {
    Sources sources = new Sources();
    sources.from = Cli.example(persona);
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8);
    Io io = new Io(quiet, quiet, Map.of(), Clock.fixed(Cli.NOW, java.time.ZoneOffset.UTC),
        false);
    Common common = new Common();
    common.quiet = true;
    return List.copyOf(sources.load(io, common).profile().accounts().values());
  }

  @Test
  void connectingANetworkCanOnlyHelpAcrossAllFour() {
    List<Account> all = new ArrayList<>(accounts("both-networks"));
    all.addAll(accounts("bluesky-creator"));
    all.addAll(accounts("mastodon-creator"));
    assertEquals(List.of("twitter", "youtube", "bluesky", "mastodon"),
        all.stream().map(Account::network).toList());
    InfluenceScorer scorer = InfluenceScorer.create();
    Instant asOf = Instant.parse("2026-11-20T00:00:00Z");
    Score whole = scorer.score(profile(all, (1 << all.size()) - 1, asOf));
    for (int mask = 1; mask < (1 << all.size()) - 1; mask++) {
      Score part = scorer.score(profile(all, mask, asOf));
      assertTrue(part.exact() <= whole.exact(), "networks " + mask + " score " + part.exact()
          + ", above all four's " + whole.exact());
    }
  }

  private static Profile profile(List<Account> accounts, int mask, Instant asOf) {
    Profile.Builder b = Profile.builder("four", asOf);
    for (int i = 0; i < accounts.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        b.account(accounts.get(i));
      }
    }
    return b.build();
  }
}
