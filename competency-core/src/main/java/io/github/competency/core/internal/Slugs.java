package io.github.competency.core.internal;

import java.util.Optional;

/** Checks the spelling of ids: lowercase slugs of at most {@value #MAX_LENGTH} characters. */
public final class Slugs {

  /** The longest id allowed. */
  public static final int MAX_LENGTH = 64;

  /** The rule, as a sentence for error messages. */
  public static final String RULE =
      "ids are lowercase slugs: 1 to "
          + MAX_LENGTH
          + " characters of a-z and 0-9 in groups joined by single hyphens, e.g. 'backend-engineer'";

  private Slugs() {}

  /**
   * Returns {@code value} if it is a slug.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException naming the kind of id and the rule otherwise
   */
  public static String require(String value, String kind) {
    if (value == null) {
      throw new NullPointerException(kind + " id must not be null");
    }
    Optional<String> problem = problem(value);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(
          "'" + Texts.abbreviate(value) + "' is not a valid " + kind + " id: " + problem.get());
    }
    return value;
  }

  /** Tells what is wrong with {@code value} as an id, or nothing if it is a slug. */
  public static Optional<String> problem(String value) {
    if (value.isEmpty()) {
      return Optional.of("it is empty; " + RULE);
    }
    if (value.length() > MAX_LENGTH) {
      return Optional.of("it has " + value.length() + " characters; " + RULE);
    }
    boolean previousHyphen = true; // no leading hyphen
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '-') {
        if (previousHyphen) {
          return Optional.of("misplaced hyphen at position " + (i + 1) + "; " + RULE);
        }
        previousHyphen = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        previousHyphen = false;
      } else {
        return Optional.of(
            "character '"
                + Texts.printable(value.codePointAt(i))
                + "' at position "
                + (i + 1)
                + " is not allowed; "
                + RULE);
      }
    }
    if (previousHyphen) {
      return Optional.of("it ends with a hyphen; " + RULE);
    }
    return Optional.empty();
  }
}
