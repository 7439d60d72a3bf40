package io.github.competency.interchange.internal;

import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an import finds wrong (problems, which make it fail) and what it cannot carry over
 * (warnings, which it reports beside the catalogue). Not thread-safe; one per import.
 */
public final class Issues {

  private static final int QUOTED = 80;

  private final int maxProblems;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Imported.Warning> warnings = new ArrayList<>();

  /**
   * Creates an empty collection.
   *
   * @param maxProblems after how many problems the import stops
   */
  public Issues(int maxProblems) {
    this.maxProblems = maxProblems;
  }

  /**
   * Notes a problem; throws once the limit of problems is reached.
   *
   * @param path where
   * @param message what is wrong
   * @throws InvalidCatalogueException with every problem so far, at the limit
   */
  public void problem(String path, String message) {
    problems.add(Problem.of(path, message));
    if (problems.size() >= maxProblems) {
      throw new InvalidCatalogueException(problems);
    }
  }

  /**
   * Notes something that could not be carried over.
   *
   * @param path where it is
   * @param identifier the CASE or RSD identifier of the element, if it has one
   * @param message what was left out and why
   */
  public void warn(String path, Optional<String> identifier, String message) {
    warnings.add(new Imported.Warning(path, identifier.map(Issues::quote), message));
  }

  /**
   * Tells whether a problem was found.
   *
   * @return true if there is at least one
   */
  public boolean failed() {
    return !problems.isEmpty();
  }

  /**
   * Returns the problems found so far.
   *
   * @return the problems, in the order found
   */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /**
   * Returns the warnings.
   *
   * @return the warnings, in the order found
   */
  public List<Imported.Warning> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * Shortens a value quoted in a message, so that hostile input cannot flood it.
   *
   * @param value any text
   * @return the text, or its start and its length
   */
  public static String quote(String value) {
    if (value.length() <= QUOTED) {
      return value;
    }
    int cut = Character.isHighSurrogate(value.charAt(QUOTED - 1)) ? QUOTED - 1 : QUOTED;
    return value.substring(0, cut) + "... (" + value.length() + " characters)";
  }
}
