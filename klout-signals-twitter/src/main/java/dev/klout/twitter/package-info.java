/**
 * The X/Twitter API v2 adapter. {@link dev.klout.twitter.TwitterSignals} is found by
 * {@code InfluenceScorer.create()} with no code; {@link dev.klout.twitter.TwitterClient} fetches a
 * person's public activity of the last 90 days into a klout-core {@code Account}.
 */
@NullMarked
package dev.klout.twitter;

import org.jspecify.annotations.NullMarked;
