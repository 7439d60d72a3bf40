package io.github.competency.core;

/**
 * Identifies a {@link Responsibility} within a catalogue, spelled as a lowercase slug such as {@code design-server-side-logic}.
 *
 * <p>A slug is 1 to 64 characters of {@code a-z} and {@code 0-9} in groups joined by single
 * hyphens. Instances are immutable and thread-safe; ids compare by their text.
 */
public final class ResponsibilityId extends AbstractId<ResponsibilityId>
    implements ItemId<Responsibility> {

  private ResponsibilityId(String value) {
    super(value);
  }

  /**
   * Obtains the id spelled by {@code value}.
   *
   * @param value a lowercase slug, for example {@code "design-server-side-logic"}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a slug
   */
  public static ResponsibilityId of(String value) {
    return new ResponsibilityId(value);
  }

  @Override
  String kind() {
    return "responsibility";
  }
}
