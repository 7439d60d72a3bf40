package io.github.competency.core;

/**
 * Identifies a {@link Role} within a catalogue, spelled as a lowercase slug such as {@code senior-backend-engineer}.
 *
 * <p>A slug is 1 to 64 characters of {@code a-z} and {@code 0-9} in groups joined by single
 * hyphens. Instances are immutable and thread-safe; ids compare by their text.
 */
public final class RoleId extends AbstractId<RoleId> implements ItemId<Role> {

  private RoleId(String value) {
    super(value);
  }

  /**
   * Obtains the id spelled by {@code value}.
   *
   * @param value a lowercase slug, for example {@code "senior-backend-engineer"}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a slug
   */
  public static RoleId of(String value) {
    return new RoleId(value);
  }

  @Override
  String kind() {
    return "role";
  }
}
