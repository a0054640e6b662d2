/**
 * What a host application sees: describe a person with {@link dev.klout.Profile}, create an
 * {@link dev.klout.InfluenceScorer} once, and read the {@link dev.klout.Score} it returns.
 *
 * <p>Everything here is immutable and thread-safe. Builders validate at the boundary: a bad value
 * is rejected with an {@link java.lang.IllegalArgumentException} that names the field and the
 * value, so the score function itself never sees NaN, negative counts or activity from the future.
 */
@NullMarked
package dev.klout;

import org.jspecify.annotations.NullMarked;
