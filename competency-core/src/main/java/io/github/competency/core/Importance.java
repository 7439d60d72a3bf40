package io.github.competency.core;

import java.util.Locale;

/** How much a {@link Requirement} matters to its role, as ESCO and Workday mark skills. */
public enum Importance {
  /** The role cannot be done without the skill. */
  ESSENTIAL,
  /** The skill helps in the role but is not a condition for it. */
  OPTIONAL;

  /**
   * Returns the name used in JSON and in text: the constant's name in lowercase.
   *
   * @return {@code "essential"} or {@code "optional"}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
