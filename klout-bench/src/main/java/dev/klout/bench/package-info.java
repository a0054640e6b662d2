/**
 * JMH benchmarks of the scoring hot path, measured against the floor of merely reading the same
 * profiles. Inputs come from klout-testkit's seeded reference population, so every run measures
 * the same data. How to run them and the recorded figures: BENCHMARKS.md at the repository root.
 */
@NullMarked
package dev.klout.bench;

import org.jspecify.annotations.NullMarked;
