/**
 * The population file format, version 1 ({@link dev.klout.population.PopulationFormat}): the rows
 * a data engineer exports, the profiles they make ({@link dev.klout.population.PersonRows}), a
 * streaming reader and a writer for JSON Lines directories, and the flat score records written
 * back ({@link dev.klout.population.ScoreRecord}).
 */
@NullMarked
package dev.klout.population;

import org.jspecify.annotations.NullMarked;
