package io.github.competency.benchmarks;

import io.github.competency.core.json.ReadLimits;
import io.github.competency.interchange.CaseJson;
import io.github.competency.interchange.ImportResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Importing the CASE package of a 50,000-skill framework ({@link LargeFramework}) from its
 * bytes, in milliseconds, beside the baseline: a plain Jackson tree of the same bytes. The fork
 * runs in the heap the import promises to need for a document of this size (109,551,354 bytes):
 * 64 MB plus 8 times its size, {@value #HEAP_MB} MB.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx" + CaseReadingBenchmark.HEAP_MB + "m")
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 3, time = 5)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CaseReadingBenchmark {

  /** The heap of the fork, in MiB: 64 plus 8 times the package's 104.5 MiB, rounded up. */
  static final int HEAP_MB = 900;

  private byte[] json;
  private JsonMapper mapper;
  private CaseJson reader;

  /** Exports the framework once. */
  @Setup
  public void setUp() {
    json = bytes();
    mapper = JsonMapper.builder().build();
    reader = CaseJson.defaults().withLimits(limits(json.length));
  }

  /** The package's bytes. */
  static byte[] bytes() {
    return CaseJson.defaults().toJson(LargeFramework.catalogue()).getBytes(StandardCharsets.UTF_8);
  }

  /** The default limits, with room for a document of this size. */
  static ReadLimits limits(int bytes) {
    return ReadLimits.defaults()
        .withMaxDocumentBytes(Math.max(bytes, ReadLimits.DEFAULT_MAX_DOCUMENT_BYTES));
  }

  /**
   * The baseline: a plain Jackson tree of the same bytes.
   *
   * @return the tree
   */
  @Benchmark
  public JsonNode jacksonReadTree() {
    return mapper.readTree(json);
  }

  /**
   * The import: a validated catalogue and its warnings.
   *
   * @return the result
   */
  @Benchmark
  public ImportResult importCase() {
    return reader.read(new ByteArrayInputStream(json));
  }
}
