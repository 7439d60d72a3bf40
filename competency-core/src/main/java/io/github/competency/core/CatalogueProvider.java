package io.github.competency.core;

import java.util.List;

/**
 * Supplies a catalogue to {@link Catalogues}, found with {@link java.util.ServiceLoader}: a
 * catalogue artifact implements it and registers the implementation both in
 * {@code META-INF/services/io.github.competency.core.CatalogueProvider} and in its
 * {@code module-info} ({@code provides io.github.competency.core.CatalogueProvider with ...}).
 *
 * <p>Implementations must have a public no-argument constructor and answer {@link #id()}
 * without loading anything. {@link Catalogues} asks each provider for its catalogue at most
 * once and keeps it, so a provider need not cache; one id must not be offered by two
 * providers.
 */
public interface CatalogueProvider {

  /**
   * Returns the id of the catalogue supplied, cheaply.
   *
   * @return the id, equal to {@code catalogue().id()}
   */
  CatalogueId id();

  /**
   * Returns the translations of the catalogue this provider ships, loading them.
   *
   * @return the translations, at most one per language; none unless overridden
   */
  default List<Translation> translations() {
    return List.of();
  }

  /**
   * Returns the catalogue, loading it.
   *
   * @return the catalogue with the id {@link #id()}
   */
  Catalogue catalogue();
}
