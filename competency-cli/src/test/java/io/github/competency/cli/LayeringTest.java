package io.github.competency.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import io.github.competency.core.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The layers of the project, from the bottom: the model; the JSON formats and assessment beside
 * it; catalogues, interchange and tabular, which use only the core's exported packages (tabular
 * neither the core's JSON engine: only its model and assessment), interchange also the core's
 * JSON engine, which the core exports to it alone; the command line on top, which nothing
 * imports. Checked on the compiled classes of every module this one sees.
 */
class LayeringTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.competency");

  @Test
  void everyModuleIsSeen() {
    for (String type :
        List.of(
            "io.github.competency.core.Catalogue",
            "io.github.competency.core.json.CatalogueJson",
            "io.github.competency.seniorbackend.SeniorBackendEngineer",
            "io.github.competency.interchange.CaseJson",
            "io.github.competency.tabular.RatingsReader",
            "io.github.competency.cli.Main")) {
      assertThat(CLASSES.contain(type)).as(type).isTrue();
    }
  }

  @Test
  void theModelKnowsNoJsonNoAssessmentAndNoCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("io.github.competency.core")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.competency.core.json..",
            "io.github.competency.core.assess..",
            "tools.jackson..",
            "com.fasterxml..",
            "io.github.competency.cli..",
            "picocli..")
        .check(CLASSES);
  }

  @Test
  void assessmentKnowsNoJson() {
    noClasses()
        .that()
        .resideInAPackage("io.github.competency.core.assess..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.competency.core.json..",
            "tools.jackson..",
            "io.github.competency.cli..",
            "picocli..")
        .allowEmptyShould(true)
        .check(CLASSES);
  }

  @Test
  void jsonCodeNeverReachesTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("io.github.competency.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.github.competency.cli..", "picocli..")
        .check(CLASSES);
  }

  @Test
  void catalogueAndInterchangeModulesUseOnlyTheCoresExportedPackages() {
    // the core's internals: its JSON engine and what it stands on, for interchange alone
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "io.github.competency.core..", "io.github.competency.interchange..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.competency.core.internal..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.github.competency.seniorbackend..",
            "io.github.competency.interchange..",
            "io.github.competency.tabular..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.github.competency.cli..", "picocli..")
        .check(CLASSES);
  }

  /**
   * The module descriptor says so too: the core exports its API to everyone and its internal
   * packages (the JSON engine every format runs on, with the helpers it stands on) to the
   * interchange module alone, as {@code java.base} shares {@code jdk.internal.misc}.
   */
  @Test
  void theCoreExportsItsInternalsToTheInterchangeModuleAlone() throws IOException {
    ModuleDescriptor core;
    try (InputStream in = Catalogue.class.getResourceAsStream("/module-info.class")) {
      core = ModuleDescriptor.read(in);
    }
    Map<String, Set<String>> exports = new TreeMap<>();
    core.exports().forEach(e -> exports.put(e.source(), e.targets()));
    assertThat(exports)
        .containsOnly(
            Map.entry("io.github.competency.core", Set.of()),
            Map.entry("io.github.competency.core.assess", Set.of()),
            Map.entry("io.github.competency.core.json", Set.of()),
            Map.entry(
                "io.github.competency.core.internal", Set.of("io.github.competency.interchange")),
            Map.entry(
                "io.github.competency.core.internal.json",
                Set.of("io.github.competency.interchange")));
  }

  @Test
  void spreadsheetsUseTheModelAndAssessmentButNoJsonAndNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("io.github.competency.tabular..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.competency.core.json..",
            "io.github.competency.core.internal..",
            "io.github.competency.interchange..",
            "io.github.competency.seniorbackend..",
            "tools.jackson..")
        .check(CLASSES);
  }

  @Test
  void spreadsheetLibrariesStayInTheTabularModule() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.github.competency.tabular..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "de.siegmar.fastcsv..", "org.dhatim.fastexcel..", "org.apache.commons.compress..")
        .check(CLASSES);
  }

  @Test
  void nothingImportsTheCommandLine() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.github.competency.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.competency.cli..")
        .check(CLASSES);
  }

  @Test
  void noPackageCycles() {
    SlicesRuleDefinition.slices()
        .matching("io.github.competency.(**)")
        .should()
        .beFreeOfCycles()
        .check(CLASSES);
  }
}
