/**
 * The Wikipedia adapter: {@link dev.klout.wikipedia.WikipediaSignals}, found by {@code InfluenceScorer.create()}
 * with no code, and {@link dev.klout.wikipedia.WikipediaClient}, which reads an account of the last 90 days.
 */
@NullMarked
package dev.klout.wikipedia;

import org.jspecify.annotations.NullMarked;
