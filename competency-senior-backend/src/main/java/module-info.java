/**
 * The senior backend engineer catalogue, as data with a typed entry point, offered to
 * {@code io.github.competency.core.Catalogues}.
 */
module io.github.competency.seniorbackend {
  requires transitive io.github.competency.core;

  exports io.github.competency.seniorbackend;

  provides io.github.competency.core.CatalogueProvider with
      io.github.competency.seniorbackend.internal.SeniorBackendCatalogueProvider;
}
