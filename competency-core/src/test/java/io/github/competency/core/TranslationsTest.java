package io.github.competency.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.competency.core.json.TranslationJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A catalogue read in other languages, with fallback, and reports of what is missing. */
class TranslationsTest {

  private static final Locale DE = Locale.GERMAN;
  private static final Locale DE_CH = Locale.forLanguageTag("de-CH");
  private static final SkillId GO = SkillId.of("go");
  private static final RoleId SENIOR = RoleId.of("senior-platform-engineer");

  private final Catalogue catalogue = Fixtures.platformTeam();

  private Translation german() {
    Skill go = catalogue.get(GO);
    Role senior = catalogue.get(SENIOR);
    return Translation.builder(catalogue.id(), DE)
        .put(
            TextKey.ofCatalogue("title"),
            TranslatedText.translating("Plattformteam", catalogue.title()))
        .put(TextKey.of(GO, "name"), TranslatedText.translating("Go (Sprache)", go.name()))
        .put(
            TextKey.of(SENIOR, "title"),
            TranslatedText.translating("Senior Plattform-Engineer", senior.title()))
        .put(
            TextKey.of(SENIOR, "summary"),
            TranslatedText.of(
                "Alte Zusammenfassung", TranslatedText.fingerprint("an earlier summary")))
        .aliases(GO, List.of("Golang-Sprache"))
        .build();
  }

  private Translation swiss() {
    return Translation.builder(catalogue.id(), DE_CH)
        .put(
            TextKey.of(GO, "name"),
            TranslatedText.translating("Go (Sproch)", catalogue.get(GO).name()))
        .build();
  }

  @Test
  void readsTheCatalogueInALanguageFallingBackItemByItem() {
    Translations translations = Translations.of(catalogue, List.of(german(), swiss()));

    Catalogue inSwissGerman = translations.in(DE_CH);

    assertThat(inSwissGerman.get(GO).name()).isEqualTo("Go (Sproch)");
    assertThat(inSwissGerman.title()).as("from de").isEqualTo("Plattformteam");
    assertThat(inSwissGerman.get(SENIOR).title()).isEqualTo("Senior Plattform-Engineer");
    assertThat(inSwissGerman.get(SkillId.of("kubernetes")).name())
        .as("from the catalogue")
        .isEqualTo("Kubernetes");
    assertThat(inSwissGerman.language()).isEqualTo(DE_CH);
    assertThat(inSwissGerman.get(GO).aliases()).containsExactly("Golang", "Golang-Sprache");
    assertThat(inSwissGerman.roles())
        .extracting(Role::id)
        .containsExactlyElementsOf(catalogue.roles().stream().map(Role::id).toList());
    assertThat(translations.in(Locale.FRENCH)).isSameAs(catalogue);
    assertThat(translations.in(DE).get(GO).name()).isEqualTo("Go (Sprache)");
  }

  @Test
  void aStaleTranslationIsUsedAndReported() {
    Translations translations = Translations.of(catalogue, List.of(german()));
    assertThat(translations.in(DE).get(SENIOR).summary()).isEqualTo("Alte Zusammenfassung");

    TranslationReport report = translations.report(DE);

    assertThat(report.stale()).containsExactly(TextKey.of(SENIOR, "summary"));
    assertThat(report.missing())
        .contains(TextKey.of(SkillId.of("kubernetes"), "name"))
        .doesNotContain(TextKey.of(GO, "name"), TextKey.of(SENIOR, "summary"));
    assertThat(report.total()).isEqualTo(Translation.sourceTexts(catalogue).size());
    assertThat(report.current()).isEqualTo(3);
    assertThat(report.isComplete()).isFalse();
    assertThat(report)
        .hasToString(
            "de: 3 of "
                + report.total()
                + " texts current, "
                + report.missing().size()
                + " missing, 1 stale");
    assertThat(
            Translations.of(catalogue, List.of(Translation.of(catalogue)))
                .report(catalogue.language())
                .isComplete())
        .isTrue();
  }

  @Test
  void textsTheCatalogueDoesNotHaveAreRefusedWithTheirPaths() {
    Translation wrong =
        Translation.builder(CatalogueId.of("other"), DE)
            .put(TextKey.of(SkillId.of("cobol"), "name"), TranslatedText.translating("Cobol", "x"))
            .put(TextKey.of(GO, "name"), TranslatedText.translating(" ", "Go"))
            .aliases(SkillId.of("rust"), List.of("Rost"))
            .build();
    ValidationException e =
        catchThrowableOfType(
            ValidationException.class,
            () -> Translations.of(catalogue, List.of(wrong, german(), german())));
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly(
            "catalogue",
            "skills.cobol.name",
            "skills.go.name.text",
            "skills.rust.aliases",
            "language",
            "language");
  }

  @Test
  void readingAgainstTheCatalogueGivesPositions() {
    String json = TranslationJson.defaults().toJson(german()).replace("\"go\": {", "\"cobol\": {");
    ValidationException e =
        catchThrowableOfType(
            ValidationException.class,
            () ->
                TranslationJson.defaults()
                    .read(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                        catalogue));
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("skills.cobol.name", "skills.cobol.aliases");
    assertThat(e.problems().get(0).line()).isPresent();
    assertThat(TranslationJson.defaults().fromJson(json).texts())
        .containsKey(TextKey.of(SkillId.of("cobol"), "name"));
  }

  @Test
  void theFormatIsStrictLikeTheCatalogues() {
    String json = TranslationJson.defaults().toJson(german());
    assertThatThrownBy(
            () ->
                TranslationJson.defaults()
                    .fromJson(
                        json.replace("\"text\": \"Plattformteam\"", "\"txt\": \"Plattformteam\"")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(
            "catalogueTexts.title.txt: unknown field 'txt' in a translated "
                + "text; its fields are text, sourceHash");
    assertThatThrownBy(
            () ->
                TranslationJson.defaults()
                    .fromJson(
                        json.replaceFirst(
                            "\"sourceHash\": \"[0-9a-f]{16}\"", "\"sourceHash\": \"ABC\"")))
        .hasMessageContaining("'ABC' is not a source fingerprint");
    assertThatThrownBy(
            () ->
                TranslationJson.defaults()
                    .fromJson(json.replace("competency-translation/1", "competency-catalogue/1")))
        .hasMessageContaining("is not a competency translation format");
    assertThat(TranslationJson.defaults().fromJson(json)).isEqualTo(german());
  }

  @Test
  void textKeysReadBackFromTheirPaths() {
    for (TextKey key : Translation.sourceTexts(catalogue).keySet()) {
      assertThat(TextKey.parse(key.path())).isEqualTo(key);
    }
    assertThatThrownBy(() -> TextKey.parse("skills.go.colour"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names no text");
    assertThat(Translations.fallbacks(Locale.forLanguageTag("zh-Hans-CN")))
        .containsExactly("zh-Hans-CN", "zh-Hans", "zh");
    assertThat(TranslatedText.fingerprint("SQL")).hasSize(16).matches("[0-9a-f]+");
  }
}
