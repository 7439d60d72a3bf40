package io.github.competency.core;

import java.util.List;

/**
 * Thrown when a catalogue cannot be built or read: it lists every problem found, each with its
 * path and, for JSON input, its line and column.
 */
public final class InvalidCatalogueException extends ValidationException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception listing problems.
   *
   * @param problems what is wrong, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidCatalogueException(List<Problem> problems) {
    super("catalogue", problems);
  }
}
