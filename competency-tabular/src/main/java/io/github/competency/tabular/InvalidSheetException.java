package io.github.competency.tabular;

import io.github.competency.core.Problem;
import io.github.competency.core.ValidationException;
import java.util.List;

/**
 * Thrown when a sheet or workbook cannot be read, or holds data that does not fit its catalogue:
 * it lists every problem found, each at its cell as a person finds it: {@code B17} in a
 * worksheet (with the sheet, {@code Skills!B17}, in a catalogue workbook), {@code line 17, field
 * 2} in a CSV file, where the line is the one the record starts on.
 *
 * <p>Hostile files (too large, a zip bomb, entity expansion, bytes that are not text, a damaged
 * archive) end in this exception too, within the {@link SheetLimits}.
 */
public final class InvalidSheetException extends ValidationException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception listing problems.
   *
   * @param problems what is wrong, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidSheetException(List<Problem> problems) {
    super("sheet", problems);
  }
}
