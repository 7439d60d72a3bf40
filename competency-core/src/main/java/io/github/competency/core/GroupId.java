package io.github.competency.core;

/**
 * Identifies a {@link ChoiceGroup} within its role, spelled as a lowercase slug such as {@code
 * backend-language}. A group is found through its role ({@link Role#group(GroupId)}), not through
 * the catalogue, so two roles may each have a group of the same id.
 *
 * <p>A slug is 1 to 64 characters of {@code a-z} and {@code 0-9} in groups joined by single
 * hyphens. Instances are immutable and thread-safe; ids compare by their text.
 */
public final class GroupId extends AbstractId<GroupId> {

  private GroupId(String value) {
    super(value);
  }

  /**
   * Obtains the id spelled by {@code value}.
   *
   * @param value a lowercase slug, for example {@code "backend-language"}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a slug
   */
  public static GroupId of(String value) {
    return new GroupId(value);
  }

  @Override
  String kind() {
    return "group";
  }
}
