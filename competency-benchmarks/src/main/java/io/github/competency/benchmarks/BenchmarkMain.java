package io.github.competency.benchmarks;

import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the benchmarks with JMH's usual command line options, then prints their figures side by
 * side with their baselines and the ratios the project targets, and measures the size of a
 * compact profile. Options that only list or explain ({@code -h}, {@code -l}, {@code -lprof} ...)
 * are passed to JMH as they are.
 */
public final class BenchmarkMain {

  private static final String PACKAGE = "io.github.competency.benchmarks.";

  private BenchmarkMain() {}

  /**
   * Runs the benchmarks selected by JMH options, then prints the summary.
   *
   * @param args JMH's command line options, such as {@code -f 1 -wi 2 -i 3}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    CommandLineOptions options = new CommandLineOptions(args);
    if (options.shouldHelp()
        || options.shouldList()
        || options.shouldListWithParams()
        || options.shouldListProfilers()
        || options.shouldListResultFormats()) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Double> scores = new HashMap<>();
    for (RunResult result : results) {
      scores.put(
          result.getParams().getBenchmark().replace(PACKAGE, ""),
          result.getPrimaryResult().getScore());
    }
    print(scores, System.out);
  }

  static void print(Map<String, Double> s, PrintStream out) {
    out.println();
    out.println("== competency benchmarks: figures and ratios from this run ==");
    out.printf(
        Locale.ROOT,
        "machine: %d cores, load average %.2f, %s %s%n",
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"));

    Double compiled = s.get("ScoringBenchmark.compiledRole");
    Double hand = s.get("ScoringBenchmark.handLoop");
    Double map = s.get("ScoringBenchmark.mapBaseline");
    if (compiled != null) {
      out.println();
      out.printf(
          Locale.ROOT,
          "Readiness for the senior role (%d requirements and %d choice groups, proportional),"
              + " one thread:%n",
          SeniorBackendEngineer.seniorRole().requirements().size(),
          SeniorBackendEngineer.seniorRole().groups().size());
      out.printf(Locale.ROOT, "  compiled role (library)  %8.2f M profiles/s%n", compiled / 1e6);
      if (hand != null) {
        out.printf(
            Locale.ROOT,
            "  hand-written loop        %8.2f M profiles/s   hand/library"
                + " = %.2fx, target <= 1.3x: %s%n",
            hand / 1e6,
            hand / compiled,
            verdict(hand / compiled <= 1.3));
      }
      if (map != null) {
        out.printf(
            Locale.ROOT,
            "  Map<String, Integer>     %8.2f M profiles/s   library/map"
                + " = %.1fx, target >= 30x: %s%n",
            map / 1e6,
            compiled / map,
            verdict(compiled / map >= 30));
      }
    }

    Double score = s.get("RankingBenchmark.scoreAll");
    Double top = s.get("RankingBenchmark.topK");
    Double parallel = s.get("RankingBenchmark.topKParallel");
    if (score != null && top != null) {
      out.println();
      out.printf(
          Locale.ROOT,
          "Top %d of %,d profiles for the senior role:%n",
          RankingBenchmark.K,
          RankingBenchmark.PROFILES);
      out.printf(Locale.ROOT, "  scoring them all         %8.2f ms%n", score);
      out.printf(
          Locale.ROOT,
          "  top k, one thread        %8.2f ms   top k/scoring = %.2fx," + " target <= 1.3x: %s%n",
          top,
          top / score,
          verdict(top / score <= 1.3));
      if (parallel != null) {
        out.printf(
            Locale.ROOT,
            "  top k, parallel stream   %8.2f ms   speed-up %.2fx on %d" + " cores%n",
            parallel,
            top / parallel,
            Runtime.getRuntime().availableProcessors());
      }
    }

    Double tree = s.get("ReadingBenchmark.jacksonReadTree");
    Double read = s.get("ReadingBenchmark.readCatalogue");
    Double lookups = s.get("ReadingBenchmark.readCatalogueAndFirstLookups");
    if (tree != null && read != null) {
      out.println();
      out.printf(
          Locale.ROOT,
          "Reading the shipped catalogue from its JSON bytes (%,d bytes):%n",
          ReadingBenchmark.bytes().length);
      out.printf(Locale.ROOT, "  Jackson readTree         %8.1f us%n", tree);
      out.printf(
          Locale.ROOT,
          "  read and validate        %8.1f us   read/readTree = %.2fx," + " target <= 2x: %s%n",
          read,
          read / tree,
          verdict(read / tree <= 2));
      if (lookups != null) {
        out.printf(
            Locale.ROOT,
            "  read + first lookups     %8.1f us   = %.2fx readTree, target" + " <= 2x: %s%n",
            lookups,
            lookups / tree,
            verdict(lookups / tree <= 2));
      }
      Double build = s.get("ReadingBenchmark.buildCatalogue");
      Double indexed = s.get("ReadingBenchmark.buildCatalogueAndFirstLookups");
      if (build != null && indexed != null) {
        out.printf(
            Locale.ROOT,
            "  where the time goes: JSON to parts %.1f us, building and"
                + " validating %.1f us, indexes and skill search %.1f us%n",
            read - build,
            build,
            indexed - build);
      }
    }

    Double caseTree = s.get("CaseReadingBenchmark.jacksonReadTree");
    Double caseImport = s.get("CaseReadingBenchmark.importCase");
    if (caseTree != null && caseImport != null) {
      out.println();
      out.printf(
          Locale.ROOT,
          "Importing the CASE package of %,d skills (%,d bytes), heap %d MiB:%n",
          LargeFramework.SKILLS,
          CaseReadingBenchmark.bytes().length,
          CaseReadingBenchmark.HEAP_MB);
      out.printf(Locale.ROOT, "  Jackson readTree         %8.1f ms%n", caseTree);
      out.printf(
          Locale.ROOT,
          "  import                   %8.1f ms   import/readTree = %.2fx, target <= 3x: %s%n",
          caseImport,
          caseImport / caseTree,
          verdict(caseImport / caseTree <= 3));
    }

    Double plain = s.get("SheetBenchmark.fastCsvPlainRead");
    Double profiles = s.get("SheetBenchmark.readProfiles");
    Double rankSheet = s.get("SheetBenchmark.rankTop10");
    if (plain != null && profiles != null) {
      out.println();
      out.printf(
          Locale.ROOT,
          "A long ratings sheet of %,d rows (%,d people):%n",
          SheetBenchmark.ROWS,
          SheetBenchmark.ROWS / RatingRows.RATINGS_PER_PERSON);
      out.printf(Locale.ROOT, "  FastCSV plain read       %8.1f ms%n", plain);
      out.printf(
          Locale.ROOT,
          "  into checked profiles    %8.1f ms   profiles/plain = %.2fx, target <= 2x: %s%n",
          profiles,
          profiles / plain,
          verdict(profiles / plain <= 2));
      if (rankSheet != null) {
        out.printf(
            Locale.ROOT,
            "  into a top 10            %8.1f ms   = %.2fx plain read%n",
            rankSheet,
            rankSheet / plain);
      }
    }

    if (compiled != null || top != null) {
      double bytes = CompactSize.measure();
      int skills = CompactSize.skills();
      out.println();
      out.printf(
          Locale.ROOT,
          "Compact profile, by heap difference over %,d profiles: %.1f bytes"
              + " = %d skills + %.1f, target <= %d + 64: %s%n",
          CompactSize.COUNT,
          bytes,
          skills,
          bytes - skills,
          skills,
          verdict(bytes <= skills + 64));
    }
  }

  private static String verdict(boolean met) {
    return met ? "met" : "NOT met";
  }
}
