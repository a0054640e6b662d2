/**
 * Test support for Klout and for adapter authors: the {@link dev.klout.testkit.SignalProviderContract}
 * every provider should pass, QuickTheories generators of accounts and profiles
 * ({@link dev.klout.testkit.KloutGenerators}), and the seeded {@link dev.klout.testkit.ReferencePopulation}
 * that model v1's calibration was fitted to and that the benchmarks measure.
 */
@NullMarked
package dev.klout.testkit;

import org.jspecify.annotations.NullMarked;
