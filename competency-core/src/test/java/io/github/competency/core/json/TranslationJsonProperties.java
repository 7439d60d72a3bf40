package io.github.competency.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueGenerator;
import io.github.competency.core.TranslatedText;
import io.github.competency.core.Translation;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What the translation writer produces is valid against the shipped schema. */
class TranslationJsonProperties {

  @Property(tries = 60)
  void writtenTranslationsAreSchemaValid(
      @ForAll("catalogues") Catalogue catalogue, @ForAll long seed) {
    Random random = new Random(seed);
    Translation.Builder partial = Translation.builder(catalogue.id(), Locale.GERMAN);
    Translation.sourceTexts(catalogue)
        .forEach(
            (key, text) -> {
              if (random.nextInt(3) > 0) {
                partial.put(key, TranslatedText.translating("DE " + text, text));
              }
            });
    assertThat(SchemaCheck.translationErrors(TranslationJson.defaults().toJson(partial.build())))
        .isEmpty();
    assertThat(
            SchemaCheck.translationErrors(
                TranslationJson.defaults().toJson(Translation.of(catalogue))))
        .isEmpty();
  }

  @Provide
  Arbitrary<Catalogue> catalogues() {
    return CatalogueGenerator.populatedCatalogues();
  }
}
