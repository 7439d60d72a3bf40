package io.github.competency.seniorbackend.cli;

/** A mistake on the command line, told to the person in one line. */
final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
