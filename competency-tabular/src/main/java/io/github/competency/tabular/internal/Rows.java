package io.github.competency.tabular.internal;

import java.io.Closeable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The rows of one sheet, read one at a time: a CSV file or one worksheet of an XLSX workbook.
 * The current row's cells are valid until the next call of {@link #next()}. Not thread-safe.
 */
public interface Rows extends Closeable {

  /**
   * Moves to the next row that has at least one cell.
   *
   * @return false at the end of the sheet
   * @throws SheetFailure if the sheet cannot be read further
   */
  boolean next();

  /** The number of cells of the current row, counting blank ones before the last non-blank. */
  int width();

  /** The text of a cell of the current row, as the sheet shows it; "" if blank or absent. */
  String text(int column);

  /**
   * Tells whether a cell's text equals a string, without making a string of the cell.
   *
   * @param column the 0-based column
   * @param text the string
   * @return true if equal
   */
  default boolean textEquals(int column, String text) {
    return text(column).equals(text);
  }

  /**
   * Tells whether a cell's text equals some characters, without making a string of the cell.
   *
   * @param column the 0-based column
   * @param chars the characters
   * @return true if equal
   */
  default boolean textEquals(int column, char[] chars) {
    return text(column).equals(new String(chars));
  }

  /**
   * Tells whether a cell is blank: empty or white space only, without making a string of it.
   *
   * @param column the 0-based column
   * @return true if blank
   */
  default boolean isBlank(int column) {
    return text(column).isBlank();
  }

  /** A hash of the cell's text, equal to {@code text(column).hashCode()}. */
  default int textHash(int column) {
    return text(column).hashCode();
  }

  /** The number a cell holds, for sheets that type their cells; null otherwise. */
  default BigDecimal number(int column) {
    return null;
  }

  /** The day a date cell holds, for sheets that type their cells; null otherwise. */
  default LocalDate date(int column) {
    return null;
  }

  /** Where a cell is, as a person finds it: {@code B17}, or {@code line 17, field 2}. */
  String where(int column);

  /**
   * Where a cell of any row is, as {@link #where(int)} names it.
   *
   * @param row the row's {@link #number()}
   * @param column the 0-based column
   * @return the location
   */
  String where(long row, int column);

  /** Where the current row is: {@code row 17}, or {@code line 17}. */
  String whereRow();

  /** The row's number as the sheet counts: the row number, or the line the record starts at. */
  long number();

  @Override
  void close();
}
