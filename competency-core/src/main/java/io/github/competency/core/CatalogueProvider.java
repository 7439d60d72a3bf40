package io.github.competency.core;

/**
 * Supplies a catalogue to {@link Catalogues}, found with {@link java.util.ServiceLoader}: a
 * catalogue artifact implements it and registers the implementation both in
 * {@code META-INF/services/io.github.competency.core.CatalogueProvider} and in its
 * {@code module-info} ({@code provides io.github.competency.core.CatalogueProvider with ...}).
 *
 * <p>Implementations must be thread-safe, have a public no-argument constructor, answer
 * {@link #id()} without loading anything, and load the catalogue at most once.
 */
public interface CatalogueProvider {

  /**
   * Returns the id of the catalogue supplied, cheaply.
   *
   * @return the id, equal to {@code catalogue().id()}
   */
  CatalogueId id();

  /**
   * Returns the catalogue, loading it on first call.
   *
   * @return the same catalogue on every call
   */
  Catalogue catalogue();
}
