package io.github.competency.core.assess;

import java.util.Locale;

/** Where a person stands on one requirement of a role. */
public enum RequirementStatus {
  /** Rated at the step required or above. */
  MET,
  /** Rated below the step required. */
  BELOW,
  /** Not rated at all (or only by raters the rating rule ignores). */
  NOT_RATED;

  /**
   * Returns the name used in JSON and in text: the constant's name in lowercase, with hyphens.
   *
   * @return {@code "met"}, {@code "below"} or {@code "not-rated"}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
