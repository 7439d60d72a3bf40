package io.github.competency.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.core.json.TranslationJson;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of translations on generated catalogues. */
class TranslationProperties {

  @Property(tries = 80)
  void aCataloguesOwnTextsTranslateItToItself(@ForAll("catalogues") Catalogue catalogue) {
    Translation own = Translation.of(catalogue);
    Translations translations = Translations.of(catalogue, List.of(own));
    assertThat(translations.in(catalogue.language())).isEqualTo(catalogue);
    assertThat(translations.report(catalogue.language()).isComplete()).isTrue();
  }

  @Property(tries = 80)
  void translationsRoundTripThroughJson(
      @ForAll("catalogues") Catalogue catalogue, @ForAll long seed) {
    Translation partial = partial(catalogue, new Random(seed));
    String json = TranslationJson.defaults().toJson(partial);
    assertThat(TranslationJson.defaults().fromJson(json)).isEqualTo(partial);
    assertThat(TranslationJson.defaults().toJson(TranslationJson.defaults().fromJson(json)))
        .isEqualTo(json);
  }

  @Property(tries = 80)
  void fallbackNeverLeavesATextEmpty(@ForAll("catalogues") Catalogue catalogue, @ForAll long seed) {
    Random random = new Random(seed);
    Translations translations = Translations.of(catalogue, List.of(partial(catalogue, random)));
    Catalogue read = translations.in(Locale.forLanguageTag("de-AT"));
    Map<TextKey, String> before = Translation.sourceTexts(catalogue);
    Map<TextKey, String> after = Translation.sourceTexts(read);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach(
        (key, text) -> {
          if (!text.isBlank()) {
            assertThat(after.get(key)).as(key.path()).isNotBlank();
          }
        });
    TranslationReport report = translations.report(Locale.GERMAN);
    assertThat(report.missing().size() + report.current() + report.stale().size())
        .isEqualTo(before.size());
  }

  /** Some of the catalogue's texts "translated" into German, one in ten of them stale. */
  private static Translation partial(Catalogue catalogue, Random random) {
    Translation.Builder builder = Translation.builder(catalogue.id(), Locale.GERMAN);
    Translation.sourceTexts(catalogue)
        .forEach(
            (key, text) -> {
              if (random.nextBoolean()) {
                builder.put(
                    key,
                    random.nextInt(10) == 0
                        ? TranslatedText.translating("Alt: " + text, text + " (earlier)")
                        : TranslatedText.translating("DE " + text, text));
              }
            });
    if (!catalogue.skills().isEmpty() && random.nextBoolean()) {
      builder.aliases(catalogue.skills().get(0).id(), List.of("Fähigkeit"));
    }
    return builder.build();
  }

  @Provide
  Arbitrary<Catalogue> catalogues() {
    return Arbitraries.oneOf(
        CatalogueGenerator.catalogues(), CatalogueGenerator.populatedCatalogues());
  }
}
