package io.github.competency.core;

import io.github.competency.core.internal.Texts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A catalogue with its translations: the same catalogue read in another language, item by item
 * falling back to the next language of a chain ({@code de-CH}, then {@code de}, then the
 * catalogue's own language), and a report of what each translation misses.
 *
 * <pre>{@code
 * Translations translations = Translations.of(catalogue, List.of(german));
 * Catalogue inGerman = translations.in(Locale.forLanguageTag("de-CH"));
 * translations.report(Locale.GERMAN).isComplete();
 * }</pre>
 *
 * <p>A catalogue read through a translation has the same ids and structure; its texts are
 * translated where a translation has them (a stale one included: an older translation is
 * better than none, and {@link #report(Locale)} lists it), and the catalogue's own text
 * elsewhere. Skills gain the translation's aliases after their own. Instances are immutable and
 * thread-safe.
 */
public final class Translations {

  private final Catalogue catalogue;
  private final Map<Locale, Translation> byLanguage;
  private final Map<TextKey, String> sources;

  private Translations(Catalogue catalogue, Map<Locale, Translation> byLanguage) {
    this.catalogue = catalogue;
    this.byLanguage = byLanguage;
    this.sources = Translation.sourceTexts(catalogue);
  }

  /**
   * Joins a catalogue and its translations, checking each translation against it.
   *
   * @param catalogue the catalogue
   * @param translations its translations, at most one per language
   * @return the view
   * @throws ValidationException listing every problem: a translation of another catalogue, a
   *     text the catalogue does not have, a blank translation, an alias of an unknown skill,
   *     two translations into one language
   */
  public static Translations of(Catalogue catalogue, Collection<Translation> translations) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(translations, "translations");
    Map<TextKey, String> sources = Translation.sourceTexts(catalogue);
    List<Problem> problems = new ArrayList<>();
    Map<Locale, Translation> byLanguage = new LinkedHashMap<>();
    for (Translation translation : translations) {
      problems.addAll(check(catalogue, sources, translation));
      if (byLanguage.putIfAbsent(translation.language(), translation) != null) {
        problems.add(
            Problem.of(
                "language",
                "two translations into '"
                    + translation.language().toLanguageTag()
                    + "'; give one per language"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException("translation", problems);
    }
    return new Translations(catalogue, byLanguage);
  }

  /**
   * Checks a translation against the catalogue it translates, as a whole.
   *
   * @return every problem, with its path in the translation format; empty if it fits
   */
  static List<Problem> check(
      Catalogue catalogue, Map<TextKey, String> sources, Translation translation) {
    List<Problem> problems = new ArrayList<>();
    if (!translation.catalogue().equals(catalogue.id())) {
      problems.add(
          Problem.of(
              "catalogue",
              "this translates the catalogue '"
                  + translation.catalogue()
                  + "', not '"
                  + catalogue.id()
                  + "'"));
    }
    if (translation.language().getLanguage().isEmpty()) {
      problems.add(Problem.of("language", "must name a language as a BCP 47 tag, such as 'de'"));
    }
    translation
        .texts()
        .forEach(
            (key, text) -> {
              if (!sources.containsKey(key)) {
                problems.add(
                    Problem.of(
                        key.path(),
                        "the catalogue '" + catalogue.id() + "' has no such text to translate"));
              } else if (Texts.isBlank(text.text()) && !Texts.isBlank(sources.get(key))) {
                problems.add(Problem.of(key.path() + ".text", "must not be blank"));
              }
            });
    translation
        .aliases()
        .forEach(
            (skill, names) -> {
              if (catalogue.find(skill).isEmpty()) {
                problems.add(
                    Problem.of("skills." + skill + ".aliases", "unknown skill '" + skill + "'"));
              }
              for (int i = 0; i < names.size(); i++) {
                if (Texts.isBlank(names.get(i))) {
                  problems.add(
                      Problem.of("skills." + skill + ".aliases[" + i + "]", "must not be blank"));
                }
              }
            });
    return problems;
  }

  /**
   * Returns the catalogue in its own language.
   *
   * @return the catalogue
   */
  public Catalogue catalogue() {
    return catalogue;
  }

  /**
   * Returns the languages translated into.
   *
   * @return the translations' languages, in the order given
   */
  public List<Locale> languages() {
    return List.copyOf(byLanguage.keySet());
  }

  /**
   * Returns the translation into a language, if there is one.
   *
   * @param language the language, matched exactly
   * @return the translation
   */
  public Optional<Translation> translation(Locale language) {
    Objects.requireNonNull(language, "language");
    return Optional.ofNullable(byLanguage.get(language));
  }

  /**
   * Returns the catalogue read in a language: each text from the first translation of the
   * chain that has it (for {@code de-CH}: {@code de-CH}, then {@code de}), else the catalogue's
   * own text.
   *
   * @param language the language wanted
   * @return the catalogue with the same ids and structure and translated texts; its language is
   *     the one asked for if any translation of the chain exists, else its own
   */
  public Catalogue in(Locale language) {
    Objects.requireNonNull(language, "language");
    List<Translation> chain = chain(language);
    if (chain.isEmpty()) {
      return catalogue;
    }
    Map<TextKey, String> texts = new LinkedHashMap<>();
    sources.forEach(
        (key, source) -> {
          for (Translation translation : chain) {
            TranslatedText text = translation.texts().get(key);
            if (text != null) {
              texts.put(key, text.text());
              return;
            }
          }
          texts.put(key, source);
        });
    Map<SkillId, List<String>> aliases = new LinkedHashMap<>();
    for (Translation translation : chain) {
      translation
          .aliases()
          .forEach(
              (skill, names) ->
                  aliases.computeIfAbsent(skill, k -> new ArrayList<>()).addAll(names));
    }
    return translate(catalogue, texts, aliases, chain.get(0).language());
  }

  /**
   * Reports how complete the translation into a language is, counting what the fallback chain
   * before the catalogue's own language supplies.
   *
   * @param language the language
   * @return the report
   */
  public TranslationReport report(Locale language) {
    Objects.requireNonNull(language, "language");
    List<Translation> chain = chain(language);
    List<TextKey> missing = new ArrayList<>();
    List<TextKey> stale = new ArrayList<>();
    sources.forEach(
        (key, source) -> {
          Optional<TranslatedText> text =
              chain.stream().map(t -> t.texts().get(key)).filter(Objects::nonNull).findFirst();
          if (text.isEmpty()) {
            missing.add(key);
          } else if (text.get().isStaleFor(source)) {
            stale.add(key);
          }
        });
    return new TranslationReport(language, sources.size(), missing, stale);
  }

  /** The translations that serve a language, most specific first: de-CH, then de. */
  private List<Translation> chain(Locale language) {
    List<Translation> chain = new ArrayList<>();
    for (String tag : fallbacks(language)) {
      Translation translation = byLanguage.get(Locale.forLanguageTag(tag));
      if (translation != null) {
        chain.add(translation);
      }
    }
    return chain;
  }

  /** The language tag and its shorter forms: zh-Hans-CN, zh-Hans, zh. */
  static List<String> fallbacks(Locale language) {
    Set<String> tags = new LinkedHashSet<>();
    String tag = language.toLanguageTag();
    while (!tag.isEmpty() && !tag.equals("und")) {
      tags.add(tag);
      int cut = tag.lastIndexOf('-');
      tag = cut < 0 ? "" : tag.substring(0, cut);
    }
    return List.copyOf(tags);
  }

  private static Catalogue translate(
      Catalogue catalogue,
      Map<TextKey, String> texts,
      Map<SkillId, List<String>> aliases,
      Locale language) {
    Catalogue.Builder copy =
        Catalogue.builder()
            .from(catalogue)
            .language(language)
            .title(texts.getOrDefault(TextKey.ofCatalogue("title"), catalogue.title()))
            .description(
                texts.getOrDefault(TextKey.ofCatalogue("description"), catalogue.description()));
    List<Proficiency> steps = new ArrayList<>();
    for (Proficiency step : catalogue.proficiencies()) {
      steps.add(
          Proficiency.builder()
              .from(step)
              .name(text(texts, step.id(), "name", step.name()))
              .description(text(texts, step.id(), "description", step.description()))
              .build());
    }
    List<Level> levels = new ArrayList<>();
    for (Level level : catalogue.levels()) {
      levels.add(
          Level.builder()
              .from(level)
              .name(text(texts, level.id(), "name", level.name()))
              .summary(text(texts, level.id(), "summary", level.summary()))
              .build());
    }
    List<Family> families = new ArrayList<>();
    for (Family family : catalogue.families()) {
      families.add(
          Family.builder()
              .from(family)
              .name(text(texts, family.id(), "name", family.name()))
              .description(text(texts, family.id(), "description", family.description()))
              .build());
    }
    List<Category> categories = new ArrayList<>();
    for (Category category : catalogue.categories()) {
      categories.add(
          Category.builder()
              .from(category)
              .name(text(texts, category.id(), "name", category.name()))
              .description(text(texts, category.id(), "description", category.description()))
              .build());
    }
    List<Skill> skills = new ArrayList<>();
    for (Skill skill : catalogue.skills()) {
      Map<ProficiencyId, String> behaviours = new LinkedHashMap<>();
      skill
          .behaviours()
          .forEach(
              (step, text) ->
                  behaviours.put(
                      step, texts.getOrDefault(TextKey.behaviour(skill.id(), step), text)));
      List<String> names = new ArrayList<>(skill.aliases());
      aliases.getOrDefault(skill.id(), List.of()).stream()
          .filter(n -> !names.contains(n))
          .forEach(names::add);
      skills.add(
          Skill.builder()
              .from(skill)
              .name(text(texts, skill.id(), "name", skill.name()))
              .description(text(texts, skill.id(), "description", skill.description()))
              .behaviours(behaviours)
              .aliases(names)
              .build());
    }
    List<Responsibility> responsibilities = new ArrayList<>();
    for (Responsibility duty : catalogue.responsibilities()) {
      List<String> indicators = new ArrayList<>();
      for (int i = 0; i < duty.indicators().size(); i++) {
        indicators.add(
            texts.getOrDefault(TextKey.indicator(duty.id(), i), duty.indicators().get(i)));
      }
      responsibilities.add(
          Responsibility.builder()
              .from(duty)
              .title(text(texts, duty.id(), "title", duty.title()))
              .area(text(texts, duty.id(), "area", duty.area()))
              .description(text(texts, duty.id(), "description", duty.description()))
              .indicators(indicators)
              .build());
    }
    List<Role> roles = new ArrayList<>();
    for (Role role : catalogue.roles()) {
      List<String> collaborators = new ArrayList<>();
      for (int i = 0; i < role.collaborators().size(); i++) {
        collaborators.add(
            texts.getOrDefault(TextKey.collaborator(role.id(), i), role.collaborators().get(i)));
      }
      List<Requirement> requirements = new ArrayList<>();
      for (Requirement requirement : role.requirements()) {
        requirements.add(note(texts, role.id(), requirement));
      }
      List<ChoiceGroup> groups = new ArrayList<>();
      for (ChoiceGroup group : role.groups()) {
        List<Requirement> options = new ArrayList<>();
        for (Requirement option : group.options()) {
          options.add(note(texts, role.id(), option));
        }
        groups.add(
            ChoiceGroup.builder()
                .from(group)
                .title(texts.getOrDefault(TextKey.groupTitle(role.id(), group.id()), group.title()))
                .note(
                    group.note().isEmpty()
                        ? ""
                        : texts.getOrDefault(
                            TextKey.groupNote(role.id(), group.id()), group.note()))
                .options(options)
                .build());
      }
      roles.add(
          Role.builder()
              .from(role)
              .title(text(texts, role.id(), "title", role.title()))
              .summary(text(texts, role.id(), "summary", role.summary()))
              .collaborators(collaborators)
              .requirements(requirements)
              .groups(groups)
              .build());
    }
    return copy.proficiencies(steps)
        .levels(levels)
        .families(families)
        .categories(categories)
        .skills(skills)
        .responsibilities(responsibilities)
        .roles(roles)
        .build();
  }

  private static Requirement note(
      Map<TextKey, String> texts, RoleId role, Requirement requirement) {
    return requirement.note().isEmpty()
        ? requirement
        : requirement.withNote(
            texts.getOrDefault(TextKey.note(role, requirement.skill()), requirement.note()));
  }

  private static String text(
      Map<TextKey, String> texts, ItemId<?> item, String field, String source) {
    return texts.getOrDefault(TextKey.of(item, field), source);
  }
}
