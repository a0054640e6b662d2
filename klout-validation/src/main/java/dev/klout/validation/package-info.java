/**
 * Proof that the score measures influence: simulated social networks with planted influence
 * ({@link dev.klout.validation.World}), observed for 90 days as an adapter would see them, and the
 * score's rank correlation with what happens in the 30 days after, beside simple baselines
 * ({@link dev.klout.validation.Validation}).
 */
@NullMarked
package dev.klout.validation;

import org.jspecify.annotations.NullMarked;
