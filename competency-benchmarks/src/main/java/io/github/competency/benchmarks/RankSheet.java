package io.github.competency.benchmarks;

import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import io.github.competency.tabular.RankedPerson;
import io.github.competency.tabular.RatingsReader;
import io.github.competency.tabular.SheetRanking;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Ranks a long ratings sheet of a given number of rows for the senior role and prints the time,
 * the heap limit and the peak heap used: the streaming check, run with a small heap,
 *
 * <pre>
 * java -Xmx64m -cp competency-benchmarks/target/benchmarks.jar \
 *     io.github.competency.benchmarks.RankSheet 1000000
 * </pre>
 */
public final class RankSheet {

  private RankSheet() {}

  /**
   * Writes the sheet to a temporary file, ranks it, prints the figures.
   *
   * @param args the number of rows (default 1,000,000)
   * @throws IOException if the temporary file cannot be written
   */
  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path file = RatingRows.write(Files.createTempFile("ratings-", ".csv"), rows);
    try {
      RatingsReader reader = RatingsReader.of(SeniorBackendEngineer.catalogue());
      long start = System.nanoTime();
      SheetRanking ranking =
          reader.rank(
              file, SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER, ReadinessMode.PROPORTIONAL, 10);
      long millis = (System.nanoTime() - start) / 1_000_000;
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      System.out.printf(
          Locale.ROOT,
          "ranked %,d rows (%,d bytes, %,d people, %d set aside) in %,d ms; heap limit %,d MiB,"
              + " peak heap used %,d MiB%n",
          ranking.summary().rows(),
          Files.size(file),
          ranking.summary().people(),
          ranking.summary().setAside(),
          millis,
          Runtime.getRuntime().maxMemory() >> 20,
          peak >> 20);
      for (RankedPerson person : ranking.top()) {
        System.out.printf(
            Locale.ROOT,
            "  %2d  %s  %-14s %.2f%n",
            person.rank(),
            person.sheetId(),
            person.name().orElse(""),
            person.readiness());
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
