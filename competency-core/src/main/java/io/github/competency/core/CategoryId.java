package io.github.competency.core;

import io.github.competency.core.internal.SmallValueStyle;
import io.github.competency.core.internal.Slugs;
import org.immutables.value.Value;

/**
 * Identifies a {@link SkillCategory} within a catalogue, spelled as a lowercase slug such as {@code databases}.
 *
 * <p>A slug is 1 to 64 characters of {@code a-z} and {@code 0-9} in groups joined by single
 * hyphens. Instances are immutable and thread-safe; ids compare by their text.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@SmallValueStyle
@Value.Immutable
public abstract class CategoryId implements Comparable<CategoryId> {

  CategoryId() {}

  /**
   * Returns the slug.
   *
   * @return the slug, never blank
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Obtains the id spelled by {@code value}.
   *
   * @param value a lowercase slug, for example {@code "databases"}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a slug
   */
  public static CategoryId of(String value) {
    return ImmutableCategoryId.of(Slugs.require(value, "category"));
  }

  @Override
  public final int compareTo(CategoryId other) {
    return value().compareTo(other.value());
  }

  /**
   * Returns the slug, so that an id prints as it is spelled in JSON.
   *
   * @return the slug
   */
  @Override
  public final String toString() {
    return value();
  }
}
