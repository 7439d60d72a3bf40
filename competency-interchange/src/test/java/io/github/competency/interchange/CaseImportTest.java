package io.github.competency.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.competency.core.Catalogue;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Problem;
import io.github.competency.core.Proficiency;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.SkillId;
import io.github.competency.core.json.ReadLimits;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** CASE import: other frameworks' rubrics, and what a broken package is told. */
class CaseImportTest {

  private static final CaseJson CASE = CaseJson.defaults();

  /** A small framework of another tool: a group with one skill, and two rubrics. */
  private static final String COOKING =
      """
      {
        "CFDocument": {"identifier": "d0000000-0000-4000-8000-000000000000",
          "uri": "https://example.org/d", "creator": "A kitchen", "title": "Kitchen skills",
          "lastChangeDateTime": "2024-01-01T00:00:00Z", "language": "en-GB", "version": "2"},
        "CFItems": [
          {"identifier": "10000000-0000-4000-8000-000000000001", "uri": "https://example.org/1",
           "fullStatement": "Preparing food before it is cooked", "humanCodingScheme": "K.1",
           "lastChangeDateTime": "2024-01-01T00:00:00Z"},
          {"identifier": "10000000-0000-4000-8000-000000000002", "uri": "https://example.org/2",
           "fullStatement": "Cuts evenly and safely with a chef's knife",
           "abbreviatedStatement": "Knife work", "alternativeLabel": "Knife skills",
           "conceptKeywords": ["chopping"], "lastChangeDateTime": "2024-01-01T00:00:00Z"}
        ],
        "CFAssociations": [
          {"identifier": "a0000000-0000-4000-8000-000000000001", "associationType": "isChildOf",
           "uri": "https://example.org/a1", "lastChangeDateTime": "2024-01-01T00:00:00Z",
           "originNodeURI": {"title": "K.1", "identifier": "10000000-0000-4000-8000-000000000001",
             "uri": "https://example.org/1"},
           "destinationNodeURI": {"title": "Kitchen skills",
             "identifier": "d0000000-0000-4000-8000-000000000000", "uri": "https://example.org/d"}},
          {"identifier": "a0000000-0000-4000-8000-000000000002", "associationType": "isChildOf",
           "uri": "https://example.org/a2", "lastChangeDateTime": "2024-01-01T00:00:00Z",
           "originNodeURI": {"title": "Knife", "identifier": "10000000-0000-4000-8000-000000000002",
             "uri": "https://example.org/2"},
           "destinationNodeURI": {"title": "K.1",
             "identifier": "10000000-0000-4000-8000-000000000001", "uri": "https://example.org/1"}},
          {"identifier": "a0000000-0000-4000-8000-000000000003", "associationType": "ext:teaches",
           "uri": "https://example.org/a3", "lastChangeDateTime": "2024-01-01T00:00:00Z",
           "originNodeURI": {"title": "Knife", "identifier": "10000000-0000-4000-8000-000000000002",
             "uri": "https://example.org/2"},
           "destinationNodeURI": {"title": "K.1",
             "identifier": "10000000-0000-4000-8000-000000000001", "uri": "https://example.org/1"}}
        ],
        "CFRubrics": [
          {"identifier": "b0000000-0000-4000-8000-000000000001", "uri": "https://example.org/r",
           "lastChangeDateTime": "2024-01-01T00:00:00Z", "CFRubricCriteria": [
            {"identifier": "c0000000-0000-4000-8000-000000000001", "uri": "https://example.org/c1",
             "lastChangeDateTime": "2024-01-01T00:00:00Z", "CFRubricCriterionLevels": [
              {"identifier": "e0000000-0000-4000-8000-000000000002", "uri": "https://example.org/l2",
               "lastChangeDateTime": "2024-01-01T00:00:00Z", "position": 2, "quality": "Competent",
               "description": "Works unaided"},
              {"identifier": "e0000000-0000-4000-8000-000000000001", "uri": "https://example.org/l1",
               "lastChangeDateTime": "2024-01-01T00:00:00Z", "position": 1, "quality": "Novice",
               "description": "Works with help"}]},
            {"identifier": "c0000000-0000-4000-8000-000000000002", "uri": "https://example.org/c2",
             "lastChangeDateTime": "2024-01-01T00:00:00Z",
             "CFItemURI": {"title": "Knife work",
               "identifier": "10000000-0000-4000-8000-000000000002", "uri": "https://example.org/2"},
             "CFRubricCriterionLevels": [
              {"identifier": "e0000000-0000-4000-8000-000000000003", "uri": "https://example.org/l3",
               "lastChangeDateTime": "2024-01-01T00:00:00Z", "position": 1,
               "description": "Dices an onion with guidance"},
              {"identifier": "e0000000-0000-4000-8000-000000000004", "uri": "https://example.org/l4",
               "lastChangeDateTime": "2024-01-01T00:00:00Z", "position": 2,
               "description": "Julienne cuts at speed"}]}]}
        ]
      }
      """;

  @Test
  void anotherFrameworksRubricsGiveTheScaleAndTheBehaviours() {
    ImportResult result = CASE.fromJson(COOKING);
    Catalogue catalogue = result.catalogue();
    assertThat(catalogue.id().value()).isEqualTo("kitchen-skills");
    assertThat(catalogue.version()).isEqualTo("2");
    assertThat(catalogue.language().toLanguageTag()).isEqualTo("en-GB");
    assertThat(catalogue.scale())
        .extracting(Proficiency::name, Proficiency::rank, Proficiency::description)
        .containsExactly(
            Tuple.tuple("Novice", 1, "Works with help"),
            Tuple.tuple("Competent", 2, "Works unaided"));
    var knife = catalogue.get(SkillId.of("knife-work"));
    assertThat(knife.description()).isEqualTo("Cuts evenly and safely with a chef's knife");
    assertThat(knife.aliases()).containsExactly("Knife skills", "chopping");
    assertThat(knife.category().value()).isEqualTo("k-1");
    assertThat(knife.behaviours())
        .containsOnly(
            Map.entry(ProficiencyId.of("novice"), "Dices an onion with guidance"),
            Map.entry(ProficiencyId.of("competent"), "Julienne cuts at speed"));
    assertThat(result.warnings())
        .extracting(ImportWarning::path, ImportWarning::message)
        .containsExactly(
            Tuple.tuple(
                "CFAssociations[2]",
                "association type 'ext:teaches' has no counterpart in the model; here from the"
                    + " skill 'knife-work' (CFItems[1]) to the category 'k-1' (CFItems[0])"));
    assertThat(result.warnings().get(0).identifier())
        .contains("a0000000-0000-4000-8000-000000000003");
  }

  @Test
  void malformedJsonIsReportedWithItsPosition() {
    InvalidCatalogueException e = problems("{\n  \"CFDocument\": {\n    \"title\": }\n}");
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("CFDocument.title");
              assertThat(p.message()).startsWith("malformed JSON: ");
              assertThat(p.line()).hasValue(3);
            });
    assertThat(e.getMessage()).doesNotContain("tools.jackson");
  }

  @Test
  void whatIsNotAPackageIsRefused() {
    assertThat(problems("[]").problems()).extracting(Problem::path).containsExactly("$");
    assertThat(problems("").problems())
        .extracting(Problem::message)
        .singleElement()
        .asString()
        .contains("empty");
    assertThat(problems("{} {}").problems())
        .extracting(Problem::message)
        .singleElement()
        .asString()
        .contains("unexpected content after the CASE package");
    assertThat(problems("{\"CFItems\": {}}").problems())
        .extracting(Problem::path)
        .containsExactlyInAnyOrder("CFDocument", "CFItems");
    assertThat(problems("{\"CFDocument\": {\"title\": \" \", \"identifier\": 3}}").problems())
        .extracting(Problem::path)
        .containsExactly("CFDocument.identifier", "CFDocument.title");
  }

  @Test
  void documentsMustBeUtf8() {
    byte[] utf16 = "{\"CFDocument\": {}}".getBytes(StandardCharsets.UTF_16);
    InvalidCatalogueException e =
        catchThrowableOfType(
            InvalidCatalogueException.class, () -> CASE.read(new ByteArrayInputStream(utf16)));
    assertThat(e.problems())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("must be UTF-8")
        .contains("UTF-16");
    byte[] latin1 =
        "{\n  \"CFDocument\": {\"title\": \"Caf\u00e9\"}}".getBytes(StandardCharsets.ISO_8859_1);
    e =
        catchThrowableOfType(
            InvalidCatalogueException.class, () -> CASE.read(new ByteArrayInputStream(latin1)));
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message()).contains("not valid UTF-8").contains("0xE9");
              assertThat(p.line()).hasValue(2);
              assertThat(p.column()).hasValue(31);
            });
    byte[] bom = ("\uFEFF" + COOKING).getBytes(StandardCharsets.UTF_8);
    assertThat(CASE.read(new ByteArrayInputStream(bom)).catalogue().title())
        .isEqualTo("Kitchen skills");
  }

  @Test
  void aRepeatedIdentifierLeavesTheLaterRecordOutWithAWarning() {
    ObjectNode pack = Trees.read(COOKING);
    ((ObjectNode) pack.get("CFItems").get(1))
        .put("identifier", "10000000-0000-4000-8000-000000000001");
    ((ObjectNode) pack.get("CFAssociations").get(2))
        .put("identifier", "a0000000-0000-4000-8000-000000000001");
    ImportResult result = CASE.fromJson(Trees.write(pack));
    assertThat(result.warnings())
        .extracting(ImportWarning::path, ImportWarning::message)
        .contains(
            Tuple.tuple(
                "CFItems[1]",
                "identifier '10000000-0000-4000-8000-000000000001' is already CFItems[0]'s;"
                    + " this CFItem is left out"),
            Tuple.tuple(
                "CFAssociations[2]",
                "identifier 'a0000000-0000-4000-8000-000000000001' is already"
                    + " CFAssociations[0]'s; this CFAssociation is left out"));
    assertThat(result.catalogue().skills()).extracting(s -> s.id().value()).containsExactly("k-1");
    ((ObjectNode) pack.get("CFItems").get(0))
        .put("identifier", "d0000000-0000-4000-8000-000000000000");
    assertThat(CASE.fromJson(Trees.write(pack)).warnings())
        .extracting(ImportWarning::message)
        .contains(
            "identifier 'd0000000-0000-4000-8000-000000000000' is the CFDocument's; this CFItem is"
                + " left out");
  }

  @Test
  void aRepeatedKeyIsAProblem() {
    ObjectNode pack = Trees.read(COOKING);
    String json = Trees.write(pack);
    String twice = json.replaceFirst("\"CFItems\"", "\"CFDocument\": {}, \"CFItems\"");
    assertThat(problems(twice).problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("CFDocument");
              assertThat(p.message()).isEqualTo("field 'CFDocument' appears more than once");
              assertThat(p.line()).isPresent();
            });
  }

  @Test
  void theReadLimitsHold() {
    String deep = "{\"CFDocument\": {\"notes\": " + "[".repeat(100) + "]".repeat(100) + "}}";
    assertThat(problems(deep).problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message()).contains("deeper than the limit of 64 (ReadLimits.maxDepth)");
              assertThat(p.path()).startsWith("CFDocument.notes[0][0]");
            });
    CaseJson small = CASE.withLimits(ReadLimits.defaults().withMaxDocumentBytes(100));
    InvalidCatalogueException e =
        catchThrowableOfType(
            InvalidCatalogueException.class,
            () -> small.read(new ByteArrayInputStream(COOKING.getBytes(StandardCharsets.UTF_8))));
    assertThat(e.problems())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("larger than the limit of 100 bytes");
    CaseJson few = CASE.withLimits(ReadLimits.defaults().withMaxProblems(2));
    ObjectNode pack = Trees.read(COOKING);
    ArrayNode items = (ArrayNode) pack.get("CFItems");
    for (int i = 0; i < 5; i++) {
      items.addObject();
    }
    assertThat(
            catchThrowableOfType(
                    InvalidCatalogueException.class, () -> few.fromJson(Trees.write(pack)))
                .problems())
        .extracting(Problem::message)
        .containsExactly(
            "missing; every CASE record has an identifier",
            "missing; every CASE record has an identifier",
            "stopped reading after 2 problems");
  }

  @Test
  void anInvalidCatalogueIsReportedAtTheCaseRecordsThatMakeIt() {
    // two skill items with the same code: the catalogue would have one skill id twice
    Catalogue shipped = SeniorBackendEngineer.catalogue();
    ObjectNode pack = Trees.read(CASE.toJson(shipped));
    ObjectNode second = Trees.item(pack, "Skill", shipped.skills().get(1).id().value());
    second.put("humanCodingScheme", shipped.skills().get(0).id().value());
    InvalidCatalogueException e = problems(Trees.write(pack));
    assertThat(e.problems())
        .allSatisfy(
            p -> {
              assertThat(p.path()).matches("CF(Items|Associations)\\[\\d+\\]");
              assertThat(p.message()).contains("in the catalogue: ");
              assertThat(p.line()).isPresent();
            });
    assertThat(e.problems()).extracting(Problem::path).contains(pathOf(pack, second));
  }

  @Test
  void aCareerStepThatClosesACycleIsLeftOutWithAWarning() {
    // the career step back from mid-level to junior closes the cycle junior, mid-level, junior
    Catalogue shipped = SeniorBackendEngineer.catalogue();
    ObjectNode pack = Trees.read(CASE.toJson(shipped));
    ObjectNode junior =
        Trees.item(pack, "Role", SeniorBackendEngineer.JUNIOR_BACKEND_ENGINEER.value());
    ObjectNode precedes = Trees.associations(pack, "precedes", junior).get(0).deepCopy();
    ObjectNode origin = (ObjectNode) precedes.get("originNodeURI");
    precedes.set("originNodeURI", precedes.get("destinationNodeURI"));
    precedes.set("destinationNodeURI", origin);
    precedes.put("identifier", "f0000000-0000-5000-8000-000000000000");
    ArrayNode associations = (ArrayNode) pack.get("CFAssociations");
    associations.add(precedes);
    ImportResult result = CASE.fromJson(Trees.write(pack));
    assertThat(result.catalogue()).isEqualTo(shipped);
    String mid =
        pathOf(
            pack,
            Trees.item(pack, "Role", SeniorBackendEngineer.MID_LEVEL_BACKEND_ENGINEER.value()));
    assertThat(result.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.path()).isEqualTo("CFAssociations[" + (associations.size() - 1) + "]");
              assertThat(w.identifier()).contains("f0000000-0000-5000-8000-000000000000");
              assertThat(w.message())
                  .isEqualTo(
                      "'precedes' closes a cycle of 2 items: "
                          + pathOf(pack, junior)
                          + " -> "
                          + mid
                          + " -> "
                          + pathOf(pack, junior)
                          + "; it is left out");
            });
  }

  @Test
  void theProjectsOwnRecordsAreReadStrictly() {
    Catalogue shipped = SeniorBackendEngineer.catalogue();
    ObjectNode pack = Trees.read(CASE.toJson(shipped));
    ObjectNode role =
        Trees.item(pack, "Role", SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER.value());
    ((ObjectNode) role.get("extensions").get("competency")).put("colaborators", "typo");
    ObjectNode requirement = requirementItems(pack, role).get(1);
    requirement.putObject("extensions").putObject("competency").put("weight", "heavy");
    ObjectNode level = Trees.item(pack, "Career level", "senior");
    level.put("listEnumeration", "third");
    InvalidCatalogueException e = problems(Trees.write(pack));
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactlyInAnyOrder(
            pathOf(pack, role) + ".extensions.competency.colaborators",
            pathOf(pack, requirement) + ".extensions.competency.weight",
            pathOf(pack, level) + ".listEnumeration");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPresent());
  }

  @Test
  void aRequirementWithoutItsStepIsLeftOutWithAWarning() {
    Catalogue shipped = SeniorBackendEngineer.catalogue();
    ObjectNode pack = Trees.read(CASE.toJson(shipped));
    Role senior = shipped.get(SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER);
    ObjectNode role = Trees.item(pack, "Role", senior.id().value());
    ObjectNode requirement = requirementItems(pack, role).get(0);
    ArrayNode associations = (ArrayNode) pack.get("CFAssociations");
    for (int i = associations.size() - 1; i >= 0; i--) {
      if (associations.get(i).get("associationType").stringValue().equals("hasSkillLevel")
          && associations
              .get(i)
              .get("originNodeURI")
              .get("identifier")
              .equals(requirement.get("identifier"))) {
        associations.remove(i);
      }
    }
    ImportResult result = CASE.fromJson(Trees.write(pack));
    assertThat(result.catalogue().get(RoleId.of(senior.id().value())).requirements())
        .isEqualTo(senior.requirements().subList(1, senior.requirements().size()));
    assertThat(result.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.path()).isEqualTo(pathOf(pack, requirement));
              assertThat(w.identifier()).contains(requirement.get("identifier").stringValue());
              assertThat(w.message())
                  .isEqualTo(
                      "the requirement names no step of the proficiency scale (a hasSkillLevel"
                          + " association); it is left out");
            });
  }

  /** The requirement items of a role, in the order of their sequence numbers. */
  static List<ObjectNode> requirementItems(ObjectNode pack, ObjectNode role) {
    List<ObjectNode> children = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (JsonNode association : pack.get("CFAssociations")) {
      if (association.get("associationType").stringValue().equals("isChildOf")
          && association
              .get("destinationNodeURI")
              .get("identifier")
              .equals(role.get("identifier"))) {
        for (JsonNode item : pack.get("CFItems")) {
          if (item.get("identifier").equals(association.get("originNodeURI").get("identifier"))
              && item.get("CFItemType").stringValue().endsWith("requirement")) {
            children.add((ObjectNode) item);
            order.add(association.get("sequenceNumber").intValue());
          }
        }
      }
    }
    List<ObjectNode> sorted = new ArrayList<>(children);
    sorted.sort(java.util.Comparator.comparingInt(item -> order.get(children.indexOf(item))));
    return sorted;
  }

  private static String pathOf(ObjectNode pack, ObjectNode record) {
    for (String section : new String[] {"CFItems", "CFAssociations"}) {
      for (int i = 0; i < pack.get(section).size(); i++) {
        if (pack.get(section).get(i) == record) {
          return section + "[" + i + "]";
        }
      }
    }
    throw new AssertionError("not in the package");
  }

  private static InvalidCatalogueException problems(String json) {
    InvalidCatalogueException e =
        catchThrowableOfType(InvalidCatalogueException.class, () -> CASE.fromJson(json));
    assertThat(e).as("refused: %s", json).isNotNull();
    return e;
  }
}
