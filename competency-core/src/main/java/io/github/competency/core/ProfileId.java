package io.github.competency.core;

/**
 * Identifies a person's profile (see {@code io.github.competency.core.assess.Profile}), spelled
 * as a lowercase slug such as {@code e-10442} or {@code ada-lovelace}. An HR platform typically
 * derives it from its employee or candidate number.
 *
 * <p>A slug is 1 to 64 characters of {@code a-z} and {@code 0-9} in groups joined by single
 * hyphens. Instances are immutable and thread-safe; ids compare by their text.
 */
public final class ProfileId extends AbstractId<ProfileId> {

  private ProfileId(String value) {
    super(value);
  }

  /**
   * Obtains the id spelled by {@code value}.
   *
   * @param value a lowercase slug, for example {@code "e-10442"}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a slug
   */
  public static ProfileId of(String value) {
    return new ProfileId(value);
  }

  @Override
  String kind() {
    return "profile";
  }
}
