package io.github.competency.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module's place among the layers, and its small values. */
class ModuleAndValuesTest {

  @Test
  void theModuleNeedsOnlyTheCoreAndExportsOnlyItsApi() {
    ModuleDescriptor descriptor = CaseJson.class.getModule().getDescriptor();
    assertThat(descriptor).as("runs as a named module").isNotNull();
    assertThat(descriptor.name()).isEqualTo("io.github.competency.interchange");
    Set<String> runtime = descriptor.requires().stream()
        .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
        .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
    assertThat(runtime).containsExactlyInAnyOrder("java.base", "io.github.competency.core");
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("io.github.competency.interchange");
  }

  @Test
  void warningsAndResultsAreValues() {
    ImportWarning warning = ImportWarning.of("CFAssociations[3]", Optional.of("a-1"),
        "association type 'exemplar' has no counterpart in the model");
    assertThat(warning).isEqualTo(ImportWarning.of("CFAssociations[3]", Optional.of("a-1"),
        "association type 'exemplar' has no counterpart in the model"))
        .hasSameHashCodeAs(ImportWarning.of("CFAssociations[3]", Optional.of("a-1"),
            "association type 'exemplar' has no counterpart in the model"))
        .isNotEqualTo(ImportWarning.of("CFAssociations[3]", Optional.empty(),
            "association type 'exemplar' has no counterpart in the model"));
    assertThat(warning).hasToString(
        "CFAssociations[3] (a-1): association type 'exemplar' has no counterpart in the model");
    assertThat(ImportWarning.of("$", Optional.empty(), "m")).hasToString("$: m");

    ImportResult result = ImportResult.of(SeniorBackendEngineer.catalogue(), List.of(warning));
    assertThat(result.toString()).startsWith("ImportResult[Catalogue[senior-backend-engineer")
        .endsWith(", 1 warning]");
    assertThat(result.warnings()).containsExactly(warning);
  }
}
