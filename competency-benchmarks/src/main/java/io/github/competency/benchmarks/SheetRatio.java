package io.github.competency.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import io.github.competency.tabular.RatingsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The sheet benchmark's ratio measured in pairs: the library's read into profiles and FastCSV's
 * plain read of the same 1,000,000-row file, one right after the other, twelve times in one JVM,
 * after a warm-up. On a machine shared with other work, whose speed changes from one second to
 * the next, the ratio of each pair is measured under the same conditions, which JMH's separate
 * forks cannot promise. Prints each pair and the median ratio:
 *
 * <pre>
 * java -cp competency-benchmarks/target/benchmarks.jar io.github.competency.benchmarks.SheetRatio
 * </pre>
 */
public final class SheetRatio {

  private static final int WARM_UP = 4;
  private static final int PAIRS = 12;

  private SheetRatio() {}

  /**
   * Writes the sheet, measures the pairs, prints them.
   *
   * @param args ignored
   * @throws IOException if the temporary file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = RatingRows.write(Files.createTempFile("ratings-", ".csv"), SheetBenchmark.ROWS);
    try {
      RatingsReader reader = RatingsReader.of(SeniorBackendEngineer.catalogue());
      double[] ratios = new double[PAIRS];
      for (int i = -WARM_UP; i < PAIRS; i++) {
        long start = System.nanoTime();
        long[] ratings = {0};
        reader.forEach(file, person -> ratings[0] += person.profile().ratings().size());
        long middle = System.nanoTime();
        long fields = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
          for (CsvRecord record : csv) {
            fields += record.getFieldCount();
          }
        }
        long end = System.nanoTime();
        if (i >= 0) {
          ratios[i] = (double) (middle - start) / (end - middle);
          System.out.printf(
              Locale.ROOT,
              "pair %2d: into profiles %,6d ms (%,d ratings), FastCSV plain read %,6d ms (%,d"
                  + " fields): %.2fx%n",
              i + 1,
              (middle - start) / 1_000_000,
              ratings[0],
              (end - middle) / 1_000_000,
              fields,
              ratios[i]);
        }
      }
      Arrays.sort(ratios);
      System.out.printf(
          Locale.ROOT,
          "median profiles/plain %.2fx (from %.2fx to %.2fx), target <= 2x%n",
          (ratios[PAIRS / 2 - 1] + ratios[PAIRS / 2]) / 2,
          ratios[0],
          ratios[PAIRS - 1]);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
