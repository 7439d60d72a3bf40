package io.github.competency.benchmarks;

import io.github.competency.core.Catalogue;
import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.CompactProfile;
import io.github.competency.core.assess.CompiledRole;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scoring benchmark's three contenders timed back to back, round after round, in the CPU
 * time of the thread rather than the time on the clock, for a machine other work shares: time
 * the thread spends waiting for a core is not counted. In each round the library, the
 * hand-written loop and the Map baseline each score the same {@value ScoringBenchmark#PROFILES}
 * people once, and the ratios are taken within the round. Prints the median over the rounds of
 * each time and each ratio. A check on the JMH figures when the machine is not quiet (other
 * processes still share caches and memory bandwidth), not a replacement for them:
 *
 * <pre>
 * java -cp competency-benchmarks/target/benchmarks.jar \
 *     io.github.competency.benchmarks.InterleavedScoring 400
 * </pre>
 */
public final class InterleavedScoring {

  private InterleavedScoring() {}

  /**
   * Runs the rounds.
   *
   * @param args the number of rounds (default 400), after as many rounds to warm up
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    Catalogue catalogue = SeniorBackendEngineer.catalogue();
    Assessor assessor = Assessor.of(catalogue);
    CompiledRole compiled =
        assessor.compile(SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER, ReadinessMode.PROPORTIONAL);
    HandLoop hand = new HandLoop(catalogue, SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER);
    MapBaseline map = new MapBaseline(catalogue, SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER);
    Population population = new Population(catalogue, 42);
    int n = ScoringBenchmark.PROFILES;
    byte[][] people = new byte[n][];
    for (int i = 0; i < n; i++) {
      people[i] = population.nextPerson();
    }
    byte[][] bytes = new byte[n][];
    for (int i = 0; i < n; i++) {
      bytes[i] = people[i].clone();
    }
    CompactProfile[] compact = new CompactProfile[n];
    for (int i = 0; i < n; i++) {
      compact[i] = population.compact(assessor, Population.id(i), people[i]);
    }
    List<Map<String, Integer>> maps = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      maps.add(population.map(people[i]));
    }
    double sink = 0;
    long[][] times = new long[3][rounds];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int r = -rounds; r < rounds; r++) {
      long t0 = threads.getCurrentThreadCpuTime();
      for (CompactProfile profile : compact) {
        sink += compiled.readiness(profile);
      }
      long t1 = threads.getCurrentThreadCpuTime();
      for (byte[] person : bytes) {
        sink += hand.readiness(person);
      }
      long t2 = threads.getCurrentThreadCpuTime();
      for (Map<String, Integer> ratings : maps) {
        sink += map.readiness(ratings);
      }
      long t3 = threads.getCurrentThreadCpuTime();
      if (r >= 0) {
        times[0][r] = t1 - t0;
        times[1][r] = t2 - t1;
        times[2][r] = t3 - t2;
      }
    }
    double[] handOverLibrary = new double[rounds];
    double[] libraryOverMap = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      handOverLibrary[r] = (double) times[0][r] / times[1][r];
      libraryOverMap[r] = (double) times[2][r] / times[0][r];
    }
    System.out.printf(
        Locale.ROOT,
        "%d rounds of %,d profiles, medians of thread CPU time (checksum %.1f):%n"
            + "  compiled role (library)  %6.1f ns/profile%n"
            + "  hand-written loop        %6.1f ns/profile   library/hand time = %.2fx%n"
            + "  Map<String, Integer>     %6.1f ns/profile   map/library time = %.1fx%n",
        rounds,
        n,
        sink,
        median(times[0]) / n,
        median(times[1]) / n,
        median(handOverLibrary),
        median(times[2]) / n,
        median(libraryOverMap));
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
