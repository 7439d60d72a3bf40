/**
 * The competency model, its JSON format and validation.
 *
 * <p>{@link io.github.competency.core} holds the immutable model and its queries;
 * {@link io.github.competency.core.json} reads and writes catalogues as JSON and offers the
 * Jackson module; {@link io.github.competency.core.assess} assesses people's profiles against
 * the roles of a catalogue.
 */
module io.github.competency.core {
  requires transitive tools.jackson.databind;
  requires static org.immutables.value.annotations;

  exports io.github.competency.core;
  exports io.github.competency.core.assess;
  exports io.github.competency.core.json;

  uses io.github.competency.core.CatalogueProvider;

  provides tools.jackson.databind.JacksonModule with
      io.github.competency.core.json.CompetencyModule;
}
