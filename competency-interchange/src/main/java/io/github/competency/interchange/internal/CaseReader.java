package io.github.competency.interchange.internal;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueId;
import io.github.competency.core.Category;
import io.github.competency.core.CategoryId;
import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.Family;
import io.github.competency.core.FamilyId;
import io.github.competency.core.GroupId;
import io.github.competency.core.Importance;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Level;
import io.github.competency.core.LevelId;
import io.github.competency.core.Problem;
import io.github.competency.core.Proficiency;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.Reference;
import io.github.competency.core.Requirement;
import io.github.competency.core.Responsibility;
import io.github.competency.core.ResponsibilityId;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import io.github.competency.core.Source;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads a CASE 1.1 (or 1.0) CFPackage tree into a catalogue, following the mapping documented in
 * the package {@code io.github.competency.interchange}: items typed with this project's item
 * types map back exactly, other items by their place in the hierarchy. Not thread-safe; one
 * reader reads one package.
 */
public final class CaseReader {

  private static final String DOCUMENT = "CFDocument";
  private static final Set<String> PACKAGE_MEMBERS =
      Set.of(DOCUMENT, "CFItems", "CFAssociations", "CFDefinitions", "CFRubrics");
  private static final Set<String> DOCUMENT_MEMBERS =
      Set.of(
          "identifier",
          "uri",
          "title",
          "lastChangeDateTime",
          "officialSourceURL",
          "publisher",
          "description",
          "language",
          "version",
          "caseVersion",
          "CFPackageURI");
  private static final Set<String> ITEM_MEMBERS =
      Set.of(
          "identifier",
          "uri",
          "fullStatement",
          "abbreviatedStatement",
          "humanCodingScheme",
          "language",
          "lastChangeDateTime",
          "CFDocumentURI",
          "CFItemAssociationURI");
  private static final Set<String> ASSOCIATION_MEMBERS =
      Set.of(
          "identifier",
          "associationType",
          "sequenceNumber",
          "uri",
          "originNodeURI",
          "destinationNodeURI",
          "lastChangeDateTime",
          "CFDocumentURI");
  private static final Set<String> SOURCE_MEMBERS =
      Set.of("title", "publisher", "publisherKind", "uri", "date", "section");

  private final JsonDocuments.Document document;
  private final JsonNode root;
  private final Issues issues;
  private final Fields fields;

  private JsonNode doc;
  private String docIdentifier;

  /** The category ids given out, for the category of the items under the document. */
  private Slugs categoryIds;

  private final List<Item> items = new ArrayList<>();
  private final Map<String, Item> byIdentifier = new HashMap<>();
  private final List<Association> associations = new ArrayList<>();
  private final List<Criterion> criteria = new ArrayList<>();

  /** The indexes of the associations that are requirements. */
  private final Set<Integer> requirements = new HashSet<>();

  /** The group of each association that is an option of a choice group, by its index. */
  private final Map<Integer, String> groupOf = new HashMap<>();

  private final Map<String, String> paths = new HashMap<>();
  private Category defaultCategory;
  private String defaultCategoryPath;

  private CaseReader(JsonDocuments.Document document, int maxProblems) {
    this.document = document;
    this.root = document.root();
    this.issues = new Issues(maxProblems);
    this.fields = new Fields(issues);
  }

  /**
   * Reads a package.
   *
   * @param document the document holding it
   * @param maxProblems after how many problems reading stops
   * @return the catalogue and the warnings
   * @throws InvalidCatalogueException listing every problem, each with its CASE path
   */
  public static Imported read(JsonDocuments.Document document, int maxProblems) {
    CaseReader reader = new CaseReader(document, maxProblems);
    try {
      return reader.read();
    } catch (InvalidCatalogueException e) {
      throw document.invalid(e.problems());
    }
  }

  private Imported read() {
    structure();
    failIfProblems();
    kinds();
    if (!ours()) {
      hierarchyOrder();
    }
    names();
    failIfProblems();
    Catalogue.Builder catalogue = Catalogue.builder();
    documentFields(catalogue);
    relations();
    Scale scale = scale();
    elements(catalogue, scale);
    failIfProblems();
    try {
      return new Imported(catalogue.build(), inDocumentOrder(issues.warnings()));
    } catch (InvalidCatalogueException e) {
      List<Problem> mapped = new ArrayList<>();
      for (Problem problem : e.problems()) {
        mapped.add(
            Problem.of(
                casePath(problem.path()),
                problem.message() + " (in the catalogue: " + problem.path() + ")"));
      }
      throw new InvalidCatalogueException(mapped);
    }
  }

  /**
   * Orders warnings as their elements come in a package: the package and its CFDocument, then
   * CFItems, CFAssociations and CFRubrics by index; found in another order, as the mapping
   * reads associations before items.
   */
  private static List<Imported.Warning> inDocumentOrder(List<Imported.Warning> warnings) {
    List<String> sections =
        List.of(Paths.ROOT, DOCUMENT, "CFItems", "CFAssociations", "CFDefinitions", "CFRubrics");
    List<Imported.Warning> ordered = new ArrayList<>(warnings);
    ordered.sort(
        Comparator.comparingInt(
                (Imported.Warning w) -> {
                  String path = w.path();
                  for (int i = sections.size() - 1; i > 0; i--) {
                    if (path.startsWith(sections.get(i))) {
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

  private void failIfProblems() {
    if (issues.failed()) {
      throw new InvalidCatalogueException(issues.problems());
    }
  }

  /** The CASE path of an element of the catalogue, or of the nearest enclosing one. */
  private String casePath(String modelPath) {
    for (String path = modelPath; path != null; path = Paths.parent(path)) {
      String found = paths.get(path);
      if (found != null) {
        return found;
      }
    }
    return DOCUMENT;
  }

  // ------------------------------------------------------------------------------- structure

  private void structure() {
    if (!root.isObject()) {
      issues.problem(
          Paths.ROOT,
          "expected a CASE package, an object with a CFDocument, found " + Fields.describe(root));
      return;
    }
    Optional<JsonNode> cfDocument = fields.object(root, Paths.ROOT, DOCUMENT);
    if (cfDocument.isEmpty() && !Fields.has(root, DOCUMENT)) {
      issues.problem(DOCUMENT, "missing; a CASE package has one CFDocument, the framework");
    }
    cfDocument.ifPresent(
        node -> {
          doc = node;
          docIdentifier = identifier(node, DOCUMENT).orElse(null);
          nonBlank(node, DOCUMENT, "title", "the framework's title is the catalogue's title");
        });
    List<JsonNode> itemNodes = fields.array(root, Paths.ROOT, "CFItems");
    for (int i = 0; i < itemNodes.size(); i++) {
      String path = Paths.element("CFItems", i);
      JsonNode node = itemNodes.get(i);
      if (!node.isObject()) {
        issues.problem(path, "expected a CFItem object, found " + Fields.describe(node));
        continue;
      }
      Optional<String> identifier = identifier(node, path);
      if (identifier.isEmpty()) {
        continue;
      }
      Item item = new Item(path, identifier.get(), node);
      Item earlier = byIdentifier.putIfAbsent(item.identifier, item);
      if (earlier != null) {
        issues.problem(
            Paths.member(path, "identifier"),
            "identifier '"
                + Issues.quote(item.identifier)
                + "' is already used by "
                + earlier.path);
      } else if (item.identifier.equals(docIdentifier)) {
        issues.problem(
            Paths.member(path, "identifier"),
            "identifier '" + Issues.quote(item.identifier) + "' is the CFDocument's");
      } else {
        items.add(item);
      }
    }
    List<JsonNode> associationNodes = fields.array(root, Paths.ROOT, "CFAssociations");
    for (int i = 0; i < associationNodes.size(); i++) {
      association(i, associationNodes.get(i));
    }
    List<JsonNode> rubrics = fields.array(root, Paths.ROOT, "CFRubrics");
    for (int i = 0; i < rubrics.size(); i++) {
      rubric(Paths.element("CFRubrics", i), rubrics.get(i));
    }
    fields.object(root, Paths.ROOT, "CFDefinitions");
    fields.unmapped(root, Paths.ROOT, Optional.empty(), PACKAGE_MEMBERS);
  }

  private Optional<String> identifier(JsonNode node, String path) {
    Optional<String> identifier =
        fields.requiredText(node, path, "identifier", "every CASE record has an identifier");
    if (identifier.isPresent() && identifier.get().isBlank()) {
      issues.problem(Paths.member(path, "identifier"), "must not be blank");
      return Optional.empty();
    }
    return identifier;
  }

  private Optional<String> nonBlank(JsonNode node, String path, String name, String why) {
    Optional<String> text = fields.requiredText(node, path, name, why);
    if (text.isPresent() && text.get().isBlank()) {
      issues.problem(Paths.member(path, name), "must not be blank; " + why);
      return Optional.empty();
    }
    return text;
  }

  private void association(int index, JsonNode node) {
    String path = Paths.element("CFAssociations", index);
    if (!node.isObject()) {
      issues.problem(path, "expected a CFAssociation object, found " + Fields.describe(node));
      return;
    }
    Optional<String> identifier = identifier(node, path);
    Optional<String> type =
        fields.requiredText(node, path, "associationType", "it says how the two nodes relate");
    Optional<String> origin = node(node, path, "originNodeURI");
    Optional<String> destination = node(node, path, "destinationNodeURI");
    OptionalInt sequence = sequenceNumber(node, path);
    if (identifier.isPresent()
        && type.isPresent()
        && origin.isPresent()
        && destination.isPresent()) {
      associations.add(
          new Association(
              index,
              path,
              identifier.get(),
              type.get(),
              origin.get(),
              destination.get(),
              sequence,
              node));
    }
  }

  /**
   * The sequence number of an association: an integer, or the text of one as CASE 1.0 packages
   * from OpenSALT have it.
   */
  private OptionalInt sequenceNumber(JsonNode node, String path) {
    JsonNode value = Fields.member(node, "sequenceNumber");
    if (value != null && value.isString()) {
      try {
        return OptionalInt.of(Integer.parseInt(value.stringValue().strip()));
      } catch (NumberFormatException e) {
        issues.problem(
            Paths.member(path, "sequenceNumber"),
            "expected an integer, found " + Fields.describe(value));
        return OptionalInt.empty();
      }
    }
    return fields.integer(node, path, "sequenceNumber");
  }

  /** The identifier of the node an association links, from its link object. */
  private Optional<String> node(JsonNode association, String path, String name) {
    Optional<JsonNode> link = fields.object(association, path, name);
    if (link.isEmpty()) {
      if (!Fields.has(association, name)) {
        issues.problem(Paths.member(path, name), "missing; an association links two nodes");
      }
      return Optional.empty();
    }
    return identifier(link.get(), Paths.member(path, name));
  }

  private void rubric(String path, JsonNode node) {
    if (!node.isObject()) {
      issues.problem(path, "expected a CFRubric object, found " + Fields.describe(node));
      return;
    }
    String criteriaPath = Paths.member(path, "CFRubricCriteria");
    List<JsonNode> nodes = fields.array(node, path, "CFRubricCriteria");
    for (int j = 0; j < nodes.size(); j++) {
      String at = Paths.element(criteriaPath, j);
      JsonNode criterion = nodes.get(j);
      if (!criterion.isObject()) {
        issues.problem(
            at, "expected a CFRubricCriterion object, found " + Fields.describe(criterion));
        continue;
      }
      Optional<String> target = Optional.empty();
      Optional<JsonNode> item = fields.object(criterion, at, "CFItemURI");
      if (item.isPresent()) {
        target = identifier(item.get(), Paths.member(at, "CFItemURI"));
      }
      Criterion c = new Criterion(at, target, fields.text(criterion, at, "identifier"));
      String levelsPath = Paths.member(at, "CFRubricCriterionLevels");
      List<JsonNode> levels = fields.array(criterion, at, "CFRubricCriterionLevels");
      for (int k = 0; k < levels.size(); k++) {
        String levelPath = Paths.element(levelsPath, k);
        JsonNode level = levels.get(k);
        if (!level.isObject()) {
          issues.problem(
              levelPath,
              "expected a CFRubricCriterionLevel object, found " + Fields.describe(level));
          continue;
        }
        c.levels.add(
            new RubricLevel(
                levelPath,
                k,
                level,
                fields.text(level, levelPath, "identifier"),
                fields.text(level, levelPath, "quality"),
                fields.text(level, levelPath, "description"),
                fields.integer(level, levelPath, "position"),
                levelExtension(level, levelPath)));
      }
      criteria.add(c);
    }
  }

  /** The step a rubric criterion level stands for, from this project's extension. */
  private Optional<String> levelExtension(JsonNode level, String path) {
    JsonNode extensions = Fields.member(level, "extensions");
    if (extensions == null) {
      return Optional.empty();
    }
    String at = Paths.member(path, "extensions");
    // CASE 1.1 makes a level's extensions an array of objects; accept an object as well
    List<JsonNode> candidates = new ArrayList<>();
    List<String> candidatePaths = new ArrayList<>();
    if (extensions.isArray()) {
      for (int i = 0; i < extensions.size(); i++) {
        candidates.add(extensions.get(i));
        candidatePaths.add(Paths.element(at, i));
      }
    } else {
      candidates.add(extensions);
      candidatePaths.add(at);
    }
    for (int i = 0; i < candidates.size(); i++) {
      JsonNode candidate = candidates.get(i);
      if (candidate.isObject() && Fields.has(candidate, CaseFormat.EXTENSION)) {
        Optional<JsonNode> ours =
            fields.object(candidate, candidatePaths.get(i), CaseFormat.EXTENSION);
        if (ours.isPresent()) {
          String oursPath = Paths.member(candidatePaths.get(i), CaseFormat.EXTENSION);
          fields.strict(ours.get(), oursPath, Set.of("proficiency"));
          Optional<String> step = fields.slug(ours.get(), oursPath, "proficiency", "proficiency");
          if (step.isEmpty() && !Fields.has(ours.get(), "proficiency")) {
            issues.problem(
                Paths.member(oursPath, "proficiency"),
                "missing; it names the step" + " of the proficiency scale the level stands for");
          }
          return step;
        }
      }
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------------------- kinds and ids

  /** Tells whether this project wrote the package: its CFDocument carries the extension. */
  private boolean ours() {
    JsonNode extensions = Fields.member(doc, "extensions");
    return extensions != null
        && extensions.isObject()
        && Fields.member(extensions, CaseFormat.EXTENSION) != null;
  }

  /**
   * Puts another framework's items in the order of its hierarchy, as CASE tools show it: from
   * the CFDocument down, depth first, siblings by sequence number; items the hierarchy does not
   * reach follow in the order of CFItems. A package this project wrote keeps the order of
   * CFItems, which is the catalogue's.
   */
  private void hierarchyOrder() {
    Map<String, List<Association>> children = new HashMap<>();
    for (Association a : associations) {
      if (a.type.equals(CaseFormat.IS_CHILD_OF) && byIdentifier.containsKey(a.origin)) {
        children.computeIfAbsent(a.destination, d -> new ArrayList<>()).add(a);
      }
    }
    Comparator<Association> bySequence =
        Comparator.comparingInt((Association a) -> a.sequence.orElse(Integer.MAX_VALUE))
            .thenComparingInt(a -> a.index);
    children.values().forEach(list -> list.sort(bySequence));
    List<Item> ordered = new ArrayList<>(items.size());
    Set<String> visited = new HashSet<>();
    ArrayDeque<String> stack = new ArrayDeque<>();
    if (docIdentifier != null) {
      stack.push(docIdentifier);
    }
    while (!stack.isEmpty()) {
      String parent = stack.pop();
      Item item = byIdentifier.get(parent);
      if (item != null) {
        if (!visited.add(parent)) {
          continue;
        }
        ordered.add(item);
      }
      List<Association> below = children.getOrDefault(parent, List.of());
      for (int i = below.size() - 1; i >= 0; i--) {
        if (!visited.contains(below.get(i).origin)) {
          stack.push(below.get(i).origin);
        }
      }
    }
    for (Item item : items) {
      if (visited.add(item.identifier)) {
        ordered.add(item);
      }
    }
    items.clear();
    items.addAll(ordered);
  }

  private void kinds() {
    for (Item item : items) {
      Optional<JsonNode> type = fields.object(item.node, item.path, "CFItemTypeURI");
      if (type.isPresent()) {
        item.kind =
            fields
                .text(type.get(), Paths.member(item.path, "CFItemTypeURI"), "identifier")
                .flatMap(CaseFormat::kindOf)
                .orElse(null);
      }
    }
    // another framework's item with children is a category; one without, a skill
    for (Association association : associations) {
      if (association.type.equals(CaseFormat.IS_CHILD_OF)) {
        Item origin = byIdentifier.get(association.origin);
        Item parent = byIdentifier.get(association.destination);
        if (origin != null
            && parent != null
            && parent.kind == null
            && (origin.kind == null || origin.kind.equals(Names.SKILL))) {
          parent.foreignCategory = true;
        }
      }
    }
  }

  private void names() {
    Map<String, Slugs> ids = new HashMap<>();
    for (Item item : items) {
      String at = item.path;
      Optional<String> full = fields.text(item.node, at, "fullStatement");
      Optional<String> abbreviated = fields.text(item.node, at, "abbreviatedStatement");
      Optional<String> code = fields.text(item.node, at, "humanCodingScheme");
      if (item.kind != null) {
        if (full.isEmpty() && !Fields.has(item.node, "fullStatement")) {
          issues.problem(
              Paths.member(at, "fullStatement"),
              "missing; it holds the "
                  + CaseFormat.type(item.kind).title().toLowerCase(Locale.ROOT)
                  + "'s name, or its description when abbreviatedStatement holds the name");
        }
        item.name = abbreviated.orElse(full.orElse(""));
        item.description = abbreviated.isPresent() ? full.orElse("") : "";
        if (code.isPresent()) {
          if (Slugs.isSlug(code.get())) {
            item.slug = code.get();
          } else {
            issues.problem(
                Paths.member(at, "humanCodingScheme"),
                Fields.notASlug(
                    code.get(), CaseFormat.type(item.kind).title().toLowerCase(Locale.ROOT)));
          }
        }
      } else {
        Optional<String> notes = fields.text(item.node, at, "notes");
        List<String> description = new ArrayList<>();
        if (nonBlank(abbreviated)) {
          item.name = abbreviated.get();
          full.filter(text -> !text.isBlank()).ifPresent(description::add);
        } else if (nonBlank(full)) {
          item.name = full.get();
        } else if (nonBlank(code)) {
          item.name = code.get();
        } else {
          item.name = item.identifier;
        }
        notes.filter(text -> !text.isBlank()).ifPresent(description::add);
        item.description = String.join("\n\n", description);
        item.code = code.filter(text -> !text.isBlank()).orElse(null);
      }
      if (item.slug != null) {
        ids.computeIfAbsent(group(item), g -> new Slugs()).take(item.slug);
      }
    }
    for (Item item : items) {
      if (item.slug == null) {
        String group = group(item);
        item.slug =
            ids.computeIfAbsent(group, g -> new Slugs())
                .unique(group, item.code, item.name, item.identifier);
      }
    }
    categoryIds = ids.computeIfAbsent(Names.CATEGORY, g -> new Slugs());
  }

  private static boolean nonBlank(Optional<String> text) {
    return text.isPresent() && !text.get().isBlank();
  }

  /** The kind of id an item gets: its own kind, or skill or category for other frameworks'. */
  private static String group(Item item) {
    if (item.kind != null) {
      return item.kind;
    }
    return item.foreignCategory ? Names.CATEGORY : Names.SKILL;
  }

  // ------------------------------------------------------------------------------- document

  private void documentFields(Catalogue.Builder catalogue) {
    Optional<JsonNode> extension = ourExtension(doc, DOCUMENT, Optional.ofNullable(docIdentifier));
    String title = fields.text(doc, DOCUMENT, "title").orElse("");
    catalogue.title(title);
    paths.put("title", Paths.member(DOCUMENT, "title"));
    catalogue.description(fields.text(doc, DOCUMENT, "description").orElse(""));
    paths.put("description", Paths.member(DOCUMENT, "description"));
    Optional<String> version = fields.text(doc, DOCUMENT, "version");
    Optional<String> language = fields.text(doc, DOCUMENT, "language");
    Optional<String> publisher = fields.text(doc, DOCUMENT, "publisher");
    Optional<String> officialText = fields.text(doc, DOCUMENT, "officialSourceURL");
    Optional<URI> official = officialText.flatMap(Fields::parseUri);
    if (officialText.isPresent() && official.isEmpty()) {
      String message = "'" + Issues.quote(officialText.get()) + "' is not an absolute URI";
      if (extension.isPresent()) {
        issues.problem(Paths.member(DOCUMENT, "officialSourceURL"), message);
      } else {
        warnDocument("officialSourceURL " + message + "; it is left out");
      }
    }
    paths.put("version", Paths.member(DOCUMENT, "version"));
    paths.put("language", Paths.member(DOCUMENT, "language"));
    paths.put("source", DOCUMENT);
    Set<String> mapped = new HashSet<>(DOCUMENT_MEMBERS);
    if (extension.isPresent()) {
      String at = Paths.member(Paths.member(DOCUMENT, "extensions"), CaseFormat.EXTENSION);
      JsonNode ours = extension.get();
      fields.strict(ours, at, Set.of("id", "source"));
      Optional<String> id = fields.slug(ours, at, "id", "catalogue");
      if (id.isEmpty() && !Fields.has(ours, "id")) {
        issues.problem(Paths.member(at, "id"), "missing; it holds the catalogue's id");
      }
      id.ifPresent(slug -> catalogue.id(CatalogueId.of(slug)));
      if (version.isEmpty() && !Fields.has(doc, "version")) {
        issues.problem(
            Paths.member(DOCUMENT, "version"), "missing; it holds the catalogue's" + " version");
      }
      version.ifPresent(catalogue::version);
      if (language.isEmpty() && !Fields.has(doc, "language")) {
        issues.problem(
            Paths.member(DOCUMENT, "language"),
            "missing; it holds the language of the" + " catalogue's texts");
      }
      language.ifPresent(
          tag -> {
            Optional<Locale> locale = Fields.parseLanguage(tag);
            if (locale.isPresent()) {
              catalogue.language(locale.get());
            } else {
              issues.problem(Paths.member(DOCUMENT, "language"), notALanguage(tag));
            }
          });
      Optional<JsonNode> rest = fields.object(ours, at, "source");
      if (rest.isPresent() || publisher.isPresent() || official.isPresent()) {
        Source.Builder source = Source.builder();
        publisher.ifPresent(source::publisher);
        official.ifPresent(source::uri);
        rest.ifPresent(
            node ->
                source(
                    source,
                    node,
                    Paths.member(at, "source"),
                    Set.of("title", "publisherKind", "uri", "date", "section")));
        catalogue.source(source.build());
      }
      mapped.addAll(Set.of("creator", "notes", "extensions"));
    } else {
      String id = Slugs.of(title);
      if (id.isEmpty() && docIdentifier != null) {
        id = Slugs.of("case " + docIdentifier);
      }
      catalogue.id(CatalogueId.of(id.isEmpty() ? "imported" : id));
      catalogue.version(
          version
              .filter(text -> !text.isBlank())
              .or(() -> fields.text(doc, DOCUMENT, "lastChangeDateTime"))
              .filter(text -> !text.isBlank())
              .orElse("1"));
      Optional<Locale> locale = language.flatMap(Fields::parseLanguage);
      if (language.isPresent() && locale.isEmpty()) {
        warnDocument(notALanguage(language.get()) + "; the items' language is used instead");
      }
      if (locale.isEmpty()) {
        locale =
            items.stream()
                .map(
                    item ->
                        fields
                            .text(item.node, item.path, "language")
                            .flatMap(Fields::parseLanguage))
                .flatMap(Optional::stream)
                .findFirst();
      }
      if (locale.isEmpty()) {
        warnDocument(
            "no language is given for the framework or its items; English ('en') is" + " assumed");
        locale = Optional.of(Locale.ENGLISH);
      }
      catalogue.language(locale.get());
      Optional<String> creator = fields.text(doc, DOCUMENT, "creator");
      Optional<String> by = publisher.or(() -> creator).filter(text -> !text.isBlank());
      if (by.isPresent() || official.isPresent()) {
        Source.Builder source = Source.builder();
        by.ifPresent(source::publisher);
        official.ifPresent(source::uri);
        catalogue.source(source.build());
      }
      if (publisher.isEmpty()) {
        mapped.add("creator");
      }
    }
    fields.unmapped(doc, DOCUMENT, Optional.ofNullable(docIdentifier), mapped);
  }

  private void warnDocument(String message) {
    issues.warn(DOCUMENT, Optional.ofNullable(docIdentifier), message);
  }

  private static String notALanguage(String tag) {
    return "'"
        + Issues.quote(tag)
        + "' is not a BCP 47 language tag; use one such as 'en' or"
        + " 'en-GB'";
  }

  /**
   * Returns this project's extension of a record, {@code extensions.competency}, warning about
   * other members of {@code extensions}.
   */
  private Optional<JsonNode> ourExtension(JsonNode node, String path, Optional<String> identifier) {
    Optional<JsonNode> extensions = fields.object(node, path, "extensions");
    if (extensions.isEmpty()) {
      return Optional.empty();
    }
    String at = Paths.member(path, "extensions");
    fields.unmapped(extensions.get(), at, identifier, Set.of(CaseFormat.EXTENSION));
    return fields.object(extensions.get(), at, CaseFormat.EXTENSION);
  }

  /** Reads the parts of a source held by an extension. */
  private void source(Source.Builder source, JsonNode node, String path, Set<String> known) {
    fields.strict(node, path, known);
    fields.text(node, path, "title").ifPresent(source::title);
    fields.text(node, path, "publisher").ifPresent(source::publisher);
    fields.text(node, path, "publisherKind").ifPresent(source::publisherKind);
    fields.anyUri(node, path, "uri").ifPresent(source::uri);
    fields.text(node, path, "date").ifPresent(source::date);
    fields.text(node, path, "section").ifPresent(source::section);
  }

  private Optional<Source> itemSource(JsonNode extension, String path) {
    Optional<JsonNode> node = fields.object(extension, path, "source");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    Source.Builder source = Source.builder();
    source(source, node.get(), Paths.member(path, "source"), SOURCE_MEMBERS);
    return Optional.of(source.build());
  }

  // ------------------------------------------------------------------------------- relations

  private void relations() {
    for (Association a : associations) {
      Item origin = byIdentifier.get(a.origin);
      Item target = byIdentifier.get(a.destination);
      boolean toDocument = a.destination.equals(docIdentifier);
      boolean mapped =
          switch (a.type) {
            case CaseFormat.IS_CHILD_OF -> childOf(a, origin, target, toDocument);
            case CaseFormat.IS_RELATED_TO -> relatedTo(a, origin, target);
            case CaseFormat.PRECEDES -> precedes(a, origin, target);
            case CaseFormat.EXACT_MATCH_OF -> exactMatch(a, origin, target);
            default -> {
              warn(
                  a,
                  "association type '"
                      + Issues.quote(a.type)
                      + "' has no counterpart in the"
                      + " model; "
                      + ends(origin, target));
              yield false;
            }
          };
      if (mapped) {
        Set<String> known = new HashSet<>(ASSOCIATION_MEMBERS);
        if (requirements.contains(a.index)) {
          known.add("notes");
        }
        if (requirements.contains(a.index) || a.type.equals(CaseFormat.EXACT_MATCH_OF)) {
          known.add("extensions");
        }
        fields.unmapped(a.node, a.path, Optional.of(a.identifier), known);
      }
    }
  }

  private boolean precedes(Association a, Item origin, Item target) {
    if (origin != null
        && target != null
        && Names.ROLE.equals(origin.kind)
        && Names.ROLE.equals(target.kind)) {
      origin.next.add(new Link(a, target));
      return true;
    }
    warn(a, "'precedes' is mapped only between roles, as a career step; " + ends(origin, target));
    return false;
  }

  private boolean exactMatch(Association a, Item origin, Item target) {
    if (origin != null && (isSkill(origin) || Names.ROLE.equals(origin.kind))) {
      reference(a).ifPresent(reference -> origin.references.add(new Link(a, reference)));
      return true;
    }
    warn(
        a,
        "'exactMatchOf' is mapped only from skills and roles, as an external reference; "
            + ends(origin, target));
    return false;
  }

  private boolean childOf(Association a, Item origin, Item parent, boolean toDocument) {
    if (origin == null) {
      warn(a, "the child is not an item of this package");
      return false;
    }
    String kind = origin.kind;
    if (isSkill(origin)) {
      if (parent != null && isCategory(parent)) {
        origin.parents.add(new Link(a, parent));
        return true;
      }
      if (toDocument) {
        return true;
      }
    } else if (isCategory(origin)) {
      if (toDocument) {
        return true;
      }
      if (parent != null && isCategory(parent)) {
        warn(
            a,
            "the model's categories are flat: category '"
                + origin.slug
                + "' is kept, but not"
                + " as part of '"
                + parent.slug
                + "'");
        return false;
      }
    } else if (Names.RESPONSIBILITY.equals(kind)) {
      if (parent != null && Names.ROLE.equals(parent.kind)) {
        parent.responsibilities.add(new Link(a, origin));
        return true;
      }
      if (toDocument) {
        return true;
      }
    } else if (Names.ROLE.equals(kind)) {
      if (parent != null && Names.FAMILY.equals(parent.kind)) {
        origin.parents.add(new Link(a, parent));
        return true;
      }
      if (toDocument) {
        return true;
      }
    } else if (toDocument) {
      return true; // levels and families sit under the framework
    }
    warn(
        a,
        "'isChildOf' from "
            + describe(origin)
            + " to "
            + describe(parent)
            + " has no counterpart in the model");
    return false;
  }

  private boolean relatedTo(Association a, Item origin, Item target) {
    if (origin != null && target != null && Names.ROLE.equals(origin.kind)) {
      if (Names.LEVEL.equals(target.kind)) {
        origin.levels.add(new Link(a, target));
        return true;
      }
      if (isSkill(target)) {
        Optional<JsonNode> extension = ourExtension(a.node, a.path, Optional.of(a.identifier));
        if (extension.isEmpty()) {
          warn(
              a,
              "a role's requirement of a skill needs this project's extension, which names"
                  + " the proficiency required");
          return false;
        }
        requirements.add(a.index);
        requirement(a, target, extension.get())
            .ifPresent(r -> origin.requirements.add(new Link(a, r)));
        return true;
      }
    }
    if (origin != null
        && target != null
        && Names.RESPONSIBILITY.equals(origin.kind)
        && isSkill(target)) {
      origin.skills.add(new Link(a, target));
      return true;
    }
    warn(
        a,
        "'isRelatedTo' is mapped from roles to their level and required skills and from"
            + " responsibilities to their skills; "
            + ends(origin, target));
    return false;
  }

  private Optional<Requirement> requirement(Association a, Item skill, JsonNode extension) {
    String at = Paths.member(Paths.member(a.path, "extensions"), CaseFormat.EXTENSION);
    fields.strict(extension, at, Set.of("proficiency", "importance", "weight", "group"));
    fields.slug(extension, at, "group", "group").ifPresent(g -> groupOf.put(a.index, g));
    Optional<String> proficiency = fields.slug(extension, at, "proficiency", "proficiency");
    if (proficiency.isEmpty() && !Fields.has(extension, "proficiency")) {
      issues.problem(
          Paths.member(at, "proficiency"),
          "missing; it names the lowest step of the"
              + " proficiency scale that meets the requirement");
    }
    Importance importance = Importance.ESSENTIAL;
    Optional<String> label = fields.text(extension, at, "importance");
    if (label.isPresent()) {
      if (label.get().equals(Importance.OPTIONAL.label())) {
        importance = Importance.OPTIONAL;
      } else if (!label.get().equals(Importance.ESSENTIAL.label())) {
        issues.problem(
            Paths.member(at, "importance"),
            "'"
                + Issues.quote(label.get())
                + "' is not an importance; use 'essential' or 'optional'");
      }
    }
    OptionalDouble weight = fields.number(extension, at, "weight");
    Optional<String> note = fields.text(a.node, a.path, "notes");
    if (proficiency.isEmpty()) {
      return Optional.empty();
    }
    Requirement.Builder requirement =
        Requirement.builder()
            .skill(SkillId.of(skill.slug))
            .proficiency(ProficiencyId.of(proficiency.get()))
            .importance(importance)
            .note(note.orElse(""));
    if (weight.isPresent()) {
      requirement.weight(weight.getAsDouble());
    }
    return Optional.of(requirement.build());
  }

  private Optional<Reference> reference(Association a) {
    Optional<JsonNode> extension = ourExtension(a.node, a.path, Optional.of(a.identifier));
    if (extension.isPresent()) {
      String at = Paths.member(Paths.member(a.path, "extensions"), CaseFormat.EXTENSION);
      JsonNode ours = extension.get();
      fields.strict(ours, at, Set.of("scheme", "code", "rank", "uri"));
      Optional<String> scheme =
          fields.requiredText(
              ours, at, "scheme", "it names the framework the reference points into");
      Optional<String> code =
          fields.requiredText(ours, at, "code", "it is the framework's code for the item");
      OptionalInt rank = fields.integer(ours, at, "rank");
      Optional<URI> uri = fields.anyUri(ours, at, "uri");
      if (scheme.isEmpty() || code.isEmpty()) {
        return Optional.empty();
      }
      Reference.Builder reference = Reference.builder().scheme(scheme.get()).code(code.get());
      rank.ifPresent(reference::rank);
      uri.ifPresent(reference::uri);
      return Optional.of(reference.build());
    }
    Reference.Builder reference =
        Reference.builder().scheme(CaseFormat.CASE_SCHEME).code(a.destination);
    JsonNode link = Fields.member(a.node, "destinationNodeURI");
    if (link != null
        && link.isObject()
        && Fields.member(link, "uri") != null
        && link.get("uri").isString()) {
      Fields.parseUri(link.get("uri").stringValue()).ifPresent(reference::uri);
    }
    return Optional.of(reference.build());
  }

  private static boolean isSkill(Item item) {
    return Names.SKILL.equals(item.kind) || (item.kind == null && !item.foreignCategory);
  }

  private static boolean isCategory(Item item) {
    return Names.CATEGORY.equals(item.kind) || (item.kind == null && item.foreignCategory);
  }

  private String describe(Item item) {
    if (item == null) {
      return "a node outside this package";
    }
    String kind =
        item.kind != null
            ? CaseFormat.type(item.kind).title().toLowerCase(Locale.ROOT)
            : item.foreignCategory ? "category" : "skill";
    return "the " + kind + " '" + item.slug + "' (" + item.path + ")";
  }

  private String ends(Item origin, Item target) {
    return "here from " + describe(origin) + " to " + describe(target);
  }

  private void warn(Association a, String message) {
    issues.warn(a.path, Optional.of(a.identifier), message);
  }

  // ------------------------------------------------------------------------------- scale

  /** The proficiency scale and the behaviours the rubrics give. */
  private static final class Scale {
    final List<Proficiency> steps = new ArrayList<>();
    final List<String> stepPaths = new ArrayList<>();
    final Map<Item, Map<ProficiencyId, String>> behaviours = new LinkedHashMap<>();
    final Map<Item, Map<ProficiencyId, String>> behaviourPaths = new HashMap<>();

    void behaviour(Item skill, ProficiencyId step, String text, String path) {
      behaviours.computeIfAbsent(skill, s -> new LinkedHashMap<>()).put(step, text);
      behaviourPaths.computeIfAbsent(skill, s -> new HashMap<>()).put(step, path);
    }
  }

  private Scale scale() {
    boolean ours =
        criteria.stream().flatMap(c -> c.levels.stream()).anyMatch(level -> level.step.isPresent());
    return ours ? ourScale() : otherScale();
  }

  private Scale ourScale() {
    Scale scale = new Scale();
    for (Criterion criterion : criteria) {
      Item skill = criterion.target.map(byIdentifier::get).orElse(null);
      if (criterion.target.isPresent() && (skill == null || !isSkill(skill))) {
        warnCriterion(
            criterion,
            "a criterion's levels are mapped as behaviours of skills only;"
                + " this one is of "
                + describe(skill));
        continue;
      }
      for (RubricLevel level : criterion.levels) {
        if (level.step.isEmpty()) {
          issues.warn(
              level.path,
              level.identifier,
              "the level names no step of this project's"
                  + " proficiency scale, which the other levels of the package define");
          continue;
        }
        ProficiencyId step = ProficiencyId.of(level.step.get());
        if (skill == null) {
          OptionalInt score = fields.integer(level.node, level.path, "score");
          if (score.isEmpty() && !Fields.has(level.node, "score")) {
            issues.problem(
                Paths.member(level.path, "score"),
                "missing; the score of a step of" + " the proficiency scale is its rank");
          }
          if (score.isPresent()) {
            scale.steps.add(
                Proficiency.builder()
                    .id(step)
                    .name(level.quality.orElse(""))
                    .rank(score.getAsInt())
                    .description(level.description.orElse(""))
                    .build());
            scale.stepPaths.add(level.path);
          }
        } else if (scale.behaviours.getOrDefault(skill, Map.of()).containsKey(step)) {
          issues.warn(
              level.path,
              level.identifier,
              "skill '"
                  + skill.slug
                  + "' already has a"
                  + " behaviour at '"
                  + step
                  + "'; this one is left out");
        } else {
          scale.behaviour(skill, step, level.description.orElse(""), level.path);
        }
      }
    }
    return scale;
  }

  /**
   * Another framework's rubrics: each criterion's levels in order of position give the steps
   * 1, 2, 3 ... of one scale, named by their quality; levels of a criterion of a skill give its
   * behaviours, levels of a criterion of no item the steps' descriptions.
   */
  private Scale otherScale() {
    TreeMap<Integer, String> names = new TreeMap<>();
    TreeMap<Integer, String> descriptions = new TreeMap<>();
    TreeMap<Integer, String> firstPath = new TreeMap<>();
    Map<Item, Map<Integer, RubricLevel>> behaviours = new LinkedHashMap<>();
    for (Criterion criterion : criteria) {
      Item skill = criterion.target.map(byIdentifier::get).orElse(null);
      if (criterion.target.isPresent() && (skill == null || !isSkill(skill))) {
        warnCriterion(
            criterion,
            "a criterion's levels are mapped as behaviours of skills only;"
                + " this one is of "
                + describe(skill));
        continue;
      }
      List<RubricLevel> ordered = new ArrayList<>(criterion.levels);
      ordered.sort(
          Comparator.comparingInt((RubricLevel l) -> l.position.orElse(Integer.MAX_VALUE))
              .thenComparingInt(l -> l.index));
      for (int k = 0; k < ordered.size(); k++) {
        RubricLevel level = ordered.get(k);
        int rank = k + 1;
        firstPath.putIfAbsent(rank, level.path);
        Optional<String> quality = level.quality.filter(text -> !text.isBlank());
        if (quality.isPresent()) {
          String earlier = names.putIfAbsent(rank, quality.get());
          if (earlier != null && !earlier.equals(quality.get())) {
            issues.warn(
                level.path,
                level.identifier,
                "step "
                    + rank
                    + " of the scale is named '"
                    + Issues.quote(earlier)
                    + "' by an earlier criterion; the name '"
                    + Issues.quote(quality.get())
                    + "' is left out");
          }
        }
        Optional<String> text = level.description.filter(t -> !t.isBlank());
        if (skill == null) {
          text.ifPresent(t -> descriptions.putIfAbsent(rank, t));
        } else if (text.isPresent()) {
          RubricLevel earlier =
              behaviours
                  .computeIfAbsent(skill, s -> new LinkedHashMap<>())
                  .putIfAbsent(rank, level);
          if (earlier != null) {
            issues.warn(
                level.path,
                level.identifier,
                "skill '"
                    + skill.slug
                    + "' already has a"
                    + " behaviour at step "
                    + rank
                    + " ("
                    + earlier.path
                    + "); this one is left out");
          }
        }
      }
    }
    Scale scale = new Scale();
    Slugs ids = new Slugs();
    Map<Integer, ProficiencyId> steps = new HashMap<>();
    for (int rank : firstPath.keySet()) {
      String name = names.getOrDefault(rank, "Level " + rank);
      ProficiencyId id = ProficiencyId.of(ids.unique("level-" + rank, name));
      steps.put(rank, id);
      scale.steps.add(
          Proficiency.builder()
              .id(id)
              .name(name)
              .rank(rank)
              .description(descriptions.getOrDefault(rank, ""))
              .build());
      scale.stepPaths.add(firstPath.get(rank));
    }
    behaviours.forEach(
        (skill, levels) ->
            levels.forEach(
                (rank, level) ->
                    scale.behaviour(
                        skill, steps.get(rank), level.description.orElse(""), level.path)));
    return scale;
  }

  private void warnCriterion(Criterion criterion, String message) {
    issues.warn(criterion.path, criterion.identifier, message);
  }

  // ------------------------------------------------------------------------------- elements

  private void elements(Catalogue.Builder catalogue, Scale scale) {
    for (int i = 0; i < scale.steps.size(); i++) {
      catalogue.addProficiency(scale.steps.get(i));
      paths.put("proficiencies[" + i + "]", scale.stepPaths.get(i));
    }
    List<Level> levels = new ArrayList<>();
    List<Family> families = new ArrayList<>();
    List<Category> categories = new ArrayList<>();
    List<Skill> skills = new ArrayList<>();
    List<Responsibility> responsibilities = new ArrayList<>();
    List<Role> roles = new ArrayList<>();
    for (Item item : items) {
      Optional<JsonNode> extension =
          item.kind == null
              ? Optional.empty()
              : ourExtension(item.node, item.path, Optional.of(item.identifier));
      String at = Paths.member(Paths.member(item.path, "extensions"), CaseFormat.EXTENSION);
      Set<String> mapped = new HashSet<>(ITEM_MEMBERS);
      if (item.kind == null) {
        mapped.addAll(Set.of("notes", "listEnumeration"));
        if (item.foreignCategory) {
          paths.put("categories[" + categories.size() + "]", item.path);
          categories.add(
              Category.builder()
                  .id(CategoryId.of(item.slug))
                  .name(item.name)
                  .description(item.description)
                  .build());
        } else {
          mapped.addAll(Set.of("alternativeLabel", "conceptKeywords"));
          skills.add(skill(item, Optional.empty(), at, scale, skills.size()));
        }
        fields.unmapped(item.node, item.path, Optional.of(item.identifier), mapped);
        continue;
      }
      mapped.addAll(Set.of("CFItemType", "CFItemTypeURI", "extensions"));
      switch (item.kind) {
        case Names.LEVEL -> {
          mapped.add("listEnumeration");
          strictExtension(extension, at, Set.of());
          level(item)
              .ifPresent(
                  level -> {
                    paths.put("levels[" + levels.size() + "]", item.path);
                    levels.add(level);
                  });
        }
        case Names.FAMILY -> {
          strictExtension(extension, at, Set.of());
          paths.put("families[" + families.size() + "]", item.path);
          families.add(
              Family.builder()
                  .id(FamilyId.of(item.slug))
                  .name(item.name)
                  .description(item.description)
                  .build());
        }
        case Names.CATEGORY -> {
          strictExtension(extension, at, Set.of());
          paths.put("categories[" + categories.size() + "]", item.path);
          categories.add(
              Category.builder()
                  .id(CategoryId.of(item.slug))
                  .name(item.name)
                  .description(item.description)
                  .build());
        }
        case Names.SKILL -> {
          mapped.add("conceptKeywords");
          strictExtension(extension, at, Set.of("definedAt", "source"));
          skills.add(skill(item, extension, at, scale, skills.size()));
        }
        case Names.RESPONSIBILITY -> {
          strictExtension(extension, at, Set.of("area", "indicators", "source"));
          responsibility(item, extension, at, responsibilities.size())
              .ifPresent(responsibilities::add);
        }
        default -> {
          strictExtension(extension, at, Set.of("family", "collaborators", "source", "groups"));
          role(item, extension, at, roles.size()).ifPresent(roles::add);
        }
      }
      fields.unmapped(item.node, item.path, Optional.of(item.identifier), mapped);
    }
    if (defaultCategory != null) {
      paths.put("categories[" + categories.size() + "]", defaultCategoryPath);
      categories.add(defaultCategory);
    }
    catalogue
        .levels(levels)
        .families(families)
        .categories(categories)
        .skills(skills)
        .responsibilities(responsibilities)
        .roles(roles);
  }

  private void strictExtension(Optional<JsonNode> extension, String path, Set<String> known) {
    extension.ifPresent(node -> fields.strict(node, path, known));
  }

  private Optional<Level> level(Item item) {
    Optional<String> enumeration = fields.text(item.node, item.path, "listEnumeration");
    String at = Paths.member(item.path, "listEnumeration");
    if (enumeration.isEmpty()) {
      if (!Fields.has(item.node, "listEnumeration")) {
        issues.problem(at, "missing; it holds the level's rank on the career ladder");
      }
      return Optional.empty();
    }
    int rank;
    try {
      rank = Integer.parseInt(enumeration.get());
    } catch (NumberFormatException e) {
      issues.problem(
          at,
          "'"
              + Issues.quote(enumeration.get())
              + "' is not a rank; a level's"
              + " listEnumeration is its rank, a whole number such as '3'");
      return Optional.empty();
    }
    return Optional.of(
        Level.builder()
            .id(LevelId.of(item.slug))
            .name(item.name)
            .rank(rank)
            .summary(item.description)
            .build());
  }

  private Skill skill(Item item, Optional<JsonNode> extension, String at, Scale scale, int index) {
    String path = "skills[" + index + "]";
    paths.put(path, item.path);
    Skill.Builder skill =
        Skill.builder().id(SkillId.of(item.slug)).name(item.name).description(item.description);
    List<String> aliases = new ArrayList<>();
    if (item.kind == null) {
      for (String alias :
          new String[] {
            item.code, fields.text(item.node, item.path, "alternativeLabel").orElse(null)
          }) {
        if (alias != null && !alias.isBlank() && !alias.equals(item.name)) {
          aliases.add(alias);
        }
      }
      aliases.addAll(fields.texts(item.node, item.path, "conceptKeywords"));
      skill.aliases(new LinkedHashSet<>(aliases));
      Reference.Builder identity =
          Reference.builder().scheme(CaseFormat.CASE_SCHEME).code(item.identifier);
      fields.text(item.node, item.path, "uri").flatMap(Fields::parseUri).ifPresent(identity::uri);
      skill.addReference(identity.build());
    } else {
      skill.aliases(fields.texts(item.node, item.path, "conceptKeywords"));
    }
    List<Link> parents = sorted(item.parents);
    if (parents.isEmpty()) {
      skill.category(defaultCategory().id());
    } else {
      skill.category(CategoryId.of(parents.get(0).item.slug));
      paths.put(path + ".category", parents.get(0).association.path);
      for (Link extra : parents.subList(1, parents.size())) {
        warn(
            extra.association,
            "skill '"
                + item.slug
                + "' belongs to category '"
                + parents.get(0).item.slug
                + "' ("
                + parents.get(0).association.path
                + "); the model"
                + " gives a skill one category");
      }
    }
    List<Link> references = sorted(item.references);
    int offset = item.kind == null ? 1 : 0;
    for (int k = 0; k < references.size(); k++) {
      skill.addReference(references.get(k).reference);
      paths.put(path + ".references[" + (k + offset) + "]", references.get(k).association.path);
    }
    extension.ifPresent(
        ours -> {
          List<String> steps = fields.texts(ours, at, "definedAt");
          for (int k = 0; k < steps.size(); k++) {
            if (Slugs.isSlug(steps.get(k))) {
              skill.addDefinedAt(ProficiencyId.of(steps.get(k)));
            } else {
              issues.problem(
                  Paths.element(Paths.member(at, "definedAt"), k),
                  Fields.notASlug(steps.get(k), "proficiency"));
            }
          }
          paths.put(path + ".definedAt", Paths.member(at, "definedAt"));
          itemSource(ours, at).ifPresent(skill::source);
        });
    Map<ProficiencyId, String> behaviours = scale.behaviours.getOrDefault(item, Map.of());
    skill.behaviours(behaviours);
    behaviours
        .keySet()
        .forEach(
            step ->
                paths.put(path + ".behaviours." + step, scale.behaviourPaths.get(item).get(step)));
    return skill.build();
  }

  private Category defaultCategory() {
    if (defaultCategory == null) {
      String title =
          fields.text(doc, DOCUMENT, "title").filter(t -> !t.isBlank()).orElse("Uncategorised");
      defaultCategory =
          Category.builder()
              .id(CategoryId.of(categoryIds.unique(Names.CATEGORY, title)))
              .name(title)
              .build();
      defaultCategoryPath = DOCUMENT;
    }
    return defaultCategory;
  }

  private Optional<Responsibility> responsibility(
      Item item, Optional<JsonNode> extension, String at, int index) {
    String path = "responsibilities[" + index + "]";
    paths.put(path, item.path);
    Optional<String> area = extension.flatMap(ours -> fields.text(ours, at, "area"));
    if (area.isEmpty()) {
      if (extension.isEmpty() || !Fields.has(extension.get(), "area")) {
        issues.problem(
            extension.isPresent() ? Paths.member(at, "area") : item.path,
            "a"
                + " responsibility needs its area, in extensions."
                + CaseFormat.EXTENSION
                + ".area");
      }
      return Optional.empty();
    }
    Responsibility.Builder responsibility =
        Responsibility.builder()
            .id(ResponsibilityId.of(item.slug))
            .title(item.name)
            .description(item.description)
            .area(area.get());
    JsonNode ours = extension.get();
    responsibility.indicators(fields.texts(ours, at, "indicators"));
    itemSource(ours, at).ifPresent(responsibility::source);
    List<Link> skills = sorted(item.skills);
    for (int k = 0; k < skills.size(); k++) {
      responsibility.addSkill(SkillId.of(skills.get(k).item.slug));
      paths.put(path + ".skills[" + k + "]", skills.get(k).association.path);
    }
    return Optional.of(responsibility.build());
  }

  /**
   * Builds a role's choice groups from the role's extension (what each group asks) and the
   * options' associations, which name their group.
   */
  private boolean groups(
      Role.Builder role,
      Optional<JsonNode> extension,
      String at,
      String path,
      Map<String, List<Link>> options) {
    String list = Paths.member(at, "groups");
    JsonNode described = extension.map(ours -> ours.get("groups")).orElse(null);
    Set<String> declared = new HashSet<>();
    boolean complete = true;
    if (described != null && !described.isArray()) {
      issues.problem(list, "must be a list of choice groups");
      return false;
    }
    for (int g = 0; described != null && g < described.size(); g++) {
      JsonNode node = described.get(g);
      String here = list + "[" + g + "]";
      if (!node.isObject()) {
        issues.problem(here, "must be an object describing a choice group");
        complete = false;
        continue;
      }
      fields.strict(node, here, Set.of("id", "title", "atLeast", "importance", "weight", "note"));
      Optional<String> id = fields.slug(node, here, "id", "group");
      Optional<String> title = fields.text(node, here, "title");
      OptionalInt atLeast = fields.integer(node, here, "atLeast");
      if (id.isEmpty() || title.isEmpty() || atLeast.isEmpty()) {
        issues.problem(here, "a choice group needs its id, title and atLeast");
        complete = false;
        continue;
      }
      declared.add(id.get());
      ChoiceGroup.Builder group =
          ChoiceGroup.builder()
              .id(GroupId.of(id.get()))
              .title(title.get())
              .atLeast(atLeast.getAsInt())
              .note(fields.text(node, here, "note").orElse(""));
      Optional<String> importance = fields.text(node, here, "importance");
      if (importance.isPresent() && importance.get().equals(Importance.OPTIONAL.label())) {
        group.importance(Importance.OPTIONAL);
      } else if (importance.isPresent() && !importance.get().equals(Importance.ESSENTIAL.label())) {
        issues.problem(
            Paths.member(here, "importance"),
            "'"
                + Issues.quote(importance.get())
                + "' is not an importance; use 'essential' or 'optional'");
      }
      OptionalDouble weight = fields.number(node, here, "weight");
      if (weight.isPresent()) {
        group.weight(weight.getAsDouble());
      }
      List<Link> links = options.getOrDefault(id.get(), List.of());
      String groupPath = path + ".groups[" + g + "]";
      paths.put(groupPath, here);
      for (int k = 0; k < links.size(); k++) {
        group.addOption(links.get(k).requirement);
        paths.put(groupPath + ".options[" + k + "]", links.get(k).association.path);
      }
      role.addGroup(group.build());
    }
    for (Map.Entry<String, List<Link>> entry : options.entrySet()) {
      if (!declared.contains(entry.getKey())) {
        issues.problem(
            entry.getValue().get(0).association.path,
            "names the choice group '"
                + Issues.quote(entry.getKey())
                + "', which the role's extension does not describe");
        complete = false;
      }
    }
    return complete;
  }

  private Optional<Role> role(Item item, Optional<JsonNode> extension, String at, int index) {
    String path = "roles[" + index + "]";
    paths.put(path, item.path);
    Role.Builder role =
        Role.builder().id(RoleId.of(item.slug)).title(item.name).summary(item.description);
    boolean complete = true;
    List<Link> families = sorted(item.parents);
    Optional<String> family = extension.flatMap(ours -> fields.slug(ours, at, "family", "family"));
    if (!families.isEmpty()) {
      role.family(FamilyId.of(families.get(0).item.slug));
      paths.put(path + ".family", families.get(0).association.path);
      extras(families, "family", item);
    } else if (family.isPresent()) {
      role.family(FamilyId.of(family.get()));
      paths.put(path + ".family", Paths.member(at, "family"));
    } else {
      issues.problem(
          item.path,
          "a role needs a family: an isChildOf association to a role"
              + " family item, or extensions."
              + CaseFormat.EXTENSION
              + ".family");
      complete = false;
    }
    List<Link> levels = sorted(item.levels);
    if (levels.isEmpty()) {
      issues.problem(
          item.path,
          "a role needs a level: an isRelatedTo association to a career" + " level item");
      complete = false;
    } else {
      role.level(LevelId.of(levels.get(0).item.slug));
      paths.put(path + ".level", levels.get(0).association.path);
      extras(levels, "level", item);
    }
    extension.ifPresent(
        ours -> {
          role.collaborators(fields.texts(ours, at, "collaborators"));
          itemSource(ours, at).ifPresent(role::source);
        });
    List<Link> responsibilities = sorted(item.responsibilities);
    for (int k = 0; k < responsibilities.size(); k++) {
      role.addResponsibility(ResponsibilityId.of(responsibilities.get(k).item.slug));
      paths.put(path + ".responsibilities[" + k + "]", responsibilities.get(k).association.path);
    }
    List<Link> requirements = new ArrayList<>();
    Map<String, List<Link>> options = new LinkedHashMap<>();
    for (Link link : sorted(item.requirements)) {
      String group = groupOf.get(link.association.index);
      if (group == null) {
        requirements.add(link);
      } else {
        options.computeIfAbsent(group, g -> new ArrayList<>()).add(link);
      }
    }
    for (int k = 0; k < requirements.size(); k++) {
      role.addRequirement(requirements.get(k).requirement);
      paths.put(path + ".requirements[" + k + "]", requirements.get(k).association.path);
    }
    if (extension.isPresent() || !options.isEmpty()) {
      complete &= groups(role, extension, at, path, options);
    }
    List<Link> next = sorted(item.next);
    for (int k = 0; k < next.size(); k++) {
      role.addProgressesTo(RoleId.of(next.get(k).item.slug));
      paths.put(path + ".progressesTo[" + k + "]", next.get(k).association.path);
    }
    List<Link> references = sorted(item.references);
    for (int k = 0; k < references.size(); k++) {
      role.addReference(references.get(k).reference);
      paths.put(path + ".references[" + k + "]", references.get(k).association.path);
    }
    return complete ? Optional.of(role.build()) : Optional.empty();
  }

  private void extras(List<Link> links, String what, Item item) {
    for (Link extra : links.subList(1, links.size())) {
      warn(
          extra.association,
          "role '"
              + item.slug
              + "' already has a "
              + what
              + " ("
              + links.get(0).association.path
              + "); the model gives a role one "
              + what);
    }
  }

  /** Links in the order of their sequence numbers, then of the associations. */
  private static List<Link> sorted(List<Link> links) {
    List<Link> sorted = new ArrayList<>(links);
    sorted.sort(
        Comparator.comparingInt((Link l) -> l.association.sequence.orElse(Integer.MAX_VALUE))
            .thenComparingInt(l -> l.association.index));
    return sorted;
  }

  // ------------------------------------------------------------------------------- records

  /** A CFItem and what the associations say about it. */
  private static final class Item {
    final String path;
    final String identifier;
    final JsonNode node;
    String kind;
    boolean foreignCategory;
    String slug;
    String name;
    String description;
    String code;
    final List<Link> parents = new ArrayList<>();
    final List<Link> levels = new ArrayList<>();
    final List<Link> responsibilities = new ArrayList<>();
    final List<Link> requirements = new ArrayList<>();
    final List<Link> next = new ArrayList<>();
    final List<Link> references = new ArrayList<>();
    final List<Link> skills = new ArrayList<>();

    Item(String path, String identifier, JsonNode node) {
      this.path = path;
      this.identifier = identifier;
      this.node = node;
    }
  }

  /** A CFAssociation, with the identifiers of the nodes it links. */
  private record Association(
      int index,
      String path,
      String identifier,
      String type,
      String origin,
      String destination,
      OptionalInt sequence,
      JsonNode node) {}

  /** What an association contributes: an item, a requirement or a reference. */
  private record Link(
      Association association, Item item, Requirement requirement, Reference reference) {

    Link(Association association, Item item) {
      this(association, item, null, null);
    }

    Link(Association association, Requirement requirement) {
      this(association, null, requirement, null);
    }

    Link(Association association, Reference reference) {
      this(association, null, null, reference);
    }
  }

  /** A criterion of a rubric, with the item it is about, if any. */
  private static final class Criterion {
    final String path;
    final Optional<String> target;
    final Optional<String> identifier;
    final List<RubricLevel> levels = new ArrayList<>();

    Criterion(String path, Optional<String> target, Optional<String> identifier) {
      this.path = path;
      this.target = target;
      this.identifier = identifier;
    }
  }

  /** A level of a rubric criterion. */
  private record RubricLevel(
      String path,
      int index,
      JsonNode node,
      Optional<String> identifier,
      Optional<String> quality,
      Optional<String> description,
      OptionalInt position,
      Optional<String> step) {}
}
