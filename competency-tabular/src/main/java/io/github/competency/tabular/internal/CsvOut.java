package io.github.competency.tabular.internal;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes CSV with FastCSV as spreadsheets read it: comma separated, CRLF line ends, quotes where
 * needed. A text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
 * carriage return) gets a leading apostrophe, which spreadsheets show as text, so that a name in
 * a sheet cannot become a formula in a manager's spreadsheet; numbers are written as they are.
 * Not thread-safe.
 */
public final class CsvOut implements AutoCloseable {

  private final CsvWriter csv;
  private final List<String> row = new ArrayList<>();

  /**
   * Starts writing.
   *
   * @param out where the text goes; flushed, not closed, by {@link #close()}
   * @param separator the field separator
   */
  public CsvOut(Writer out, char separator) {
    csv =
        CsvWriter.builder()
            .fieldSeparator(separator)
            .lineDelimiter(LineDelimiter.CRLF)
            .build(new NoCloseWriter(out));
  }

  /** Adds a text field to the current row. */
  public CsvOut text(String text) {
    row.add(guard(text));
    return this;
  }

  /** Adds a number or other field written as it is. */
  public CsvOut plain(String value) {
    row.add(value);
    return this;
  }

  /** Ends the current row. */
  public void end() {
    csv.writeRecord(row);
    row.clear();
  }

  /** A text as a spreadsheet shows it, never as a formula. */
  public static String guard(String text) {
    if (!text.isEmpty()) {
      char c = text.charAt(0);
      if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
        return "'" + text;
      }
    }
    return text;
  }

  @Override
  public void close() {
    try {
      csv.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class NoCloseWriter extends Writer {
    private final Writer out;

    NoCloseWriter(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      out.write(buffer, offset, length);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
