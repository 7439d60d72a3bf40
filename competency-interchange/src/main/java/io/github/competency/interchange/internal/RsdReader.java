package io.github.competency.interchange.internal;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueId;
import io.github.competency.core.Category;
import io.github.competency.core.CategoryId;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Problem;
import io.github.competency.core.Reference;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import io.github.competency.core.Source;
import io.github.competency.core.internal.json.JsonDocuments;
import io.github.competency.core.internal.json.Kind;
import io.github.competency.interchange.internal.Issues.Extension;
import io.github.competency.interchange.internal.RsdRecords.Alignment;
import io.github.competency.interchange.internal.RsdRecords.Descriptor;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Rich Skill Descriptors (one, an array of them, or a collection) into a catalogue of
 * skills, following the mapping documented in the package {@code
 * io.github.competency.interchange}: the document is streamed once into the descriptors' parts
 * the mapping uses ({@link RsdRecords}), then mapped. A descriptor whose uuid an earlier one has
 * is left out with a warning. Not thread-safe; one reader reads one document.
 */
public final class RsdReader {

  private final Issues issues;
  private final RsdRecords records;
  private final Map<String, String> paths = new HashMap<>();
  private final Ids skillIds = new Ids();
  private final Ids categoryIds = new Ids();
  private final Map<String, Category> categories = new LinkedHashMap<>();
  private final Map<String, String> categoryByName = new HashMap<>();

  private RsdReader(Issues issues, RsdRecords records) {
    this.issues = issues;
    this.records = records;
  }

  /**
   * Reads descriptors.
   *
   * @param input the document
   * @return the catalogue and the warnings
   * @throws InvalidCatalogueException listing every problem, each with its path and, where the
   *     document has the element, its line and column
   */
  public static Imported read(JsonDocuments<InvalidCatalogueException>.Input input) {
    try {
      return readDocument(input);
    } catch (InvalidCatalogueException e) {
      // the descriptors as read are unreachable by now: locating the problems has its memory
      throw input.invalid(e.problems());
    }
  }

  private static Imported readDocument(JsonDocuments<InvalidCatalogueException>.Input input) {
    Issues issues = new Issues(input);
    return new RsdReader(issues, RsdRecords.read(issues)).read();
  }

  private Imported read() {
    Catalogue.Builder catalogue = Catalogue.builder();
    catalogueFields(catalogue);
    // our descriptors' ids first, so that ids made for the others avoid them
    Map<Descriptor, Skill> ours = new IdentityHashMap<>();
    for (Descriptor d : records.skills()) {
      Skill.Builder skill = Skill.builder();
      Extension read = extension(d, skill);
      if (read == Extension.READ) {
        Skill partial = skill.name("-").build();
        ours.put(d, partial);
        skillIds.take(partial.id().value());
        categoryIds.take(partial.category().value());
      }
    }
    List<Skill> skills = new ArrayList<>();
    Map<String, String> uuids = new HashMap<>();
    for (Descriptor d : records.skills()) {
      if (d.uuid != null && !d.uuid.isBlank()) {
        String earlier = uuids.putIfAbsent(d.uuid, d.path);
        if (earlier != null) {
          issues.warn(
              d.path,
              Optional.of(d.uuid),
              "uuid '"
                  + Issues.quote(d.uuid)
                  + "' is already "
                  + earlier
                  + "'s; this descriptor is left out");
          continue;
        }
      }
      String modelPath = "skills[" + skills.size() + "]";
      Skill skill = skill(d, ours.get(d), modelPath);
      if (skill != null) {
        paths.put(modelPath, d.path);
        skills.add(skill);
      }
    }
    issues.failIfProblems();
    catalogue.categories(categories.values()).skills(skills);
    try {
      return new Imported(catalogue.build(), issues.warnings());
    } catch (InvalidCatalogueException e) {
      List<Problem> mapped = new ArrayList<>();
      for (Problem problem : e.problems()) {
        mapped.add(
            Problem.of(
                rsdPath(problem.path()),
                problem.message() + " (in the catalogue: " + problem.path() + ")"));
      }
      throw new InvalidCatalogueException(mapped);
    }
  }

  private Extension extension(Descriptor d, Skill.Builder skill) {
    return issues.read(
        d.extension, member(d.path, RsdFormat.EXTENSION), RsdFormat.SKILL_READ, skill);
  }

  /** The path of a member of the object at a path. */
  private static String member(String path, String name) {
    return path.equals("$") ? name : path + "." + name;
  }

  private void unmapped(Descriptor d, Set<String> mapped) {
    List<String> left = d.unmapped(mapped);
    if (!left.isEmpty()) {
      issues.warn(d.path, Optional.ofNullable(d.uuid), "not mapped: " + String.join(", ", left));
    }
  }

  private String rsdPath(String modelPath) {
    for (String path = modelPath; path != null; path = parent(path)) {
      String found = paths.get(path);
      if (found != null) {
        return found;
      }
    }
    return "$";
  }

  private static String parent(String path) {
    return io.github.competency.core.internal.json.ProblemLocator.parent(path);
  }

  // ------------------------------------------------------------------------------- catalogue

  private void catalogueFields(Catalogue.Builder catalogue) {
    Descriptor collection = records.collection();
    Optional<String> name = Optional.empty();
    Extension ours = Extension.ABSENT;
    if (collection != null) {
      name = Optional.ofNullable(collection.name).filter(text -> !text.isBlank());
      catalogue.description(or(collection.description));
      paths.put("description", "description");
      ours =
          issues.read(collection.extension, RsdFormat.EXTENSION, RsdFormat.COLLECTION, catalogue);
      unmapped(collection, RsdRecords.COLLECTION_MEMBERS);
    }
    if (name.isEmpty()) {
      name =
          records.skills().stream()
              .map(d -> d.collectionName)
              .filter(n -> n != null && !n.isBlank())
              .findFirst();
    }
    String title = name.orElse("Rich Skill Descriptors");
    catalogue.title(title);
    paths.put("title", collection == null ? "$" : "name");
    paths.put("version", "$");
    paths.put("language", "$");
    if (ours.present()) {
      paths.put("version", RsdFormat.EXTENSION + ".version");
      paths.put("language", RsdFormat.EXTENSION + ".language");
    } else {
      String id = Ids.of(title);
      catalogue.id(CatalogueId.of(id.isEmpty() ? "rich-skill-descriptors" : id));
      catalogue.version("1");
      catalogue.language(Locale.ENGLISH);
      issues.warn(
          "$",
          Optional.empty(),
          "Rich Skill Descriptors state no language; English ('en') is assumed");
    }
  }

  // ------------------------------------------------------------------------------- skills

  private Skill skill(Descriptor d, Skill ours, String modelPath) {
    String path = d.path;
    if (d.skillName == null && !d.has("skillName")) {
      issues.problem(member(path, "skillName"), "missing; it is the skill's name");
    } else if (d.skillName != null && d.skillName.isBlank()) {
      issues.problem(member(path, "skillName"), "must not be blank; it is the skill's name");
    }
    Optional<String> name = Optional.ofNullable(d.skillName).filter(text -> !text.isBlank());
    boolean isOurs = ours != null || d.extension != null;
    Optional<String> categoryName = category(d, isOurs);
    List<Reference> references = new ArrayList<>();
    if (!isOurs && d.uuid != null && !d.uuid.isBlank()) {
      Reference.Builder identity = Reference.builder().scheme("rsd").code(d.uuid);
      URI uri = d.id == null ? null : Kind.absoluteUri(d.id);
      if (uri != null) {
        identity.uri(uri);
      }
      references.add(identity.build());
    }
    alignments(d, d.alignments, "alignments", "alignment", isOurs, modelPath, references);
    alignments(d, d.standards, "standards", "standard", isOurs, modelPath, references);
    for (String list : List.of("occupations", "certifications", "employers")) {
      // the occupations of a descriptor this project wrote come from the catalogue's roles
      boolean derived = isOurs && list.equals("occupations");
      if (d.filled(list) && !derived) {
        issues.warn(
            member(path, list),
            Optional.ofNullable(d.uuid),
            list
                + " are not mapped: the model keeps"
                + (list.equals("occupations")
                    ? " occupations on roles, which descriptors do not describe"
                    : " no " + list + " for skills"));
      }
    }
    Set<String> mapped = RsdRecords.SKILL_MEMBERS;
    unmapped(
        d,
        isOurs
            ? SkillMapping.plus(mapped, "author")
            : SkillMapping.plus(mapped, "author", "authors"));
    if (name.isEmpty() || (isOurs && ours == null)) {
      return null;
    }
    String skillId = isOurs ? ours.id().value() : skillIds.unique(Names.SKILL, name.get());
    CategoryId category =
        category(
            isOurs ? Optional.of(ours.category().value()) : Optional.empty(),
            categoryName,
            path,
            d);
    Skill.Builder skill =
        Skill.builder()
            .id(SkillId.of(skillId))
            .name(name.get())
            .description(or(d.skillStatement))
            .category(category)
            .aliases(d.keywords)
            .references(references);
    if (isOurs) {
      ours.source().ifPresent(skill::source);
    } else {
      author(d).ifPresent(author -> skill.source(Source.builder().publisher(author).build()));
    }
    return skill.build();
  }

  /** The name of the skill's category: its {@code category}, or first of {@code categories}. */
  private Optional<String> category(Descriptor d, boolean ours) {
    List<String> names = new ArrayList<>();
    if (d.category != null) {
      if (ours) {
        names.add(d.category);
      } else {
        for (String part : d.category.split(";")) {
          if (!part.isBlank()) {
            names.add(part.strip());
          }
        }
      }
    }
    for (String name : d.categories) {
      if (!name.isBlank()) {
        names.add(name.strip());
      }
    }
    if (names.size() > 1) {
      issues.warn(
          member(d.path, d.category != null ? "category" : "categories"),
          Optional.ofNullable(d.uuid),
          "the model gives a skill one category; '"
              + Issues.quote(names.get(0))
              + "' is kept, "
              + (names.size() - 1)
              + " more left out");
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(names.get(0));
  }

  private CategoryId category(
      Optional<String> id, Optional<String> name, String path, Descriptor d) {
    String categoryName = name.orElse("Uncategorised");
    String categoryId =
        id.orElseGet(
            () ->
                categoryByName.computeIfAbsent(
                    categoryName, n -> categoryIds.unique(Names.CATEGORY, n)));
    Category category =
        categories.computeIfAbsent(
            categoryId, c -> Category.builder().id(CategoryId.of(c)).name(categoryName).build());
    if (!category.name().equals(categoryName)) {
      issues.warn(
          member(path, "category"),
          Optional.ofNullable(d.uuid),
          "category '"
              + categoryId
              + "' is named '"
              + Issues.quote(category.name())
              + "' by an earlier descriptor; the name '"
              + Issues.quote(categoryName)
              + "' is left out");
    }
    return CategoryId.of(categoryId);
  }

  /**
   * The alignments (or standards) of a descriptor as references. A descriptor this project wrote
   * names each reference's scheme exactly in {@code isPartOf.name}; for others the name is made
   * a slug, and without one the scheme is {@code alignment} (or {@code standard}).
   */
  private void alignments(
      Descriptor d,
      List<Alignment> alignments,
      String list,
      String defaultScheme,
      boolean ours,
      String modelPath,
      List<Reference> references) {
    for (Alignment alignment : alignments) {
      String element = member(d.path, list) + "[" + alignment.index() + "]";
      URI uri = null;
      if (alignment.id() != null) {
        uri = ours ? anyUri(alignment.id(), element + ".id") : Kind.absoluteUri(alignment.id());
      }
      Optional<String> scheme =
          ours
              ? Optional.ofNullable(alignment.framework())
              : Optional.ofNullable(alignment.framework())
                  .map(Ids::of)
                  .filter(slug -> !slug.isEmpty());
      Optional<String> value =
          Optional.ofNullable(alignment.skillName())
              .filter(text -> !text.isBlank())
              .or(() -> Optional.ofNullable(alignment.id()).filter(text -> !text.isBlank()));
      if (value.isEmpty()) {
        issues.warn(
            element,
            Optional.empty(),
            "the alignment names no skill (skillName or id); it is left out");
        continue;
      }
      Reference.Builder reference =
          Reference.builder().scheme(scheme.orElse(defaultScheme)).code(value.get());
      if (uri != null) {
        reference.uri(uri);
      }
      if (alignment.rank() != null) {
        reference.rank(alignment.rank());
      }
      paths.put(modelPath + ".references[" + references.size() + "]", element);
      references.add(reference.build());
      if (!alignment.unknown().isEmpty()) {
        issues.warn(
            element,
            Optional.empty(),
            "not mapped: " + String.join(", ", CasePackage.sorted(null, alignment.unknown())));
      }
    }
  }

  /** A URI, absolute or not, as this project writes whatever URI the model holds. */
  private URI anyUri(String text, String path) {
    try {
      return new URI(text);
    } catch (java.net.URISyntaxException e) {
      issues.problem(path, "'" + Issues.quote(text) + "' is not a URI: " + e.getReason());
      return null;
    }
  }

  private static Optional<String> author(Descriptor d) {
    if (d.author != null && !d.author.isBlank()) {
      return Optional.of(d.author);
    }
    List<String> authors = new ArrayList<>(d.authors);
    authors.removeIf(String::isBlank);
    return authors.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", authors));
  }

  private static String or(String text) {
    return text == null ? "" : text;
  }
}
