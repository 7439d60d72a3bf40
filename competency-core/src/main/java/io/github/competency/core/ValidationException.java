package io.github.competency.core;

import java.util.List;

/**
 * Thrown when input is not valid: a document that cannot be read, a value that breaks the
 * model's rules. It lists every problem found, each with its path and, for JSON input, its line
 * and column, so that all of them can be fixed at once.
 *
 * <p>{@link InvalidCatalogueException} is the kind thrown for a catalogue; other inputs, such as
 * a single value read through a host application's Jackson mapper, throw this class itself.
 */
public class ValidationException extends CompetencyException {

  private static final long serialVersionUID = 1L;
  private static final int LISTED_IN_MESSAGE = 25;

  /** The problems; an unmodifiable list of immutable values. */
  private final transient List<Problem> problems;

  /**
   * Creates an exception listing problems.
   *
   * @param what what was invalid, for the message, such as {@code "skill"}
   * @param problems what is wrong, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ValidationException(String what, List<Problem> problems) {
    super(describe(what, problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem found, in the order they were found. The list does not survive Java
   * serialization of the exception; the message, which lists them, does.
   *
   * @return the problems, never empty unless the exception was deserialized
   */
  public final List<Problem> problems() {
    return problems == null ? List.of() : problems;
  }

  private static String describe(String what, List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid " + what + " has at least one problem");
    }
    StringBuilder message =
        new StringBuilder("invalid ")
            .append(what)
            .append(": ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems");
    List<Problem> listed = problems.subList(0, Math.min(problems.size(), LISTED_IN_MESSAGE));
    for (Problem problem : listed) {
      message.append(System.lineSeparator()).append("  ").append(problem);
    }
    if (problems.size() > listed.size()) {
      message
          .append(System.lineSeparator())
          .append("  ... and ")
          .append(problems.size() - listed.size())
          .append(" more (see problems())");
    }
    return message.toString();
  }
}
