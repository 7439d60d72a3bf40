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
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads Rich Skill Descriptors (one, an array of them, or a collection) into a catalogue of
 * skills, following the mapping documented in the package
 * {@code io.github.competency.interchange}. Not thread-safe; one reader reads one document.
 */
public final class RsdReader {

  private static final Set<String> SKILL_MEMBERS =
      Set.of(
          "@context",
          "type",
          "id",
          "uuid",
          "skillName",
          "skillStatement",
          "category",
          "categories",
          "keywords",
          "alignments",
          "standards",
          "collections",
          "status",
          "creationDate",
          "updateDate",
          "publishDate",
          "archiveDate",
          "creator",
          RsdFormat.EXTENSION);
  private static final Set<String> COLLECTION_MEMBERS =
      Set.of(
          "@context",
          "type",
          "id",
          "uuid",
          "name",
          "description",
          "author",
          "authors",
          "owner",
          "creator",
          "status",
          "creationDate",
          "updateDate",
          "publishDate",
          "archiveDate",
          "skills",
          RsdFormat.EXTENSION);
  private static final Set<String> SOURCE_MEMBERS =
      Set.of("title", "publisher", "publisherKind", "uri", "date", "section");

  private final JsonDocuments.Document document;
  private final Issues issues;
  private final Fields fields;
  private final Map<String, String> paths = new HashMap<>();
  private final Slugs skillIds = new Slugs();
  private final Slugs categoryIds = new Slugs();
  private final Map<String, Category> categories = new LinkedHashMap<>();
  private final Map<String, String> categoryByName = new HashMap<>();
  private final List<Skill> catalogueSkills = new ArrayList<>();

  private RsdReader(JsonDocuments.Document document, int maxProblems) {
    this.document = document;
    this.issues = new Issues(maxProblems);
    this.fields = new Fields(issues);
  }

  /**
   * Reads descriptors.
   *
   * @param document the document holding them
   * @param maxProblems after how many problems reading stops
   * @return the catalogue and the warnings
   * @throws InvalidCatalogueException listing every problem, each with its path
   */
  public static Imported read(JsonDocuments.Document document, int maxProblems) {
    try {
      return new RsdReader(document, maxProblems).read();
    } catch (InvalidCatalogueException e) {
      throw document.invalid(e.problems());
    }
  }

  private Imported read() {
    JsonNode root = document.root();
    List<JsonNode> skills = new ArrayList<>();
    List<String> skillPaths = new ArrayList<>();
    JsonNode collection = null;
    if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        skills.add(root.get(i));
        skillPaths.add(Paths.element(Paths.ROOT, i));
      }
    } else if (root.isObject() && Fields.has(root, "skills")) {
      collection = root;
      List<JsonNode> members = fields.array(root, Paths.ROOT, "skills");
      for (int i = 0; i < members.size(); i++) {
        skills.add(members.get(i));
        skillPaths.add(Paths.element("skills", i));
      }
    } else if (root.isObject()) {
      skills.add(root);
      skillPaths.add(Paths.ROOT);
    } else {
      issues.problem(
          Paths.ROOT,
          "expected a Rich Skill Descriptor, an array of them or a"
              + " collection (an object with skills), found "
              + Fields.describe(root));
    }
    failIfProblems();
    Catalogue.Builder catalogue = Catalogue.builder();
    catalogueFields(catalogue, collection, skills);
    // ids given by the descriptors first, so that ids made for the others avoid them
    for (JsonNode skill : skills) {
      if (skill.isObject()) {
        JsonNode extension = Fields.member(skill, RsdFormat.EXTENSION);
        if (extension != null && extension.isObject()) {
          JsonNode id = Fields.member(extension, "id");
          if (id != null && id.isString()) {
            skillIds.take(id.stringValue());
          }
          JsonNode category = Fields.member(extension, "category");
          if (category != null && category.isString()) {
            categoryIds.take(category.stringValue());
          }
        }
      }
    }
    for (int i = 0; i < skills.size(); i++) {
      String path = skillPaths.get(i);
      String modelPath = "skills[" + catalogueSkills.size() + "]";
      skill(skills.get(i), path, modelPath)
          .ifPresent(
              skill -> {
                paths.put(modelPath, path);
                catalogueSkills.add(skill);
              });
    }
    failIfProblems();
    catalogue.categories(categories.values()).skills(catalogueSkills);
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

  private void failIfProblems() {
    if (issues.failed()) {
      throw new InvalidCatalogueException(issues.problems());
    }
  }

  private String rsdPath(String modelPath) {
    for (String path = modelPath; path != null; path = Paths.parent(path)) {
      String found = paths.get(path);
      if (found != null) {
        return found;
      }
    }
    return Paths.ROOT;
  }

  // ------------------------------------------------------------------------------- catalogue

  private void catalogueFields(
      Catalogue.Builder catalogue, JsonNode collection, List<JsonNode> skills) {
    String at = Paths.ROOT;
    Optional<String> name = Optional.empty();
    Optional<JsonNode> extension = Optional.empty();
    if (collection != null) {
      name = fields.text(collection, at, "name").filter(text -> !text.isBlank());
      catalogue.description(fields.text(collection, at, "description").orElse(""));
      paths.put("description", Paths.member(at, "description"));
      extension = fields.object(collection, at, RsdFormat.EXTENSION);
      fields.unmapped(collection, at, fields.text(collection, at, "uuid"), COLLECTION_MEMBERS);
    }
    if (name.isEmpty()) {
      name =
          skills.stream()
              .filter(JsonNode::isObject)
              .map(skill -> Fields.member(skill, "collections"))
              .filter(c -> c != null && c.isArray() && c.size() > 0 && c.get(0).isObject())
              .map(c -> Fields.member(c.get(0), "name"))
              .filter(n -> n != null && n.isString() && !n.stringValue().isBlank())
              .map(JsonNode::stringValue)
              .findFirst();
    }
    String title = name.orElse("Rich Skill Descriptors");
    catalogue.title(title);
    paths.put("title", collection == null ? Paths.ROOT : Paths.member(at, "name"));
    paths.put("version", Paths.ROOT);
    paths.put("language", Paths.ROOT);
    if (extension.isPresent()) {
      String ext = Paths.member(at, RsdFormat.EXTENSION);
      JsonNode ours = extension.get();
      fields.strict(ours, ext, Set.of("id", "version", "language"));
      Optional<String> id = fields.slug(ours, ext, "id", "catalogue");
      Optional<String> version =
          fields.requiredText(ours, ext, "version", "it holds the catalogue's version");
      Optional<String> language =
          fields.requiredText(
              ours, ext, "language", "it holds the language of the catalogue's texts");
      if (id.isEmpty() && !Fields.has(ours, "id")) {
        issues.problem(Paths.member(ext, "id"), "missing; it holds the catalogue's id");
      }
      id.ifPresent(slug -> catalogue.id(CatalogueId.of(slug)));
      version.ifPresent(catalogue::version);
      paths.put("version", Paths.member(ext, "version"));
      paths.put("language", Paths.member(ext, "language"));
      language.ifPresent(
          tag -> {
            Optional<Locale> locale = Fields.parseLanguage(tag);
            if (locale.isPresent()) {
              catalogue.language(locale.get());
            } else {
              issues.problem(
                  Paths.member(ext, "language"),
                  "'"
                      + Issues.quote(tag)
                      + "' is not a"
                      + " BCP 47 language tag; use one such as 'en' or 'en-GB'");
            }
          });
    } else {
      String id = Slugs.of(title);
      catalogue.id(CatalogueId.of(id.isEmpty() ? "rich-skill-descriptors" : id));
      catalogue.version("1");
      catalogue.language(Locale.ENGLISH);
      issues.warn(
          Paths.ROOT,
          Optional.empty(),
          "Rich Skill Descriptors state no language;" + " English ('en') is assumed");
    }
  }

  // ------------------------------------------------------------------------------- skills

  private Optional<Skill> skill(JsonNode node, String path, String modelPath) {
    if (!node.isObject()) {
      issues.problem(
          path, "expected a Rich Skill Descriptor object, found " + Fields.describe(node));
      return Optional.empty();
    }
    Optional<String> uuid = fields.text(node, path, "uuid");
    Optional<String> given = fields.requiredText(node, path, "skillName", "it is the skill's name");
    if (given.isPresent() && given.get().isBlank()) {
      issues.problem(Paths.member(path, "skillName"), "must not be blank; it is the skill's name");
    }
    Optional<String> name = given.filter(text -> !text.isBlank());
    Optional<JsonNode> extension = fields.object(node, path, RsdFormat.EXTENSION);
    String ext = Paths.member(path, RsdFormat.EXTENSION);
    extension.ifPresent(
        ours -> fields.strict(ours, ext, Set.of("catalogue", "id", "category", "source")));
    Optional<String> id = extension.flatMap(ours -> fields.slug(ours, ext, "id", "skill"));
    Optional<String> categoryId =
        extension.flatMap(ours -> fields.slug(ours, ext, "category", "category"));
    extension.ifPresent(ours -> fields.text(ours, ext, "catalogue"));
    Optional<String> statement = fields.text(node, path, "skillStatement");
    List<String> keywords = fields.texts(node, path, "keywords");
    Optional<String> categoryName = category(node, path, extension.isPresent(), uuid);
    List<Reference> references = new ArrayList<>();
    if (extension.isEmpty()) {
      Reference.Builder identity = Reference.builder().scheme("rsd");
      uuid.filter(text -> !text.isBlank())
          .ifPresent(
              text -> {
                identity.code(text);
                fields.text(node, path, "id").flatMap(Fields::parseUri).ifPresent(identity::uri);
                references.add(identity.build());
              });
    }
    for (String list : new String[] {"alignments", "standards"}) {
      for (Map.Entry<String, Reference> alignment :
          alignments(node, path, list, extension.isPresent()).entrySet()) {
        paths.put(modelPath + ".references[" + references.size() + "]", alignment.getKey());
        references.add(alignment.getValue());
      }
    }
    Optional<Source> source = Optional.empty();
    if (extension.isPresent()) {
      Optional<JsonNode> ours = fields.object(extension.get(), ext, "source");
      if (ours.isPresent()) {
        String at = Paths.member(ext, "source");
        fields.strict(ours.get(), at, SOURCE_MEMBERS);
        Source.Builder s = Source.builder();
        fields.text(ours.get(), at, "title").ifPresent(s::title);
        fields.text(ours.get(), at, "publisher").ifPresent(s::publisher);
        fields.text(ours.get(), at, "publisherKind").ifPresent(s::publisherKind);
        fields.anyUri(ours.get(), at, "uri").ifPresent(s::uri);
        fields.text(ours.get(), at, "date").ifPresent(s::date);
        fields.text(ours.get(), at, "section").ifPresent(s::section);
        source = Optional.of(s.build());
      }
    } else {
      source = author(node, path).map(author -> Source.builder().publisher(author).build());
    }
    for (String list : new String[] {"occupations", "certifications", "employers"}) {
      // the occupations of a descriptor this project wrote come from the catalogue's roles
      boolean derived = extension.isPresent() && list.equals("occupations");
      if (!fields.array(node, path, list).isEmpty() && !derived) {
        issues.warn(
            Paths.member(path, list),
            uuid,
            list
                + " are not mapped: the model keeps"
                + (list.equals("occupations")
                    ? " occupations on roles, which descriptors do not" + " describe"
                    : " no " + list + " for skills"));
      }
    }
    Set<String> mapped = new HashSet<>(SKILL_MEMBERS);
    mapped.addAll(Set.of("occupations", "certifications", "employers"));
    if (extension.isEmpty()) {
      mapped.addAll(Set.of("author", "authors"));
    } else {
      mapped.add("author");
    }
    fields.unmapped(node, path, uuid, mapped);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String skillId = id.orElseGet(() -> skillIds.unique(Names.SKILL, name.get()));
    CategoryId category = category(categoryId, categoryName, path, uuid);
    Skill.Builder skill =
        Skill.builder()
            .id(SkillId.of(skillId))
            .name(name.get())
            .description(statement.orElse(""))
            .category(category)
            .aliases(keywords)
            .references(references);
    source.ifPresent(skill::source);
    return Optional.of(skill.build());
  }

  /** The name of the skill's category: its {@code category}, or first of {@code categories}. */
  private Optional<String> category(
      JsonNode node, String path, boolean ours, Optional<String> uuid) {
    Optional<String> category = fields.text(node, path, "category");
    List<String> names = new ArrayList<>();
    if (category.isPresent()) {
      if (ours) {
        names.add(category.get());
      } else {
        for (String part : category.get().split(";")) {
          if (!part.isBlank()) {
            names.add(part.strip());
          }
        }
      }
    }
    for (String name : fields.texts(node, path, "categories")) {
      if (!name.isBlank()) {
        names.add(name.strip());
      }
    }
    if (names.size() > 1) {
      issues.warn(
          Paths.member(path, category.isPresent() ? "category" : "categories"),
          uuid,
          "the model gives a skill one category; '"
              + Issues.quote(names.get(0))
              + "' is kept, "
              + (names.size() - 1)
              + " more left out");
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(names.get(0));
  }

  private CategoryId category(
      Optional<String> id, Optional<String> name, String path, Optional<String> uuid) {
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
          Paths.member(path, "category"),
          uuid,
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
   * Reads the alignments (or standards) of a descriptor as references, keyed by their paths.
   * A descriptor this project wrote names each reference's scheme exactly in
   * {@code isPartOf.name}; for others the name is made a slug, and without one the scheme is
   * {@code alignment} (or {@code standard}).
   */
  private Map<String, Reference> alignments(JsonNode node, String path, String list, boolean ours) {
    Map<String, Reference> references = new LinkedHashMap<>();
    List<JsonNode> alignments = fields.array(node, path, list);
    String at = Paths.member(path, list);
    String defaultScheme = list.equals("standards") ? "standard" : "alignment";
    for (int i = 0; i < alignments.size(); i++) {
      String element = Paths.element(at, i);
      JsonNode alignment = alignments.get(i);
      if (!alignment.isObject()) {
        issues.problem(
            element, "expected an alignment object, found " + Fields.describe(alignment));
        continue;
      }
      Optional<String> code = fields.text(alignment, element, "skillName");
      Optional<String> framework =
          fields
              .object(alignment, element, "isPartOf")
              .flatMap(part -> fields.text(part, Paths.member(element, "isPartOf"), "name"));
      OptionalInt rank = fields.integer(alignment, element, "rank");
      Optional<URI> uri =
          ours
              ? fields.anyUri(alignment, element, "id")
              : fields.text(alignment, element, "id").flatMap(Fields::parseUri);
      Optional<String> scheme =
          ours ? framework : framework.map(Slugs::of).filter(slug -> !slug.isEmpty());
      Optional<String> value =
          code.filter(text -> !text.isBlank())
              .or(() -> fields.text(alignment, element, "id").filter(text -> !text.isBlank()));
      if (value.isEmpty()) {
        issues.warn(
            element,
            Optional.empty(),
            "the alignment names no skill (skillName or id);" + " it is left out");
        continue;
      }
      Reference.Builder reference =
          Reference.builder().scheme(scheme.orElse(defaultScheme)).code(value.get());
      uri.ifPresent(reference::uri);
      rank.ifPresent(reference::rank);
      references.put(element, reference.build());
      fields.unmapped(
          alignment, element, Optional.empty(), Set.of("id", "skillName", "isPartOf", "rank"));
    }
    return references;
  }

  private Optional<String> author(JsonNode node, String path) {
    Optional<String> author = fields.text(node, path, "author").filter(t -> !t.isBlank());
    if (author.isPresent()) {
      return author;
    }
    List<String> authors = fields.texts(node, path, "authors");
    authors.removeIf(String::isBlank);
    return authors.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", authors));
  }
}
