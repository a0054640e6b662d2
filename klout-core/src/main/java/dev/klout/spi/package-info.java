/**
 * What a network adapter implements: {@link dev.klout.spi.Signal}s, grouped by a
 * {@link dev.klout.spi.SignalProvider} that is registered with {@link java.util.ServiceLoader}, and
 * the {@link dev.klout.spi.Weighting} that combines their values into the raw score.
 */
@NullMarked
package dev.klout.spi;

import org.jspecify.annotations.NullMarked;
