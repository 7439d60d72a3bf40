package io.github.competency.core.json;

import io.github.competency.core.CatalogueId;
import io.github.competency.core.SkillId;
import io.github.competency.core.TextKey;
import io.github.competency.core.TranslatedText;
import io.github.competency.core.Translation;
import io.github.competency.core.internal.json.Field;
import io.github.competency.core.internal.json.Kind;
import io.github.competency.core.internal.json.Shape;
import io.github.competency.core.internal.json.Shapes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tables of the {@value #FORMAT} format: a translation bundle, sectioned as the catalogue
 * is, each item's texts keyed by its id. The reader, the writer and the schema test run from
 * these, as for the catalogue format.
 */
final class TranslationShapes {

  /** The format's name and version. */
  static final String FORMAT = "competency-translation/1";

  private TranslationShapes() {}

  /** Collects a translated text while it is read. */
  static final class TextBuilder {
    private String text;
    private String sourceHash;

    TranslatedText build() {
      return TranslatedText.of(text, sourceHash);
    }
  }

  /** A text key, written as its path, such as {@code skills.sql.behaviours.working}. */
  static final Kind<TextKey> KEY =
      Kind.textual(
          TranslationShapes::keyOrNull,
          TextKey::path,
          text ->
              "'"
                  + io.github.competency.core.internal.Texts.abbreviate(text)
                  + "' names no text of a catalogue; a text key reads like 'skills.sql.name'"
                  + " or 'responsibilities.run-services.indicators[2]'");

  static final Shape<TranslatedText, TextBuilder> TEXT =
      new Shape<>(
          TranslatedText.class,
          "translated text",
          "a",
          TextBuilder::new,
          TextBuilder::build,
          Field.required("text", Kind.STRING, (b, v) -> b.text = v, TranslatedText::text),
          Field.required(
              "sourceHash",
              Kind.textual(
                  hash -> hash.matches("[0-9a-f]{16}") ? hash : null,
                  hash -> hash,
                  hash ->
                      "'" + hash + "' is not a source fingerprint: sixteen lowercase hex digits"),
              (b, v) -> b.sourceHash = v,
              TranslatedText::sourceHash));

  private static final Kind<TranslatedText> TRANSLATED = Kind.object(TEXT);

  /** The texts of one item, or of the catalogue itself, while they are read or written. */
  static final class Texts {
    final Map<String, TranslatedText> fields = new LinkedHashMap<>();
    final Map<String, List<TranslatedText>> lists = new LinkedHashMap<>();
    final Map<String, Map<String, TranslatedText>> keyed = new LinkedHashMap<>();
    List<String> aliases = List.of();

    TranslatedText field(String name) {
      return fields.get(name);
    }

    List<TranslatedText> list(String name) {
      List<TranslatedText> list = lists.get(name);
      return list == null || list.isEmpty() ? null : list;
    }

    Map<String, TranslatedText> keyed(String name) {
      Map<String, TranslatedText> map = keyed.get(name);
      return map == null || map.isEmpty() ? null : map;
    }
  }

  private static Field<Texts, Texts, TranslatedText> text(String name) {
    return Field.optional(name, TRANSLATED, (t, v) -> t.fields.put(name, v), t -> t.field(name));
  }

  private static Field<Texts, Texts, List<TranslatedText>> list(String name) {
    return Field.optional(
        name, Kind.positional(TRANSLATED), (t, v) -> t.lists.put(name, v), t -> t.list(name));
  }

  private static Field<Texts, Texts, Map<String, TranslatedText>> keyed(
      String name, String kindOfId) {
    return Field.optional(
        name, Kind.idMap(kindOfId, TRANSLATED), (t, v) -> t.keyed.put(name, v), t -> t.keyed(name));
  }

  private static Shape<Texts, Texts> entry(String noun, List<Field<Texts, Texts, ?>> fields) {
    return Shape.of(Texts.class, noun, "the", Texts::new, t -> t, fields);
  }

  static final Shape<Texts, Texts> CATALOGUE_TEXTS =
      entry("catalogue's texts", List.of(text("title"), text("description")));
  static final Shape<Texts, Texts> PROFICIENCY =
      entry("proficiency step's texts", List.of(text("name"), text("description")));
  static final Shape<Texts, Texts> LEVEL =
      entry("level's texts", List.of(text("name"), text("summary")));
  static final Shape<Texts, Texts> FAMILY =
      entry("role family's texts", List.of(text("name"), text("description")));
  static final Shape<Texts, Texts> CATEGORY =
      entry("skill category's texts", List.of(text("name"), text("description")));
  static final Shape<Texts, Texts> SKILL =
      entry(
          "skill's texts",
          List.of(
              text("name"),
              text("description"),
              Field.many(
                  "aliases", Kind.list(Kind.STRING), (t, v) -> t.aliases = v, t -> t.aliases),
              keyed("behaviours", "proficiency")));
  static final Shape<Texts, Texts> RESPONSIBILITY =
      entry(
          "responsibility's texts",
          List.of(text("title"), text("area"), text("description"), list("indicators")));
  static final Shape<Texts, Texts> ROLE =
      entry(
          "role's texts",
          List.of(
              text("title"),
              text("summary"),
              list("collaborators"),
              keyed("notes", "skill"),
              keyed("groupTitles", "group"),
              keyed("groupNotes", "group")));

  /** The sections of a bundle, in their written order, and the shape of their entries. */
  static final Map<String, Shape<Texts, Texts>> SECTIONS = new LinkedHashMap<>();

  static {
    SECTIONS.put("proficiencies", PROFICIENCY);
    SECTIONS.put("levels", LEVEL);
    SECTIONS.put("families", FAMILY);
    SECTIONS.put("categories", CATEGORY);
    SECTIONS.put("skills", SKILL);
    SECTIONS.put("responsibilities", RESPONSIBILITY);
    SECTIONS.put("roles", ROLE);
  }

  /** The whole bundle while it is read: sections of texts by item id. */
  static final class Bundle {
    CatalogueId catalogue;
    Locale language;
    Texts catalogueTexts;
    final Map<String, Map<String, Texts>> sections = new LinkedHashMap<>();

    Map<String, Texts> section(String name) {
      Map<String, Texts> section = sections.get(name);
      return section == null || section.isEmpty() ? null : section;
    }

    /** Turns the sections into a translation keyed by text. */
    Translation build() {
      if (catalogue == null || language == null) {
        throw new IllegalStateException("a translation names its catalogue and language");
      }
      Translation.Builder builder = Translation.builder(catalogue, language);
      if (catalogueTexts != null) {
        catalogueTexts.fields.forEach(
            (field, text) -> builder.put(TextKey.ofCatalogue(field), text));
      }
      sections.forEach(
          (section, items) ->
              items.forEach(
                  (id, texts) -> {
                    String prefix = section + "." + id + ".";
                    texts.fields.forEach((field, text) -> builder.put(key(prefix + field), text));
                    texts.lists.forEach(
                        (field, list) -> {
                          for (int i = 0; i < list.size(); i++) {
                            if (list.get(i) != null) {
                              builder.put(key(prefix + field + "[" + i + "]"), list.get(i));
                            }
                          }
                        });
                    texts.keyed.forEach(
                        (field, map) ->
                            map.forEach(
                                (key, text) -> builder.put(key(prefix + field + "." + key), text)));
                    if (!texts.aliases.isEmpty()) {
                      builder.aliases(SkillId.of(id), texts.aliases);
                    }
                  }));
      return builder.build();
    }

    /** Sorts a translation's texts into sections, in the translation's order. */
    static Bundle of(Translation translation) {
      Bundle bundle = new Bundle();
      bundle.catalogue = translation.catalogue();
      bundle.language = translation.language();
      translation.texts().forEach((key, text) -> bundle.add(key.path(), text));
      translation
          .aliases()
          .forEach((skill, names) -> bundle.texts("skills", skill.value()).aliases = names);
      return bundle;
    }

    private void add(String path, TranslatedText text) {
      String[] parts = path.split("\\.", 3);
      if (parts[0].equals("catalogueTexts")) {
        if (catalogueTexts == null) {
          catalogueTexts = new Texts();
        }
        catalogueTexts.fields.put(parts[1], text);
        return;
      }
      Texts texts = texts(parts[0], parts[1]);
      String rest = parts[2];
      int bracket = rest.indexOf('[');
      int dot = rest.indexOf('.');
      if (bracket > 0) {
        List<TranslatedText> list =
            texts.lists.computeIfAbsent(rest.substring(0, bracket), k -> new ArrayList<>());
        int index = Integer.parseInt(rest.substring(bracket + 1, rest.length() - 1));
        while (list.size() <= index) {
          list.add(null); // a position left untranslated
        }
        list.set(index, text);
      } else if (dot > 0) {
        texts
            .keyed
            .computeIfAbsent(rest.substring(0, dot), k -> new LinkedHashMap<>())
            .put(rest.substring(dot + 1), text);
      } else {
        texts.fields.put(rest, text);
      }
    }

    private Texts texts(String section, String id) {
      return sections
          .computeIfAbsent(section, k -> new LinkedHashMap<>())
          .computeIfAbsent(id, k -> new Texts());
    }
  }

  private static TextKey key(String path) {
    return TextKey.parse(path);
  }

  private static TextKey keyOrNull(String path) {
    try {
      return TextKey.parse(path);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Field<Bundle, Bundle, Map<String, Texts>> section(String name) {
    return Field.optional(
        name,
        Kind.idMap(SECTION_IDS.get(name), Kind.object(SECTIONS.get(name))),
        (b, v) -> b.sections.put(name, v),
        b -> b.section(name));
  }

  private static final Map<String, String> SECTION_IDS =
      Map.of(
          "proficiencies",
          "proficiency",
          "levels",
          "level",
          "families",
          "family",
          "categories",
          "category",
          "skills",
          "skill",
          "responsibilities",
          "responsibility",
          "roles",
          "role");

  static final Shape<Bundle, Bundle> BUNDLE =
      new Shape<>(
          Bundle.class,
          "translation",
          "a",
          Bundle::new,
          b -> b,
          Field.required(
              "format",
              Kind.format(FORMAT, "competency-translation/", "competency translation"),
              (b, v) -> {},
              b -> FORMAT),
          Field.required(
              "catalogue", Shapes.CATALOGUE_ID.kind(), (b, v) -> b.catalogue = v, b -> b.catalogue),
          Field.required("language", Kind.LANGUAGE, (b, v) -> b.language = v, b -> b.language),
          Field.optional(
              "catalogueTexts",
              Kind.object(CATALOGUE_TEXTS),
              (b, v) -> b.catalogueTexts = v,
              b -> b.catalogueTexts),
          section("proficiencies"),
          section("levels"),
          section("families"),
          section("categories"),
          section("skills"),
          section("responsibilities"),
          section("roles"));
}
