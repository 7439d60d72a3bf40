package io.github.competency.core.internal;

import java.util.Optional;

/**
 * Checks the spelling of profile ids, which come from HR systems and keep their case: 1 to
 * {@value #MAX_LENGTH} characters of ASCII letters, digits, {@code -}, {@code _}, {@code .} and
 * {@code @}, starting and ending with a letter or a digit.
 */
public final class ProfileIds {

  /** The longest profile id allowed. */
  public static final int MAX_LENGTH = 128;

  /** The rule, as a sentence for error messages. */
  public static final String RULE =
      "profile ids are 1 to "
          + MAX_LENGTH
          + " characters of A-Z, a-z, 0-9, '-', '_', '.' and '@', starting and ending with a"
          + " letter or a digit, e.g. 'E10442' or 'jane.doe@example.com'";

  private ProfileIds() {}

  /**
   * Returns {@code value} if it is a valid profile id.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException naming the rule otherwise
   */
  public static String require(String value) {
    if (value == null) {
      throw new NullPointerException("profile id must not be null");
    }
    Optional<String> problem = problem(value);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(
          "'" + Texts.abbreviate(value) + "' is not a valid profile id: " + problem.get());
    }
    return value;
  }

  /** Tells what is wrong with {@code value} as a profile id, or nothing if it is one. */
  public static Optional<String> problem(String value) {
    if (value.isEmpty()) {
      return Optional.of("it is empty; " + RULE);
    }
    if (value.length() > MAX_LENGTH) {
      return Optional.of("it has " + value.length() + " characters; " + RULE);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean alphanumeric =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (alphanumeric) {
        continue;
      }
      if (c != '-' && c != '_' && c != '.' && c != '@') {
        return Optional.of(
            "character '"
                + Texts.printable(value.codePointAt(i))
                + "' at position "
                + (i + 1)
                + " is not allowed; "
                + RULE);
      }
      if (i == 0 || i == value.length() - 1) {
        return Optional.of((i == 0 ? "it starts" : "it ends") + " with '" + c + "'; " + RULE);
      }
    }
    return Optional.empty();
  }
}
