/**
 * The competency command line: shows, lists, validates, compares, exports and imports
 * catalogues and assesses profiles. Nothing depends on this
 * module; it exports nothing.
 */
module io.github.competency.cli {
  requires io.github.competency.core;
  requires io.github.competency.interchange;
  requires io.github.competency.tabular;
  requires info.picocli;

  opens io.github.competency.cli to
      info.picocli;

  uses io.github.competency.core.CatalogueProvider;
}
