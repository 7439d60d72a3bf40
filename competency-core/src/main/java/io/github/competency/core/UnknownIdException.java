package io.github.competency.core;

/**
 * Thrown when an id is looked up in a catalogue that has no item with that id.
 */
public final class UnknownIdException extends CompetencyException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for an unknown id.
   *
   * @param message which id, of which kind, in which catalogue
   */
  public UnknownIdException(String message) {
    super(message);
  }
}
