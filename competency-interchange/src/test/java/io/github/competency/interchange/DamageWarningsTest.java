package io.github.competency.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Category;
import io.github.competency.core.Skill;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Damage that another tool leaves in a package is named, not passed over: associations that
 * close a cycle of the hierarchy are left out with a warning that names the cycle, and a record
 * whose identifier an earlier one has is left out with a warning at its path.
 */
class DamageWarningsTest {

  private static final CaseJson CASE = CaseJson.defaults();
  private static final RsdJson RSD = RsdJson.defaults();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A framework of another tool with {@code n} items, each under the framework. */
  private static ObjectNode framework(int n) {
    ObjectNode pack = NODES.objectNode();
    pack.putObject("CFDocument")
        .put("identifier", "doc")
        .put("uri", "https://example.org/doc")
        .put("creator", "A tool")
        .put("title", "Damaged")
        .put("lastChangeDateTime", "2024-01-01T00:00:00Z")
        .put("language", "en");
    ArrayNode items = pack.putArray("CFItems");
    for (int i = 0; i < n; i++) {
      items
          .addObject()
          .put("identifier", "item-" + i)
          .put("uri", "https://example.org/item-" + i)
          .put("fullStatement", "Item " + i)
          .put("lastChangeDateTime", "2024-01-01T00:00:00Z");
    }
    pack.putArray("CFAssociations");
    return pack;
  }

  private static void childOf(ObjectNode pack, String id, String child, String parent) {
    ObjectNode a = ((ArrayNode) pack.get("CFAssociations")).addObject();
    a.put("identifier", id)
        .put("associationType", "isChildOf")
        .put("uri", "https://example.org/" + id)
        .put("lastChangeDateTime", "2024-01-01T00:00:00Z");
    a.putObject("originNodeURI")
        .put("title", child)
        .put("identifier", child)
        .put("uri", "https://example.org/" + child);
    a.putObject("destinationNodeURI")
        .put("title", parent)
        .put("identifier", parent)
        .put("uri", "https://example.org/" + parent);
  }

  @Test
  void twoItemsEachTheOthersChildAreACycle() {
    ObjectNode pack = framework(2);
    childOf(pack, "a0", "item-0", "doc");
    childOf(pack, "a1", "item-1", "item-0");
    childOf(pack, "a2", "item-0", "item-1");
    ImportResult result = CASE.fromJson(Trees.write(pack));
    assertThat(result.warnings())
        .extracting(ImportWarning::path, ImportWarning::message)
        .containsExactly(
            Tuple.tuple(
                "CFAssociations[1]",
                "'isChildOf' closes a cycle of 2 items: CFItems[0] -> CFItems[1] -> CFItems[0];"
                    + " it is left out"));
    assertThat(result.warnings().get(0).identifier()).contains("a1");
    // without the association that closes it, the hierarchy is a category with a skill
    Catalogue catalogue = result.catalogue();
    assertThat(catalogue.categories()).extracting(Category::name).containsExactly("Item 1");
    assertThat(catalogue.skills()).extracting(Skill::name).containsExactly("Item 0");
    assertThat(catalogue.skills().get(0).category()).isEqualTo(catalogue.categories().get(0).id());
  }

  @Test
  void anItemItsOwnChildIsASelfLoop() {
    ObjectNode pack = framework(1);
    childOf(pack, "a0", "item-0", "item-0");
    ImportResult result = CASE.fromJson(Trees.write(pack));
    assertThat(result.warnings())
        .extracting(ImportWarning::path, ImportWarning::message)
        .contains(
            Tuple.tuple(
                "CFAssociations[0]", "'isChildOf' from CFItems[0] to itself; it is left out"));
    assertThat(result.catalogue().skills()).extracting(Skill::name).containsExactly("Item 0");
  }

  @Test
  void aCycleOfTenThousandItemsIsOneWarningThatNamesItsEnds() {
    int n = 10_000;
    ObjectNode pack = framework(n);
    for (int i = 0; i < n; i++) {
      childOf(pack, "a" + i, "item-" + i, "item-" + ((i + 1) % n));
    }
    ImportResult result = CASE.fromJson(Trees.write(pack));
    List<ImportWarning> cycles =
        result.warnings().stream().filter(w -> w.message().contains("cycle")).toList();
    assertThat(cycles)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.path()).isEqualTo("CFAssociations[9999]");
              assertThat(w.message())
                  .isEqualTo(
                      "'isChildOf' closes a cycle of 10,000 items: CFItems[0] -> CFItems[1] ->"
                          + " CFItems[2] -> ... -> CFItems[9998] -> CFItems[9999] -> CFItems[0];"
                          + " it is left out");
            });
    // the rest is a chain of categories, which the model keeps flat, each with a warning
    assertThat(result.catalogue().skills()).extracting(Skill::name).containsExactly("Item 0");
    assertThat(result.catalogue().categories()).hasSize(n - 1);
  }

  @Test
  void aCycleThroughThisProjectsItemsIsCutToo() {
    Catalogue shipped = SeniorBackendEngineer.catalogue();
    ObjectNode pack = Trees.read(CASE.toJson(shipped));
    String family = Trees.item(pack, "Role family", "backend").get("identifier").stringValue();
    String role =
        Trees.item(pack, "Role", SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER.value())
            .get("identifier")
            .stringValue();
    childOf(pack, "f0000000-0000-5000-8000-000000000001", family, role);
    ImportResult result = CASE.fromJson(Trees.write(pack));
    // the walk from the family meets the role's own association last: that one is left out,
    // and the role's family comes from its extension; the association added is not mapped
    assertThat(result.catalogue()).isEqualTo(shipped);
    assertThat(result.warnings())
        .extracting(ImportWarning::message)
        .anySatisfy(m -> assertThat(m).startsWith("'isChildOf' closes a cycle of 2 items: "))
        .anySatisfy(m -> assertThat(m).endsWith("has no counterpart in the model"))
        .hasSize(2);
  }

  @Test
  void aRepeatedUuidOfRichSkillDescriptorsLeavesTheLaterOneOut() {
    String json =
        """
        [{"uuid": "u-1", "skillName": "Triage"},
         {"uuid": "u-2", "skillName": "Runbooks"},
         {"uuid": "u-1", "skillName": "Triage, again"}]
        """;
    ImportResult result = RSD.fromJson(json);
    assertThat(result.catalogue().skills())
        .extracting(Skill::name)
        .containsExactly("Triage", "Runbooks");
    assertThat(result.warnings())
        .extracting(ImportWarning::path, ImportWarning::message)
        .contains(Tuple.tuple("$[2]", "uuid 'u-1' is already $[0]'s; this descriptor is left out"));
    String collection =
        "{\"name\": \"Ops\", \"skills\": [{\"uuid\": \"u\", \"skillName\": \"A\"},"
            + " {\"uuid\": \"u\", \"skillName\": \"B\"}]}";
    assertThat(RSD.fromJson(collection).warnings())
        .extracting(ImportWarning::path, ImportWarning::message)
        .contains(
            Tuple.tuple(
                "skills[1]", "uuid 'u' is already skills[0]'s; this descriptor is left out"));
  }
}
