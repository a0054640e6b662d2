/**
 * The WordPress adapter: {@link dev.klout.wordpress.WordPressSignals}, found by {@code InfluenceScorer.create()}
 * with no code, and {@link dev.klout.wordpress.WordPressClient}, which reads an account of the last 90 days.
 */
@NullMarked
package dev.klout.wordpress;

import org.jspecify.annotations.NullMarked;
