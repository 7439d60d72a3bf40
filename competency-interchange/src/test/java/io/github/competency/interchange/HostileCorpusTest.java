package io.github.competency.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Byte sequences that have broken readers, each read as CASE and as RSD on every path (a stream,
 * a file, text): each ends in a result or in the documented exception, never in an {@link Error}
 * such as running out of memory, and where the outcome is known, it is that one.
 */
class HostileCorpusTest {

  private static final String SHIPPED =
      CaseJson.defaults().toJson(SeniorBackendEngineer.catalogue());
  private static final String SHIPPED_RSD =
      RsdJson.defaults().toJson(SeniorBackendEngineer.catalogue());

  /** One-digit numbers, separated by commas, as many as asked. */
  static String numbers(int count) {
    StringBuilder numbers = new StringBuilder(2 * count);
    for (int i = 0; i < count; i++) {
      numbers.append(i == 0 ? "" : ",").append(i % 10);
    }
    return numbers.toString();
  }

  /**
   * The shipped catalogue's package with 2,000,000 numbers in the extensions of its first rubric
   * level, 4.7 MB of them, where CASE 1.1 allows an array.
   */
  static String numbersInARubricLevel() {
    String marker = "\"CFRubricCriterionLevels\": [";
    int open = SHIPPED.indexOf('{', SHIPPED.indexOf(marker)) + 1;
    return SHIPPED.substring(0, open)
        + "\"extensions\": ["
        + numbers(2_000_000)
        + "], "
        + SHIPPED.substring(open);
  }

  private static Map<String, byte[]> cases() {
    Map<String, byte[]> cases = new LinkedHashMap<>();
    cases.put("2,000,000 numbers in a rubric level's extensions", utf8(numbersInARubricLevel()));
    cases.put(
        "2,000,000 numbers in another tool's member of a CFItem",
        utf8(
            SHIPPED.replaceFirst(
                "\"CFItems\": \\[\n    \\{", "$0\"other\": [" + numbers(2_000_000) + "], ")));
    cases.put(
        "2,000,000 numbers in an unknown member of the package",
        utf8("{\"other\": [" + numbers(2_000_000) + "]," + SHIPPED.substring(1)));
    cases.put(
        "arrays nested 100,000 deep",
        utf8("{\"CFDocument\": {\"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}}"));
    cases.put(
        "objects nested 100,000 deep",
        utf8("{\"CFDocument\": " + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_001)));
    cases.put(
        "a string of 1,000,001 characters",
        utf8("{\"CFDocument\": {\"title\": \"" + "x".repeat(1_000_001) + "\"}}"));
    cases.put("UTF-16 with a byte-order mark", SHIPPED.getBytes(StandardCharsets.UTF_16));
    cases.put("UTF-16 little-endian without one", SHIPPED.getBytes(StandardCharsets.UTF_16LE));
    cases.put(
        "a byte that is not UTF-8 in a member no mapping reads",
        concat(
            utf8("{\"other\": \"caf"),
            new byte[] {(byte) 0xE9},
            utf8("\"," + SHIPPED.substring(1))));
    cases.put(
        "a lone surrogate in a title", utf8(SHIPPED.replaceFirst("\"title\": \"", "$0\\\\ud800")));
    cases.put("every value null", utf8(SHIPPED.replaceAll(": \"[^\"]*\"", ": null")));
    cases.put("every string a number", utf8(SHIPPED.replaceAll(": \"[^\"]*\"", ": 7")));
    cases.put("every object empty", utf8(SHIPPED.replaceAll("\\{[^{}\\[\\]]*\\}", "{}")));
    cases.put("nothing", new byte[0]);
    cases.put("white space", utf8(" \n\t "));
    cases.put("null", utf8("null"));
    cases.put("an array", utf8("[]"));
    cases.put("an empty object", utf8("{}"));
    cases.put("two documents", utf8(SHIPPED + SHIPPED));
    cases.put("the descriptors, as CASE", utf8(SHIPPED_RSD));
    cases.put(
        "a member repeated", utf8(SHIPPED.replaceFirst("\"CFItems\"", "\"CFRubrics\": [], $0")));
    cases.put("10,000 associations of a type the model does not know", utf8(associations(10_000)));
    cases.put(
        "2,000,000 numbers in a descriptor",
        utf8(
            SHIPPED_RSD.replaceFirst(
                "\"skills\": \\[\n    \\{", "$0\"other\": [" + numbers(2_000_000) + "], ")));
    cases.put(
        "20,000 descriptors with one uuid",
        utf8(
            "["
                + "{\"uuid\": \"u\", \"skillName\": \"s\"},".repeat(19_999)
                + "{\"uuid\": \"u\", \"skillName\": \"s\"}]"));
    return cases;
  }

  private static String associations(int n) {
    StringBuilder json =
        new StringBuilder(
            "{\"CFDocument\": {\"identifier\": \"d\", \"title\": \"T\", \"language\": \"en\"},"
                + " \"CFItems\": [{\"identifier\": \"i\", \"fullStatement\": \"I\"}],"
                + " \"CFAssociations\": [");
    for (int k = 0; k < n; k++) {
      json.append(k == 0 ? "" : ", ")
          .append("{\"identifier\": \"a")
          .append(k)
          .append("\", \"associationType\": \"ext:odd\", \"originNodeURI\": {\"identifier\":")
          .append(" \"i\"}, \"destinationNodeURI\": {\"identifier\": \"d\"}}");
    }
    return json.append("]}").toString();
  }

  /** What is known of some outcomes: the checks they must pass, as CASE. */
  private static final Map<String, Consumer<List<EveryPath.Outcome>>> KNOWN =
      Map.of(
          "2,000,000 numbers in a rubric level's extensions",
          outcomes ->
              assertThat(outcomes)
                  .allSatisfy(
                      o ->
                          assertThat(o.result())
                              .get()
                              .extracting(ImportResult::catalogue)
                              .isEqualTo(SeniorBackendEngineer.catalogue())),
          "arrays nested 100,000 deep",
          outcomes ->
              assertThat(outcomes)
                  .allSatisfy(
                      o ->
                          assertThat(o.problems())
                              .anySatisfy(p -> assertThat(p).contains("ReadLimits.maxDepth"))),
          "a string of 1,000,001 characters",
          outcomes ->
              assertThat(outcomes)
                  .allSatisfy(
                      o ->
                          assertThat(o.problems())
                              .anySatisfy(
                                  p -> assertThat(p).contains("ReadLimits.maxStringLength"))),
          "UTF-16 with a byte-order mark",
          outcomes ->
              assertThat(outcomes.subList(0, 2))
                  .allSatisfy(
                      o ->
                          assertThat(o.problems())
                              .singleElement()
                              .asString()
                              .contains("must be UTF-8")),
          "10,000 associations of a type the model does not know",
          outcomes ->
              assertThat(outcomes)
                  .allSatisfy(
                      o ->
                          assertThat(o.result().orElseThrow().warnings())
                              .hasSize(1_001)
                              .last()
                              .extracting(ImportWarning::message)
                              .asString()
                              .startsWith("9,000 more warnings are left out")));

  @TestFactory
  List<DynamicTest> everyHostileDocumentEndsInAResultOrTheDocumentedException() {
    List<DynamicTest> tests = new ArrayList<>();
    cases()
        .forEach(
            (name, bytes) -> {
              tests.add(
                  DynamicTest.dynamicTest(
                      "CASE: " + name,
                      () -> {
                        List<EveryPath.Outcome> outcomes =
                            EveryPath.read(EveryPath.of(CaseJson.defaults()), bytes);
                        KNOWN.getOrDefault(name, o -> {}).accept(outcomes);
                      }));
              tests.add(
                  DynamicTest.dynamicTest(
                      "RSD: " + name,
                      () -> EveryPath.read(EveryPath.of(RsdJson.defaults()), bytes)));
            });
    return tests;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
