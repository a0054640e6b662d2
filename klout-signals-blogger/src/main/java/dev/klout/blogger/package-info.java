/**
 * The Blogger adapter: {@link dev.klout.blogger.BloggerSignals}, found by {@code InfluenceScorer.create()}
 * with no code, and {@link dev.klout.blogger.BloggerClient}, which reads an account of the last 90 days.
 */
@NullMarked
package dev.klout.blogger;

import org.jspecify.annotations.NullMarked;
