package io.github.competency.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Checks an XLSX file before it is read, so that hostile files end in a located problem within
 * limits instead of exhausting memory or time: the archive must be complete; each part inflates
 * to at most a limit, and the parts together to at most another, so that a zip bomb stops after
 * the limit; XML parts declare no document type (which spreadsheets never do, and entity
 * expansion needs); cells hold at most the longest text a cell may have, rows at most the most
 * cells a row may have, and cell references stay inside Excel's grid (16,384 columns,
 * 1,048,576 rows).
 *
 * <p>The check reads the archive with the same library the reader then uses, so both see the
 * same parts.
 */
public final class XlsxGuard {

  /** What a workbook may hold. */
  public record Limits(
      long maxPartBytes,
      long maxTotalBytes,
      int maxEntries,
      int maxColumns,
      int maxCellLength,
      long maxRows) {}

  private static final int MAX_EXCEL_COLUMNS = 16_384;
  private static final int MAX_EXCEL_ROWS = 1_048_576;

  private XlsxGuard() {}

  /**
   * Checks a workbook's bytes.
   *
   * @param bytes the whole file
   * @param limits the limits
   * @throws SheetFailure naming the part and what is wrong
   */
  public static void check(byte[] bytes, Limits limits) {
    if (bytes.length >= 4
        && (bytes[0] & 0xFF) == 0xD0
        && (bytes[1] & 0xFF) == 0xCF
        && (bytes[2] & 0xFF) == 0x11
        && (bytes[3] & 0xFF) == 0xE0) {
      throw new SheetFailure(
          "file",
          "this is an Excel 97-2003 workbook (.xls) or a password-protected one, not an XLSX"
              + " workbook; open it in a spreadsheet program and save it as .xlsx without a"
              + " password");
    }
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
      throw new SheetFailure(
          "file",
          "this is not an XLSX workbook (an XLSX file is a zip archive); is it a CSV file?");
    }
    try (ZipFile zip =
        ZipFile.builder()
            .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
            .setIgnoreLocalFileHeader(false)
            .get()) {
      long total = 0;
      int entries = 0;
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        if (++entries > limits.maxEntries()) {
          throw new SheetFailure(
              "file",
              "the workbook has more than " + limits.maxEntries() + " parts, the most allowed");
        }
        if (entry.isDirectory()) {
          continue;
        }
        try (InputStream part = zip.getInputStream(entry)) {
          total += scan(entry.getName(), part, limits, limits.maxTotalBytes() - total);
        }
      }
    } catch (SheetFailure e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new SheetFailure(
          "file",
          "the workbook is damaged or incomplete (its archive cannot be read: "
              + Names.quote(String.valueOf(e.getMessage()))
              + "); save it again from the spreadsheet program",
          e);
    }
  }

  /** Inflates one part, checking it as it goes; returns its size. */
  private static long scan(String name, InputStream in, Limits limits, long totalLeft)
      throws IOException {
    boolean xml =
        name.toLowerCase(Locale.ROOT).endsWith(".xml")
            || name.toLowerCase(Locale.ROOT).endsWith(".rels");
    boolean sheet = name.toLowerCase(Locale.ROOT).contains("worksheets/");
    XmlScan scan = xml ? new XmlScan(name, limits, sheet) : null;
    byte[] buffer = new byte[64 * 1024];
    long size = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      size += n;
      if (size > limits.maxPartBytes()) {
        throw new SheetFailure(
            "file",
            "the part "
                + Names.quote(name)
                + " of the workbook inflates to more than "
                + limits.maxPartBytes()
                + " bytes, the most allowed; is it a zip bomb?");
      }
      if (size > totalLeft) {
        throw new SheetFailure(
            "file",
            "the workbook inflates to more than "
                + limits.maxTotalBytes()
                + " bytes, the most allowed; is it a zip bomb?");
      }
      if (scan != null) {
        scan.feed(buffer, n);
      }
    }
    return size;
  }

  /** A byte-level look at XML: document types, text lengths, cells per row, cell references. */
  private static final class XmlScan {
    private final String part;
    private final Limits limits;
    private final boolean sheet;
    private final long maxTextBytes;
    private long text;
    private long tagBytes;
    private int cells;
    private long rows;
    private final StringBuilder tag = new StringBuilder();
    private boolean inTag;

    XmlScan(String part, Limits limits, boolean sheet) {
      this.part = part;
      this.limits = limits;
      this.sheet = sheet;
      // UTF-8 takes up to 4 bytes a character, an escape such as &#x1F600; or _x0001_ up to 10
      this.maxTextBytes = 10L * limits.maxCellLength() + 64;
    }

    void feed(byte[] buffer, int length) {
      for (int i = 0; i < length; i++) {
        byte b = buffer[i];
        if (inTag) {
          if (++tagBytes > maxTextBytes) {
            throw new SheetFailure(
                "file",
                "a tag or a text in "
                    + Names.quote(part)
                    + " is longer than "
                    + limits.maxCellLength()
                    + " characters, the most a cell may hold");
          }
          if (b == '>') {
            inTag = false;
            endTag();
          } else if (tag.length() < 512) {
            tag.append((char) (b & 0xFF));
          } else if (tag.length() == 512) {
            tag.append(' ');
          }
        } else if (b == '<') {
          inTag = true;
          tagBytes = 0;
          tag.setLength(0);
          text = 0;
        } else if (++text > maxTextBytes) {
          throw new SheetFailure(
              "file",
              "a text in "
                  + Names.quote(part)
                  + " is longer than "
                  + limits.maxCellLength()
                  + " characters, the most a cell may hold");
        }
      }
    }

    private void endTag() {
      if (tag.length() >= 2 && tag.charAt(0) == '!') {
        String start = tag.toString().toUpperCase(Locale.ROOT);
        if (start.startsWith("!DOCTYPE") || start.startsWith("!ENTITY")) {
          throw new SheetFailure(
              "file",
              "the part "
                  + Names.quote(part)
                  + " declares a document type; workbooks never do, and entity expansion needs"
                  + " one, so it is refused");
        }
        return;
      }
      if (!sheet) {
        return;
      }
      String name = name();
      if (name.equals("row")) {
        cells = 0;
        if (++rows > Math.min(limits.maxRows(), MAX_EXCEL_ROWS)) {
          throw new SheetFailure(
              "file",
              "the sheet " + Names.quote(part) + " has more than " + limits.maxRows() + " rows");
        }
      } else if (name.equals("c")) {
        if (++cells > Math.min(limits.maxColumns(), MAX_EXCEL_COLUMNS)) {
          throw new SheetFailure(
              "file",
              "a row of "
                  + Names.quote(part)
                  + " has more than "
                  + Math.min(limits.maxColumns(), MAX_EXCEL_COLUMNS)
                  + " cells, the most a row may have");
        }
        checkReference();
      }
    }

    private String name() {
      int end = 0;
      while (end < tag.length() && tag.charAt(end) > ' ' && tag.charAt(end) != '/') {
        end++;
      }
      String name = tag.substring(0, end);
      int colon = name.indexOf(':');
      return colon < 0 ? name : name.substring(colon + 1);
    }

    /** A cell's r attribute must name a cell of Excel's grid. */
    private void checkReference() {
      int at = tag.indexOf(" r=");
      if (at < 0) {
        at = tag.indexOf("\tr=");
      }
      if (at < 0 || at + 4 > tag.length()) {
        return;
      }
      char quote = tag.charAt(at + 3);
      int end = tag.indexOf(String.valueOf(quote), at + 4);
      String reference = end < 0 ? "" : tag.substring(at + 4, end);
      int i = reference.startsWith("$") ? 1 : 0;
      long column = 0;
      int letters = 0;
      for (; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
        column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        if (++letters > 3) {
          break;
        }
      }
      i += i < reference.length() && reference.charAt(i) == '$' ? 1 : 0;
      long row = 0;
      int digits = 0;
      for (; i < reference.length() && Character.isDigit(reference.charAt(i)); i++) {
        row = row * 10 + (reference.charAt(i) - '0');
        if (++digits > 7) {
          break;
        }
      }
      if (letters == 0
          || letters > 3
          || column > MAX_EXCEL_COLUMNS
          || digits == 0
          || digits > 7
          || row < 1
          || row > MAX_EXCEL_ROWS
          || i != reference.length()) {
        throw new SheetFailure(
            "file",
            "a cell of "
                + Names.quote(part)
                + " has the reference "
                + Names.quote(reference)
                + ", which is outside a worksheet's 16,384 columns and 1,048,576 rows");
      }
    }
  }
}
