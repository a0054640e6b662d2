package dev.klout.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klout.Profile;
import dev.klout.Score;
import dev.klout.ScoreChange;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "what-if", mixinStandardHelpOptions = true,
    versionProvider = Klout.Version.class,
    description = "The same person with a network removed (--without) or added (--with), and what"
        + " that changes.",
    footerHeading = "%nExamples:%n",
    footer = {"  klout what-if --from examples/both-networks --without youtube",
        "  klout what-if --from examples/both-networks --with twitter"})
final class WhatIfCommand extends KloutCommand {
  @Mixin
  Sources sources = new Sources();

  @Option(names = "--without", paramLabel = "NETWORK",
      description = "Score without this network's account (repeatable).")
  List<String> without = new ArrayList<>();

  @Option(names = "--with", paramLabel = "NETWORK",
      description = "Show what this network's account adds: the score without it, then with it"
          + " (repeatable).")
  List<String> with = new ArrayList<>();

  @Mixin
  Output output = new Output();

  @Override
  public Integer call() {
    Klout klout = klout();
    if (without.isEmpty() && with.isEmpty()) {
      throw new CliFailure(Exit.USAGE, "what-if needs --without NETWORK or --with NETWORK");
    }
    // Every argument before the first request: a network the profile will not have is a usage
    // error now, not after every other account was fetched.
    Sources.Plan plan = sources.plan(klout.io);
    for (String network : without) {
      planned(plan, "--without", network);
    }
    for (String network : with) {
      planned(plan, "--with", network);
    }
    Profile profile = sources.load(klout.io, common, plan).profile();
    Profile before = profile;
    Profile after = profile;
    for (String network : without) {
      after = after.withoutNetwork(present(profile, "--without", network));
    }
    for (String network : with) {
      before = before.withoutNetwork(present(profile, "--with", network));
    }
    Score whole = klout.scorer().score(profile);
    if (!whole.isScored()) {
      if (output.json()) {
        ObjectNode d = JsonView.document("what_if");
        d.put("profile", profile.id()).putNull("change");
        d.set("before", JsonView.score(whole));
        d.set("after", JsonView.score(whole));
        klout.io.out().println(JsonView.write(d));
      } else {
        klout.io.out().println(profile.id() + ": no score, the person opted out");
      }
      return Exit.OK.code;
    }
    ScoreChange change = klout.scorer().compare(before, after);
    if (output.json()) {
      ObjectNode d = JsonView.document("what_if");
      d.put("profile", profile.id());
      d.set("before", JsonView.score(change.before()));
      d.set("after", JsonView.score(change.after()));
      d.set("change", JsonView.change(change));
      klout.io.out().println(JsonView.write(d));
      return Exit.OK.code;
    }
    klout.io.out().println(profile.id() + ": " + describe(before, after));
    change.explain().forEach(klout.io.out()::println);
    return Exit.OK.code;
  }

  private static void planned(Sources.Plan plan, String option, String network) {
    if (!plan.accounts().containsKey(network)) {
      throw new CliFailure(Exit.USAGE, option + " " + network + ": the profile has no " + network
          + " account (it has " + String.join(", ", plan.accounts().keySet()) + ")");
    }
  }

  private static String present(Profile profile, String option, String network) {
    if (profile.account(network).isEmpty()) {
      throw new CliFailure(Exit.USAGE, option + " " + network + ": the profile has no " + network
          + " account (it has " + (profile.accounts().isEmpty() ? "none"
              : String.join(", ", profile.accounts().keySet())) + ")");
    }
    return network;
  }

  private static String describe(Profile before, Profile after) {
    return "with " + networks(before) + " -> with " + networks(after);
  }

  private static String networks(Profile p) {
    return p.accounts().isEmpty() ? "no network" : String.join(" and ", p.accounts().keySet());
  }
}
