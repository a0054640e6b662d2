package dev.klout.cli;

import dev.klout.Profile;
import dev.klout.fetch.ClientOptions;
import dev.klout.fetch.FetchException;
import dev.klout.fetch.FetchListener;
import dev.klout.fetch.FetchResult;
import dev.klout.fetch.NetworkClientFactory;
import dev.klout.fetch.loopback.LoopbackServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Where a person's activity comes from: the live APIs of the networks asked for, or a directory of
 * recorded responses. The networks are the {@link NetworkClientFactory}s on the class path, so a
 * new adapter is a new {@code --account network:who} with no code here. Every argument, and every
 * credential, is checked before the first request.
 */
final class Sources {
  /** What recorded clients get as a credential: the replay server ignores it. */
  private static final String RECORDED = "recorded-responses-need-no-credential";

  @Option(names = "--account", paramLabel = "NETWORK:WHO",
      description = "An account to read, e.g. twitter:jack or youtube:@veritasium (repeatable;"
          + " one a network). The networks this build reads: ${sys:klout.networks:-twitter,"
          + " youtube}.")
  List<String> accounts = new ArrayList<>();

  @Option(names = "--twitter", paramLabel = "USERNAME",
      description = "Shorthand for --account twitter:USERNAME; live, with the token in"
          + " X_BEARER_TOKEN (or TWITTER_BEARER_TOKEN).")
  @Nullable String twitter;

  @Option(names = "--youtube", paramLabel = "@HANDLE|CHANNEL_ID",
      description = "Shorthand for --account youtube:@HANDLE; live, with the key in"
          + " YOUTUBE_API_KEY.")
  @Nullable String youtube;

  @Option(names = "--from", paramLabel = "DIR",
      description = "A directory of recorded API responses (e.g. examples/engaged-creator) instead"
          + " of the live APIs; its persona.properties names the accounts and the instant.")
  @Nullable Path from;

  @Option(names = "--as-of", paramLabel = "INSTANT",
      description = "The instant the score is for, e.g. 2026-11-20T00:00:00Z or 2026-11-20"
          + " (default: the recording's instant with --from, else now).")
  @Nullable String asOf;

  @Option(names = "--name", paramLabel = "NAME",
      description = "Who this is, as the history records it (default: the persona's name, else"
          + " the first account's name).")
  @Nullable String name;

  @Option(names = "--api", paramLabel = "NETWORK=URL", hidden = true,
      description = "A network's API address, e.g. twitter=http://127.0.0.1:8080 (repeatable).")
  Map<String, URI> apis = new HashMap<>();

  @Option(names = "--twitter-api", paramLabel = "URL", hidden = true,
      description = "Shorthand for --api twitter=URL.")
  @Nullable URI twitterApi;

  @Option(names = "--youtube-api", paramLabel = "URL", hidden = true,
      description = "Shorthand for --api youtube=URL.")
  @Nullable URI youtubeApi;

  // The field's value is picocli's default, so sources built in code (the demo) get it too.
  @Option(names = "--quota", paramLabel = "UNITS",
      description = "The most quota units one fetch may spend where a network counts quota"
          + " (YouTube; default ${DEFAULT-VALUE}).")
  int quota = 100;

  /** The networks this build can read, by name. */
  static SortedMap<String, NetworkClientFactory> networks() {
    SortedMap<String, NetworkClientFactory> found = new TreeMap<>();
    for (NetworkClientFactory f : ServiceLoader.load(NetworkClientFactory.class)) {
      found.put(f.network(), f);
    }
    return found;
  }

  /** A profile and how it was read. */
  record Loaded(Profile profile, @Nullable Persona persona, Map<String, FetchResult> fetched) {
    /** Quota units the fetches spent, all networks together. */
    int quotaUnits() {
      return fetched.values().stream().mapToInt(FetchResult::quotaUnits).sum();
    }
  }

  /** What will be read, checked whole before anything is: accounts, instant, name. */
  record Plan(SortedMap<String, String> accounts, Instant asOf, String id,
      @Nullable Persona persona, Map<String, URI> apis) {}

  /**
   * Checks every argument and, for live reads, every credential, and says what will be read.
   *
   * @throws CliFailure USAGE for a bad argument, CREDENTIALS for a missing credential
   */
  Plan plan(Io io) {
    if (quota < 1) {
      throw new CliFailure(Exit.USAGE, "--quota must be at least 1 but was " + quota);
    }
    SortedMap<String, NetworkClientFactory> networks = networks();
    Persona persona = from == null ? null : Persona.read(from);
    SortedMap<String, String> asked = new TreeMap<>();
    List<String> given = new ArrayList<>(accounts);
    if (twitter != null) {
      given.add("twitter:" + twitter);
    }
    if (youtube != null) {
      given.add("youtube:" + youtube);
    }
    for (String account : given) {
      int colon = account.indexOf(':');
      if (colon <= 0 || colon == account.length() - 1) {
        throw new CliFailure(Exit.USAGE, "--account must be NETWORK:WHO, e.g. twitter:jack, but"
            + " was '" + account + "'");
      }
      String network = account.substring(0, colon);
      if (asked.put(network, account.substring(colon + 1)) != null) {
        throw new CliFailure(Exit.USAGE, "two accounts on " + network + ": a profile has one a"
            + " network");
      }
    }
    if (persona != null) {
      persona.accounts().forEach(asked::putIfAbsent);
    }
    if (asked.isEmpty()) {
      throw new CliFailure(Exit.USAGE, from == null
          ? "name at least one account: --account NETWORK:WHO (networks: "
              + String.join(", ", networks.keySet()) + "), --twitter, --youtube, or --from DIR"
          : "--from " + from + ": its " + Persona.FILE + " names no account; add --account");
    }
    Map<String, URI> api = new HashMap<>(apis);
    if (twitterApi != null) {
      api.put("twitter", twitterApi);
    }
    if (youtubeApi != null) {
      api.put("youtube", youtubeApi);
    }
    for (String network : api.keySet()) {
      if (!networks.containsKey(network)) {
        throw new CliFailure(Exit.USAGE, "--api " + network + ": no such network (this build"
            + " reads " + String.join(", ", networks.keySet()) + ")");
      }
    }
    for (Map.Entry<String, String> e : asked.entrySet()) {
      NetworkClientFactory f = networks.get(e.getKey());
      if (f == null) {
        throw new CliFailure(Exit.USAGE, "no network '" + e.getKey() + "': this build reads "
            + String.join(", ", networks.keySet()));
      }
      Optional<String> bad = f.checkWho(e.getValue());
      if (bad.isPresent()) {
        throw new CliFailure(Exit.USAGE, "--account " + e.getKey() + ": " + bad.get());
      }
    }
    if (from == null) {
      // Every credential before any request: a missing key should not cost another network's
      // quota first.
      for (String network : asked.keySet()) {
        List<String> vars = networks.get(network).credentialVariables();
        if (!vars.isEmpty() && vars.stream().allMatch(v -> io.env(v) == null)) {
          throw new CliFailure(Exit.CREDENTIALS, "no " + network + " credential: set "
              + String.join(" or ", vars) + ", or read a recording with --from DIR");
        }
      }
    }
    Instant at = instant(io, persona);
    String id = name != null ? name
        : persona != null ? persona.name()
        : asked.values().iterator().next();
    if (id.isBlank()) {
      throw new CliFailure(Exit.USAGE, "--name must not be blank");
    }
    return new Plan(asked, at, id, persona, Map.copyOf(api));
  }

  /** Plans, then reads every account of the plan, one network at a time in name order. */
  Loaded load(Io io, Common common) {
    return load(io, common, plan(io));
  }

  Loaded load(Io io, Common common, Plan plan) {
    SortedMap<String, NetworkClientFactory> networks = networks();
    Profile.Builder profile = Profile.builder(plan.id(), plan.asOf());
    Map<String, FetchResult> fetched = new TreeMap<>();
    FetchListener listener = Progress.on(io, common);
    try {
      for (Map.Entry<String, String> e : plan.accounts().entrySet()) {
        NetworkClientFactory factory = networks.get(e.getKey());
        FetchResult result = fetch(io, listener, factory, e.getValue(), plan);
        result.notes().forEach(n -> Commands.note(io, common, factory.network() + ": " + n));
        profile.account(result.account());
        fetched.put(factory.network(), result);
      }
    } finally {
      if (listener instanceof Progress p) {
        p.close();
      }
    }
    return new Loaded(profile.build(), plan.persona(), fetched);
  }

  private FetchResult fetch(Io io, FetchListener listener, NetworkClientFactory factory,
      String who, Plan plan) {
    String network = factory.network();
    LoopbackServer replay = null;
    try {
      ClientOptions options;
      if (from != null) {
        replay = Replay.serve(from.resolve(network));
        Map<String, String> recorded = new HashMap<>();
        factory.credentialVariables().forEach(v -> recorded.put(v, RECORDED));
        options = new ClientOptions(recorded, listener, replay.url(), 0, quota);
      } else {
        options = new ClientOptions(io.env(), listener, plan.apis().get(network), -1, quota);
      }
      return factory.create(options).fetch(who, plan.asOf());
    } catch (FetchException e) {
      String message = e.getMessage().startsWith(network + ": ")
          ? e.getMessage().substring(network.length() + 2) : e.getMessage();
      if (e.kind() == FetchException.Kind.CREDENTIALS && !factory.credentialVariables().isEmpty()
          && from == null) {
        message += "; check " + String.join(" or ", factory.credentialVariables());
      }
      throw new CliFailure(exit(e.kind()), network + " " + who + ": " + message, e);
    } catch (IllegalStateException e) {
      throw new CliFailure(Exit.CREDENTIALS, network + ": " + e.getMessage(), e);
    } finally {
      if (replay != null) {
        replay.close();
      }
    }
  }

  private Instant instant(Io io, @Nullable Persona persona) {
    if (asOf == null) {
      return persona != null && persona.asOf() != null ? persona.asOf() : io.clock().instant();
    }
    try {
      return asOf.contains("T") ? Instant.parse(asOf)
          : LocalDate.parse(asOf).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new CliFailure(Exit.USAGE, "--as-of must be an instant like 2026-11-20T00:00:00Z or a"
          + " date like 2026-11-20 but was '" + asOf + "'");
    }
  }

  /** The one map from what went wrong to the command's exit code. */
  static Exit exit(FetchException.Kind kind) {
    return switch (kind) {
      case NOT_FOUND, SUSPENDED, PRIVATE -> Exit.NOT_FOUND;
      case CREDENTIALS -> Exit.CREDENTIALS;
      case RATE_LIMITED, QUOTA -> Exit.LIMITED;
      case BAD_REQUEST, MALFORMED, UNAVAILABLE -> Exit.OTHER;
    };
  }
}
