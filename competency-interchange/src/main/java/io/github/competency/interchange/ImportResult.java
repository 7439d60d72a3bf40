package io.github.competency.interchange;

import io.github.competency.core.Catalogue;
import io.github.competency.core.internal.NoBuilderStyle;
import io.github.competency.interchange.internal.Imported;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What an import gives: the catalogue, valid like every catalogue, and the warnings about what
 * the document held that the catalogue could not carry.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@NoBuilderStyle
@Value.Immutable
public abstract class ImportResult {

  ImportResult() {}

  /**
   * Returns the catalogue.
   *
   * @return the catalogue
   */
  @Value.Parameter
  public abstract Catalogue catalogue();

  /**
   * Returns what could not be carried over, in document order: at most 1,000, and then one
   * that says how many more there were.
   *
   * @return the warnings; empty if everything was mapped
   */
  @Value.Parameter
  public abstract List<ImportWarning> warnings();

  /**
   * Obtains a result.
   *
   * @param catalogue the catalogue
   * @param warnings what could not be carried over
   * @return the result
   */
  public static ImportResult of(Catalogue catalogue, List<ImportWarning> warnings) {
    return ImmutableImportResult.of(catalogue, warnings);
  }

  /** The API's result of what a reader gives. */
  static ImportResult from(Imported imported) {
    return of(
        imported.catalogue(),
        imported.warnings().stream()
            .map(w -> ImportWarning.of(w.path(), w.identifier(), w.message()))
            .collect(Collectors.toList()));
  }

  /**
   * Returns a short description: the catalogue's and the number of warnings.
   *
   * @return for example {@code ImportResult[Catalogue[...], 3 warnings]}
   */
  @Override
  public final String toString() {
    return "ImportResult["
        + catalogue()
        + ", "
        + warnings().size()
        + (warnings().size() == 1 ? " warning]" : " warnings]");
  }
}
