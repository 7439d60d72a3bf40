/**
 * The competency command line: shows, lists and validates catalogues. Nothing depends on this
 * module; it exports nothing.
 */
module io.github.competency.cli {
  requires io.github.competency.core;
  requires info.picocli;

  opens io.github.competency.cli to info.picocli;

  uses io.github.competency.core.CatalogueProvider;
}
