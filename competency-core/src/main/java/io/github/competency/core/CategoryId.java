package io.github.competency.core;

/**
 * Identifies a skill {@link Category} within a catalogue, spelled as a lowercase slug such as {@code databases}.
 *
 * <p>A slug is 1 to 64 characters of {@code a-z} and {@code 0-9} in groups joined by single
 * hyphens. Instances are immutable and thread-safe; ids compare by their text.
 */
public final class CategoryId extends AbstractId<CategoryId> implements ItemId<Category> {

  private CategoryId(String value) {
    super(value);
  }

  /**
   * Obtains the id spelled by {@code value}.
   *
   * @param value a lowercase slug, for example {@code "databases"}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a slug
   */
  public static CategoryId of(String value) {
    return new CategoryId(value);
  }

  @Override
  String kind() {
    return "category";
  }
}
