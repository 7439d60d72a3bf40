package io.github.competency.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueGenerator;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Problem;
import java.io.ByteArrayInputStream;
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
  void damagedPackagesEndInACatalogueOrTheDocumentedException(
      @ForAll("catalogues") Catalogue catalogue, @ForAll("seeds") long seed) {
    byte[] damaged = Damage.damage(CASE.toJson(catalogue), new Random(seed));
    try {
      CASE.read(new ByteArrayInputStream(damaged));
    } catch (InvalidCatalogueException expected) {
      assertThat(expected.problems())
          .isNotEmpty()
          .allSatisfy(
              problem ->
                  assertThat(problem.message())
                      .doesNotContainIgnoringCase("jackson")
                      .doesNotContain("Source:"));
    }
  }

  @Property(tries = 200)
  void damagedPackagesOfOtherFrameworksEndInACatalogueOrTheDocumentedException(
      @ForAll("opensalt") String file, @ForAll("seeds") long seed) {
    byte[] damaged = Damage.damage(OpenSaltPackagesTest.resource(file), new Random(seed));
    try {
      CASE.read(new ByteArrayInputStream(damaged));
    } catch (InvalidCatalogueException expected) {
      assertThat(expected.problems())
          .isNotEmpty()
          .allSatisfy(
              problem ->
                  assertThat(problem.message())
                      .doesNotContainIgnoringCase("jackson")
                      .doesNotContain("Source:"));
    }
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
