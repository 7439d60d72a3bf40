package io.github.competency.benchmarks;

import io.github.competency.core.Catalogue;
import io.github.competency.core.json.CatalogueJson;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
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
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading the shipped catalogue's bytes, in microseconds: into a validated catalogue, into one
 * whose first lookups have built its indexes and skill search, and, as the baseline, into a
 * plain Jackson tree. Two more benchmarks split the cost without JSON: building (and so
 * validating) the same catalogue from its parts, and that plus the first lookups.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 5, time = 2) // the reader's many small methods take long to compile
@Measurement(iterations = 3, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadingBenchmark {

  private byte[] json;
  private JsonMapper mapper;
  private CatalogueJson reader;
  private Catalogue parts;

  /** Loads the bytes once. */
  @Setup
  public void setUp() {
    json = bytes();
    mapper = JsonMapper.builder().build();
    reader = CatalogueJson.defaults();
    parts = reader.read(new ByteArrayInputStream(json));
  }

  /** The shipped catalogue's JSON, as the bytes of its UTF-8 file. */
  static byte[] bytes() {
    return SeniorBackendEngineer.json().getBytes(StandardCharsets.UTF_8);
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
   * The library's strict reading and validation.
   *
   * @return the catalogue
   */
  @Benchmark
  public Catalogue readCatalogue() {
    return reader.read(new ByteArrayInputStream(json));
  }

  /**
   * Reading, then the first lookups, which build the catalogue's indexes and skill search.
   *
   * @param blackhole takes the lookups' results
   * @return the catalogue
   */
  @Benchmark
  public Catalogue readCatalogueAndFirstLookups(Blackhole blackhole) {
    Catalogue catalogue = reader.read(new ByteArrayInputStream(json));
    lookups(catalogue, blackhole);
    return catalogue;
  }

  /**
   * Building the catalogue from parts already in memory, which validates it: reading's cost
   * without JSON.
   *
   * @return the catalogue
   */
  @Benchmark
  public Catalogue buildCatalogue() {
    return Catalogue.builder().from(parts).build();
  }

  /**
   * Building the catalogue from parts, then the first lookups, which build its indexes.
   *
   * @param blackhole takes the lookups' results
   * @return the catalogue
   */
  @Benchmark
  public Catalogue buildCatalogueAndFirstLookups(Blackhole blackhole) {
    Catalogue catalogue = Catalogue.builder().from(parts).build();
    lookups(catalogue, blackhole);
    return catalogue;
  }

  private static void lookups(Catalogue catalogue, Blackhole blackhole) {
    blackhole.consume(catalogue.get(SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER));
    blackhole.consume(catalogue.findSkillByName("postgres"));
  }
}
