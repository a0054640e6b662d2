/**
 * Klout's population file format: warehouse tables in, klout-core profiles out, flat score records
 * back.
 */
module dev.klout.population {
  requires transitive dev.klout;
  requires com.fasterxml.jackson.databind;

  exports dev.klout.population;
}
