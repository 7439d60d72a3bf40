package io.github.competency.tabular.internal;

/**
 * A problem that ends the reading of a sheet, such as bytes that are not text, a cell over the
 * limits or a damaged archive: where it is and what to do. Turned into the documented exception at
 * the API's edge.
 */
public final class SheetFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String where;

  /**
   * @param where the location, such as {@code line 17} or {@code B17}
   * @param message what is wrong and what to do
   */
  public SheetFailure(String where, String message) {
    super(message, null, false, false);
    this.where = where;
  }

  /**
   * @param where the location
   * @param message what is wrong
   * @param cause the failure below, kept for debugging
   */
  public SheetFailure(String where, String message, Throwable cause) {
    super(message, cause, false, false);
    this.where = where;
  }

  /** The location. */
  public String where() {
    return where;
  }
}
