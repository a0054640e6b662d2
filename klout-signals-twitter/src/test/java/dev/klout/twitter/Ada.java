package dev.klout.twitter;

import dev.klout.testkit.LoopbackApi;

/** The usual happy path, for user "ada" (id 1001): two timeline pages, resharers, mentions. */
final class Ada {
  private Ada() {}

  static LoopbackApi script(LoopbackApi api) {
    return api.onFixture("/2/users/by/username/ada", "user.json")
        .onFixture("/2/users/1001/tweets", "timeline-1.json")
        .onFixture("/2/users/1001/tweets", "timeline-2.json")
        .onFixture("/2/tweets/9001/retweeted_by", "retweeted-by.json")
        .onFixture("/2/tweets/9004/retweeted_by", "retweeted-by.json")
        .onFixture("/2/users/1001/mentions", "mentions.json");
  }
}
