/**
 * The YouTube Data API v3 adapter. {@link dev.klout.youtube.YouTubeSignals} is found by
 * {@code InfluenceScorer.create()} with no code; {@link dev.klout.youtube.YouTubeClient} fetches a
 * channel's public activity of the last 90 days into a klout-core {@code Account}.
 */
@NullMarked
package dev.klout.youtube;

import org.jspecify.annotations.NullMarked;
