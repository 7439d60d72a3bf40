package io.github.competency.cli;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Catalogues;
import io.github.competency.core.CompetencyException;
import io.github.competency.core.TextKey;
import io.github.competency.core.Translation;
import io.github.competency.core.Translations;
import io.github.competency.core.ValidationException;
import io.github.competency.core.json.TranslationJson;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code --lang} and {@code --translation}: a catalogue read in another language. */
final class Languages {

  private Languages() {}

  static Catalogue translate(
      CatalogueChoice.Loaded loaded, String lang, List<Path> files, CommandSpec spec) {
    if (lang == null) {
      if (!files.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(), "--translation needs --lang to say " + "which language to show");
      }
      return loaded.catalogue();
    }
    Locale locale = locale(lang, spec);
    Catalogue catalogue = loaded.catalogue();
    List<Translation> translations = new ArrayList<>();
    if (loaded.origin().equals("shipped")) {
      Map<TextKey, String> texts = Translation.sourceTexts(catalogue);
      translations.addAll(
          Catalogues.translations(catalogue.id()).languages().stream()
              .map(l -> Catalogues.translations(catalogue.id()).translation(l).orElseThrow())
              .map(t -> onlyTextsOf(t, texts, catalogue))
              .toList());
    }
    for (Path file : files) {
      translations.add(read(file, catalogue));
    }
    Translations view = Translations.of(catalogue, translations);
    if (view.report(locale).current() == 0
        && view.report(locale).stale().isEmpty()
        && !catalogue.language().getLanguage().equals(locale.getLanguage())) {
      throw new ParameterException(
          spec.commandLine(),
          "no translation of '"
              + catalogue.id()
              + "' into '"
              + locale.toLanguageTag()
              + "'; languages: "
              + catalogue.language().toLanguageTag()
              + (view.languages().isEmpty()
                  ? ""
                  : ", "
                      + view.languages().stream()
                          .map(Locale::toLanguageTag)
                          .collect(Collectors.joining(", "))));
    }
    return view.in(locale);
  }

  private static Locale locale(String tag, CommandSpec spec) {
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      if (!locale.getLanguage().isEmpty()) {
        return locale;
      }
    } catch (IllformedLocaleException e) {
      // reported below
    }
    throw new ParameterException(
        spec.commandLine(),
        "'" + tag + "' is not a BCP 47 language " + "tag; use one such as de or de-CH");
  }

  /**
   * A shipped translation without the texts of items an overlay took out of the catalogue:
   * those texts have nothing left to translate, which is no fault of the translation.
   */
  private static Translation onlyTextsOf(
      Translation translation, Map<TextKey, String> texts, Catalogue catalogue) {
    Translation.Builder kept = Translation.builder(translation.catalogue(), translation.language());
    translation
        .texts()
        .forEach(
            (key, text) -> {
              if (texts.containsKey(key)) {
                kept.put(key, text);
              }
            });
    translation
        .aliases()
        .forEach(
            (skill, names) -> {
              if (catalogue.find(skill).isPresent()) {
                kept.aliases(skill, names);
              }
            });
    return kept.build();
  }

  private static Translation read(Path file, Catalogue catalogue) {
    try {
      return TranslationJson.defaults()
          .read(new ByteArrayInputStream(Inputs.bytes(file)), catalogue);
    } catch (ValidationException e) {
      throw new CompetencyException(file + ": " + e.getMessage(), e);
    }
  }
}
