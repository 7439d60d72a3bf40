/**
 * The competency model, its JSON format and validation.
 *
 * <p>{@link io.github.competency.core} holds the immutable model and its queries;
 * {@link io.github.competency.core.json} reads and writes catalogues as JSON and offers the
 * Jackson module; {@link io.github.competency.core.assess} assesses people's profiles against
 * the roles of a catalogue.
 */
@SuppressWarnings("module") // the qualified export names a module built after this one
module io.github.competency.core {
  requires transitive tools.jackson.databind;
  requires static org.immutables.value.annotations;

  exports io.github.competency.core;
  exports io.github.competency.core.assess;
  exports io.github.competency.core.json;
  // Not an API, shared with the interchange formats only (as java.base shares jdk.internal.misc):
  // the JSON engine every format of the core runs on, with the catalogue's tables, and the small
  // helpers it stands on (the Immutables style of values, quoting, the rule for ids).
  exports io.github.competency.core.internal to
      io.github.competency.interchange;
  exports io.github.competency.core.internal.json to
      io.github.competency.interchange;

  uses io.github.competency.core.CatalogueProvider;

  provides tools.jackson.databind.JacksonModule with
      io.github.competency.core.json.CompetencyModule;
}
