package io.github.competency.interchange.internal;

import io.github.competency.core.internal.Slugs;
import io.github.competency.core.internal.Texts;
import io.github.competency.interchange.internal.CaseFormat.ItemType;
import io.github.competency.interchange.internal.CasePackage.Item;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names, descriptions and ids items get. This project's items: the name in
 * abbreviatedStatement (with the description in fullStatement) or in fullStatement alone, the id
 * in humanCodingScheme. Other frameworks' items: the name is abbreviatedStatement, else
 * fullStatement, else humanCodingScheme, else the identifier; the description fullStatement when
 * it is not the name, then notes; the id a slug of humanCodingScheme, else of the name, made
 * unique among the items of its kind. Read-only once made.
 */
final class ItemNames {

  /** What an item is called in the catalogue. */
  record Named(String name, String description, String slug, String code) {}

  private final Named[] names;
  private final Ids categoryIds;

  private ItemNames(CasePackage pack, Hierarchy hierarchy, Issues issues) {
    Map<ItemType, Ids> ids = new EnumMap<>(ItemType.class);
    String[][] parts = new String[pack.items().size()][];
    this.names = new Named[pack.items().size()];
    for (Item item : hierarchy.order()) {
      ItemType kind = kind(item, hierarchy);
      String name;
      String description;
      String slug = null;
      String code = null;
      if (item.ours()) {
        if (item.fullStatement() == null && !item.members().has("fullStatement")) {
          issues.problem(
              item.path() + ".fullStatement",
              "missing; it holds the "
                  + item.type().noun()
                  + "'s name, or its description when abbreviatedStatement holds the name");
        }
        name = or(item.abbreviatedStatement(), or(item.fullStatement(), ""));
        description = item.abbreviatedStatement() != null ? or(item.fullStatement(), "") : "";
        if (item.code() != null) {
          Optional<String> wrong = Slugs.problem(item.code());
          if (wrong.isEmpty()) {
            slug = item.code();
          } else {
            issues.problem(
                item.path() + ".humanCodingScheme",
                "'"
                    + Texts.abbreviate(item.code())
                    + "' is not a valid "
                    + item.type().noun()
                    + " id: "
                    + wrong.get());
          }
        }
      } else {
        List<String> text = new ArrayList<>();
        if (filled(item.abbreviatedStatement())) {
          name = item.abbreviatedStatement();
          if (filled(item.fullStatement())) {
            text.add(item.fullStatement());
          }
        } else if (filled(item.fullStatement())) {
          name = item.fullStatement();
        } else if (filled(item.code())) {
          name = item.code();
        } else {
          name = item.identifier();
        }
        if (filled(item.notes())) {
          text.add(item.notes());
        }
        description = String.join("\n\n", text);
        code = filled(item.code()) ? item.code() : null;
      }
      if (slug != null) {
        ids.computeIfAbsent(kind, k -> new Ids()).take(slug);
      }
      parts[item.ordinal()] = new String[] {name, description, slug, code};
    }
    for (Item item : hierarchy.order()) {
      String[] p = parts[item.ordinal()];
      String slug = p[2];
      if (slug == null && !(item.ours() && item.type().isPartOfRole())) {
        ItemType kind = kind(item, hierarchy);
        slug =
            ids.computeIfAbsent(kind, k -> new Ids())
                .unique(kind.kind().replace('/', '-'), p[3], p[0], item.identifier());
      }
      names[item.ordinal()] = new Named(p[0], p[1], slug, p[3]);
    }
    this.categoryIds = ids.computeIfAbsent(ItemType.CATEGORY, k -> new Ids());
  }

  /** Names the items of a package. */
  static ItemNames of(CasePackage pack, Hierarchy hierarchy, Issues issues) {
    return new ItemNames(pack, hierarchy, issues);
  }

  /** The kind of model element an item becomes: its own type, or skill or category. */
  static ItemType kind(Item item, Hierarchy hierarchy) {
    if (item.ours()) {
      return item.type();
    }
    return hierarchy.isCategory(item) ? ItemType.CATEGORY : ItemType.SKILL;
  }

  /** What an item is called. */
  Named of(Item item) {
    return names[item.ordinal()];
  }

  /** The category ids given out, to make one more unique. */
  Ids categoryIds() {
    return categoryIds;
  }

  private static boolean filled(String text) {
    return text != null && !text.isBlank();
  }

  private static String or(String text, String otherwise) {
    return text != null ? text : otherwise;
  }
}
