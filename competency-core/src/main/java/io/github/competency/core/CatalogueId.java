package io.github.competency.core;

/**
 * Identifies a {@link Catalogue} among the catalogues an application knows (see
 * {@link Catalogues}), spelled as a lowercase slug such as {@code backend-engineering}.
 *
 * <p>A slug is 1 to 64 characters of {@code a-z} and {@code 0-9} in groups joined by single
 * hyphens. Instances are immutable and thread-safe; ids compare by their text.
 */
public final class CatalogueId extends AbstractId<CatalogueId> {

  private CatalogueId(String value) {
    super(value);
  }

  /**
   * Obtains the id spelled by {@code value}.
   *
   * @param value a lowercase slug, for example {@code "backend-engineering"}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a slug
   */
  public static CatalogueId of(String value) {
    return new CatalogueId(value);
  }

  @Override
  String kind() {
    return "catalogue";
  }
}
