package io.github.competency.benchmarks;

import io.github.competency.core.Catalogue;
import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.CompactProfile;
import io.github.competency.core.assess.CompiledRole;
import io.github.competency.core.assess.ProfileScore;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.util.ArrayList;
import java.util.List;
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

/**
 * The top {@value #K} of {@value #PROFILES} compact profiles for the senior role, against the
 * cost of scoring them all, in milliseconds per population; and the same ranking on a parallel
 * stream over all cores.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RankingBenchmark {

  static final int PROFILES = 1_000_000;
  static final int K = 10;

  private CompiledRole compiled;
  private List<CompactProfile> profiles;

  /** Compiles the role and makes the population. */
  @Setup
  public void setUp() {
    Catalogue catalogue = SeniorBackendEngineer.catalogue();
    Assessor assessor = Assessor.of(catalogue);
    compiled =
        assessor.compile(SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER, ReadinessMode.PROPORTIONAL);
    Population population = new Population(catalogue, 7);
    profiles = new ArrayList<>(PROFILES);
    for (int i = 0; i < PROFILES; i++) {
      profiles.add(population.compact(assessor, Population.id(i), population.nextPerson()));
    }
  }

  /**
   * Scoring every profile, the reference cost of ranking.
   *
   * @return the sum of readiness
   */
  @Benchmark
  public double scoreAll() {
    double sum = 0;
    for (CompactProfile profile : profiles) {
      sum += compiled.readiness(profile);
    }
    return sum;
  }

  /**
   * The top k, on one thread.
   *
   * @return the top k
   */
  @Benchmark
  public List<ProfileScore> topK() {
    return compiled.top(profiles, K);
  }

  /**
   * The top k on a parallel stream: every core scores a share and keeps its own k best.
   *
   * @return the top k
   */
  @Benchmark
  public List<ProfileScore> topKParallel() {
    return compiled.top(profiles.parallelStream(), K);
  }
}
