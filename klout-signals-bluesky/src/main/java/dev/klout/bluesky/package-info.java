/**
 * The Bluesky adapter. {@link dev.klout.bluesky.BlueskySignals} is found by
 * {@code InfluenceScorer.create()} with no code; {@link dev.klout.bluesky.BlueskyClient} reads a
 * person's public activity of the last 90 days from the AT Protocol AppView, with no key.
 */
@NullMarked
package dev.klout.bluesky;

import org.jspecify.annotations.NullMarked;
