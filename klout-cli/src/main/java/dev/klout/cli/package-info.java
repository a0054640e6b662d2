/**
 * The {@code klout} command: picocli commands over klout-core and the adapters. Everything here is
 * package-private; the only entry points are {@link dev.klout.cli.Klout#main} and, for tests and
 * embedding, {@link dev.klout.cli.Klout#run}.
 */
@NullMarked
package dev.klout.cli;

import org.jspecify.annotations.NullMarked;
