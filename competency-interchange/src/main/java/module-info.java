/**
 * Catalogues exchanged with other systems: 1EdTech CASE 1.1 packages and Open Skills Network Rich
 * Skill Descriptors, out and back in.
 *
 * <p>{@link io.github.competency.interchange} holds the API and documents the mappings field by
 * field.
 */
module io.github.competency.interchange {
  requires transitive io.github.competency.core;
  requires static org.immutables.value.annotations;

  exports io.github.competency.interchange;
}
