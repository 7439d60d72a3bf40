package io.github.competency.interchange.internal;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Category;
import io.github.competency.core.CategoryId;
import io.github.competency.core.Family;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Level;
import io.github.competency.core.Problem;
import io.github.competency.core.Proficiency;
import io.github.competency.core.Responsibility;
import io.github.competency.core.Role;
import io.github.competency.core.Skill;
import io.github.competency.core.internal.json.JsonDocuments;
import io.github.competency.core.internal.json.Shape;
import io.github.competency.core.internal.json.Shapes;
import io.github.competency.interchange.internal.CaseFormat.ItemType;
import io.github.competency.interchange.internal.CasePackage.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CASE 1.1 (or 1.0) CFPackage into a catalogue, phase by phase: the package as read
 * ({@link PackageReader}), its hierarchies ({@link Hierarchy}), the names of its items ({@link
 * ItemNames}), the catalogue's own fields ({@link DocumentMapping}), the meaning of each
 * association ({@link Relations}), the scale ({@link ScaleMapping}), and then each item by the
 * mapping of its kind. Items typed with this project's item types map back exactly, other items
 * by their place in the hierarchy.
 */
public final class CaseReader {

  private static final Shape<Proficiency, Proficiency.Builder> STEP =
      none(Shapes.PROFICIENCY, "a proficiency step");
  private static final Shape<Level, Level.Builder> LEVEL = none(Shapes.LEVEL, "a level");
  private static final Shape<Family, Family.Builder> FAMILY = none(Shapes.FAMILY, "a family");
  private static final Shape<Category, Category.Builder> CATEGORY =
      none(Shapes.CATEGORY, "a category");

  private static final Set<String> RANKED =
      SkillMapping.plus(SkillMapping.EXTENDED, "listEnumeration");
  private static final Set<String> OTHER_CATEGORY =
      SkillMapping.plus(SkillMapping.ITEM_MEMBERS, "notes", "listEnumeration");

  private final CaseIn in;
  private final List<Category> categories = new ArrayList<>();
  private Category defaultCategory;

  private CaseReader(CaseIn in) {
    this.in = in;
  }

  /** A shape of no fields: the items of its kind have nothing of their own in the extension. */
  private static <V, B> Shape<V, B> none(Shape<V, B> shape, String what) {
    return shape.only("this project's extension of " + what, Set.of());
  }

  /**
   * Reads a package.
   *
   * @param input the document
   * @return the catalogue and the warnings
   * @throws InvalidCatalogueException listing every problem, each with its CASE path and, where
   *     the document has the element, its line and column
   */
  public static Imported read(JsonDocuments<InvalidCatalogueException>.Input input) {
    try {
      return readPackage(input);
    } catch (InvalidCatalogueException e) {
      // the package as read is unreachable by now: locating the problems has its memory
      throw input.invalid(e.problems());
    }
  }

  private static Imported readPackage(JsonDocuments<InvalidCatalogueException>.Input input) {
    Issues issues = new Issues(input);
    CasePackage pack = PackageReader.read(issues);
    issues.failIfProblems();
    Hierarchy hierarchy = Hierarchy.of(pack, issues);
    ItemNames names = ItemNames.of(pack, hierarchy, issues);
    issues.failIfProblems();
    return new CaseReader(new CaseIn(pack, issues, hierarchy, names)).read();
  }

  private Imported read() {
    Catalogue.Builder catalogue = map();
    in.issues.failIfProblems();
    try {
      return new Imported(catalogue.build(), in.issues.warnings(CaseReader::inDocumentOrder));
    } catch (InvalidCatalogueException e) {
      CaseIn noted = in.noting();
      new CaseReader(noted).map();
      List<Problem> mapped = new ArrayList<>();
      for (Problem problem : e.problems()) {
        mapped.add(
            Problem.of(
                noted.casePath(problem.path()),
                problem.message() + " (in the catalogue: " + problem.path() + ")"));
      }
      throw new InvalidCatalogueException(mapped);
    }
  }

  /** Maps the package to a catalogue's builder. */
  private Catalogue.Builder map() {
    Catalogue.Builder catalogue = Catalogue.builder();
    DocumentMapping.read(in, catalogue);
    Relations.link(in);
    ScaleMapping.Scale scale = ScaleMapping.read(in);
    for (int i = 0; i < scale.steps().size(); i++) {
      in.from("proficiencies[" + i + "]", scale.stepPaths().get(i));
    }
    catalogue.proficiencies(scale.steps());
    List<Level> levels = new ArrayList<>();
    List<Family> families = new ArrayList<>();
    List<Skill> skills = new ArrayList<>();
    List<Responsibility> responsibilities = new ArrayList<>();
    List<Role> roles = new ArrayList<>();
    Set<Item> requirements = RequirementMapping.claimed();
    for (Item item : in.hierarchy.order()) {
      ItemType kind = in.kind(item);
      if (!item.ours()) {
        if (kind == ItemType.CATEGORY) {
          category(item, OTHER_CATEGORY);
        } else {
          skills.add(SkillMapping.read(in, item, scale, skills.size(), this::defaultCategory));
        }
        continue;
      }
      switch (kind) {
        case STEP -> plain(item, STEP, Proficiency.builder(), RANKED);
        case LEVEL -> {
          Level level = PlainItems.level(in, item);
          plain(item, LEVEL, Level.builder(), RANKED);
          if (level != null) {
            in.from("levels[" + levels.size() + "]", item.path());
            levels.add(level);
          }
        }
        case FAMILY -> {
          plain(item, FAMILY, Family.builder(), SkillMapping.EXTENDED);
          in.from("families[" + families.size() + "]", item.path());
          families.add(PlainItems.family(in, item));
        }
        case CATEGORY -> {
          category(item, SkillMapping.EXTENDED);
          in.extension(item.extensions(), item.path(), item.id(), CATEGORY, Category.builder());
        }
        case SKILL ->
            skills.add(SkillMapping.read(in, item, scale, skills.size(), this::defaultCategory));
        case RESPONSIBILITY ->
            responsibilities.add(ResponsibilityMapping.read(in, item, responsibilities.size()));
        case ROLE -> {
          Role role = RoleMapping.read(in, item, roles.size(), requirements);
          if (role != null) {
            roles.add(role);
          }
        }
        default -> {} // requirements, groups and options, read with their roles
      }
    }
    for (Item item : in.hierarchy.order()) {
      if (item.ours()
          && (item.type().isPartOfRole() || item.type().isGroup())
          && !requirements.contains(item)) {
        in.issues.warn(
            item.path(),
            item.id(),
            item.type() == ItemType.OPTION
                ? "the option is part of no choice group of a role (an isPartOf association to a"
                    + " choice group item); it is left out"
                : "the "
                    + item.type().noun()
                    + " is a child of no role (an isChildOf association to a role item); it is"
                    + " left out");
      }
    }
    if (defaultCategory != null) {
      in.from("categories[" + categories.size() + "]", CasePackage.DOCUMENT);
      categories.add(defaultCategory);
    }
    catalogue
        .levels(levels)
        .families(families)
        .categories(categories)
        .skills(skills)
        .responsibilities(responsibilities)
        .roles(roles);
    return catalogue;
  }

  /** An item of this project that is only named: its extension must be empty. */
  private <V, B> void plain(Item item, Shape<V, B> extension, B builder, Set<String> mapped) {
    in.extension(item.extensions(), item.path(), item.id(), extension, builder);
    in.unmapped(item.path(), item.id(), item.members(), mapped);
  }

  private void category(Item item, Set<String> mapped) {
    in.from("categories[" + categories.size() + "]", item.path());
    categories.add(PlainItems.category(in, item));
    in.unmapped(item.path(), item.id(), item.members(), mapped);
  }

  /** The category of skills that are in none: named after the framework, made once. */
  private CategoryId defaultCategory() {
    if (defaultCategory == null) {
      String title = in.pack.document().title();
      String name = title == null || title.isBlank() ? "Uncategorised" : title;
      defaultCategory =
          Category.builder()
              .id(CategoryId.of(in.names.categoryIds().unique(Names.CATEGORY, name)))
              .name(name)
              .build();
    }
    return defaultCategory.id();
  }

  /**
   * Orders warnings as their elements come in a package: the package and its CFDocument, then
   * CFItems, CFAssociations and CFRubrics by index; found in another order, as the mapping
   * reads associations before items.
   */
  private static List<Imported.Warning> inDocumentOrder(List<Imported.Warning> warnings) {
    List<String> sections =
        List.of(
            "$", CasePackage.DOCUMENT, "CFItems", "CFAssociations", "CFDefinitions", "CFRubrics");
    List<Imported.Warning> ordered = new ArrayList<>(warnings);
    ordered.sort(
        Comparator.comparingInt(
                (Imported.Warning w) -> {
                  for (int i = sections.size() - 1; i > 0; i--) {
                    if (w.path().startsWith(sections.get(i))) {
                      return i;
                    }
                  }
                  return 0;
                })
            .thenComparingInt(
                w -> {
                  Matcher index = FIRST_INDEX.matcher(w.path());
                  return index.find() ? Integer.parseInt(index.group(1)) : -1;
                }));
    return ordered;
  }

  private static final Pattern FIRST_INDEX = Pattern.compile("^[A-Za-z]*\\[(\\d{1,9})\\]");
}
