package io.github.competency.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.json.ReadLimits;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any document within the read limits is read or refused within a heap of 64 MB plus 8 times its
 * size: each document here is read on every path (a stream, a file, text) by a JVM of its own
 * whose heap is that bound, and each read must end in a result or the documented exception, not
 * in {@link OutOfMemoryError}. The documents are the densest this project knows of: numbers by
 * the million where nothing is mapped, records of a few bytes each, strings at the limit.
 */
class BoundedMemoryTest {

  private static final int LIMIT = ReadLimits.DEFAULT_MAX_DOCUMENT_BYTES - 4096;

  @TempDir Path folder;

  @Test
  void everyDenseDocumentIsReadOrRefusedWithinSixtyFourMegabytesAndEightTimesItsSize()
      throws Exception {
    List<String> lines = new ArrayList<>();
    lines.addAll(
        readAlone("case", write("numbers.json", HostileCorpusTest.numbersInARubricLevel()), 256));
    lines.addAll(
        readAlone(
            "case", write("case-items.json", dense("CFItems", "{\"identifier\":\"i%d\"}")), 0));
    lines.addAll(readAlone("rsd", write("rsd-skills.json", rsd("{\"skillName\":\"s%d\"}")), 0));
    lines.addAll(readAlone("case", write("strings.json", strings()), 0));
    lines.addAll(readAlone("case", write("edge.json", edge()), 0));
    assertThat(lines)
        .hasSize(15)
        .allSatisfy(line -> assertThat(line).matches("\\S+ \\S+ (read|refused): .*"));
    // the packages beyond the budget are refused at the record where it ran out
    assertThat(lines)
        .filteredOn(l -> l.startsWith("case-items.json"))
        .allSatisfy(
            l ->
                assertThat(l)
                    .contains("refused: CFItems[")
                    .contains("more records than an import keeps"));
    assertThat(lines)
        .filteredOn(l -> l.startsWith("edge.json"))
        .allSatisfy(l -> assertThat(l).contains(" read: 49,000 skills"));
    assertThat(lines)
        .filteredOn(l -> l.startsWith("numbers.json"))
        .allSatisfy(l -> assertThat(l).contains(" read: 65 skills"));
  }

  /** Records of a few bytes each, in an array that is a package's member. */
  private static String dense(String member, String element) {
    StringBuilder json =
        new StringBuilder(
            "{\"CFDocument\":{\"identifier\":\"d\",\"title\":\"T\"},\"" + member + "\":[");
    for (int i = 0; json.length() < LIMIT - 64; i++) {
      json.append(i == 0 ? "" : ",").append(String.format(element, i));
    }
    return json.append("]}").toString();
  }

  private static String rsd(String element) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; json.length() < LIMIT - 64; i++) {
      json.append(i == 0 ? "" : ",").append(String.format(element, i));
    }
    return json.append("]").toString();
  }

  /** Items whose names are strings close to the longest allowed. */
  private static String strings() {
    StringBuilder json =
        new StringBuilder("{\"CFDocument\":{\"identifier\":\"d\",\"title\":\"T\"},\"CFItems\":[");
    String name = "x".repeat(ReadLimits.DEFAULT_MAX_STRING_LENGTH - 10);
    for (int i = 0; json.length() + name.length() < LIMIT - 64; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"identifier\":\"i" + i + "\",\"fullStatement\":\"" + name + "\"}");
    }
    return json.append("]}").toString();
  }

  /** As many items of another framework as the budget of a 1 MB document admits, each a skill. */
  private static String edge() {
    StringBuilder json =
        new StringBuilder("{\"CFDocument\":{\"identifier\":\"d\",\"title\":\"T\"},\"CFItems\":[");
    for (int i = 0; i < 49_000; i++) {
      json.append(i == 0 ? "" : ",").append("{\"identifier\":\"i" + i + "\"}");
    }
    return json.append("]}").toString();
  }

  private Path write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /**
   * Reads a file in a JVM whose heap is 64 MB and 8 times the file's size (or {@code heap} MB,
   * if more is asked for), on every path.
   *
   * @return a line per path
   */
  private static List<String> readAlone(String format, Path file, int heap) throws Exception {
    long bound = 64 + (8 * Files.size(file) + (1 << 20) - 1) / (1 << 20);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + Math.max(bound, heap) + "m");
    command.add("-cp");
    command.add(classPath());
    command.add(BoundedMemoryTest.class.getName());
    command.add(format);
    command.add(file.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (InputStream out = process.getInputStream()) {
      output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    List<String> lines = new ArrayList<>();
    for (String line : output.split("\n")) {
      if (!line.isBlank()) {
        lines.add(file.getFileName() + " " + line);
      }
    }
    return lines;
  }

  /** The class path of this JVM, modules included, for a JVM that reads on the class path. */
  private static String classPath() throws URISyntaxException {
    Set<String> entries = new LinkedHashSet<>();
    entries.add(
        Path.of(BoundedMemoryTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString());
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property);
      if (value != null && !value.isEmpty()) {
        entries.addAll(List.of(value.split(File.pathSeparator)));
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /**
   * Reads a file on every path, one after the other, and prints how each ended; an {@link Error}
   * ends the JVM with a stack trace and another exit code.
   *
   * @param args the format ({@code case} or {@code rsd}) and the file
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0].equals("case") || args[0].equals("rsd") ? args[1] : args[0]);
    boolean isCase = args[0].equals("case");
    EveryPath.Import format =
        isCase ? EveryPath.of(CaseJson.defaults()) : EveryPath.of(RsdJson.defaults());
    for (String path : List.of("stream", "path", "string")) {
      String outcome;
      try {
        ImportResult result =
            switch (path) {
              case "stream" -> {
                try (InputStream in = Files.newInputStream(file)) {
                  yield format.read(in);
                }
              }
              case "path" -> format.read(file);
              default -> format.fromJson(Files.readString(file));
            };
        outcome =
            String.format(
                "read: %,d skills, %,d warnings",
                result.catalogue().skills().size(), result.warnings().size());
      } catch (InvalidCatalogueException e) {
        outcome = "refused: " + e.problems().get(0);
      }
      System.out.println(path + " " + outcome);
    }
  }
}
