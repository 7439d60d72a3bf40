package io.github.competency.core;

/**
 * Identifies a {@link Skill} within a catalogue, spelled as a lowercase slug such as {@code postgresql}.
 *
 * <p>A slug is 1 to 64 characters of {@code a-z} and {@code 0-9} in groups joined by single
 * hyphens. Instances are immutable and thread-safe; ids compare by their text.
 */
public final class SkillId extends AbstractId<SkillId> implements ItemId<Skill> {

  private SkillId(String value) {
    super(value);
  }

  /**
   * Obtains the id spelled by {@code value}.
   *
   * @param value a lowercase slug, for example {@code "postgresql"}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a slug
   */
  public static SkillId of(String value) {
    return new SkillId(value);
  }

  @Override
  String kind() {
    return "skill";
  }
}
