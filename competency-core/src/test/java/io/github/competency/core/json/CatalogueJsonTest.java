package io.github.competency.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Fixtures;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueJsonTest {

  private static final String FIXTURE = Fixtures.text(Fixtures.PLATFORM_TEAM);
  private final CatalogueJson json = CatalogueJson.defaults();

  @Test
  void readsTheFrozenFixture() {
    Catalogue catalogue = json.fromJson(FIXTURE);

    assertThat(catalogue.id().value()).isEqualTo("platform-team");
    assertThat(catalogue.language().toLanguageTag()).isEqualTo("en-GB");
    assertThat(catalogue.proficiencies()).hasSize(4);
    assertThat(catalogue.levels()).hasSize(3);
    assertThat(catalogue.categories()).hasSize(3);
    assertThat(catalogue.skills()).hasSize(5);
    assertThat(catalogue.responsibilities()).hasSize(3);
    assertThat(catalogue.roles()).hasSize(4);
    assertThat(catalogue.source().flatMap(s -> s.uri()).map(Object::toString))
        .contains("https://example.org/fixtures/platform-team");
  }

  @Test
  void writesTheFixtureBackByteForByte() {
    assertThat(json.toJson(json.fromJson(FIXTURE))).isEqualTo(FIXTURE);
  }

  @Test
  void theFixtureIsValidAgainstTheSchema() {
    assertThat(SchemaCheck.errors(FIXTURE)).isEmpty();
  }

  @Test
  void readsStreamsFilesAndTextAlike(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("catalogue.json");
    Files.writeString(file, FIXTURE);
    Catalogue fromText = json.fromJson(FIXTURE);

    assertThat(json.read(file)).isEqualTo(fromText);
    assertThat(json.read(new ByteArrayInputStream(FIXTURE.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(fromText);
  }

  @Test
  void aMissingFileIsAnUncheckedIoExceptionNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");
    assertThatThrownBy(() -> json.read(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("nope.json");
  }

  @Test
  void writingNeitherClosesTheStreamNorAddsAnythingButTheDocument() {
    class Recording extends ByteArrayOutputStream {
      boolean closed;

      @Override
      public void close() {
        closed = true;
      }
    }
    Recording out = new Recording();
    json.write(json.fromJson(FIXTURE), out);
    assertThat(out.closed).isFalse();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(FIXTURE);
  }

  @Test
  void aFailingStreamIsReportedAsUncheckedIo() {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };
    Catalogue catalogue = json.fromJson(FIXTURE);
    assertThatThrownBy(() -> json.write(catalogue, broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
    InputStream unreadable =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("device gone");
          }
        };
    assertThatThrownBy(() -> json.read(unreadable))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("device gone");
  }

  // ------------------------------------------------------------------ strict reading

  @Test
  void anUnknownFieldIsNamedWithItsPathAndPosition() {
    String broken =
        FIXTURE.replace(
            "\"name\": \"Kubernetes\",", "\"name\": \"Kubernetes\",\n      \"nmae\": \"typo\",");

    Problem problem = onlyProblem(broken);

    assertThat(problem.path()).isEqualTo("skills[1].nmae");
    assertThat(problem.message()).contains("unknown field 'nmae'").contains("name, category");
    assertThat(problem.line()).hasValue(lineOf(broken, "\"nmae\""));
    assertThat(problem.column()).hasValue(7);
  }

  @Test
  void aFieldWithAnEmptyNameHasAPathToo() {
    Problem problem =
        onlyProblem(FIXTURE.replace("\"name\": \"Go\",", "\"name\": \"Go\", \"\": 1,"));
    assertThat(problem.path()).isEqualTo("skills[0].\"\"");
    assertThat(problem.message()).startsWith("unknown field '' in a skill");
  }

  @Test
  void aValueOfTheWrongTypeIsNamed() {
    String broken = FIXTURE.replaceFirst("\"rank\": 1,", "\"rank\": \"first\",");

    Problem problem = onlyProblem(broken);

    assertThat(problem.path()).isEqualTo("proficiencies[0].rank");
    assertThat(problem.message()).isEqualTo("expected a whole number, found a string");
    assertThat(problem.line()).hasValue(lineOf(broken, "\"first\""));
  }

  @Test
  void nullIsAWrongTypeToo() {
    Problem problem =
        onlyProblem(FIXTURE.replace("\"title\": \"Run the platform\"", "\"title\": null"));
    assertThat(problem.path()).isEqualTo("responsibilities[0].title");
    assertThat(problem.message()).isEqualTo("expected a string, found null");
  }

  @Test
  void aNumberOutOfRangeIsNamed() {
    Problem problem = onlyProblem(FIXTURE.replaceFirst("\"rank\": 1,", "\"rank\": 99999999999,"));
    assertThat(problem.path()).isEqualTo("proficiencies[0].rank");
    assertThat(problem.message()).contains("out of range");
  }

  @Test
  void aMissingRequiredFieldNamesTheObject() {
    String broken = FIXTURE.replace("\"name\": \"Go\",\n", "");

    Problem problem = onlyProblem(broken);

    assertThat(problem.path()).isEqualTo("skills[0]");
    assertThat(problem.message()).isEqualTo("missing required field 'name' in a skill");
  }

  @Test
  void aMalformedIdIsNamedWithTheRule() {
    Problem problem =
        onlyProblem(FIXTURE.replace("\"id\": \"kubernetes\"", "\"id\": \"Kubernetes\""));
    assertThat(problem.path()).isEqualTo("skills[1].id");
    assertThat(problem.message())
        .startsWith("'Kubernetes' is not a valid skill id")
        .contains("lowercase");
  }

  @Test
  void aRepeatedFieldIsAnError() {
    Problem problem =
        onlyProblem(
            FIXTURE.replace("\"name\": \"Go\",", "\"name\": \"Go\", \"name\": \"Golang\","));
    assertThat(problem.path()).isEqualTo("skills[0].name");
    assertThat(problem.message()).contains("appears more than once");
  }

  @Test
  void anUnknownFormatVersionIsRefused() {
    Problem problem =
        onlyProblem(FIXTURE.replace("competency-catalogue/1", "competency-catalogue/2"));
    assertThat(problem.path()).isEqualTo("format");
    assertThat(problem.message())
        .isEqualTo(
            "unsupported format version "
                + "'competency-catalogue/2'; this library reads 'competency-catalogue/1'");
    assertThat(problem.line()).hasValue(2);
  }

  @Test
  void aDocumentOfAnotherKindIsRefused() {
    Problem problem = onlyProblem(FIXTURE.replace("competency-catalogue/1", "openapi/3"));
    assertThat(problem.message()).contains("is not a competency catalogue format");
  }

  @Test
  void everyStructuralProblemIsReportedAtOnce() {
    String broken =
        FIXTURE
            .replace("\"name\": \"Go\",\n", "")
            .replace("\"id\": \"kubernetes\"", "\"id\": \"Kubernetes\"")
            .replaceFirst("\"rank\": 1,", "\"rank\": \"first\",")
            .replace("\"area\": \"People\",", "\"area\": \"People\", \"owner\": \"me\",");

    assertThat(paths(broken))
        .containsExactly(
            "proficiencies[0].rank", "skills[0]", "skills[1].id", "responsibilities[2].owner");
  }

  @Test
  void problemsFoundWhenCheckingTheWholeCatalogueCarryPositionsToo() {
    String broken =
        FIXTURE
            .replace("\"category\": \"people\"", "\"category\": \"persons\"")
            .replace(
                "\"level\": \"staff\",\n      \"responsibilities\": [\n        \"grow",
                "\"level\": \"principal\",\n      \"responsibilities\": [\n        \"grow");

    InvalidCatalogueException e = invalid(broken);

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("skills[4].category", "roles[3].level");
    Problem category = e.problems().get(0);
    assertThat(category.message())
        .isEqualTo("unknown category 'persons'; known: languages, " + "operations, people");
    assertThat(category.line()).hasValue(lineOf(broken, "\"persons\""));
    assertThat(e.problems().get(1).line()).hasValue(lineOf(broken, "\"principal\""));
    assertThat(e.getMessage())
        .contains("invalid catalogue: 2 problems")
        .contains("skills[4].category: unknown category 'persons'");
  }

  @Test
  void textThatNoEncodingCanCarryIsRefusedWithItsPath() {
    Problem problem =
        onlyProblem(FIXTURE.replace("\"name\": \"Mentoring\"", "\"name\": \"Ment\\ud800oring\""));
    assertThat(problem.path()).isEqualTo("skills[4].name");
    assertThat(problem.message()).contains("unpaired surrogate U+D800");
  }

  @Test
  void contentAfterTheCatalogueIsRefused() {
    Problem problem = onlyProblem(FIXTURE + "{}");
    assertThat(problem.path()).isEqualTo("$");
    assertThat(problem.message()).contains("after the catalogue");
  }

  @Test
  void emptyAndNonObjectDocumentsAreRefused() {
    assertThat(onlyProblem("").message()).contains("the document is empty");
    assertThat(onlyProblem("   \n").message()).contains("the document is empty");
    assertThat(onlyProblem("[]").message())
        .contains("expected a catalogue (an object), found an array");
    assertThat(onlyProblem("42").message()).contains("found a number");
  }

  @Test
  void malformedJsonIsReportedWithItsPosition() {
    String truncated = FIXTURE.substring(0, FIXTURE.indexOf("\"levels\""));
    InvalidCatalogueException e = invalid(truncated);
    Problem last = e.problems().get(e.problems().size() - 1);
    assertThat(last.message()).startsWith("malformed JSON: ");
    assertThat(last.line()).isPresent();
    assertThat(e.getMessage()).doesNotContain("tools.jackson");
  }

  @Test
  void documentsInUtf16OrUtf32AreRefusedWithOrWithoutAByteOrderMark() {
    String text = FIXTURE;
    for (Charset charset :
        List.of(
            StandardCharsets.UTF_16BE,
            StandardCharsets.UTF_16LE,
            Charset.forName("UTF-32BE"),
            Charset.forName("UTF-32LE"))) {
      byte[] plain = text.getBytes(charset);
      byte[] marked = ("\uFEFF" + text).getBytes(charset);
      for (byte[] bytes : List.of(plain, marked)) {
        Problem problem = onlyProblem(() -> json.read(new ByteArrayInputStream(bytes)));
        assertThat(problem.message())
            .as(charset.name())
            .startsWith("the document must be UTF-8; it looks like UTF-");
        assertThat(problem.path()).isEqualTo("$");
        assertThat(problem.line()).hasValue(1);
      }
    }
    byte[] ucs4 = {0, 0, (byte) 0xFF, (byte) 0xFE};
    assertThat(onlyProblem(() -> json.read(new ByteArrayInputStream(ucs4))).message())
        .isEqualTo(
            "the document must be UTF-8; it looks like UTF-16 or UTF-32: it has zero "
                + "bytes at its start");
  }

  @Test
  void aUtf8ByteOrderMarkIsSkipped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = FIXTURE.getBytes(StandardCharsets.UTF_8);
    byte[] marked = Arrays.copyOf(bom, bom.length + body.length);
    System.arraycopy(body, 0, marked, bom.length, body.length);
    assertThat(json.read(new ByteArrayInputStream(marked))).isEqualTo(json.fromJson(FIXTURE));
  }

  @Test
  void malformedUtf8IsRefusedWithItsPositionInCharacters() {
    byte[] body =
        "{\n  \"title\": \"Caf\u00e9 \u00e9t\u00e9 \u0000\"".getBytes(StandardCharsets.UTF_8);
    body[body.length - 2] = (byte) 0xC3; // a lead byte followed by '"', which cannot continue it
    Problem problem = onlyProblem(() -> json.read(new ByteArrayInputStream(body)));
    assertThat(problem.message())
        .isEqualTo(
            "the document is not valid UTF-8: byte 0xC3 at "
                + "offset "
                + (body.length - 2)
                + " does not continue or start a character");
    assertThat(problem.line()).hasValue(2);
    assertThat(problem.column()).hasValue(22); // after 21 characters, not 24 bytes
  }

  @Test
  void columnsCountCharactersOnEveryPath() {
    String broken =
        FIXTURE.replace(
            "\"name\": \"Go\",", "\"name\": \"G\u00f6 \u6f22\u5b57 \ud83d\ude00\", \"nmae\": 1,");
    Problem fromText = onlyProblem(broken);
    Problem fromBytes =
        onlyProblem(
            () -> json.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))));
    assertThat(fromBytes).isEqualTo(fromText);
    int line = lineOf(broken, "\"nmae\"");
    String text = broken.lines().skip(line - 1).findFirst().orElseThrow();
    assertThat(fromText.column()).hasValue(text.indexOf("\"nmae\"") + 1);
  }

  @Test
  void parserMessagesLeaveOutJacksonsSourceDescription() {
    Problem problem = onlyProblem("{\"format\": \"competency-catalogue/1\"");
    assertThat(problem.message())
        .isEqualTo("malformed JSON: Unexpected end-of-input: expected close marker for Object");
  }

  // ------------------------------------------------------------------ limits

  @Test
  void aDocumentBeyondTheSizeLimitIsRefusedBeforeParsing() {
    CatalogueJson small = json.withLimits(ReadLimits.defaults().withMaxDocumentBytes(100));
    byte[] bytes = FIXTURE.getBytes(StandardCharsets.UTF_8);

    assertThat(onlyProblem(() -> small.fromJson(FIXTURE)).message())
        .contains("larger than the limit of 100 characters");
    assertThat(onlyProblem(() -> small.read(new ByteArrayInputStream(bytes))).message())
        .contains("larger than the limit of 100 bytes");
  }

  @Test
  void nestingBeyondTheDepthLimitIsRefusedWithoutOverflowingTheStack() {
    String deep = "{\"format\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    List<Problem> problems = invalid(deep).problems();
    Problem problem = problems.get(problems.size() - 1);
    assertThat(problem.message())
        .isEqualTo(
            "the document nests arrays and objects deeper than "
                + "the limit of 64 (ReadLimits.maxDepth)");
    assertThat(problem.line()).hasValue(1);
    assertThat(problem.column()).hasValue(76);
  }

  @Test
  void aStringBeyondTheLengthLimitIsRefused() {
    CatalogueJson strict = json.withLimits(ReadLimits.defaults().withMaxStringLength(40));
    InvalidCatalogueException e =
        catchThrowableOfType(InvalidCatalogueException.class, () -> strict.fromJson(FIXTURE));
    assertThat(e.problems().get(e.problems().size() - 1).message())
        .isEqualTo(
            "a string is longer than the limit of 40 characters " + "(ReadLimits.maxStringLength)");
    assertThat(e.problems().get(e.problems().size() - 1).line()).isPresent();
  }

  @Test
  void readingStopsAfterTheProblemLimit() {
    StringBuilder fields = new StringBuilder("{");
    for (int i = 0; i < 500; i++) {
      fields.append("\"x").append(i).append("\": 1,");
    }
    fields.append("\"y\": 2}");
    InvalidCatalogueException e = invalid(fields.toString());
    assertThat(e.problems()).hasSize(ReadLimits.DEFAULT_MAX_PROBLEMS + 1);
    assertThat(e.problems().get(ReadLimits.DEFAULT_MAX_PROBLEMS).message())
        .isEqualTo("stopped reading after 100 problems");
    assertThat(e.getMessage()).contains("... and 76 more");
  }

  @Test
  void limitsRefuseNonsense() {
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxDepth(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxDepth");
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxDocumentBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxDocumentBytes");
    assertThat(ReadLimits.defaults().withMaxProblems(7).maxProblems()).isEqualTo(7);
  }

  // ------------------------------------------------------------------ helpers

  private InvalidCatalogueException invalid(String document) {
    return catchThrowableOfType(InvalidCatalogueException.class, () -> json.fromJson(document));
  }

  private Problem onlyProblem(String document) {
    return onlyProblem(() -> json.fromJson(document));
  }

  private static Problem onlyProblem(ThrowableAssert.ThrowingCallable read) {
    InvalidCatalogueException e = catchThrowableOfType(InvalidCatalogueException.class, read);
    assertThat(e).as("expected the document to be refused").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  private List<String> paths(String document) {
    return invalid(document).problems().stream().map(Problem::path).collect(Collectors.toList());
  }

  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    assertThat(at).as(needle).isNotNegative();
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
