package dev.klout.cli;

import dev.klout.Profile;
import dev.klout.spi.FetchListener;
import dev.klout.twitter.TwitterClient;
import dev.klout.twitter.TwitterException;
import dev.klout.youtube.YouTubeClient;
import dev.klout.youtube.YouTubeException;
import dev.klout.youtube.YouTubeFetch;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Where a person's activity comes from: live APIs, or a directory of recorded responses. */
final class Sources {
  /** What the recorded clients send as a token: the replay server ignores it. */
  private static final String RECORDED = "recorded-responses-need-no-token";

  @Option(names = "--twitter", paramLabel = "USERNAME",
      description = "An X/Twitter username; live, with the token in X_BEARER_TOKEN"
          + " (or TWITTER_BEARER_TOKEN), or from --from DIR.")
  @Nullable String twitter;

  @Option(names = "--youtube", paramLabel = "@HANDLE|CHANNEL_ID",
      description = "A YouTube channel; live, with the key in YOUTUBE_API_KEY, or from --from DIR.")
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
          + " the username or handle).")
  @Nullable String name;

  @Option(names = "--twitter-api", paramLabel = "URL", hidden = true,
      description = "The X API's address (default https://api.x.com).")
  @Nullable URI twitterApi;

  @Option(names = "--youtube-api", paramLabel = "URL", hidden = true,
      description = "The YouTube Data API's address (default https://www.googleapis.com).")
  @Nullable URI youtubeApi;

  // The field's value is picocli's default, so sources built in code (the demo) get it too.
  @Option(names = "--quota", paramLabel = "UNITS",
      description = "The most YouTube quota units one fetch may spend (default ${DEFAULT-VALUE}).")
  int quota = 100;

  /** A profile and how it was read. */
  record Loaded(Profile profile, @Nullable Persona persona, int youtubeQuotaUnits) {}

  Loaded load(Io io, Common common) {
    if (quota < 1) {
      throw new CliFailure(Exit.USAGE, "--quota must be at least 1 but was " + quota);
    }
    Persona persona = from == null ? null : Persona.read(from);
    String twitterName = twitter != null ? twitter : persona == null ? null : persona.twitter();
    String channel = youtube != null ? youtube : persona == null ? null : persona.youtube();
    if (twitterName == null && channel == null) {
      throw new CliFailure(Exit.USAGE, from == null
          ? "name at least one source: --twitter USERNAME, --youtube @HANDLE or --from DIR"
          : "--from " + from + ": its " + Persona.FILE + " names no account; add --twitter or"
              + " --youtube");
    }
    Instant at = instant(io, persona);
    String id = name != null ? name
        : persona != null ? persona.name()
        : twitterName != null ? twitterName : channel;
    if (id.isBlank()) {
      throw new CliFailure(Exit.USAGE, "--name must not be blank");
    }
    Profile.Builder profile = Profile.builder(id, at);
    int units = 0;
    FetchListener listener = Progress.on(io, common);
    try {
      if (twitterName != null) {
        fetchTwitter(io, listener, profile, twitterName, at);
      }
      if (channel != null) {
        units = fetchYouTube(io, listener, profile, channel, at);
      }
    } finally {
      if (listener instanceof Progress p) {
        p.close();
      }
    }
    return new Loaded(profile.build(), persona, units);
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

  private void fetchTwitter(Io io, FetchListener listener, Profile.Builder profile,
      String username, Instant at) {
    TwitterClient.Builder client = TwitterClient.builder().listener(listener);
    Replay replay = null;
    try {
      if (from != null) {
        replay = Replay.serve(from.resolve("twitter"));
        client.baseUrl(replay.url()).bearerToken(RECORDED).maxRetries(0);
      } else {
        String token = io.env("X_BEARER_TOKEN");
        token = token != null ? token : io.env("TWITTER_BEARER_TOKEN");
        if (token == null) {
          throw new CliFailure(Exit.CREDENTIALS, "no X/Twitter bearer token: set X_BEARER_TOKEN"
              + " (or TWITTER_BEARER_TOKEN), or read a recording with --from DIR");
        }
        client.bearerToken(token);
        if (twitterApi != null) {
          client.baseUrl(twitterApi);
        }
      }
      client.build().addTo(profile, username, at);
    } catch (TwitterException e) {
      throw new CliFailure(exit(e.kind()), "twitter " + username + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new CliFailure(Exit.USAGE, "--twitter: " + e.getMessage(), e);
    } finally {
      if (replay != null) {
        replay.close();
      }
    }
  }

  private int fetchYouTube(Io io, FetchListener listener, Profile.Builder profile, String channel,
      Instant at) {
    YouTubeClient.Builder client = YouTubeClient.builder().listener(listener);
    Replay replay = null;
    try {
      client.quotaBudget(quota);
      if (from != null) {
        replay = Replay.serve(from.resolve("youtube"));
        client.baseUrl(replay.url()).apiKey(RECORDED).maxRetries(0);
      } else {
        String key = io.env("YOUTUBE_API_KEY");
        if (key == null) {
          throw new CliFailure(Exit.CREDENTIALS, "no YouTube API key: set YOUTUBE_API_KEY, or"
              + " read a recording with --from DIR");
        }
        client.apiKey(key);
        if (youtubeApi != null) {
          client.baseUrl(youtubeApi);
        }
      }
      YouTubeFetch fetch = client.build().fetch(channel, at);
      profile.account(fetch.account());
      return fetch.quotaUnits();
    } catch (YouTubeException e) {
      throw new CliFailure(exit(e.kind()), "youtube " + channel + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new CliFailure(Exit.USAGE, "--youtube: " + e.getMessage(), e);
    } finally {
      if (replay != null) {
        replay.close();
      }
    }
  }

  static Exit exit(TwitterException.Kind kind) {
    switch (kind) {
      case NOT_FOUND:
      case SUSPENDED:
      case PROTECTED:
        return Exit.NOT_FOUND;
      case UNAUTHORIZED:
        return Exit.CREDENTIALS;
      case RATE_LIMITED:
        return Exit.LIMITED;
      default:
        return Exit.OTHER;
    }
  }

  static Exit exit(YouTubeException.Kind kind) {
    switch (kind) {
      case NOT_FOUND:
        return Exit.NOT_FOUND;
      case BAD_KEY:
      case FORBIDDEN:
        return Exit.CREDENTIALS;
      case QUOTA_EXCEEDED:
      case QUOTA_BUDGET:
        return Exit.LIMITED;
      default:
        return Exit.OTHER;
    }
  }
}
