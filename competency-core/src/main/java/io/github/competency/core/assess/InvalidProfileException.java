package io.github.competency.core.assess;

import io.github.competency.core.Problem;
import io.github.competency.core.ValidationException;
import java.util.List;

/**
 * Thrown when a profile does not fit the catalogue it is assessed against: it lists every
 * problem found, each with its path as the profile's JSON format spells it, such as
 * {@code ratings[3].skill}.
 */
public final class InvalidProfileException extends ValidationException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception listing problems.
   *
   * @param problems what is wrong, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidProfileException(List<Problem> problems) {
    super("profile", problems);
  }
}
