package io.github.competency.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.competency.core.Catalogue;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Problem;
import io.github.competency.core.Reference;
import io.github.competency.core.Role;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import io.github.competency.core.UnknownIdException;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Rich Skill Descriptors: the shipped catalogue's skills out and back, and others' in. */
class RsdTest {

  private static final Catalogue SHIPPED = SeniorBackendEngineer.catalogue();
  private static final RsdJson RSD = RsdJson.defaults();
  private static final String JSON = RSD.toJson(SHIPPED);
  private static final ObjectNode COLLECTION = Trees.read(JSON);

  @Test
  void theCatalogueIsACollectionOfOneDescriptorPerSkill() {
    assertThat(COLLECTION.get("@context").stringValue())
        .isEqualTo("https://rsd.openskillsnetwork.org/context-v1.json");
    assertThat(COLLECTION.get("type").stringValue()).isEqualTo("RichSkillCollection");
    assertThat(COLLECTION.get("uuid").stringValue())
        .isEqualTo(Identifiers.of(SHIPPED.id()).toString());
    assertThat(COLLECTION.get("name").stringValue()).isEqualTo(SHIPPED.title());
    JsonNode skills = COLLECTION.get("skills");
    assertThat(skills).hasSize(SHIPPED.skills().size());
    for (int i = 0; i < skills.size(); i++) {
      Skill skill = SHIPPED.skills().get(i);
      JsonNode rsd = skills.get(i);
      String uuid = Identifiers.of(SHIPPED.id(), skill.id()).toString();
      assertThat(rsd.get("@context").stringValue())
          .isEqualTo("https://rsd.openskillsnetwork.org/context-v1.json");
      assertThat(rsd.get("type").stringValue()).isEqualTo("RichSkillDescriptor");
      assertThat(rsd.get("uuid").stringValue()).isEqualTo(uuid);
      assertThat(rsd.get("id").stringValue())
          .isEqualTo(RsdJson.DEFAULT_BASE_URI + "skills/" + uuid);
      assertThat(rsd.get("skillName").stringValue()).isEqualTo(skill.name());
      assertThat(rsd.get("skillStatement").stringValue()).isEqualTo(skill.description());
      assertThat(rsd.get("category").stringValue()).isEqualTo(SHIPPED.get(skill.category()).name());
      assertThat(strings(rsd.get("keywords"))).isEqualTo(skill.aliases());
      assertThat(rsd.get("alignments")).hasSize(skill.references().size());
      for (int k = 0; k < skill.references().size(); k++) {
        Reference reference = skill.references().get(k);
        JsonNode alignment = rsd.get("alignments").get(k);
        assertThat(alignment.get("skillName").stringValue()).isEqualTo(reference.code());
        assertThat(alignment.get("isPartOf").get("name").stringValue())
            .isEqualTo(reference.scheme());
      }
      assertThat(rsd.get("occupations").findValuesAsString("code"))
          .isEqualTo(expectedOccupations(skill));
      assertThat(rsd.get("collections").get(0).get("uuid").stringValue())
          .isEqualTo(COLLECTION.get("uuid").stringValue());
      assertThat(rsd.get("status").stringValue()).isEqualTo("published");
    }
  }

  /** Occupation codes of the roles that require the skill, in role then reference order. */
  private static List<String> expectedOccupations(Skill skill) {
    Set<String> codes = new LinkedHashSet<>();
    List<String> ordered = new ArrayList<>();
    for (Role role : SHIPPED.rolesRequiring(skill.id())) {
      for (Reference reference : role.references()) {
        if (List.of("onet-soc", "isco-08", "esco").contains(reference.scheme())
            && codes.add(reference.scheme() + reference.code())) {
          ordered.add(reference.code());
        }
      }
    }
    return ordered;
  }

  @Test
  void theSkillsOfTheShippedCatalogueHaveTheSameIdentityInCaseAndRsd() {
    ObjectNode pack = Trees.read(CaseJson.defaults().toJson(SHIPPED));
    for (JsonNode rsd : COLLECTION.get("skills")) {
      String id = rsd.get("competency").get("id").stringValue();
      assertThat(Trees.item(pack, "Skill", id).get("identifier").stringValue())
          .isEqualTo(rsd.get("uuid").stringValue());
    }
  }

  @Test
  void theExportIsStableAndOneSkillIsAsInTheCollection() {
    assertThat(RSD.toJson(SHIPPED)).isEqualTo(JSON);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RSD.write(SHIPPED, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JSON);
    assertThat(JSON).endsWith("}\n").doesNotContain("\r").startsWith("{\n  \"@context\": ");
    Skill skill = SHIPPED.skills().get(3);
    assertThat(Trees.read(RSD.toJson(SHIPPED, skill.id())))
        .isEqualTo(COLLECTION.get("skills").get(3));
    assertThatThrownBy(() -> RSD.toJson(SHIPPED, SkillId.of("no-such-skill")))
        .isInstanceOf(UnknownIdException.class);
  }

  @Test
  void theShippedSkillsComeBackWithoutWhatRsdCannotCarry() {
    ImportResult back = RSD.fromJson(JSON);
    assertThat(back.warnings()).isEmpty();
    Catalogue catalogue = back.catalogue();
    assertThat(catalogue.id()).isEqualTo(SHIPPED.id());
    assertThat(catalogue.version()).isEqualTo(SHIPPED.version());
    assertThat(catalogue.title()).isEqualTo(SHIPPED.title());
    assertThat(catalogue.description()).isEqualTo(SHIPPED.description());
    assertThat(catalogue.skills()).isEqualTo(RsdProperties.carried(SHIPPED.skills()));
    assertThat(catalogue.proficiencies()).isEmpty();
    assertThat(catalogue.roles()).isEmpty();
  }

  @Test
  void oneDescriptorAloneComesBackAsACatalogueOfOneSkill() {
    Skill skill = SHIPPED.skills().get(5);
    ImportResult result = RSD.fromJson(RSD.toJson(SHIPPED, skill.id()));
    assertThat(result.catalogue().skills()).isEqualTo(RsdProperties.carried(List.of(skill)));
    assertThat(result.catalogue().title()).isEqualTo(SHIPPED.title());
    assertThat(result.warnings()).extracting(ImportWarning::path).containsExactly("$");
  }

  /** Two descriptors as the Open Skills Management Tool writes them (version 2 and 3 fields). */
  static final String OTHERS =
      """
      [
        {"@context": "https://rsd.openskillsnetwork.org/context-v1.json",
         "type": "RichSkillDescriptor",
         "id": "https://osmt.example.org/api/skills/4c1c7a52-2b1e-4f38-9a37-0b7a0c1e2f10",
         "uuid": "4c1c7a52-2b1e-4f38-9a37-0b7a0c1e2f10",
         "skillName": "Incident Triage",
         "skillStatement": "Sort incoming incidents by urgency and route them to the right team.",
         "category": "Operations;Support",
         "author": "Example University",
         "keywords": ["on-call", "paging"],
         "alignments": [{"id": "https://skills.example.org/ks/123",
           "skillName": "Incident management", "isPartOf": {"name": "Example Skills"}}],
         "standards": [{"skillName": "OPS-7"}],
         "occupations": [{"code": "15-1244", "frameworkName": "bls"}],
         "certifications": [],
         "collections": [{"uuid": "0b5a...", "name": "Operations starter set"}],
         "status": "published", "publishDate": "2023-03-30T13:02:07Z", "archiveDate": null},
        {"type": "RichSkillDescriptor",
         "uuid": "7d0f3c90-1111-4e2b-8c33-4a5b6c7d8e9f",
         "skillName": "Runbook Writing",
         "skillStatement": "Write step-by-step recovery procedures for a service.",
         "categories": ["Operations", "Documentation"],
         "authors": ["Example University", "Example Employer"],
         "keywords": [],
         "employers": [{"name": "Example Employer"}]}
      ]
      """;

  @Test
  void otherToolsDescriptorsBecomeSkillsWithCategoriesAliasesAndReferences() {
    ImportResult result = RSD.fromJson(OTHERS);
    Catalogue catalogue = result.catalogue();
    assertThat(catalogue.title()).isEqualTo("Operations starter set");
    assertThat(catalogue.id().value()).isEqualTo("operations-starter-set");
    assertThat(catalogue.language()).isEqualTo(Locale.ENGLISH);
    assertThat(catalogue.categories())
        .extracting(c -> c.id().value(), c -> c.name())
        .containsExactly(tuple("operations", "Operations"));
    Skill triage = catalogue.get(SkillId.of("incident-triage"));
    assertThat(triage.aliases()).containsExactly("on-call", "paging");
    assertThat(triage.references())
        .extracting(Reference::scheme, Reference::code)
        .containsExactly(
            tuple("rsd", "4c1c7a52-2b1e-4f38-9a37-0b7a0c1e2f10"),
            tuple("example-skills", "Incident management"),
            tuple("standard", "OPS-7"));
    assertThat(triage.references().get(1).uri())
        .hasValueSatisfying(
            uri -> assertThat(uri).hasToString("https://skills.example.org/ks/123"));
    assertThat(triage.source().flatMap(s -> s.publisher())).contains("Example University");
    Skill runbooks = catalogue.get(SkillId.of("runbook-writing"));
    assertThat(runbooks.category().value()).isEqualTo("operations");
    assertThat(runbooks.source().flatMap(s -> s.publisher()))
        .contains("Example University; Example Employer");
    assertThat(result.warnings())
        .extracting(ImportWarning::path)
        .containsExactly(
            "$", "$[0].category", "$[0].occupations", "$[1].categories", "$[1].employers");
    assertThat(result.warnings().get(2).identifier())
        .contains("4c1c7a52-2b1e-4f38-9a37-0b7a0c1e2f10");
  }

  @Test
  void brokenDescriptorsAreReportedAtTheirPaths() {
    assertThat(problems("7")).containsExactly("$");
    assertThat(problems("{\"skills\": {}}")).containsExactly("skills");
    assertThat(
            problems(
                "{\"skills\": [{\"skillName\": \"A\"}, {\"skillName\": \" \"},"
                    + " {\"keywords\": [1]}, 4]}"))
        .containsExactlyInAnyOrder(
            "skills[1].skillName", "skills[2].skillName", "skills[2].keywords[0]", "skills[3]");
    ObjectNode ours = COLLECTION.deepCopy();
    ((ObjectNode) ours.get("skills").get(1).get("competency")).put("id", "Not A Slug");
    ((ObjectNode) ours.get("skills").get(2).get("competency"))
        .put("id", COLLECTION.get("skills").get(0).get("competency").get("id").stringValue());
    InvalidCatalogueException e =
        catchThrowableOfType(
            InvalidCatalogueException.class, () -> RSD.fromJson(Trees.write(ours)));
    assertThat(e.problems()).extracting(Problem::path).containsExactly("skills[1].competency.id");
    ((ObjectNode) ours.get("skills").get(1).get("competency")).put("id", "fine");
    e =
        catchThrowableOfType(
            InvalidCatalogueException.class, () -> RSD.fromJson(Trees.write(ours)));
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("skills[2]");
              assertThat(p.message())
                  .contains("duplicate skill id")
                  .contains("in the catalogue: skills[2]");
              assertThat(p.line()).isPresent();
            });
  }

  private static List<String> problems(String json) {
    InvalidCatalogueException e =
        catchThrowableOfType(InvalidCatalogueException.class, () -> RSD.fromJson(json));
    assertThat(e).as("refused: %s", json).isNotNull();
    return e.problems().stream().map(Problem::path).collect(Collectors.toList());
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(element -> strings.add(element.stringValue()));
    return strings;
  }
}
