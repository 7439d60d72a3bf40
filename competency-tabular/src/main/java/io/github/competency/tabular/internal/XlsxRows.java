package io.github.competency.tabular.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The rows of one worksheet of an XLSX workbook, checked by {@link XlsxGuard} first and then
 * streamed with fastexcel-reader. Texts are unescaped from the {@code _xHHHH_} form that
 * spreadsheets use for characters XML cannot carry; date cells become days.
 */
public final class XlsxRows implements Rows {

  private final ReadableWorkbook workbook;
  private final String sheetName;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private final int maxCellLength;
  private Row row;
  private final List<Cell> cells = new ArrayList<>();

  private XlsxRows(ReadableWorkbook workbook, Sheet sheet, int maxCellLength) throws IOException {
    this.workbook = workbook;
    this.sheetName = sheet.getName();
    this.stream = sheet.openStream();
    this.rows = stream.iterator();
    this.maxCellLength = maxCellLength;
  }

  /**
   * Opens a workbook in memory, checked against limits.
   *
   * @param bytes the file
   * @param limits its limits
   * @return the workbook
   */
  public static Workbook open(byte[] bytes, XlsxGuard.Limits limits) {
    XlsxGuard.check(bytes, limits);
    try {
      return new Workbook(
          new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, true)),
          limits);
    } catch (IOException | RuntimeException e) {
      throw damaged("file", e);
    }
  }

  static SheetFailure damaged(String where, Exception e) {
    return new SheetFailure(
        where,
        "the workbook is damaged and cannot be read here ("
            + Names.quote(String.valueOf(e.getMessage()))
            + "); save it again from the spreadsheet program",
        e);
  }

  /** An opened workbook: its sheets by name. */
  public static final class Workbook implements AutoCloseable {
    private final ReadableWorkbook workbook;
    private final XlsxGuard.Limits limits;

    Workbook(ReadableWorkbook workbook, XlsxGuard.Limits limits) {
      this.workbook = workbook;
      this.limits = limits;
    }

    /** The names of the sheets, in the workbook's order. */
    public List<String> sheetNames() {
      return workbook.getSheets().map(Sheet::getName).collect(Collectors.toList());
    }

    /**
     * Opens a sheet.
     *
     * @param name its name, or null for the first sheet
     * @return the rows, or empty if there is no sheet of that name
     */
    public Optional<XlsxRows> sheet(String name) {
      Optional<Sheet> sheet =
          name == null ? workbook.getSheets().findFirst() : workbook.findSheet(name);
      if (sheet.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(new XlsxRows(workbook, sheet.get(), limits.maxCellLength()));
      } catch (IOException | RuntimeException e) {
        throw damaged(name == null ? "file" : name, e);
      }
    }

    @Override
    public void close() {
      try {
        workbook.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The name of the sheet. */
  public String sheetName() {
    return sheetName;
  }

  @Override
  public boolean next() {
    try {
      while (rows.hasNext()) {
        row = rows.next();
        cells.clear();
        int width = 0;
        for (int i = 0; i < row.getCellCount(); i++) {
          Cell cell = row.getCell(i);
          cells.add(cell);
          if (cell != null && cell.getType() != CellType.EMPTY && !cell.getText().isEmpty()) {
            width = i + 1;
          }
        }
        while (cells.size() > width) {
          cells.remove(cells.size() - 1);
        }
        if (width > 0) {
          return true;
        }
      }
      return false;
    } catch (RuntimeException e) {
      throw damaged(
          "after " + (row == null ? "the start of the sheet" : "row " + row.getRowNum()), e);
    }
  }

  @Override
  public int width() {
    return cells.size();
  }

  @Override
  public String text(int column) {
    Cell cell = column < cells.size() ? cells.get(column) : null;
    if (cell == null) {
      return "";
    }
    String text;
    if (cell.getType() == CellType.NUMBER && cell.getValue() instanceof BigDecimal number) {
      text = plain(number);
    } else if (cell.getType() == CellType.BOOLEAN) {
      text = Boolean.TRUE.equals(cell.getValue()) ? "TRUE" : "FALSE";
    } else if (cell.getType() == CellType.FORMULA) {
      text = cell.getRawValue() == null ? "" : cell.getRawValue();
    } else if (cell.getType() == CellType.ERROR) {
      throw new SheetFailure(
          where(column),
          "the cell holds the spreadsheet error "
              + Names.quote(String.valueOf(cell.getRawValue()))
              + "; give it a value");
    } else {
      text = cell.getText() == null ? "" : cell.getText();
    }
    if (text.length() > maxCellLength) {
      throw new SheetFailure(
          where(column),
          "the cell has "
              + text.length()
              + " characters; a cell may have at most "
              + maxCellLength);
    }
    return Escapes.unescape(text);
  }

  private static String plain(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
  }

  @Override
  public BigDecimal number(int column) {
    Cell cell = column < cells.size() ? cells.get(column) : null;
    return cell != null
            && cell.getType() == CellType.NUMBER
            && cell.getValue() instanceof BigDecimal n
        ? n
        : null;
  }

  @Override
  public LocalDate date(int column) {
    Cell cell = column < cells.size() ? cells.get(column) : null;
    if (cell == null || cell.getType() != CellType.NUMBER || !isDateFormat(cell)) {
      return null;
    }
    try {
      return cell.asDate().toLocalDate();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Whether a number format shows a date: Excel's built-in date formats, or y, m or d codes. */
  static boolean isDateFormat(Cell cell) {
    Integer id = cell.getDataFormatId();
    if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
      return true;
    }
    String format = cell.getDataFormatString();
    if (format == null) {
      return false;
    }
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < format.length(); i++) {
      char c = Character.toLowerCase(format.charAt(i));
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '[' && !quoted) {
        bracket = true;
      } else if (c == ']' && !quoted) {
        bracket = false;
      } else if (c == '\\' && !quoted) {
        i++;
      } else if (!quoted && !bracket && (c == 'y' || c == 'd' || c == 'm')) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String where(int column) {
    return where(number(), column);
  }

  @Override
  public String where(long row, int column) {
    return Names.column(column) + row;
  }

  @Override
  public String whereRow() {
    return "row " + number();
  }

  @Override
  public long number() {
    return row == null ? 0 : row.getRowNum();
  }

  @Override
  public void close() {
    stream.close();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "XlsxRows[%s]", sheetName);
  }
}
