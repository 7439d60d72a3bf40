package io.github.competency.core;

import java.util.List;

/**
 * Thrown when a catalogue cannot be built or read: it lists every problem found, each with its
 * path and, for JSON input, its line and column.
 */
public final class InvalidCatalogueException extends CompetencyException {

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
  public InvalidCatalogueException(List<Problem> problems) {
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
      throw new IllegalArgumentException("an invalid catalogue has at least one problem");
    }
    StringBuilder message = new StringBuilder("invalid catalogue: ")
        .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    List<Problem> listed = problems.subList(0, Math.min(problems.size(), LISTED_IN_MESSAGE));
    for (Problem problem : listed) {
      message.append(System.lineSeparator()).append("  ").append(problem);
    }
    if (problems.size() > listed.size()) {
      message.append(System.lineSeparator()).append("  ... and ")
          .append(problems.size() - listed.size()).append(" more (see problems())");
    }
    return message.toString();
  }
}
