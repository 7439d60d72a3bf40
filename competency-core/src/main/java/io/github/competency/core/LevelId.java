package io.github.competency.core;

/**
 * Identifies a career {@link Level} within a catalogue, spelled as a lowercase slug such as {@code senior}.
 *
 * <p>A slug is 1 to 64 characters of {@code a-z} and {@code 0-9} in groups joined by single
 * hyphens. Instances are immutable and thread-safe; ids compare by their text.
 */
public final class LevelId extends AbstractId<LevelId> implements ItemId<Level> {

  private LevelId(String value) {
    super(value);
  }

  /**
   * Obtains the id spelled by {@code value}.
   *
   * @param value a lowercase slug, for example {@code "senior"}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a slug
   */
  public static LevelId of(String value) {
    return new LevelId(value);
  }

  @Override
  String kind() {
    return "level";
  }
}
