package io.github.competency.interchange.internal;

import io.github.competency.core.Catalogue;
import java.util.List;
import java.util.Optional;

/**
 * What a reader gives: the catalogue and the warnings, which the API turns into its
 * {@code ImportResult} (this package does not depend on the API's, so that the two do not form a
 * cycle).
 *
 * @param catalogue the catalogue
 * @param warnings what could not be carried over
 */
public record Imported(Catalogue catalogue, List<Warning> warnings) {

  /**
   * Something that could not be carried over.
   *
   * @param path where it is in the document
   * @param identifier the identifier of the element there, if it has one
   * @param message what was left out and why
   */
  public record Warning(String path, Optional<String> identifier, String message) {}
}
