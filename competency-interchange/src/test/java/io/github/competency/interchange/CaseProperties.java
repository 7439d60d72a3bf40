package io.github.competency.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueGenerator;
import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Problem;
import io.github.competency.core.Requirement;
import io.github.competency.core.Responsibility;
import io.github.competency.core.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.groups.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Laws of the CASE export and import over generated catalogues. */
class CaseProperties {

  private static final CaseJson CASE = CaseJson.defaults();

  @Property(tries = 200)
  void exportThenImportGivesAnEqualCatalogueWithoutWarnings(
      @ForAll("catalogues") Catalogue catalogue) {
    ImportResult back = CASE.fromJson(CASE.toJson(catalogue));
    assertThat(back.catalogue()).isEqualTo(catalogue);
    assertThat(back.warnings()).isEmpty();
  }

  @Property(tries = 100)
  void theOrderOfAssociationsAndRubricsDoesNotMatterSequenceNumbersDo(
      @ForAll("catalogues") Catalogue catalogue, @ForAll("seeds") long seed) {
    Random random = new Random(seed);
    ObjectNode pack = Trees.read(CASE.toJson(catalogue));
    for (String section : new String[] {"CFAssociations", "CFRubrics"}) {
      List<JsonNode> records = new ArrayList<>();
      pack.get(section).forEach(records::add);
      Collections.shuffle(records, random);
      pack.putArray(section).addAll(records);
    }
    assertThat(CASE.fromJson(Trees.write(pack)).catalogue()).isEqualTo(catalogue);
  }

  @Property(tries = 100)
  void everyExportIsValidAgainstTheCaseSchema(@ForAll("catalogues") Catalogue catalogue) {
    assertThat(CaseSchema.errors(CASE.toJson(catalogue))).isEmpty();
  }

  @Property(tries = 100)
  void exportsAreByteStable(@ForAll("catalogues") Catalogue catalogue) {
    String once = CASE.toJson(catalogue);
    assertThat(CASE.toJson(catalogue)).isEqualTo(once);
    assertThat(CASE.toJson(CASE.fromJson(once).catalogue())).isEqualTo(once);
  }

  @Property(tries = 100)
  void everyRecordHasItsOwnIdentifier(@ForAll("catalogues") Catalogue catalogue) {
    ObjectNode pack = Trees.read(CASE.toJson(catalogue));
    Set<String> identifiers = new HashSet<>();
    identifiers.add(pack.get("CFDocument").get("identifier").stringValue());
    for (String section : new String[] {"CFItems", "CFAssociations", "CFRubrics"}) {
      for (JsonNode record : pack.get(section)) {
        assertThat(identifiers.add(record.get("identifier").stringValue())).isTrue();
      }
    }
    for (JsonNode rubric : pack.get("CFRubrics")) {
      for (JsonNode criterion : rubric.get("CFRubricCriteria")) {
        assertThat(identifiers.add(criterion.get("identifier").stringValue())).isTrue();
        for (JsonNode level : criterion.get("CFRubricCriterionLevels")) {
          assertThat(identifiers.add(level.get("identifier").stringValue())).isTrue();
        }
      }
    }
  }

  @Property(tries = 200)
  void damagedPackagesEndInACatalogueOrTheDocumentedExceptionOnEveryPath(
      @ForAll("catalogues") Catalogue catalogue, @ForAll("seeds") long seed) {
    EveryPath.read(EveryPath.of(CASE), Damage.damage(CASE.toJson(catalogue), new Random(seed)));
  }

  @Property(tries = 200)
  void damagedPackagesOfOtherFrameworksEndInACatalogueOrTheDocumentedExceptionOnEveryPath(
      @ForAll("opensalt") String file, @ForAll("seeds") long seed) {
    EveryPath.read(
        EveryPath.of(CASE), Damage.damage(OpenSaltPackagesTest.resource(file), new Random(seed)));
  }

  @Property(tries = 200)
  void brokenRecordsAreReportedAtTheirCasePathsWithPositions(
      @ForAll("populated") Catalogue catalogue, @ForAll("seeds") long seed) {
    Random random = new Random(seed);
    ObjectNode pack = Trees.read(CASE.toJson(catalogue));
    ArrayNode items = (ArrayNode) pack.get("CFItems");
    ArrayNode associations = (ArrayNode) pack.get("CFAssociations");
    int i = random.nextInt(items.size());
    int k = random.nextInt(associations.size());
    ObjectNode item = (ObjectNode) items.get(i);
    ObjectNode association = (ObjectNode) associations.get(k);
    String expected =
        switch (random.nextInt(7)) {
          case 0 -> {
            item.put("identifier", 12);
            yield "CFItems[" + i + "].identifier";
          }
          case 1 -> {
            item.remove("identifier");
            yield "CFItems[" + i + "].identifier";
          }
          case 2 -> {
            item.put("identifier", 1.5);
            yield "CFItems[" + i + "].identifier";
          }
          case 3 -> {
            item.put("humanCodingScheme", "Not A Slug");
            yield "CFItems[" + i + "].humanCodingScheme";
          }
          case 4 -> {
            association.putObject("originNodeURI").put("title", "no identifier");
            yield "CFAssociations[" + k + "].originNodeURI.identifier";
          }
          case 5 -> {
            association.put("sequenceNumber", "first");
            yield "CFAssociations[" + k + "].sequenceNumber";
          }
          default -> {
            association.remove("associationType");
            yield "CFAssociations[" + k + "].associationType";
          }
        };
    InvalidCatalogueException e =
        catchThrowableOfType(
            InvalidCatalogueException.class, () -> CASE.fromJson(Trees.write(pack)));
    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(Problem::path).containsExactly(expected);
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPresent());
  }

  /**
   * A CASE tool that keeps only CASE's own fields drops every {@code extensions} object: the
   * requirements still come back, each with its skill, step, importance and note, in order, and
   * so do the choice groups with their options (how many of them a group needs is in the
   * extension).
   */
  @Property(tries = 200)
  void aPackageStrippedOfItsExtensionsKeepsEveryRequirement(
      @ForAll("populated") Catalogue catalogue) {
    ObjectNode pack = Trees.read(CASE.toJson(catalogue));
    strip(pack);
    ImportResult back = CASE.fromJson(Trees.write(pack));
    assertThat(back.catalogue().roles()).hasSameSizeAs(catalogue.roles());
    for (Role role : catalogue.roles()) {
      Role imported = back.catalogue().get(role.id());
      assertThat(imported.requirements())
          .extracting(
              Requirement::skill,
              Requirement::proficiency,
              Requirement::importance,
              Requirement::note)
          .containsExactlyElementsOf(
              role.requirements().stream()
                  .map(r -> Tuple.tuple(r.skill(), r.proficiency(), r.importance(), r.note()))
                  .toList());
      assertThat(imported.groups())
          .extracting(
              ChoiceGroup::id,
              ChoiceGroup::title,
              ChoiceGroup::importance,
              ChoiceGroup::note,
              ChoiceGroup::options)
          .containsExactlyElementsOf(
              role.groups().stream()
                  .map(g -> Tuple.tuple(g.id(), g.title(), g.importance(), g.note(), g.options()))
                  .toList());
      assertThat(imported.level()).isEqualTo(role.level());
      assertThat(imported.responsibilities()).isEqualTo(role.responsibilities());
      assertThat(imported.progressesTo()).isEqualTo(role.progressesTo());
    }
    assertThat(back.catalogue().proficiencies()).isEqualTo(catalogue.proficiencies());
    assertThat(back.catalogue().responsibilities())
        .extracting(Responsibility::id, Responsibility::area)
        .containsExactlyElementsOf(
            catalogue.responsibilities().stream().map(r -> Tuple.tuple(r.id(), r.area())).toList());
    assertThat(back.warnings()).extracting(ImportWarning::path).contains("CFDocument");
  }

  /** Removes every {@code extensions} member, anywhere in a tree. */
  static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove("extensions");
      object.forEach(CaseProperties::strip);
    } else if (node instanceof ArrayNode array) {
      array.forEach(CaseProperties::strip);
    }
  }

  @Provide
  Arbitrary<Catalogue> catalogues() {
    return CatalogueGenerator.catalogues();
  }

  @Provide
  Arbitrary<Catalogue> populated() {
    return CatalogueGenerator.populatedCatalogues();
  }

  @Provide
  Arbitrary<String> opensalt() {
    return Arbitraries.of(
        "opensalt-sample-framework.json",
        "opensalt-MarkdownFramework.json",
        "opensalt-SequenceNumberFramework.json",
        "opensalt-ItemTypeTestFramework.json");
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }
}
