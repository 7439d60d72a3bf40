package io.github.competency.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The texts of a catalogue in another language: for each translated text (named by a
 * {@link TextKey}) the translation and the fingerprint of the source text it translates, and
 * the names people use for skills in that language. A translation may be partial; see
 * {@link Translations} to read a catalogue through it and to report what is missing or stale.
 *
 * <p>Instances are immutable and thread-safe; texts keep the order they were given in.
 */
public final class Translation {

  private final CatalogueId catalogue;
  private final Locale language;
  private final Map<TextKey, TranslatedText> texts;
  private final Map<SkillId, List<String>> aliases;

  private Translation(Builder builder) {
    this.catalogue = builder.catalogue;
    this.language = builder.language;
    this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(builder.texts));
    Map<SkillId, List<String>> names = new LinkedHashMap<>();
    builder.aliases.forEach((skill, list) -> names.put(skill, List.copyOf(list)));
    this.aliases = Collections.unmodifiableMap(names);
  }

  /**
   * Returns the catalogue translated.
   *
   * @return its id
   */
  public CatalogueId catalogue() {
    return catalogue;
  }

  /**
   * Returns the language of the translation.
   *
   * @return a locale with a language, such as {@code de} or {@code de-CH}
   */
  public Locale language() {
    return language;
  }

  /**
   * Returns the translated texts.
   *
   * @return each text by its key, in the order given
   */
  public Map<TextKey, TranslatedText> texts() {
    return texts;
  }

  /**
   * Returns the names people use for skills in this language, beside the catalogue's own.
   *
   * @return aliases by skill, in the order given
   */
  public Map<SkillId, List<String>> aliases() {
    return aliases;
  }

  /**
   * Lists every translatable text of a catalogue: what a complete translation translates.
   *
   * @param catalogue the catalogue
   * @return each non-empty text by its key, in catalogue order
   */
  public static Map<TextKey, String> sourceTexts(Catalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    Map<TextKey, String> texts = new LinkedHashMap<>();
    put(texts, TextKey.ofCatalogue("title"), catalogue.title());
    put(texts, TextKey.ofCatalogue("description"), catalogue.description());
    for (Proficiency step : catalogue.proficiencies()) {
      put(texts, TextKey.of(step.id(), "name"), step.name());
      put(texts, TextKey.of(step.id(), "description"), step.description());
    }
    for (Level level : catalogue.levels()) {
      put(texts, TextKey.of(level.id(), "name"), level.name());
      put(texts, TextKey.of(level.id(), "summary"), level.summary());
    }
    for (Family family : catalogue.families()) {
      put(texts, TextKey.of(family.id(), "name"), family.name());
      put(texts, TextKey.of(family.id(), "description"), family.description());
    }
    for (Category category : catalogue.categories()) {
      put(texts, TextKey.of(category.id(), "name"), category.name());
      put(texts, TextKey.of(category.id(), "description"), category.description());
    }
    for (Skill skill : catalogue.skills()) {
      put(texts, TextKey.of(skill.id(), "name"), skill.name());
      put(texts, TextKey.of(skill.id(), "description"), skill.description());
      for (Proficiency step : catalogue.scale()) {
        String behaviour = skill.behaviours().get(step.id());
        if (behaviour != null) {
          put(texts, TextKey.behaviour(skill.id(), step.id()), behaviour);
        }
      }
    }
    for (Responsibility responsibility : catalogue.responsibilities()) {
      put(texts, TextKey.of(responsibility.id(), "title"), responsibility.title());
      put(texts, TextKey.of(responsibility.id(), "area"), responsibility.area());
      put(texts, TextKey.of(responsibility.id(), "description"), responsibility.description());
      for (int i = 0; i < responsibility.indicators().size(); i++) {
        put(texts, TextKey.indicator(responsibility.id(), i), responsibility.indicators().get(i));
      }
    }
    for (Role role : catalogue.roles()) {
      put(texts, TextKey.of(role.id(), "title"), role.title());
      put(texts, TextKey.of(role.id(), "summary"), role.summary());
      for (int i = 0; i < role.collaborators().size(); i++) {
        put(texts, TextKey.collaborator(role.id(), i), role.collaborators().get(i));
      }
      for (Requirement requirement : role.requirements()) {
        put(texts, TextKey.note(role.id(), requirement.skill()), requirement.note());
      }
      for (ChoiceGroup group : role.groups()) {
        put(texts, TextKey.groupTitle(role.id(), group.id()), group.title());
        put(texts, TextKey.groupNote(role.id(), group.id()), group.note());
        for (Requirement option : group.options()) {
          put(texts, TextKey.note(role.id(), option.skill()), option.note());
        }
      }
    }
    return texts;
  }

  private static void put(Map<TextKey, String> texts, TextKey key, String text) {
    if (!text.isEmpty()) {
      texts.put(key, text);
    }
  }

  /**
   * Returns a catalogue's own texts as a translation into its own language, with the
   * fingerprints of those texts: a starting point for translators, and a translation that
   * changes nothing.
   *
   * @param catalogue the catalogue
   * @return the translation
   */
  public static Translation of(Catalogue catalogue) {
    Builder builder = builder(catalogue.id(), catalogue.language());
    sourceTexts(catalogue)
        .forEach((key, text) -> builder.put(key, TranslatedText.translating(text, text)));
    return builder.build();
  }

  /**
   * Returns a new builder.
   *
   * @param catalogue the catalogue translated
   * @param language the language of the translation
   * @return a builder with no texts
   */
  public static Builder builder(CatalogueId catalogue, Locale language) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(language, "language");
    return new Builder(catalogue, language);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Translation that
        && that.catalogue.equals(catalogue)
        && that.language.equals(language)
        && that.texts.equals(texts)
        && that.aliases.equals(aliases);
  }

  @Override
  public int hashCode() {
    return Objects.hash(catalogue, language, texts, aliases);
  }

  /**
   * Returns a short description.
   *
   * @return for example {@code Translation[senior-backend-engineer de: 647 texts]}
   */
  @Override
  public String toString() {
    return "Translation["
        + catalogue
        + " "
        + language.toLanguageTag()
        + ": "
        + texts.size()
        + " texts]";
  }

  /** Builds a {@link Translation}; not thread-safe. */
  public static final class Builder {
    private final CatalogueId catalogue;
    private final Locale language;
    private final Map<TextKey, TranslatedText> texts = new LinkedHashMap<>();
    private final Map<SkillId, List<String>> aliases = new LinkedHashMap<>();

    private Builder(CatalogueId catalogue, Locale language) {
      this.catalogue = catalogue;
      this.language = language;
    }

    /**
     * Sets the translation of one text.
     *
     * @param key which text
     * @param text its translation
     * @return this builder
     */
    public Builder put(TextKey key, TranslatedText text) {
      texts.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(text, "text"));
      return this;
    }

    /**
     * Sets the names people use for a skill in this language.
     *
     * @param skill the skill
     * @param names its names in this language
     * @return this builder
     */
    public Builder aliases(SkillId skill, List<String> names) {
      Objects.requireNonNull(skill, "skill");
      List<String> copy = new ArrayList<>();
      for (String name : Objects.requireNonNull(names, "names")) {
        copy.add(Objects.requireNonNull(name, "names element"));
      }
      aliases.put(skill, copy);
      return this;
    }

    /**
     * Builds the translation.
     *
     * @return the translation
     */
    public Translation build() {
      return new Translation(this);
    }
  }
}
