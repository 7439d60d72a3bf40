package io.github.competency.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Importance;
import io.github.competency.core.Proficiency;
import io.github.competency.core.Reference;
import io.github.competency.core.Requirement;
import io.github.competency.core.Responsibility;
import io.github.competency.core.Role;
import io.github.competency.core.Skill;
import io.github.competency.core.Source;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The CASE export of the shipped catalogue: valid, stable, complete and mapped as documented. */
class CaseExportTest {

  private static final Catalogue SHIPPED = SeniorBackendEngineer.catalogue();
  private static final CaseJson CASE = CaseJson.defaults();
  private static final String JSON = CASE.toJson(SHIPPED);
  private static final ObjectNode PACKAGE = Trees.read(JSON);

  @Test
  void theShippedCatalogueExportsToAValidCasePackage() {
    assertThat(CaseSchema.errors(JSON)).isEmpty();
  }

  @Test
  void theSchemaCheckRejectsWhatIsNotCase() {
    ObjectNode broken = PACKAGE.deepCopy();
    ((ObjectNode) broken.get("CFDocument")).put("uri", "not a uri");
    ((ObjectNode) broken.get("CFItems").get(0)).put("identifier", "ITEM-1");
    ((ObjectNode) broken.get("CFAssociations").get(0)).put("associationType", "isFriendOf");
    ((ObjectNode) broken.get("CFItems").get(1)).put("lastChangeDateTime", "yesterday");
    broken.put("extra", 1);
    assertThat(CaseSchema.errors(Trees.write(broken))).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void theSameCatalogueGivesTheSameBytesFormattedLikeCatalogues() {
    assertThat(CASE.toJson(SHIPPED)).isEqualTo(JSON);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CASE.write(SHIPPED, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JSON);
    assertThat(JSON)
        .endsWith("}\n")
        .doesNotContain("\r")
        .doesNotContain("\t")
        .startsWith("{\n  \"CFDocument\": {\n    \"identifier\": ");
  }

  @Test
  void theShippedCatalogueComesBackEqualWithoutWarnings() {
    ImportResult back = CASE.fromJson(JSON);
    assertThat(back.catalogue()).isEqualTo(SHIPPED);
    assertThat(back.warnings()).isEmpty();
    assertThat(CASE.toJson(back.catalogue())).isEqualTo(JSON);
  }

  @Test
  void everyItemOfTheCatalogueIsACfItemOfItsType() {
    assertThat(PACKAGE.get("CFItems"))
        .hasSize(
            SHIPPED.proficiencies().size()
                + SHIPPED.levels().size()
                + SHIPPED.families().size()
                + SHIPPED.categories().size()
                + SHIPPED.skills().size()
                + SHIPPED.responsibilities().size()
                + SHIPPED.roles().size()
                + SHIPPED.roles().stream().mapToInt(r -> r.requirements().size()).sum()
                + SHIPPED.roles().stream().mapToInt(r -> r.groups().size()).sum()
                + SHIPPED.roles().stream()
                    .flatMap(r -> r.groups().stream())
                    .mapToInt(g -> g.options().size())
                    .sum());
    for (Proficiency step : SHIPPED.proficiencies()) {
      ObjectNode item = Trees.item(PACKAGE, "Proficiency step", step.id().value());
      assertThat(item.get("identifier").stringValue())
          .isEqualTo(Identifiers.of(SHIPPED.id(), step.id()).toString());
      assertThat(item.get("listEnumeration").stringValue()).isEqualTo("" + step.rank());
    }
    for (Skill skill : SHIPPED.skills()) {
      ObjectNode item = Trees.item(PACKAGE, "Skill", skill.id().value());
      assertThat(item.get("identifier").stringValue())
          .isEqualTo(Identifiers.of(SHIPPED.id(), skill.id()).toString());
      assertThat(
              item.get(skill.description().isEmpty() ? "fullStatement" : "abbreviatedStatement")
                  .stringValue())
          .isEqualTo(skill.name());
    }
    for (Role role : SHIPPED.roles()) {
      assertThat(Trees.item(PACKAGE, "Role", role.id().value()).get("identifier").stringValue())
          .isEqualTo(Identifiers.of(SHIPPED.id(), role.id()).toString());
    }
    assertThat(PACKAGE.get("CFDocument").get("identifier").stringValue())
        .isEqualTo(Identifiers.of(SHIPPED.id()).toString());
  }

  @Test
  void identifiersAreUniqueAndUrisLieUnderTheBase() {
    List<String> identifiers =
        Trees.all(PACKAGE, "identifier").stream()
            .filter(JsonNode::isString)
            .map(JsonNode::stringValue)
            .filter(
                id ->
                    id.matches(
                        "[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"))
            .collect(Collectors.toList());
    // every record's own identifier is unique; links repeat the identifiers they point at
    Set<String> records = new HashSet<>();
    for (String section : List.of("CFItems", "CFAssociations")) {
      PACKAGE
          .get(section)
          .forEach(
              r ->
                  assertThat(records.add(r.get("identifier").stringValue()))
                      .as("unique %s", r.get("identifier"))
                      .isTrue());
    }
    assertThat(identifiers).isNotEmpty();
    assertThat(Trees.recordUris(PACKAGE))
        .allSatisfy(uri -> assertThat(uri).startsWith(CaseJson.DEFAULT_BASE_URI));
  }

  @Test
  void theScaleAndTheBehavioursAreRubrics() {
    JsonNode rubrics = PACKAGE.get("CFRubrics");
    long withBehaviours = SHIPPED.skills().stream().filter(s -> !s.behaviours().isEmpty()).count();
    assertThat(rubrics).hasSize(1 + (int) withBehaviours);
    JsonNode levels = rubrics.get(0).get("CFRubricCriteria").get(0).get("CFRubricCriterionLevels");
    assertThat(levels).hasSize(SHIPPED.proficiencies().size());
    for (int i = 0; i < levels.size(); i++) {
      Proficiency step = SHIPPED.proficiencies().get(i);
      assertThat(levels.get(i).get("quality").stringValue()).isEqualTo(step.name());
      assertThat(levels.get(i).get("score").intValue()).isEqualTo(step.rank());
    }
  }

  @Test
  void requirementsAreItemsOfTheirImportanceWithTheirSkillAndStep() {
    Role junior = SHIPPED.get(SeniorBackendEngineer.JUNIOR_BACKEND_ENGINEER);
    ObjectNode item = Trees.item(PACKAGE, "Role", junior.id().value());
    List<ObjectNode> requirements = CaseImportTest.requirementItems(PACKAGE, item);
    assertThat(requirements).hasSize(junior.requirements().size());
    for (int k = 0; k < requirements.size(); k++) {
      Requirement expected = junior.requirements().get(k);
      ObjectNode requirement = requirements.get(k);
      assertThat(requirement.get("CFItemType").stringValue())
          .isEqualTo(
              expected.importance() == Importance.ESSENTIAL
                  ? "Essential requirement"
                  : "Optional requirement");
      assertThat(
              requirement
                  .get(expected.note().isEmpty() ? "fullStatement" : "abbreviatedStatement")
                  .stringValue())
          .isEqualTo(
              SHIPPED.get(expected.skill()).name()
                  + ": "
                  + SHIPPED.get(expected.proficiency()).name());
      assertThat(Trees.associations(PACKAGE, "isRelatedTo", requirement))
          .singleElement()
          .extracting(a -> a.get("destinationNodeURI").get("identifier").stringValue())
          .isEqualTo(Identifiers.of(SHIPPED.id(), expected.skill()).toString());
      assertThat(Trees.associations(PACKAGE, "hasSkillLevel", requirement))
          .singleElement()
          .extracting(a -> a.get("destinationNodeURI").get("identifier").stringValue())
          .isEqualTo(Identifiers.of(SHIPPED.id(), expected.proficiency()).toString());
      assertThat(requirement.has("extensions")).isEqualTo(expected.weight().isPresent());
    }
    // the level, then nothing else related: the requirements are the role's children
    assertThat(Trees.associations(PACKAGE, "isRelatedTo", item)).hasSize(1);
  }

  @Test
  void careerStepsAndReferencesAreAssociations() {
    Role junior = SHIPPED.get(SeniorBackendEngineer.JUNIOR_BACKEND_ENGINEER);
    ObjectNode item = Trees.item(PACKAGE, "Role", junior.id().value());
    assertThat(Trees.associations(PACKAGE, "precedes", item)).hasSize(junior.progressesTo().size());
    Skill programming = SHIPPED.skills().get(0);
    assertThat(
            Trees.associations(
                PACKAGE, "exactMatchOf", Trees.item(PACKAGE, "Skill", programming.id().value())))
        .hasSize(programming.references().size());
  }

  @Test
  void responsibilityAreasAreConceptsOfTheDefinitions() {
    JsonNode concepts = PACKAGE.get("CFDefinitions").get("CFConcepts");
    List<String> areas = SHIPPED.responsibilities().stream().map(r -> r.area()).distinct().toList();
    assertThat(concepts).hasSize(areas.size());
    for (Responsibility responsibility : SHIPPED.responsibilities()) {
      JsonNode link =
          Trees.item(PACKAGE, "Responsibility", responsibility.id().value())
              .get("conceptKeywordsURI");
      assertThat(link.get("title").stringValue()).isEqualTo(responsibility.area());
      assertThat(concepts.get(areas.indexOf(responsibility.area())).get("identifier"))
          .isEqualTo(link.get("identifier"));
    }
  }

  @Test
  void addressesCaseCannotHoldAsTheyAreTravelInTheExtension() {
    Skill first = SHIPPED.skills().get(0);
    Catalogue odd =
        Catalogue.builder()
            .from(SHIPPED)
            .source(
                Source.builder()
                    .title("Notes")
                    .uri(URI.create("https://example.org/caf\u00e9"))
                    .build())
            .skills(
                SHIPPED.skills().stream()
                    .map(
                        s ->
                            s != first
                                ? s
                                : Skill.builder()
                                    .from(s)
                                    .source(
                                        Source.builder()
                                            .uri(URI.create("https://example.org/f\u00fcr"))
                                            .build())
                                    .references(
                                        List.of(
                                            Reference.builder()
                                                .scheme("local")
                                                .code("a/b c")
                                                .uri(URI.create("https://example.org/\u00e4"))
                                                .build()))
                                    .build())
                    .collect(Collectors.toList()))
            .build();
    String json = CASE.toJson(odd);
    assertThat(CaseSchema.errors(json)).isEmpty();
    ObjectNode pack = Trees.read(json);
    assertThat(pack.get("CFDocument").has("officialSourceURL")).isFalse();
    assertThat(pack.get("CFDocument").get("creator").stringValue()).isEqualTo(odd.title());
    assertThat(
            Trees.associations(pack, "exactMatchOf", Trees.item(pack, "Skill", first.id().value()))
                .get(0)
                .get("destinationNodeURI")
                .get("uri")
                .stringValue())
        .isEqualTo(CaseJson.DEFAULT_BASE_URI + "references/local/a%2Fb%20c");
    assertThat(CASE.fromJson(json).catalogue()).isEqualTo(odd);
  }

  @Test
  void aChangedItemKeepsItsIdentifier() {
    Skill first = SHIPPED.skills().get(0);
    Catalogue renamed =
        Catalogue.builder()
            .from(SHIPPED)
            .skills(
                SHIPPED.skills().stream()
                    .map(
                        s ->
                            s == first
                                ? Skill.builder().from(s).name("Server programming").build()
                                : s)
                    .collect(Collectors.toList()))
            .build();
    ObjectNode changed = Trees.read(CASE.toJson(renamed));
    assertThat(Trees.item(changed, "Skill", first.id().value()).get("identifier"))
        .isEqualTo(Trees.item(PACKAGE, "Skill", first.id().value()).get("identifier"));
  }

  @Test
  void theBaseUriAndTheTimestampAreTheCallers() {
    CaseJson custom =
        CASE.withBaseUri(URI.create("https://case.example.org/api"))
            .withTimestamp(Instant.parse("2025-02-03T04:05:06Z"));
    assertThat(custom.baseUri()).hasToString("https://case.example.org/api/");
    ObjectNode pack = Trees.read(custom.toJson(SHIPPED));
    assertThat(Trees.recordUris(pack))
        .allSatisfy(uri -> assertThat(uri).startsWith("https://case.example.org/api/"));
    assertThat(Trees.all(pack, "lastChangeDateTime"))
        .allSatisfy(time -> assertThat(time.stringValue()).isEqualTo("2025-02-03T04:05:06Z"));
    assertThat(Trees.all(pack, "identifier")).isEqualTo(Trees.all(PACKAGE, "identifier"));
    assertThat(custom.fromJson(custom.toJson(SHIPPED)).catalogue()).isEqualTo(SHIPPED);
  }

  @Test
  void baseUrisThatCannotPrefixIdentifiersAreRefused() {
    for (String bad :
        new String[] {
          "relative/path/",
          "mailto:someone@example.org",
          "https://example.org/case?x=1",
          "https://example.org/case#top",
          "https://example.org/caf\u00e9/"
        }) {
      assertThatThrownBy(() -> CASE.withBaseUri(new URI(bad)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("base URI");
    }
    assertThatThrownBy(() -> CASE.withBaseUri(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("base");
    assertThatThrownBy(() -> CASE.toJson(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("catalogue");
  }
}
