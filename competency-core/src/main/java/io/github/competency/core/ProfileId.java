package io.github.competency.core;

import io.github.competency.core.internal.ProfileIds;

/**
 * Identifies a person's profile (see {@code io.github.competency.core.assess.Profile}) by the
 * id an HR system already gives the person, such as the employee number {@code E10442}, a user
 * name such as {@code jane.doe@example.com}, or a slug such as {@code ada-lovelace}.
 *
 * <p>A profile id is 1 to 128 characters of ASCII letters ({@code A-Z}, {@code a-z}), digits and
 * the marks {@code -}, {@code _}, {@code .} and {@code @}, and starts and ends with a letter or a
 * digit. Spaces, other punctuation and non-ASCII characters are refused, so that an id is safe
 * in a file name, a URL path, a spreadsheet cell and a terminal. Case is kept and counts:
 * {@code E10442} and {@code e10442} are two different profiles. Every catalogue id (a lowercase
 * slug) is also a valid profile id.
 *
 * <p>Instances are immutable and thread-safe; ids compare by their text, character by
 * character ({@link String#compareTo(String)}), so that {@code E10442} sorts before
 * {@code e10442}.
 */
public final class ProfileId extends AbstractId<ProfileId> {

  private ProfileId(String value) {
    super(value);
  }

  /**
   * Obtains the id spelled by {@code value}.
   *
   * @param value the id, for example {@code "E10442"}
   * @return the id
   * @throws IllegalArgumentException if {@code value} breaks the rule above, naming why
   */
  public static ProfileId of(String value) {
    return new ProfileId(value);
  }

  @Override
  String check(String value) {
    return ProfileIds.require(value);
  }

  @Override
  String kind() {
    return "profile";
  }
}
