package io.github.competency.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import io.github.competency.tabular.RatingsReader;
import io.github.competency.tabular.SheetRanking;
import io.github.competency.tabular.SheetSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a long ratings sheet of 1,000,000 rows (50,000 people), in milliseconds: into checked
 * profiles, one person at a time; into a top 10 for the senior role; and, as the baseline, the
 * CSV library's own plain read of the same file (FastCSV's records, every field a string).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SheetBenchmark {

  /** The rows of the sheet. */
  static final int ROWS = 1_000_000;

  private Path file;
  private RatingsReader reader;

  /** Writes the sheet once. */
  @Setup
  public void setUp() throws IOException {
    file = RatingRows.write(Files.createTempFile("ratings-", ".csv"), ROWS);
    reader = RatingsReader.of(SeniorBackendEngineer.catalogue());
  }

  /** Deletes the sheet. */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * The baseline: FastCSV reads every record of the file.
   *
   * @param blackhole takes the records
   * @return the number of records
   */
  @Benchmark
  public long fastCsvPlainRead(Blackhole blackhole) {
    long records = 0;
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
      for (CsvRecord record : csv) {
        blackhole.consume(record);
        records++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  /**
   * The library: every row into checked profiles, one person at a time.
   *
   * @param blackhole takes the profiles
   * @return the summary
   */
  @Benchmark
  public SheetSummary readProfiles(Blackhole blackhole) {
    return reader.forEach(file, blackhole::consume);
  }

  /**
   * The library: the 10 people most ready for the senior role.
   *
   * @return the ranking
   */
  @Benchmark
  public SheetRanking rankTop10() {
    return reader.rank(
        file, SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER, ReadinessMode.PROPORTIONAL, 10);
  }
}
