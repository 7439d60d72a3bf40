package io.github.competency.seniorbackend;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.competency.core.Catalogue;
import io.github.competency.core.Catalogues;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.RoleId;
import io.github.competency.core.SkillId;
import io.github.competency.core.Translation;
import io.github.competency.core.TranslationReport;
import io.github.competency.core.Translations;
import io.github.competency.core.json.TranslationJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every shipped translation is complete, current, canonical and found through the provider. */
class ShippedTranslationTest {

  private final Catalogue catalogue = SeniorBackendEngineer.catalogue();

  @Test
  void theGermanTranslationIsCompleteAndNotStale() {
    Translations translations = Catalogues.translations(SeniorBackendEngineer.CATALOGUE_ID);
    assertThat(translations.languages()).containsExactly(Locale.GERMAN);
    TranslationReport report = translations.report(Locale.GERMAN);
    assertThat(report.missing()).isEmpty();
    assertThat(report.stale()).isEmpty();
    assertThat(report.isComplete()).isTrue();
    assertThat(report.total()).isEqualTo(Translation.sourceTexts(catalogue).size());
  }

  @Test
  void theSeniorRoleReadsInGermanWithTheSameStructure() {
    Catalogue german =
        Catalogues.translations(SeniorBackendEngineer.CATALOGUE_ID)
            .in(Locale.forLanguageTag("de-CH"));
    RoleId senior = SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER;
    assertThat(german.language()).isEqualTo(Locale.GERMAN);
    assertThat(german.get(senior).summary())
        .isNotEqualTo(catalogue.get(senior).summary())
        .contains("Serverseite");
    assertThat(german.get(senior).requirements())
        .extracting(r -> r.skill().value() + " " + r.proficiency())
        .containsExactlyElementsOf(
            catalogue.get(senior).requirements().stream()
                .map(r -> r.skill().value() + " " + r.proficiency())
                .toList());
    assertThat(german.scale())
        .extracting(p -> p.name())
        .containsExactly(
            "Grundwissen", "Anwendung nach Vorlage", "Selbstständige Anwendung", "Expertise");
  }

  @Test
  void theGermanWordingPointsOfTheSecondEditionStayFixed() throws IOException {
    String shipped;
    try (InputStream in =
        SeniorBackendEngineer.class.getResourceAsStream(SeniorBackendEngineer.GERMAN_RESOURCE)) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Catalogue german =
        Catalogues.translations(SeniorBackendEngineer.CATALOGUE_ID).in(Locale.GERMAN);
    assertThat(shipped)
        .as("one word for a service: Service, never Dienst")
        .doesNotContainPattern("[Dd]ienst")
        .doesNotContain("Aggregationspipeline", "Aggregation-Pipeline", "einsetzt")
        .doesNotContain("Lösungsarchitektur", "Fachliches Domänenwissen");
    assertThat(german.get(SkillId.of("business-domain-knowledge")).name())
        .isEqualTo("Domänenwissen");
    assertThat(german.scale())
        .as("the step names read as an order, not as three kinds of Kenntnisse")
        .extracting(p -> p.name())
        .noneMatch(name -> name.contains("Kenntnisse"));
    assertThat(
            german
                .get(SkillId.of("coding-standards"))
                .behaviours()
                .get(ProficiencyId.of("practitioner")))
        .as("says who acts")
        .startsWith("Verbessert schwer änderbaren Code, wenn die Person");
  }

  @Test
  void theShippedBundleIsSchemaValidAndCanonical() throws IOException {
    String shipped;
    try (InputStream in =
        SeniorBackendEngineer.class.getResourceAsStream(SeniorBackendEngineer.GERMAN_RESOURCE)) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(TranslationJson.schema())
                .validate(shipped, InputFormat.JSON))
        .isEmpty();
    Translation read = TranslationJson.defaults().fromJson(shipped);
    assertThat(TranslationJson.defaults().toJson(read)).isEqualTo(shipped);
    assertThat(SeniorBackendEngineer.translations()).containsExactly(read);
  }
}
