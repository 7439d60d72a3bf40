package io.github.competency.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.competency.core.InvalidCatalogueException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the same bytes on every path an import offers (a stream, a file, text) and checks that
 * each ends in a result or in the documented exception, whose problems speak the library's
 * words: never another exception, never an {@link Error}.
 */
final class EveryPath {

  /** The outcome of one read: a result, or the problems' messages. */
  record Outcome(String path, Optional<ImportResult> result, List<String> problems) {}

  /** One format's ways of importing. */
  record Import(
      Function<InputStream, ImportResult> stream,
      Function<Path, ImportResult> file,
      Function<String, ImportResult> text) {

    ImportResult read(InputStream in) {
      return stream.apply(in);
    }

    ImportResult read(Path path) {
      return file.apply(path);
    }

    ImportResult fromJson(String json) {
      return text.apply(json);
    }
  }

  static Import of(CaseJson format) {
    return new Import(format::read, format::read, format::fromJson);
  }

  static Import of(RsdJson format) {
    return new Import(format::read, format::read, format::fromJson);
  }

  private EveryPath() {}

  /**
   * Reads bytes as a stream, as a file and as the text they decode to.
   *
   * @return the three outcomes; the stream's and the file's are the same
   */
  static List<Outcome> read(Import format, byte[] bytes) {
    List<Outcome> outcomes = new ArrayList<>();
    outcomes.add(outcome("stream", () -> format.read(new ByteArrayInputStream(bytes))));
    Path file;
    try {
      file = Files.createTempFile("hostile", ".json");
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      outcomes.add(outcome("path", () -> format.read(file)));
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a temporary file; the system removes it in time
      }
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    outcomes.add(outcome("string", () -> format.fromJson(text)));
    assertThat(outcomes.get(1).result().isPresent())
        .as("the file reads as the stream does")
        .isEqualTo(outcomes.get(0).result().isPresent());
    assertThat(outcomes.get(1).problems()).isEqualTo(outcomes.get(0).problems());
    return outcomes;
  }

  private interface Read {
    ImportResult run();
  }

  private static Outcome outcome(String path, Read read) {
    try {
      return new Outcome(path, Optional.of(read.run()), List.of());
    } catch (InvalidCatalogueException e) {
      assertThat(e.problems()).as(path).isNotEmpty();
      List<String> messages = new ArrayList<>();
      e.problems()
          .forEach(
              problem -> {
                assertThat(problem.message())
                    .as(path)
                    .doesNotContainIgnoringCase("jackson")
                    .doesNotContain("Source:");
                messages.add(problem.toString());
              });
      return new Outcome(path, Optional.empty(), messages);
    } catch (RuntimeException | Error e) {
      return fail("reading as a " + path + " ended in " + e, e);
    }
  }
}
