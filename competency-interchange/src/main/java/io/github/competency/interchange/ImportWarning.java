package io.github.competency.interchange;

import io.github.competency.core.internal.NoBuilderStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something an import could not carry over into the catalogue, such as a CASE association type
 * the model has no place for: where it is in the document, the identifier of the element there
 * (a CASE identifier or an RSD uuid) and what was left out.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@NoBuilderStyle
@Value.Immutable
public abstract class ImportWarning {

  ImportWarning() {}

  /**
   * Returns where the element is in the document.
   *
   * @return a path such as {@code CFAssociations[12]} or {@code skills[3].occupations}
   */
  @Value.Parameter
  public abstract String path();

  /**
   * Returns the identifier of the element, as the document spells it.
   *
   * @return the identifier, if the element has one
   */
  @Value.Parameter
  public abstract Optional<String> identifier();

  /**
   * Returns what was left out and why.
   *
   * @return a sentence
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Obtains a warning.
   *
   * @param path where the element is
   * @param identifier the element's identifier, if it has one
   * @param message what was left out and why
   * @return the warning
   */
  public static ImportWarning of(String path, Optional<String> identifier, String message) {
    return ImmutableImportWarning.of(path, identifier, message);
  }

  /**
   * Returns the warning as one line.
   *
   * @return for example {@code "CFAssociations[3] (9f1c...): association type 'exemplar' is not
   *     mapped"}
   */
  @Override
  public final String toString() {
    return path() + identifier().map(id -> " (" + id + ")").orElse("") + ": " + message();
  }
}
