package io.github.competency.tabular.internal;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Iterator;

/**
 * The records of a CSV file as rows, read with FastCSV: comma, semicolon or tab separated (given,
 * or detected from the first line, or from an Excel {@code sep=} line), quoted cells with line
 * breaks, any line ends. Cells are kept as ranges of one reused buffer, so that reading a row
 * makes no string until a cell's text is asked for.
 */
public final class CsvRows implements Rows {

  /** Separators detection chooses from, in the order preferred on a tie. */
  private static final char[] SEPARATORS = {',', ';', '\t'};

  private final TextInput text;
  private final CsvReader<Object> reader;
  private final Iterator<Object> records;
  private final Handler handler;
  private final char separator;
  private final int lineOffset;

  private CsvRows(TextInput text, Reader rest, char separator, int lineOffset, Limits limits) {
    this.text = text;
    this.separator = separator;
    this.lineOffset = lineOffset;
    this.handler = new Handler(limits);
    this.reader =
        CsvReader.builder()
            .fieldSeparator(separator)
            .skipEmptyLines(true)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .allowUnclosedQuote(false)
            .maxBufferSize(bufferSize(limits.maxCellLength()))
            .build(handler, rest);
    this.records = reader.iterator();
  }

  /**
   * The parser's buffer: room for the longest cell twice over, as a power of two (FastCSV 4.4
   * fails with an index error, not its own exception, on a limit that is not one).
   */
  private static int bufferSize(int maxCellLength) {
    long wanted = Math.max(64 * 1024L, 2L * maxCellLength + 1024);
    long size = Long.highestOneBit(wanted);
    size = size < wanted ? size * 2 : size;
    return (int) Math.min(size, 1 << 30);
  }

  /** What a CSV file may hold. */
  public record Limits(int maxColumns, int maxCellLength, long maxRows) {}

  /**
   * Opens a CSV file.
   *
   * @param in its bytes
   * @param charset the encoding when the file has no byte-order mark
   * @param separator the field separator, or 0 to detect it
   * @param limits what the file may hold
   * @return the rows
   */
  public static CsvRows open(InputStream in, Charset charset, char separator, Limits limits) {
    TextInput text = TextInput.open(in, charset);
    char[] start = new char[64 * 1024];
    int n = 0;
    try {
      for (int read; n < start.length && (read = text.read(start, n, start.length - n)) > 0; ) {
        n += read;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < n; i++) {
      if (start[i] == 0) {
        throw new SheetFailure(
            "file",
            "the file holds a NUL character: it is not a text file, or it is UTF-16 text without"
                + " its byte-order mark; save the sheet as CSV UTF-8");
      }
    }
    int skip = 0;
    int lineOffset = 0;
    char chosen = separator;
    // Excel's own hint: a first line "sep=;" names the separator and is not part of the data.
    if (n >= 5 && new String(start, 0, 4).equalsIgnoreCase("sep=")) {
      int end = 5;
      if (end == n || start[end] == '\r' || start[end] == '\n') {
        if (chosen == 0) {
          chosen = start[4];
        }
        skip = end < n && start[end] == '\r' ? end + 1 : end;
        skip = skip < n && start[skip] == '\n' ? skip + 1 : skip;
        lineOffset = 1;
      }
    }
    if (chosen == 0) {
      chosen = detect(start, skip, n);
    }
    Reader rest = new Replay(start, skip, n, text);
    return new CsvRows(text, rest, chosen, lineOffset, limits);
  }

  /** The separator most frequent outside quotes in the first record; comma if none occurs. */
  static char detect(char[] text, int from, int to) {
    int[] counts = new int[SEPARATORS.length];
    boolean quoted = false;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        for (int s = 0; s < SEPARATORS.length; s++) {
          if (c == SEPARATORS[s]) {
            counts[s]++;
          }
        }
      }
    }
    int best = 0;
    for (int s = 1; s < SEPARATORS.length; s++) {
      if (counts[s] > counts[best]) {
        best = s;
      }
    }
    return SEPARATORS[best];
  }

  /** The separator in use. */
  public char separator() {
    return separator;
  }

  /** The encoding in use. */
  public Charset charset() {
    return text.charset();
  }

  @Override
  public boolean next() {
    try {
      do {
        if (!records.hasNext()) {
          return false;
        }
        records.next();
      } while (handler.width == 0);
    } catch (CsvParseException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof SheetFailure failure) {
          throw failure;
        }
        if (cause.getMessage() != null && cause.getMessage().contains("buffer size")) {
          throw new SheetFailure(
              "line " + (handler.line + lineOffset),
              "a cell of this record is longer than "
                  + handler.limits.maxCellLength()
                  + " characters, the most a cell may have; are its quotes closed?");
        }
      }
      if (e.getMessage() != null && e.getMessage().contains("buffer size")) {
        throw new SheetFailure(
            "line " + (handler.line + lineOffset),
            "a cell of this record is longer than "
                + handler.limits.maxCellLength()
                + " characters, the most a cell may have; are its quotes closed?");
      }
      Throwable deepest = e;
      while (deepest.getCause() != null) {
        deepest = deepest.getCause();
      }
      throw new SheetFailure(
          "line " + (handler.line + lineOffset),
          "the CSV is malformed here: "
              + Names.quote(firstLine(deepest.getMessage()))
              + "; check the quotes of this record");
    } catch (UncheckedIOException e) {
      throw new SheetFailure(
          "line " + (handler.line + lineOffset), "the file cannot be read: " + e.getMessage(), e);
    }
    if (handler.rows > handler.limits.maxRows()) {
      throw new SheetFailure(
          whereRow(),
          "the file has more than "
              + handler.limits.maxRows()
              + " rows, the most a sheet may have here");
    }
    return true;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable record";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  @Override
  public int width() {
    return handler.width;
  }

  @Override
  public String text(int column) {
    if (column >= handler.width) {
      return "";
    }
    int start = handler.starts[column];
    return new String(handler.chars, start, handler.ends[column] - start);
  }

  @Override
  public boolean textEquals(int column, String text) {
    if (column >= handler.width) {
      return text.isEmpty();
    }
    int start = handler.starts[column];
    int length = handler.ends[column] - start;
    if (length != text.length()) {
      return false;
    }
    char[] chars = handler.chars;
    for (int i = 0; i < length; i++) {
      if (chars[start + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean textEquals(int column, char[] chars) {
    if (column >= handler.width) {
      return chars.length == 0;
    }
    int start = handler.starts[column];
    int length = handler.ends[column] - start;
    if (length != chars.length) {
      return false;
    }
    if (length > 16) {
      return Arrays.equals(handler.chars, start, start + length, chars, 0, length);
    }
    char[] own = handler.chars;
    for (int i = 0; i < length; i++) {
      if (own[start + i] != chars[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean isBlank(int column) {
    if (column >= handler.width) {
      return true;
    }
    char[] chars = handler.chars;
    for (int i = handler.starts[column], end = handler.ends[column]; i < end; i++) {
      if (!Character.isWhitespace(chars[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int textHash(int column) {
    if (column >= handler.width) {
      return 0;
    }
    int hash = 0;
    char[] chars = handler.chars;
    for (int i = handler.starts[column], end = handler.ends[column]; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    return hash;
  }

  @Override
  public String where(int column) {
    return where(number(), column);
  }

  @Override
  public String where(long row, int column) {
    return "line " + row + ", field " + (column + 1);
  }

  @Override
  public String whereRow() {
    return "line " + number();
  }

  @Override
  public long number() {
    return handler.line + lineOffset;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps each record's fields as ranges of one growing buffer. */
  private static final class Handler extends AbstractBaseCsvCallbackHandler<Object> {
    private final Limits limits;
    private char[] chars = new char[1024];
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int used;
    private int width;
    private long line;
    private long rows;

    Handler(Limits limits) {
      this.limits = limits;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
      line = startingLineNumber;
      used = 0;
      width = 0;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
      if (index >= limits.maxColumns()) {
        throw new SheetFailure(
            "line " + line,
            "the record has more than "
                + limits.maxColumns()
                + " fields, the most a sheet may have; is the separator right?");
      }
      if (len > limits.maxCellLength()) {
        throw new SheetFailure(
            "line " + line + ", field " + (index + 1),
            "the cell has "
                + len
                + " characters; a cell may have at most "
                + limits.maxCellLength());
      }
      if (index >= starts.length) {
        starts = Arrays.copyOf(starts, Math.min(limits.maxColumns(), starts.length * 2));
        ends = Arrays.copyOf(ends, starts.length);
      }
      if (used + len > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
      }
      // trailing blanks of a record count as absent, so that width() ends at the last value
      System.arraycopy(buf, offset, chars, used, len);
      starts[index] = used;
      used += len;
      ends[index] = used;
      if (len > 0) {
        width = index + 1;
      }
    }

    @Override
    protected Object buildRecord() {
      rows++;
      return Boolean.TRUE;
    }
  }

  /** Serves the characters read ahead, then the rest of the text. */
  private static final class Replay extends Reader {
    private final char[] start;
    private int position;
    private final int end;
    private final Reader rest;

    Replay(char[] start, int from, int to, Reader rest) {
      this.start = start;
      this.position = from;
      this.end = to;
      this.rest = rest;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (position < end) {
        int n = Math.min(length, end - position);
        System.arraycopy(start, position, buffer, offset, n);
        position += n;
        return n;
      }
      return rest.read(buffer, offset, length);
    }

    @Override
    public void close() throws IOException {
      rest.close();
    }
  }
}
