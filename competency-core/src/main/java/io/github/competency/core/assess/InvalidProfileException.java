package io.github.competency.core.assess;

import io.github.competency.core.CompetencyException;
import io.github.competency.core.Problem;
import io.github.competency.core.internal.ProblemLists;
import java.util.List;

/**
 * Thrown when a profile does not fit the catalogue it is assessed against: it lists every
 * problem found, each with its path as the profile's JSON format spells it, such as
 * {@code ratings[3].skill}.
 */
public final class InvalidProfileException extends CompetencyException {

  private static final long serialVersionUID = 1L;

  /** The problems; an unmodifiable list of immutable values. */
  private final transient List<Problem> problems;

  /**
   * Creates an exception listing problems.
   *
   * @param problems what is wrong, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidProfileException(List<Problem> problems) {
    super(ProblemLists.describe("invalid profile", problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem found, in the order they were found. The list does not survive Java
   * serialization of the exception; the message, which lists them, does.
   *
   * @return the problems, never empty unless the exception was deserialized
   */
  public List<Problem> problems() {
    return problems == null ? List.of() : problems;
  }
}
