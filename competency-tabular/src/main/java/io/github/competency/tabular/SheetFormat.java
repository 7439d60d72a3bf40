package io.github.competency.tabular;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** The two kinds of spreadsheet file this module reads and writes. */
public enum SheetFormat {
  /** Comma-, semicolon- or tab-separated text, as spreadsheets save it. */
  CSV,
  /** An Office Open XML workbook, as Excel, LibreOffice and Google Sheets save it. */
  XLSX;

  /**
   * Tells a file's format by its name: {@code .xlsx} (or {@code .xlsm}) is XLSX, anything else
   * CSV.
   *
   * @param file the file
   * @return its format
   */
  public static SheetFormat of(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return text.endsWith(".xlsx") || text.endsWith(".xlsm") ? XLSX : CSV;
  }

  /**
   * Returns the name used on the command line and in file names.
   *
   * @return {@code "csv"} or {@code "xlsx"}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
