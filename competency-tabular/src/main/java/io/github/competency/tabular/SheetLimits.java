package io.github.competency.tabular;

import java.util.Objects;

/**
 * Bounds on what a sheet may hold, so that a hostile file ends in {@link InvalidSheetException}
 * within known memory and time. The defaults are Excel's own limits where it has them (16,384
 * columns, 32,767 characters a cell, 1,048,576 rows a worksheet).
 *
 * <table>
 *   <caption>The limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>{@link #maxFileBytes()}: an XLSX file, compressed, held in memory</td><td>64 MiB</td></tr>
 *   <tr><td>{@link #maxPartBytes()}: one part of a workbook, inflated</td><td>256 MiB</td></tr>
 *   <tr><td>{@link #maxTotalBytes()}: all parts of a workbook, inflated</td><td>512 MiB</td></tr>
 *   <tr><td>{@link #maxColumns()}: cells in a row</td><td>16,384</td></tr>
 *   <tr><td>{@link #maxCellLength()}: characters in a cell</td><td>32,767</td></tr>
 *   <tr><td>{@link #maxRows()}: rows of a CSV file (worksheets stop at 1,048,576)</td><td>100,000,000</td></tr>
 *   <tr><td>{@link #maxProblems()}: problems listed (the rest are counted)</td><td>100</td></tr>
 * </table>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SheetLimits {

  private static final SheetLimits DEFAULTS =
      new SheetLimits(64L << 20, 256L << 20, 512L << 20, 16_384, 32_767, 100_000_000L, 100);

  private final long maxFileBytes;
  private final long maxPartBytes;
  private final long maxTotalBytes;
  private final int maxColumns;
  private final int maxCellLength;
  private final long maxRows;
  private final int maxProblems;

  private SheetLimits(
      long maxFileBytes,
      long maxPartBytes,
      long maxTotalBytes,
      int maxColumns,
      int maxCellLength,
      long maxRows,
      int maxProblems) {
    this.maxFileBytes = positive("maxFileBytes", maxFileBytes);
    this.maxPartBytes = positive("maxPartBytes", maxPartBytes);
    this.maxTotalBytes = positive("maxTotalBytes", maxTotalBytes);
    this.maxColumns = (int) positive("maxColumns", maxColumns);
    this.maxCellLength = (int) positive("maxCellLength", maxCellLength);
    this.maxRows = positive("maxRows", maxRows);
    this.maxProblems = (int) positive("maxProblems", maxProblems);
  }

  private static long positive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " " + value + " must be at least 1");
    }
    return value;
  }

  /**
   * Returns the default limits.
   *
   * @return the defaults
   */
  public static SheetLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the largest XLSX file read, in bytes as stored.
   *
   * @return the limit
   */
  public long maxFileBytes() {
    return maxFileBytes;
  }

  /**
   * Returns the most bytes one part of a workbook may inflate to.
   *
   * @return the limit
   */
  public long maxPartBytes() {
    return maxPartBytes;
  }

  /**
   * Returns the most bytes all parts of a workbook may inflate to together.
   *
   * @return the limit
   */
  public long maxTotalBytes() {
    return maxTotalBytes;
  }

  /**
   * Returns the most cells a row may have.
   *
   * @return the limit
   */
  public int maxColumns() {
    return maxColumns;
  }

  /**
   * Returns the most characters a cell may hold.
   *
   * @return the limit
   */
  public int maxCellLength() {
    return maxCellLength;
  }

  /**
   * Returns the most rows a CSV file may have.
   *
   * @return the limit
   */
  public long maxRows() {
    return maxRows;
  }

  /**
   * Returns how many problems are listed; further ones are counted.
   *
   * @return the limit
   */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * Returns a copy with another limit on the size of an XLSX file.
   *
   * @param bytes the limit, at least 1
   * @return the changed copy
   */
  public SheetLimits withMaxFileBytes(long bytes) {
    return new SheetLimits(
        bytes, maxPartBytes, maxTotalBytes, maxColumns, maxCellLength, maxRows, maxProblems);
  }

  /**
   * Returns a copy with other limits on how far a workbook may inflate.
   *
   * @param part the most bytes one part may inflate to, at least 1
   * @param total the most bytes all parts may inflate to, at least 1
   * @return the changed copy
   */
  public SheetLimits withMaxInflatedBytes(long part, long total) {
    return new SheetLimits(
        maxFileBytes, part, total, maxColumns, maxCellLength, maxRows, maxProblems);
  }

  /**
   * Returns a copy with another limit on the cells of a row.
   *
   * @param columns the limit, at least 1
   * @return the changed copy
   */
  public SheetLimits withMaxColumns(int columns) {
    return new SheetLimits(
        maxFileBytes, maxPartBytes, maxTotalBytes, columns, maxCellLength, maxRows, maxProblems);
  }

  /**
   * Returns a copy with another limit on the characters of a cell.
   *
   * @param length the limit, at least 1
   * @return the changed copy
   */
  public SheetLimits withMaxCellLength(int length) {
    return new SheetLimits(
        maxFileBytes, maxPartBytes, maxTotalBytes, maxColumns, length, maxRows, maxProblems);
  }

  /**
   * Returns a copy with another limit on the rows of a CSV file.
   *
   * @param rows the limit, at least 1
   * @return the changed copy
   */
  public SheetLimits withMaxRows(long rows) {
    return new SheetLimits(
        maxFileBytes, maxPartBytes, maxTotalBytes, maxColumns, maxCellLength, rows, maxProblems);
  }

  /**
   * Returns a copy that lists another number of problems.
   *
   * @param problems the limit, at least 1
   * @return the changed copy
   */
  public SheetLimits withMaxProblems(int problems) {
    return new SheetLimits(
        maxFileBytes, maxPartBytes, maxTotalBytes, maxColumns, maxCellLength, maxRows, problems);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SheetLimits that
        && maxFileBytes == that.maxFileBytes
        && maxPartBytes == that.maxPartBytes
        && maxTotalBytes == that.maxTotalBytes
        && maxColumns == that.maxColumns
        && maxCellLength == that.maxCellLength
        && maxRows == that.maxRows
        && maxProblems == that.maxProblems;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxFileBytes, maxPartBytes, maxTotalBytes, maxColumns, maxCellLength, maxRows, maxProblems);
  }

  @Override
  public String toString() {
    return "SheetLimits[file "
        + maxFileBytes
        + " B, part "
        + maxPartBytes
        + " B, total "
        + maxTotalBytes
        + " B, "
        + maxColumns
        + " columns, "
        + maxCellLength
        + " characters a cell, "
        + maxRows
        + " rows, "
        + maxProblems
        + " problems]";
  }
}
