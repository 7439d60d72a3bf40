package io.github.competency.interchange.internal;

import io.github.competency.core.Category;
import io.github.competency.core.CategoryId;
import io.github.competency.core.Family;
import io.github.competency.core.FamilyId;
import io.github.competency.core.Level;
import io.github.competency.core.LevelId;
import io.github.competency.core.internal.Texts;
import io.github.competency.interchange.internal.CaseFormat.ItemType;
import io.github.competency.interchange.internal.CasePackage.Item;
import io.github.competency.interchange.internal.ItemNames.Named;
import java.util.OptionalInt;

/**
 * The items that are only named, both ways: career levels (with their rank in {@code
 * listEnumeration}), role families and skill categories, each a child of the CFDocument.
 */
final class PlainItems {

  private PlainItems() {}

  // ------------------------------------------------------------------------------- writing

  static void items(CaseOut out) {
    for (Level level : out.catalogue.levels()) {
      start(out, ItemType.LEVEL, level.id().value(), level.name(), level.summary());
      out.out.writeStringProperty("listEnumeration", Integer.toString(level.rank()));
      out.endItem(ItemType.LEVEL, null, null);
    }
    for (Family family : out.catalogue.families()) {
      start(out, ItemType.FAMILY, family.id().value(), family.name(), family.description());
      out.endItem(ItemType.FAMILY, null, null);
    }
    for (Category category : out.catalogue.categories()) {
      start(out, ItemType.CATEGORY, category.id().value(), category.name(), category.description());
      out.endItem(ItemType.CATEGORY, null, null);
    }
  }

  private static void start(CaseOut out, ItemType type, String id, String name, String text) {
    out.startItem(type, out.name(type.kind(), id), id, name, text);
  }

  static void associations(CaseOut out) {
    for (Level level : out.catalogue.levels()) {
      childOfDocument(out, ItemType.LEVEL, level.id().value(), level.name());
    }
    for (Family family : out.catalogue.families()) {
      childOfDocument(out, ItemType.FAMILY, family.id().value(), family.name());
    }
    for (Category category : out.catalogue.categories()) {
      childOfDocument(out, ItemType.CATEGORY, category.id().value(), category.name());
    }
  }

  /** Writes that an item sits right under the framework. */
  static void childOfDocument(CaseOut out, ItemType type, String id, String title) {
    out.childOf(out.name(type.kind(), id), out.item(type.kind(), id, title), out.document());
  }

  // ------------------------------------------------------------------------------- reading

  static Level level(CaseIn in, Item item) {
    Named named = in.named(item);
    OptionalInt rank = rank(in, item, "the level's rank on the career ladder");
    if (rank.isEmpty()) {
      return null;
    }
    return Level.builder()
        .id(LevelId.of(named.slug()))
        .name(named.name())
        .rank(rank.getAsInt())
        .summary(named.description())
        .build();
  }

  static Family family(CaseIn in, Item item) {
    Named named = in.named(item);
    return Family.builder()
        .id(FamilyId.of(named.slug()))
        .name(named.name())
        .description(named.description())
        .build();
  }

  static Category category(CaseIn in, Item item) {
    Named named = in.named(item);
    return Category.builder()
        .id(CategoryId.of(named.slug()))
        .name(named.name())
        .description(named.description())
        .build();
  }

  /** The rank an item of this project holds in its listEnumeration; a problem if it has none. */
  static OptionalInt rank(CaseIn in, Item item, String what) {
    String at = item.path() + ".listEnumeration";
    String text = item.listEnumeration();
    if (text == null) {
      if (!item.members().has("listEnumeration")) {
        in.issues.problem(at, "missing; it holds " + what);
      }
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      in.issues.problem(
          at,
          "'"
              + Texts.abbreviate(text)
              + "' is not a rank; the listEnumeration of a "
              + item.type().noun()
              + " holds "
              + what
              + ", a whole number such as '3'");
      return OptionalInt.empty();
    }
  }
}
