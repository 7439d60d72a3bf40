package io.github.competency.tabular.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes workbooks as an HR manager opens them: a bold header row on a grey fill, frozen so that
 * it stays in view (with the first columns, if asked), columns as wide as their content (within
 * bounds), texts wrapped, and fills that show gaps. Texts are escaped as {@link Escapes} says, so
 * every character comes back. Not thread-safe.
 */
public final class XlsxOut implements AutoCloseable {

  /** A cell's fill, for results: met, one step short, further short, not rated. */
  public enum Fill {
    /** No fill. */
    NONE(null),
    /** Met: green. */
    MET("FFC6EFCE"),
    /** One step short: amber. */
    CLOSE("FFFFEB9C"),
    /** Two or more steps short: red. */
    FAR("FFFFC7CE"),
    /** Not rated: grey. */
    MISSING("FFE7E6E6");

    final String rgb;

    Fill(String rgb) {
      this.rgb = rgb;
    }
  }

  private static final double MIN_WIDTH = 6;
  private static final double MAX_WIDTH = 60;

  /** The time written into the workbook's properties and zip entries, for the same bytes. */
  private static final String CREATED = "2000-01-01T00:00:00.000Z";

  private static final Pattern CREATED_ELEMENT =
      Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

  private final Workbook workbook;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final OutputStream out;

  /**
   * Starts a workbook. It is built in memory and written when closed, with the time fastexcel
   * stamps into its properties replaced by a fixed one, so that the same content gives the same
   * bytes.
   *
   * @param out where it goes; not closed
   */
  public XlsxOut(OutputStream out) {
    this.out = out;
    workbook = new Workbook(buffer, "competency", "1.0");
  }

  /**
   * Starts a sheet.
   *
   * @param name its name
   * @param header the header row
   * @param frozenColumns how many columns stay in view when scrolling sideways
   * @return the sheet
   */
  public Sheet sheet(String name, List<String> header, int frozenColumns) {
    return new Sheet(workbook.newWorksheet(name), header, frozenColumns);
  }

  @Override
  public void close() {
    try {
      workbook.finish();
      try (ZipFile in =
              ZipFile.builder()
                  .setSeekableByteChannel(new SeekableInMemoryByteChannel(buffer.toByteArray()))
                  .get();
          ZipOutputStream zip = new ZipOutputStream(new NoClose(out))) {
        for (ZipArchiveEntry entry : Collections.list(in.getEntriesInPhysicalOrder())) {
          byte[] content;
          try (InputStream part = in.getInputStream(entry)) {
            content = part.readAllBytes();
          }
          if (entry.getName().equals("docProps/core.xml")) {
            String xml = new String(content, StandardCharsets.UTF_8);
            content =
                CREATED_ELEMENT
                    .matcher(xml)
                    .replaceAll("$1" + CREATED + "$2")
                    .getBytes(StandardCharsets.UTF_8);
          }
          ZipEntry copy = new ZipEntry(entry.getName());
          copy.setTimeLocal(LocalDateTime.of(2000, 1, 1, 0, 0));
          zip.putNextEntry(copy);
          zip.write(content);
          zip.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One worksheet being written; rows in order. */
  public static final class Sheet {
    private final Worksheet sheet;
    private final List<Double> widths = new ArrayList<>();
    private int row;

    Sheet(Worksheet sheet, List<String> header, int frozenColumns) {
      this.sheet = sheet;
      for (int c = 0; c < header.size(); c++) {
        text(0, c, header.get(c));
        sheet.style(0, c).bold().fillColor("FFD9D9D9").wrapText(true).set();
      }
      sheet.freezePane(frozenColumns, 1);
      row = 1;
    }

    /** Starts the next row. */
    public int next() {
      return row++;
    }

    /** A text cell; nothing for an empty text. */
    public void text(int r, int c, String text) {
      if (text.isEmpty()) {
        return;
      }
      sheet.value(r, c, Escapes.escape(text));
      widen(c, longestLine(text));
    }

    /** A text cell with a fill. */
    public void text(int r, int c, String text, Fill fill) {
      text(r, c, text);
      if (fill != Fill.NONE) {
        sheet.style(r, c).fillColor(fill.rgb).set();
        widen(c, 0);
      }
    }

    /** A number cell. */
    public void number(int r, int c, Number number) {
      sheet.value(r, c, number);
      widen(c, number.toString().length());
    }

    /** A number cell shown with two decimals. */
    public void decimal(int r, int c, double number) {
      sheet.value(r, c, number);
      sheet.style(r, c).format("0.00").set();
      widen(c, 5);
    }

    /** Wraps long texts of a column. */
    public void wrap(int c) {
      sheet.style(c).wrapText(true).set();
    }

    private void widen(int c, int length) {
      while (widths.size() <= c) {
        widths.add(MIN_WIDTH);
      }
      widths.set(c, Math.max(widths.get(c), Math.min(MAX_WIDTH, length + 2)));
    }

    private static int longestLine(String text) {
      int longest = 0;
      int start = 0;
      for (int i = 0; i <= text.length(); i++) {
        if (i == text.length() || text.charAt(i) == '\n') {
          longest = Math.max(longest, i - start);
          start = i + 1;
        }
      }
      return longest;
    }

    /** Sets the column widths; call when the sheet is done. */
    public void finish() {
      for (int c = 0; c < widths.size(); c++) {
        sheet.width(c, widths.get(c));
      }
    }
  }

  /** Lets the workbook finish without closing the caller's stream. */
  private static final class NoClose extends OutputStream {
    private final OutputStream out;

    NoClose(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
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
