package io.github.competency.benchmarks;

import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.interchange.CaseJson;
import io.github.competency.interchange.ImportResult;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The heap a CASE import needs, for the README's figures: {@code write FOLDER} writes the two
 * packages measured (the shipped catalogue's with 2,000,000 numbers in a rubric level's
 * extensions, and the 50,000-skill {@link LargeFramework}'s); {@code read FILE} imports one as a
 * stream, as a file and as text, one after the other, and prints how each ended and how long it
 * took. Run it with the heap to try, such as {@code -Xmx256m}: a read that needs more ends the
 * run with an {@link OutOfMemoryError}.
 */
public final class ImportHeap {

  private ImportHeap() {}

  /**
   * Writes the packages, or reads one.
   *
   * @param args {@code write FOLDER} or {@code read FILE}
   * @throws IOException if a file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("write")) {
      Path folder = Files.createDirectories(Path.of(args[1]));
      Files.writeString(folder.resolve("numbers.json"), numbers(), StandardCharsets.UTF_8);
      Files.write(folder.resolve("large.json"), CaseReadingBenchmark.bytes());
      return;
    }
    if (args.length != 2 || !args[0].equals("read")) {
      System.err.println("usage: ImportHeap write FOLDER | read FILE");
      System.exit(2);
    }
    Path file = Path.of(args[1]);
    CaseJson reader =
        CaseJson.defaults().withLimits(CaseReadingBenchmark.limits((int) Files.size(file)));
    for (String way : List.of("stream", "path", "string")) {
      String text = way.equals("string") ? Files.readString(file) : null;
      long start = System.nanoTime();
      String outcome;
      try {
        ImportResult result =
            switch (way) {
              case "stream" -> {
                try (InputStream in = Files.newInputStream(file)) {
                  yield reader.read(in);
                }
              }
              case "path" -> reader.read(file);
              default -> reader.fromJson(text);
            };
        outcome = "read, " + result.catalogue().skills().size() + " skills";
      } catch (InvalidCatalogueException e) {
        outcome = "refused: " + e.problems().get(0);
      }
      System.out.printf(
          Locale.ROOT,
          "%-6s %s in %.0f ms (heap %d MB)%n",
          way,
          outcome,
          (System.nanoTime() - start) / 1e6,
          Runtime.getRuntime().maxMemory() >> 20);
    }
  }

  /** The shipped catalogue's package, 2,000,000 numbers in its first rubric level's extensions. */
  static String numbers() {
    String json = CaseJson.defaults().toJson(SeniorBackendEngineer.catalogue());
    StringBuilder numbers = new StringBuilder(4_000_000);
    for (int i = 0; i < 2_000_000; i++) {
      numbers.append(i == 0 ? "" : ",").append(i % 10);
    }
    int open = json.indexOf('{', json.indexOf("\"CFRubricCriterionLevels\": [")) + 1;
    return json.substring(0, open) + "\"extensions\": [" + numbers + "], " + json.substring(open);
  }
}
