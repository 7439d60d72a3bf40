package io.github.competency.core.assess;

import io.github.competency.core.CompetencyException;
import io.github.competency.core.Problem;
import java.util.List;

/**
 * Thrown when a profile does not fit the catalogue it is assessed against: it lists every
 * problem found, each with its path as the profile's JSON format spells it, such as
 * {@code ratings[3].skill}.
 */
public final class InvalidProfileException extends CompetencyException {

  private static final long serialVersionUID = 1L;
  private static final int LISTED_IN_MESSAGE = 25;

  /** The problems; an unmodifiable list of immutable values. */
  private final transient List<Problem> problems;

  /**
   * Creates an exception listing problems.
   *
   * @param problems what is wrong, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidProfileException(List<Problem> problems) {
    super(describe(problems));
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

  private static String describe(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid profile has at least one problem");
    }
    StringBuilder message = new StringBuilder("invalid profile: ").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    int listed = Math.min(problems.size(), LISTED_IN_MESSAGE);
    for (Problem problem : problems.subList(0, listed)) {
      message.append(System.lineSeparator()).append("  ").append(problem);
    }
    if (problems.size() > listed) {
      message.append(System.lineSeparator()).append("  ... and ")
          .append(problems.size() - listed).append(" more (see problems())");
    }
    return message.toString();
  }
}
