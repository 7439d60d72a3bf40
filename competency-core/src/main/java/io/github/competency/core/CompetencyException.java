package io.github.competency.core;

/**
 * The base of the exceptions this library throws for bad input or unknown ids. Its message is
 * written for a person and says what to change.
 */
public class CompetencyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong
   */
  public CompetencyException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong
   * @param cause the failure that led to this one
   */
  public CompetencyException(String message, Throwable cause) {
    super(message, cause);
  }
}
