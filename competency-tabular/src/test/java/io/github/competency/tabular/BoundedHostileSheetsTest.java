package io.github.competency.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.competency.core.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile files end in {@link InvalidSheetException} with a located, specific problem, within
 * limits of time and, as the build runs this class with a 64 MiB heap, of memory. The corpus is
 * made here, byte by byte, so that it is the same on every machine and needs no large files in
 * the repository.
 */
class BoundedHostileSheetsTest {

  private static final String HEADER = "person id,skill,rating,date\n";

  /** The default limits, but a workbook may inflate less far, so that the bombs go off sooner. */
  private static final RatingsReader READER =
      RatingsReaderTest.READER.withLimits(
          SheetLimits.defaults().withMaxInflatedBytes(32L << 20, 64L << 20));

  @Test
  void theBuildRunsThisClassWithA64MegabyteHeap() {
    assumeTrue(Boolean.getBoolean("heap.bounded"), "run by the bounded-memory execution");
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L << 20);
  }

  static Stream<Arguments> corpus() {
    Map<String, Object[]> corpus = new LinkedHashMap<>();
    corpus.put(
        "a CSV cell of 100 MB",
        new Object[] {
          SheetFormat.CSV,
          concat(bytes(HEADER + "a,\""), repeat('x', 100_000_000), bytes("\",3,2026-01-01\n")),
          "longer than 32767 characters"
        });
    corpus.put(
        "a CSV record of a million columns",
        new Object[] {
          SheetFormat.CSV, concat(bytes(HEADER), repeat(',', 1_000_000)), "more than 16384 fields"
        });
    corpus.put(
        "a CSV header of a million columns",
        new Object[] {SheetFormat.CSV, repeatText("a,", 1_000_000), "more than 16384 fields"});
    corpus.put(
        "a CSV quote that never closes",
        new Object[] {
          SheetFormat.CSV, bytes(HEADER + "a,\"java,3,2026-01-01\nb,java,3,2026-01-01\n"), "line 2"
        });
    corpus.put(
        "a CSV file in windows-1252",
        new Object[] {
          SheetFormat.CSV,
          (HEADER + "Jos\u00e9,java,3,2026-01-01\n")
              .getBytes(java.nio.charset.Charset.forName("windows-1252")),
          "file: the file is not UTF-8 text: the bytes 0xE9"
        });
    corpus.put(
        "a binary file read as CSV",
        new Object[] {SheetFormat.CSV, new byte[] {'i', 'd', '\n', 0, 1, 2, 3}, "NUL character"});
    corpus.put("an empty file", new Object[] {SheetFormat.CSV, new byte[0], "the sheet is empty"});
    corpus.put(
        "an XLSX zip bomb",
        new Object[] {
          SheetFormat.XLSX,
          zip(entry("xl/media/image1.png", zeros(40L << 20))),
          "inflates to more than 33554432 bytes"
        });
    corpus.put(
        "an XLSX of many parts that together inflate too far",
        new Object[] {
          SheetFormat.XLSX,
          zip(
              entry("a.bin", zeros(30L << 20)),
              entry("b.bin", zeros(30L << 20)),
              entry("c.bin", zeros(30L << 20))),
          "the workbook inflates to more than 67108864 bytes"
        });
    corpus.put(
        "XLSX entity expansion",
        new Object[] {
          SheetFormat.XLSX,
          zip(
              entry(
                  "xl/sharedStrings.xml",
                  bytes(
                      "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2"
                          + " \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><sst><si><t>&lol2;</t></si></sst>"))),
          "declares a document type"
        });
    corpus.put(
        "an XLSX cell of 100 MB",
        new Object[] {
          SheetFormat.XLSX,
          zip(
              entry(
                  "xl/worksheets/sheet1.xml",
                  concat(
                      bytes(
                          "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"),
                      repeat('x', 100_000_000),
                      bytes("</t></is></c></row></sheetData></worksheet>")))),
          "longer than 32767 characters"
        });
    corpus.put(
        "an XLSX row of a million cells",
        new Object[] {
          SheetFormat.XLSX,
          zip(
              entry(
                  "xl/worksheets/sheet1.xml",
                  concat(
                      bytes("<worksheet><sheetData><row r=\"1\">"),
                      repeatText("<c><v>1</v></c>", 1_000_000),
                      bytes("</row></sheetData></worksheet>")))),
          "more than 16384 cells"
        });
    corpus.put(
        "an XLSX cell far outside the grid",
        new Object[] {
          SheetFormat.XLSX,
          zip(
              entry(
                  "xl/worksheets/sheet1.xml",
                  bytes(
                      "<worksheet><sheetData><row r=\"1\"><c r=\"ZZZZZZ1\"><v>1</v></c></row>"
                          + "</sheetData></worksheet>"))),
          "outside a worksheet's 16,384 columns"
        });
    corpus.put(
        "a truncated XLSX",
        new Object[] {
          SheetFormat.XLSX,
          Arrays.copyOf(
              RatingsXlsxTest.sampleWorkbook(), RatingsXlsxTest.sampleWorkbook().length / 2),
          "damaged or incomplete"
        });
    corpus.put(
        "an XLSX without its workbook part",
        new Object[] {
          SheetFormat.XLSX,
          zip(entry("[Content_Types].xml", bytes("<Types/>"))),
          "damaged and cannot be read"
        });
    corpus.put(
        "an Excel 97-2003 file",
        new Object[] {
          SheetFormat.XLSX,
          new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0},
          "Excel 97-2003 workbook"
        });
    corpus.put(
        "a CSV file named .xlsx",
        new Object[] {SheetFormat.XLSX, bytes(HEADER), "not an XLSX workbook"});
    return corpus.entrySet().stream()
        .map(e -> Arguments.of(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void hostileFilesEndInTheDocumentedExceptionWithinLimits(
      String name, SheetFormat format, Object content, String expected) {
    InvalidSheetException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () ->
                catchThrowableOfType(
                    InvalidSheetException.class, () -> READER.read(open(content), format)));
    assertThat(e).as(name).isNotNull();
    assertThat(e.problems()).extracting(Problem::toString).anyMatch(p -> p.contains(expected));
    assertThat(e.getMessage()).doesNotContain("Exception:").doesNotContain("\tat ");
  }

  // ---------------------------------------------------------------- making the corpus

  private static InputStream open(Object content) {
    if (content instanceof byte[] bytes) {
      return new ByteArrayInputStream(bytes);
    }
    return ((Source) content).open();
  }

  /** Content made on demand, so that 100 MB of it never sits in memory. */
  interface Source {
    InputStream open();
  }

  private static Source bytes(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return () -> new ByteArrayInputStream(bytes);
  }

  private static Source concat(Source... parts) {
    return () ->
        new SequenceInputStream(
            Collections.enumeration(Arrays.stream(parts).map(Source::open).toList()));
  }

  private static Source repeat(char c, long count) {
    return () -> new Repeat(new byte[] {(byte) c}, count);
  }

  private static Source repeatText(String text, long count) {
    return () -> new Repeat(text.getBytes(StandardCharsets.UTF_8), count);
  }

  private static Source zeros(long count) {
    return repeat('0', count);
  }

  record Entry(String name, Source content) {}

  private static Entry entry(String name, Source content) {
    return new Entry(name, content);
  }

  private static byte[] zip(Entry... entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(9);
      for (Entry entry : entries) {
        zip.putNextEntry(new ZipEntry(entry.name()));
        try (InputStream in = entry.content().open()) {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A pattern repeated, read without holding it. */
  private static final class Repeat extends InputStream {
    private final byte[] pattern;
    private final long total;
    private long position;

    Repeat(byte[] pattern, long count) {
      this.pattern = pattern;
      this.total = pattern.length * count;
    }

    @Override
    public int read() {
      return position < total ? pattern[(int) (position++ % pattern.length)] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= total) {
        return -1;
      }
      int n = (int) Math.min(len, total - position);
      for (int i = 0; i < n; i++) {
        b[off + i] = pattern[(int) ((position + i) % pattern.length)];
      }
      position += n;
      return n;
    }
  }
}
