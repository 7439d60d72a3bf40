package io.github.competency.core.internal;

import java.util.List;

/** The message of an exception that lists problems: a count, then one problem a line. */
public final class ProblemLists {

  private static final int LISTED_IN_MESSAGE = 25;

  private ProblemLists() {}

  /**
   * Describes problems for an exception's message: {@code "<what>: 3 problems"} and each problem
   * on its own line, at most {@value #LISTED_IN_MESSAGE} of them.
   *
   * @param what what is wrong as a whole, such as {@code "invalid catalogue"}
   * @param problems the problems, printed with {@code toString()}
   * @throws IllegalArgumentException if there is no problem
   */
  public static String describe(String what, List<?> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an " + what + " has at least one problem");
    }
    StringBuilder message = new StringBuilder(what).append(": ").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    int listed = Math.min(problems.size(), LISTED_IN_MESSAGE);
    for (Object problem : problems.subList(0, listed)) {
      message.append(System.lineSeparator()).append("  ").append(problem);
    }
    if (problems.size() > listed) {
      message.append(System.lineSeparator()).append("  ... and ")
          .append(problems.size() - listed).append(" more (see problems())");
    }
    return message.toString();
  }
}
