package io.github.competency.seniorbackend.internal;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueId;
import io.github.competency.core.CatalogueProvider;
import io.github.competency.core.Translation;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.util.List;

/** Offers the senior backend engineer catalogue to {@code Catalogues}. */
public final class SeniorBackendCatalogueProvider implements CatalogueProvider {

  /** Creates the provider; {@code ServiceLoader} calls this. */
  public SeniorBackendCatalogueProvider() {}

  @Override
  public CatalogueId id() {
    return SeniorBackendEngineer.CATALOGUE_ID;
  }

  @Override
  public Catalogue catalogue() {
    return SeniorBackendEngineer.catalogue();
  }

  @Override
  public List<Translation> translations() {
    return SeniorBackendEngineer.translations();
  }
}
