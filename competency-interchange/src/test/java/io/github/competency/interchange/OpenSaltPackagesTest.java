package io.github.competency.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Category;
import io.github.competency.core.Reference;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * The real CASE 1.0 packages OpenSALT serves (test resources, MIT licence) import without error;
 * the counts of what they hold and of what the catalogue gets are stated here.
 */
class OpenSaltPackagesTest {

  private static final CaseJson CASE = CaseJson.defaults();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // file, CFItems, CFAssociations, rubric levels | categories, skills, steps, levels, warnings
    "opensalt-sample-framework.json,       16, 39, 0, 4, 12, 0, 0, 30",
    "opensalt-AdoptedTestFramework.json,    1,  1, 0, 1,  1, 0, 0,  2",
    "opensalt-EmptyExternalFramework.json,  0,  0, 0, 0,  0, 0, 0,  1",
    "opensalt-ItemTypeTestFramework.json,   1,  1, 0, 1,  1, 0, 0,  3",
    "opensalt-MarkdownFramework.json,       2,  2, 0, 1,  2, 0, 0,  1",
    "opensalt-SequenceNumberFramework.json, 2,  2, 0, 1,  2, 0, 0,  1"
  })
  void eachPackageImportsWithTheStatedCounts(
      String file,
      int items,
      int associations,
      int rubricLevels,
      int categories,
      int skills,
      int steps,
      int levels,
      int warnings) {
    String json = resource(file);
    JsonNode tree = Trees.read(json);
    assertThat(tree.get("CFItems")).hasSize(items);
    assertThat(tree.get("CFAssociations")).hasSize(associations);
    assertThat(Trees.all(tree, "CFRubricCriterionLevels").stream().mapToInt(JsonNode::size).sum())
        .isEqualTo(rubricLevels);

    ImportResult result = CASE.fromJson(json);
    Catalogue catalogue = result.catalogue();
    assertThat(catalogue.categories()).hasSize(categories);
    assertThat(catalogue.skills()).hasSize(skills);
    assertThat(catalogue.proficiencies()).hasSize(steps);
    assertThat(catalogue.levels()).hasSize(levels);
    assertThat(catalogue.roles()).isEmpty();
    assertThat(result.warnings()).hasSize(warnings);
    assertThat(catalogue.title()).isEqualTo(tree.get("CFDocument").get("title").stringValue());
    // and again as CASE, which the schema accepts
    assertThat(CaseSchema.errors(CASE.toJson(catalogue))).isEmpty();
  }

  @Test
  void theSampleFrameworkMapsItsHierarchyAndReportsTheRest() {
    ImportResult result = CASE.fromJson(resource("opensalt-sample-framework.json"));
    Catalogue catalogue = result.catalogue();
    assertThat(catalogue.id().value()).isEqualTo("what-standards-could-be");
    assertThat(catalogue.language()).isEqualTo(Locale.ENGLISH);
    assertThat(catalogue.source().flatMap(s -> s.publisher())).contains("Brandon Dorman");
    // clusters and standards with components are categories, the rest skills, in tree order
    assertThat(catalogue.categories())
        .extracting(c -> c.id().value())
        .containsExactly(
            "ccss-math-content-6-rp-a",
            "ccss-math-content-6-rp-a-3",
            "ccss-math-content-7-rp-a",
            "ccss-math-content-7-rp-a-2");
    Skill ratio = catalogue.get(SkillId.of("ccss-math-content-6-rp-a-1"));
    assertThat(ratio.category().value()).isEqualTo("ccss-math-content-6-rp-a");
    assertThat(ratio.aliases()).containsExactly("CCSS.Math.Content.6.RP.A.1");
    assertThat(ratio.name()).startsWith("Understand the concept of a ratio");
    assertThat(ratio.description()).startsWith("For example, \"The ratio of wings");
    assertThat(ratio.references())
        .extracting(Reference::scheme, Reference::code)
        .containsExactly(
            Tuple.tuple("case", "b6f61076-aa12-450b-8f9d-b86bc071f85e"),
            Tuple.tuple("case", "2c75d647-4ed4-56d8-965d-c3affe91643d"));
    assertThat(
            catalogue.skillsIn(
                io.github.competency.core.CategoryId.of("ccss-math-content-6-rp-a-3")))
        .extracting(s -> s.id().value())
        .containsExactly(
            "ccss-math-content-6-rp-a-3a",
            "ccss-math-content-6-rp-a-3b",
            "ccss-math-content-6-rp-a-3c",
            "ccss-math-content-6-rp-a-3d");

    List<String> messages =
        result.warnings().stream().map(ImportWarning::toString).collect(Collectors.toList());
    assertThat(messages).filteredOn(m -> m.contains("categories are flat")).hasSize(2);
    assertThat(messages).filteredOn(m -> m.contains("'precedes'")).hasSize(3);
    assertThat(messages).filteredOn(m -> m.contains("'exemplar'")).hasSize(2);
    assertThat(messages).filteredOn(m -> m.contains("'isRelatedTo'")).hasSize(2);
    assertThat(messages).filteredOn(m -> m.contains("'exactMatchOf'")).hasSize(4);
    assertThat(messages)
        .filteredOn(
            m ->
                m.startsWith("CFItems[")
                    && m.endsWith("not mapped: CFItemType, CFItemTypeURI, educationalLevel"))
        .hasSize(16);
    assertThat(messages)
        .filteredOn(m -> m.startsWith("CFDocument"))
        .containsExactly(
            "CFDocument (20c5134f-423d-4097-a971-3dd5152bf507): not mapped: adoptionStatus");
    assertThat(result.warnings()).allSatisfy(w -> assertThat(w.identifier()).isPresent());
    assertThat(result.warnings().get(0).path()).isEqualTo("CFDocument");
    assertThat(result.warnings().get(result.warnings().size() - 1).path())
        .isEqualTo("CFAssociations[38]");
  }

  @Test
  void siblingsComeInTheOrderOfTheirSequenceNumbers() {
    Catalogue catalogue =
        CASE.fromJson(resource("opensalt-SequenceNumberFramework.json")).catalogue();
    assertThat(catalogue.skills())
        .extracting(Skill::name)
        .containsExactly("Second added item, but should be first", "First Added Item");
    assertThat(catalogue.skills())
        .extracting(s -> s.id().value())
        .containsExactly("snt-2", "snt-1");
  }

  @Test
  void itemsUnderTheFrameworkItselfFallInACategoryNamedAfterIt() {
    ImportResult result = CASE.fromJson(resource("opensalt-AdoptedTestFramework.json"));
    Category category = result.catalogue().categories().get(0);
    assertThat(category.id().value()).isEqualTo("adopted-test");
    assertThat(category.name()).isEqualTo("Adopted Test");
    assertThat(result.catalogue().skills().get(0).category()).isEqualTo(category.id());
    assertThat(result.warnings())
        .extracting(ImportWarning::message)
        .containsExactly(
            "no language is given for the framework or its items; English ('en') is assumed",
            "not mapped: adoptionStatus");
  }

  @Test
  void markdownStatementsAreKeptAsTheyAre() {
    Catalogue catalogue = CASE.fromJson(resource("opensalt-MarkdownFramework.json")).catalogue();
    Skill table = catalogue.get(SkillId.of("md-table"));
    assertThat(table.name()).contains("| Column 1 | Column 2 |").contains("\r\n");
    assertThat(table.aliases()).containsExactly("MD.Table");
  }

  static String resource(String file) {
    try (InputStream in = OpenSaltPackagesTest.class.getResourceAsStream("/opensalt/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
