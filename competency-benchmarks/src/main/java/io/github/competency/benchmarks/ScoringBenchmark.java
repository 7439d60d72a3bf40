package io.github.competency.benchmarks;

import io.github.competency.core.Catalogue;
import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.CompactProfile;
import io.github.competency.core.assess.CompiledRole;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Readiness of one profile for the senior backend engineer role (41 requirements and 7 choice
 * groups, one, two or three of two to five options, over every skill of the catalogue) in
 * proportional mode, on one thread, in profiles per second: the library's compiled role on
 * compact profiles, against the hand-written loop that handles groups too (the floor) and the
 * straightforward {@code Map<String, Integer>} implementation, on the same {@value #PROFILES}
 * people.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScoringBenchmark {

  /** People scored per invocation: enough to leave the first-level caches, few enough to fit. */
  static final int PROFILES = 16_384;

  private CompiledRole compiled;
  private CompactProfile[] compact;
  private HandLoop hand;
  private byte[][] bytes;
  private MapBaseline map;
  private List<Map<String, Integer>> maps;

  /** Prepares the role three ways and the same people three ways. */
  @Setup
  public void setUp() {
    Catalogue catalogue = SeniorBackendEngineer.catalogue();
    Assessor assessor = Assessor.of(catalogue);
    compiled =
        assessor.compile(SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER, ReadinessMode.PROPORTIONAL);
    hand = new HandLoop(catalogue, SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER);
    map = new MapBaseline(catalogue, SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER);
    Population population = new Population(catalogue, 42);
    byte[][] people = new byte[PROFILES][];
    for (int i = 0; i < PROFILES; i++) {
      people[i] = population.nextPerson();
    }
    // each shape made in a pass of its own, so that each lies together in memory as an
    // application that loads a population at once would have it
    bytes = new byte[PROFILES][];
    for (int i = 0; i < PROFILES; i++) {
      bytes[i] = people[i].clone();
    }
    compact = new CompactProfile[PROFILES];
    for (int i = 0; i < PROFILES; i++) {
      compact[i] = population.compact(assessor, Population.id(i), people[i]);
    }
    maps = new ArrayList<>(PROFILES);
    for (int i = 0; i < PROFILES; i++) {
      maps.add(population.map(people[i]));
    }
  }

  /**
   * The library: a role compiled once, compact profiles.
   *
   * @return the sum of readiness, so that nothing is optimised away
   */
  @Benchmark
  @OperationsPerInvocation(PROFILES)
  public double compiledRole() {
    double sum = 0;
    for (CompactProfile profile : compact) {
      sum += compiled.readiness(profile);
    }
    return sum;
  }

  /**
   * The floor: a hand-written loop over bytes and a precomputed table.
   *
   * @return the sum of readiness
   */
  @Benchmark
  @OperationsPerInvocation(PROFILES)
  public double handLoop() {
    double sum = 0;
    for (byte[] person : bytes) {
      sum += hand.readiness(person);
    }
    return sum;
  }

  /**
   * The straightforward baseline over {@code Map<String, Integer>} ratings.
   *
   * @return the sum of readiness
   */
  @Benchmark
  @OperationsPerInvocation(PROFILES)
  public double mapBaseline() {
    double sum = 0;
    for (Map<String, Integer> ratings : maps) {
      sum += map.readiness(ratings);
    }
    return sum;
  }
}
