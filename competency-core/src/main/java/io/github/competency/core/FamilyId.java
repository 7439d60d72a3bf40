package io.github.competency.core;

/**
 * Identifies a role {@link Family} within a catalogue, spelled as a lowercase slug such as {@code backend}.
 *
 * <p>A slug is 1 to 64 characters of {@code a-z} and {@code 0-9} in groups joined by single
 * hyphens. Instances are immutable and thread-safe; ids compare by their text.
 */
public final class FamilyId extends AbstractId<FamilyId> implements ItemId<Family> {

  private FamilyId(String value) {
    super(value);
  }

  /**
   * Obtains the id spelled by {@code value}.
   *
   * @param value a lowercase slug, for example {@code "backend"}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a slug
   */
  public static FamilyId of(String value) {
    return new FamilyId(value);
  }

  @Override
  String kind() {
    return "family";
  }
}
