package io.github.competency.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueId;
import io.github.competency.core.Catalogues;
import io.github.competency.core.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every view of every role of every shipped catalogue, compared with a reviewed file under
 * {@code src/test/resources/golden/}, so that any changed line of a renderer is noticed.
 *
 * <p>After a deliberate change, rewrite the files with {@code ./mvnw -B -pl competency-cli -am
 * verify -Dgolden.update=true}, review the diff, and commit it.
 */
class GoldenOutputTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TestFactory
  Stream<DynamicTest> everyViewOfEveryShippedRoleMatchesItsReviewedFile() {
    List<DynamicTest> tests = new ArrayList<>();
    for (CatalogueId id : Catalogues.available()) {
      Catalogue catalogue = Catalogues.get(id);
      for (Role role : catalogue.roles()) {
        for (ShowCommand.Format format : ShowCommand.Format.values()) {
          Path expected =
              GOLDEN.resolve(id.value()).resolve(role.id().value() + "." + extension(format));
          tests.add(
              DynamicTest.dynamicTest(
                  expected.toString(),
                  () ->
                      compare(
                          expected,
                          "--catalogue",
                          id.value(),
                          "--role",
                          role.id().value(),
                          "--format",
                          format.name().toLowerCase(Locale.ROOT))));
        }
        Path detail = GOLDEN.resolve(id.value()).resolve(role.id().value() + ".detail.txt");
        tests.add(
            DynamicTest.dynamicTest(
                detail.toString(),
                () ->
                    compare(
                        detail,
                        "--catalogue",
                        id.value(),
                        "--role",
                        role.id().value(),
                        "--detail")));
      }
    }
    for (AssessCommand.Format format : AssessCommand.Format.values()) {
      Path expected =
          GOLDEN
              .resolve("assess")
              .resolve(
                  "alex-kim.senior-backend-engineer."
                      + extension(ShowCommand.Format.valueOf(format.name())));
      tests.add(
          DynamicTest.dynamicTest(
              expected.toString(), () -> compare(expected, "assess", "--format", format.name())));
    }
    return tests.stream();
  }

  private static String extension(ShowCommand.Format format) {
    return switch (format) {
      case text -> "txt";
      case markdown -> "md";
      case json -> "json";
    };
  }

  private static void compare(Path expected, String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(code).isZero();
    String actual = out.toString(StandardCharsets.UTF_8);
    if (UPDATE) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, actual);
    }
    assertThat(expected).as("the reviewed output; rewrite with -Dgolden.update=true").exists();
    assertThat(actual).isEqualTo(Files.readString(expected));
  }
}
