package io.github.competency.tabular.internal;

/**
 * A problem that ends the reading of a sheet, such as bytes that are not text, a cell over the
 * limits or a damaged archive: where it is and what to do. Turned into the documented exception at
 * the API's edge.
 */
public final class SheetFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String where;
  private final int line;
  private final int column;

  /**
   * @param where the location, such as {@code line 17} or {@code B17}
   * @param message what is wrong and what to do
   */
  public SheetFailure(String where, String message) {
    this(where, message, 0, 0);
  }

  /**
   * @param where the location, such as {@code file}
   * @param message what is wrong and what to do
   * @param line the 1-based line in a text, or 0
   * @param column the 1-based column in that line, or 0
   */
  public SheetFailure(String where, String message, int line, int column) {
    super(message, null, false, false);
    this.where = where;
    this.line = line;
    this.column = column;
  }

  /**
   * @param where the location
   * @param message what is wrong
   * @param cause the failure below, kept for debugging
   */
  public SheetFailure(String where, String message, Throwable cause) {
    super(message, cause, false, false);
    this.where = where;
    this.line = 0;
    this.column = 0;
  }

  /** The problem, located at another place but at the same line and column. */
  public io.github.competency.core.Problem problemAt(String place) {
    return line > 0 && column > 0
        ? io.github.competency.core.Problem.of(place, getMessage(), line, column)
        : io.github.competency.core.Problem.of(place, getMessage());
  }

  /** The problem: at its line and column in a text, if known. */
  public io.github.competency.core.Problem problem() {
    return line > 0 && column > 0
        ? io.github.competency.core.Problem.of(where, getMessage(), line, column)
        : io.github.competency.core.Problem.of(where, getMessage());
  }

  /** The location. */
  public String where() {
    return where;
  }
}
