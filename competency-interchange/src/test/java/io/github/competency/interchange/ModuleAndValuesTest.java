package io.github.competency.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module's place among the layers, and its small values. */
class ModuleAndValuesTest {

  @Test
  void theModuleNeedsOnlyTheCoreAndExportsOnlyItsApi() {
    ModuleDescriptor descriptor = CaseJson.class.getModule().getDescriptor();
    assertThat(descriptor).as("runs as a named module").isNotNull();
    assertThat(descriptor.name()).isEqualTo("io.github.competency.interchange");
    Set<String> runtime =
        descriptor.requires().stream()
            .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
            .map(ModuleDescriptor.Requires::name)
            .collect(Collectors.toSet());
    assertThat(runtime).containsExactlyInAnyOrder("java.base", "io.github.competency.core");
    assertThat(descriptor.exports())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactly("io.github.competency.interchange");
  }

  @Test
  void theInternalPackageDoesNotDependOnTheApiSoTheyFormNoCycle() throws IOException {
    Path classes =
        Path.of(CaseJson.class.getProtectionDomain().getCodeSource().getLocation().getPath())
            .resolve("io/github/competency/interchange/internal");
    Pattern api = Pattern.compile("io/github/competency/interchange/(?!internal/)[A-Za-z]");
    List<Path> files;
    try (Stream<Path> list = Files.list(classes)) {
      files = list.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList());
    }
    assertThat(files).hasSizeGreaterThan(10);
    for (Path file : files) {
      // class files name the classes they use in their constant pool, in this form
      String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      assertThat(api.matcher(constants).find()).as(file.getFileName().toString()).isFalse();
    }
  }

  @Test
  void warningsAndResultsAreValues() {
    ImportWarning warning =
        ImportWarning.of(
            "CFAssociations[3]",
            Optional.of("a-1"),
            "association type 'exemplar' has no counterpart in the model");
    assertThat(warning)
        .isEqualTo(
            ImportWarning.of(
                "CFAssociations[3]",
                Optional.of("a-1"),
                "association type 'exemplar' has no counterpart in the model"))
        .hasSameHashCodeAs(
            ImportWarning.of(
                "CFAssociations[3]",
                Optional.of("a-1"),
                "association type 'exemplar' has no counterpart in the model"))
        .isNotEqualTo(
            ImportWarning.of(
                "CFAssociations[3]",
                Optional.empty(),
                "association type 'exemplar' has no counterpart in the model"));
    assertThat(warning)
        .hasToString(
            "CFAssociations[3] (a-1): association type 'exemplar' has no counterpart in the model");
    assertThat(ImportWarning.of("$", Optional.empty(), "m")).hasToString("$: m");

    ImportResult result = ImportResult.of(SeniorBackendEngineer.catalogue(), List.of(warning));
    assertThat(result.toString())
        .startsWith("ImportResult[Catalogue[senior-backend-engineer")
        .endsWith(", 1 warning]");
    assertThat(result.warnings()).containsExactly(warning);
  }
}
