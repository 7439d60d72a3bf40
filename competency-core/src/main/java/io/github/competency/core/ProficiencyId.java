package io.github.competency.core;

/**
 * Identifies a step of the {@link Proficiency} scale within a catalogue, spelled as a lowercase slug such as {@code practitioner}.
 *
 * <p>A slug is 1 to 64 characters of {@code a-z} and {@code 0-9} in groups joined by single
 * hyphens. Instances are immutable and thread-safe; ids compare by their text.
 */
public final class ProficiencyId extends AbstractId<ProficiencyId> implements ItemId<Proficiency> {

  private ProficiencyId(String value) {
    super(value);
  }

  /**
   * Obtains the id spelled by {@code value}.
   *
   * @param value a lowercase slug, for example {@code "practitioner"}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a slug
   */
  public static ProficiencyId of(String value) {
    return new ProficiencyId(value);
  }

  @Override
  String kind() {
    return "proficiency";
  }
}
