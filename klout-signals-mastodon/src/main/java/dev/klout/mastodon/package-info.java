/**
 * The Mastodon adapter. {@link dev.klout.mastodon.MastodonSignals} is found by
 * {@code InfluenceScorer.create()} with no code; {@link dev.klout.mastodon.MastodonClient} reads a
 * person's public activity of the last 90 days from their own server, with no key.
 */
@NullMarked
package dev.klout.mastodon;

import org.jspecify.annotations.NullMarked;
