package io.github.competency.interchange.internal;

import io.github.competency.core.internal.json.Field;
import io.github.competency.core.internal.json.Kind;
import io.github.competency.core.internal.json.Shape;
import io.github.competency.core.internal.json.Span;
import io.github.competency.interchange.internal.CaseFormat.ItemType;
import io.github.competency.interchange.internal.CasePackage.Association;
import io.github.competency.interchange.internal.CasePackage.Criterion;
import io.github.competency.interchange.internal.CasePackage.Document;
import io.github.competency.interchange.internal.CasePackage.Extensions;
import io.github.competency.interchange.internal.CasePackage.Item;
import io.github.competency.interchange.internal.CasePackage.Link;
import io.github.competency.interchange.internal.CasePackage.Members;
import io.github.competency.interchange.internal.CasePackage.Rubric;
import io.github.competency.interchange.internal.CasePackage.RubricLevel;
import io.github.competency.interchange.internal.Lenient.Indexed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The first phase of a CASE import: streams the package once, keeping of each record only what
 * the mapping uses ({@link CasePackage}), so that memory follows what the catalogue will hold
 * rather than the size of the JSON; values of the wrong type are problems at their paths. A
 * record whose identifier an earlier record of its collection has, or an item with the
 * CFDocument's identifier, is left out with a warning. Not thread-safe; one per import.
 */
final class PackageReader {

  /** The most names of unknown members kept per record. */
  static final int MAX_UNKNOWN = 4;

  /**
   * The memory an item is taken to cost: the record, and the skill it may become with its id,
   * reference and name, which the streaming reads' memory budget counts.
   */
  private static final int ITEM_COST = 768;

  private static final int ASSOCIATION_COST = 192;
  private static final int LEVEL_COST = 256;
  private static final int SMALL_COST = 128;

  private final Issues issues;
  private final Map<String, Item> items = new LinkedHashMap<>();
  private final Map<String, Association> associations = new LinkedHashMap<>();
  private final Map<String, String> concepts = new HashMap<>();
  private final List<Rubric> rubrics = new ArrayList<>();
  private String firstLanguage;

  private PackageReader(Issues issues) {
    this.issues = issues;
  }

  /** Reads the package of a document; its problems are thrown, at their CASE paths. */
  static CasePackage read(Issues issues) {
    PackageReader reader = new PackageReader(issues);
    PackageBuilder root = new PackageBuilder();
    issues.reader().readDocument(reader.packageShape(), root);
    return reader.finish(root);
  }

  // ------------------------------------------------------------------------------- records

  /** What every record's builder collects: the members it has, and the unknown ones. */
  private abstract static class Builder {
    long present;
    List<String> unknown = List.of();

    void unknown(String name) {
      if (unknown.isEmpty()) {
        unknown = new ArrayList<>(2);
      }
      if (unknown.size() < MAX_UNKNOWN) {
        unknown.add(name);
      } else if (unknown.size() == MAX_UNKNOWN) {
        unknown.add("...");
      }
    }
  }

  /** The fields of a record's shape, each noting in the builder that the record has it. */
  private static final class Spec<B extends Builder> {
    private final List<Field<B, B, ?>> fields = new ArrayList<>();

    <T> Spec<B> member(String name, Kind<T> kind, BiConsumer<B, T> into) {
      fields.add(Field.optional(name, kind, into, b -> null));
      return this;
    }

    /** A member whose value the mapping does not use. */
    Spec<B> known(String name) {
      return member(name, Lenient.FILLED, (b, v) -> {});
    }

    @SuppressWarnings("unchecked")
    Shape<B, B> shape(String noun, Supplier<B> make) {
      Class<B> type = (Class<B>) make.get().getClass();
      return Shape.of(type, noun, "a", make, b -> b, fields)
          .lenient(Builder::unknown)
          .noting((b, index) -> b.present |= 1L << index);
    }
  }

  /** Tells whether a record has a member, valid or not. */
  private static boolean has(Shape<?, ?> shape, Builder b, String name) {
    List<? extends Field<?, ?, ?>> fields = shape.fields();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(name)) {
        return (b.present & (1L << i)) != 0;
      }
    }
    return false;
  }

  private static Members members(Shape<?, ?> shape, Builder b) {
    return new Members(
        shape.fields().stream().map(Field::name).toList(), b.present, List.copyOf(b.unknown));
  }

  private static final class LinkBuilder extends Builder {
    String identifier;
    String title;
    String uri;

    Link link() {
      return identifier == null ? null : new Link(identifier, title, uri);
    }
  }

  /** A link as associations and criteria have it: the identifier, and the node's uri. */
  private static final Shape<LinkBuilder, LinkBuilder> LINK =
      new Spec<LinkBuilder>()
          .member("identifier", Lenient.TEXT, (b, v) -> b.identifier = v)
          .known("title")
          .member("uri", Lenient.TEXT, (b, v) -> b.uri = v)
          .known("targetType")
          .shape("link to a node", LinkBuilder::new);

  /** A link whose title the mapping uses: an item's concept. */
  private static final Shape<LinkBuilder, LinkBuilder> TITLED =
      new Spec<LinkBuilder>()
          .member("identifier", Lenient.TEXT, (b, v) -> b.identifier = v)
          .member("title", Lenient.TEXT, (b, v) -> b.title = v)
          .known("uri")
          .shape("link to a node", LinkBuilder::new);

  /** A link of which the mapping uses the identifier alone: an item's type. */
  private static final Shape<LinkBuilder, LinkBuilder> IDENTIFIED =
      new Spec<LinkBuilder>()
          .member("identifier", Lenient.TEXT, (b, v) -> b.identifier = v)
          .known("title")
          .known("uri")
          .shape("link to a node", LinkBuilder::new);

  private static final class ExtensionsBuilder extends Builder {
    Span ours;

    Extensions extensions() {
      return new Extensions(ours, List.copyOf(unknown));
    }
  }

  private static final Shape<ExtensionsBuilder, ExtensionsBuilder> EXTENSIONS =
      new Spec<ExtensionsBuilder>()
          .member(CaseFormat.EXTENSION, Lenient.SPAN, (b, v) -> b.ours = v)
          .shape("extensions object", ExtensionsBuilder::new);

  private static final class DocumentBuilder extends Builder {
    String identifier;
    String title;
    String description;
    String version;
    String language;
    String publisher;
    String creator;
    String official;
    String lastChange;
    ExtensionsBuilder extensions;
  }

  private static final Shape<DocumentBuilder, DocumentBuilder> DOCUMENT =
      new Spec<DocumentBuilder>()
          .member("identifier", Lenient.TEXT, (b, v) -> b.identifier = v)
          .known("uri")
          .member("title", Lenient.TEXT, (b, v) -> b.title = v)
          .member("lastChangeDateTime", Lenient.TEXT, (b, v) -> b.lastChange = v)
          .member("officialSourceURL", Lenient.TEXT, (b, v) -> b.official = v)
          .member("publisher", Lenient.TEXT, (b, v) -> b.publisher = v)
          .member("creator", Lenient.TEXT, (b, v) -> b.creator = v)
          .member("description", Lenient.TEXT, (b, v) -> b.description = v)
          .member("language", Lenient.TEXT, (b, v) -> b.language = v)
          .member("version", Lenient.TEXT, (b, v) -> b.version = v)
          .known("caseVersion")
          .known("CFPackageURI")
          .known("notes")
          .member("extensions", Lenient.object(EXTENSIONS), (b, v) -> b.extensions = v)
          .shape("CFDocument", DocumentBuilder::new);

  private static final class ItemBuilder extends Builder {
    String identifier;
    String full;
    String abbreviated;
    String code;
    String label;
    List<String> keywords = List.of();
    String notes;
    String language;
    String enumeration;
    String uri;
    LinkBuilder type;
    LinkBuilder concept;
    ExtensionsBuilder extensions;
  }

  private static final Shape<ItemBuilder, ItemBuilder> ITEM =
      new Spec<ItemBuilder>()
          .member("identifier", Lenient.TEXT, (b, v) -> b.identifier = v)
          .member("uri", Lenient.TEXT, (b, v) -> b.uri = v)
          .member("fullStatement", Lenient.TEXT, (b, v) -> b.full = v)
          .member("abbreviatedStatement", Lenient.TEXT, (b, v) -> b.abbreviated = v)
          .member("humanCodingScheme", Lenient.TEXT, (b, v) -> b.code = v)
          .member("alternativeLabel", Lenient.TEXT, (b, v) -> b.label = v)
          .member("listEnumeration", Lenient.TEXT, (b, v) -> b.enumeration = v)
          .member("conceptKeywords", Lenient.TEXTS, (b, v) -> b.keywords = v)
          .member("conceptKeywordsURI", Lenient.object(TITLED), (b, v) -> b.concept = v)
          .member("notes", Lenient.TEXT, (b, v) -> b.notes = v)
          .member("language", Lenient.TEXT, (b, v) -> b.language = v)
          .known("CFItemType")
          .member("CFItemTypeURI", Lenient.object(IDENTIFIED), (b, v) -> b.type = v)
          .known("lastChangeDateTime")
          .known("CFDocumentURI")
          .known("CFItemAssociationURI")
          .member("extensions", Lenient.object(EXTENSIONS), (b, v) -> b.extensions = v)
          .shape("CFItem", ItemBuilder::new);

  private static final class AssociationBuilder extends Builder {
    String identifier;
    String type;
    Integer sequence;
    LinkBuilder origin;
    LinkBuilder destination;
    ExtensionsBuilder extensions;
  }

  private static final Shape<AssociationBuilder, AssociationBuilder> ASSOCIATION =
      new Spec<AssociationBuilder>()
          .member("identifier", Lenient.TEXT, (b, v) -> b.identifier = v)
          .member("associationType", Lenient.TEXT, (b, v) -> b.type = v)
          .member("sequenceNumber", Lenient.SEQUENCE, (b, v) -> b.sequence = v)
          .known("uri")
          .member("originNodeURI", Lenient.object(LINK), (b, v) -> b.origin = v)
          .member("destinationNodeURI", Lenient.object(LINK), (b, v) -> b.destination = v)
          .known("lastChangeDateTime")
          .known("CFDocumentURI")
          .known("CFAssociationGroupingURI")
          .known("notes")
          .member("extensions", Lenient.object(EXTENSIONS), (b, v) -> b.extensions = v)
          .shape("CFAssociation", AssociationBuilder::new);

  private static final class LevelBuilder extends Builder {
    String identifier;
    String description;
    String quality;
    Double score;
    Integer position;
  }

  private static final Shape<LevelBuilder, LevelBuilder> LEVEL =
      new Spec<LevelBuilder>()
          .member("identifier", Lenient.TEXT, (b, v) -> b.identifier = v)
          .member("description", Lenient.TEXT, (b, v) -> b.description = v)
          .member("quality", Lenient.TEXT, (b, v) -> b.quality = v)
          .member("score", Lenient.NUMBER, (b, v) -> b.score = v)
          .member("position", Lenient.INTEGER, (b, v) -> b.position = v)
          .shape("CFRubricCriterionLevel", LevelBuilder::new)
          .lenient((b, name) -> {});

  private static final class CriterionBuilder extends Builder {
    String identifier;
    LinkBuilder item;
    List<Indexed<LevelBuilder>> levels = List.of();
  }

  private static final Shape<CriterionBuilder, CriterionBuilder> CRITERION =
      new Spec<CriterionBuilder>()
          .member("identifier", Lenient.TEXT, (b, v) -> b.identifier = v)
          .member("CFItemURI", Lenient.object(IDENTIFIED), (b, v) -> b.item = v)
          .member(
              "CFRubricCriterionLevels", Lenient.indexed(LEVEL, LEVEL_COST), (b, v) -> b.levels = v)
          .shape("CFRubricCriterion", CriterionBuilder::new)
          .lenient((b, name) -> {});

  private static final class RubricBuilder extends Builder {
    String identifier;
    List<Indexed<CriterionBuilder>> criteria = List.of();
  }

  private static final Shape<RubricBuilder, RubricBuilder> RUBRIC =
      new Spec<RubricBuilder>()
          .member("identifier", Lenient.TEXT, (b, v) -> b.identifier = v)
          .member(
              "CFRubricCriteria", Lenient.indexed(CRITERION, SMALL_COST), (b, v) -> b.criteria = v)
          .shape("CFRubric", RubricBuilder::new)
          .lenient((b, name) -> {});

  private static final class ConceptBuilder extends Builder {
    String identifier;
    String title;
  }

  private static final Shape<ConceptBuilder, ConceptBuilder> CONCEPT =
      new Spec<ConceptBuilder>()
          .member("identifier", Lenient.TEXT, (b, v) -> b.identifier = v)
          .member("title", Lenient.TEXT, (b, v) -> b.title = v)
          .shape("CFConcept", ConceptBuilder::new)
          .lenient((b, name) -> {});

  private static final class DefinitionsBuilder extends Builder {}

  private static final class PackageBuilder extends Builder {
    DocumentBuilder document;
  }

  // ------------------------------------------------------------------------------- reading

  /** The package's shape, whose arrays hand each record to this reader as it is read. */
  private Shape<PackageBuilder, PackageBuilder> packageShape() {
    Shape<DefinitionsBuilder, DefinitionsBuilder> definitions =
        new Spec<DefinitionsBuilder>()
            .member(
                "CFConcepts", Lenient.each(CONCEPT, SMALL_COST, (c, k) -> concept(c)), (b, v) -> {})
            .shape("CFDefinitions", DefinitionsBuilder::new)
            .lenient((b, name) -> {});
    return new Spec<PackageBuilder>()
        .member(CasePackage.DOCUMENT, Lenient.object(DOCUMENT), (b, v) -> b.document = v)
        .member("CFItems", Lenient.each(ITEM, ITEM_COST, this::item), (b, v) -> {})
        .member(
            "CFAssociations",
            Lenient.each(ASSOCIATION, ASSOCIATION_COST, this::association),
            (b, v) -> {})
        .member("CFDefinitions", Lenient.object(definitions), (b, v) -> {})
        .member("CFRubrics", Lenient.each(RUBRIC, SMALL_COST, this::rubric), (b, v) -> {})
        .shape("CASE package", PackageBuilder::new);
  }

  private void concept(ConceptBuilder b) {
    if (b.identifier != null && b.title != null) {
      concepts.putIfAbsent(b.identifier, b.title);
    }
  }

  private void item(ItemBuilder b, int index) {
    String path = "CFItems[" + index + "]";
    if (!identified(b, b.identifier, path)) {
      return;
    }
    Item earlier = items.get(b.identifier);
    if (earlier != null) {
      repeated(path, b.identifier, earlier.path(), "CFItem");
      return;
    }
    if (firstLanguage == null && b.language != null) {
      firstLanguage = b.language;
    }
    items.put(
        b.identifier,
        new Item(
            items.size(),
            index,
            b.identifier,
            typeOf(b.type),
            b.full,
            b.abbreviated,
            b.code,
            b.label,
            b.keywords,
            b.notes,
            b.enumeration,
            b.uri,
            b.concept == null ? null : b.concept.link(),
            b.extensions == null ? null : b.extensions.extensions(),
            members(ITEM, b)));
  }

  private void association(AssociationBuilder b, int index) {
    String path = "CFAssociations[" + index + "]";
    boolean complete = identified(b, b.identifier, path);
    if (b.type == null) {
      if (!has(ASSOCIATION, b, "associationType")) {
        issues.problem(path + ".associationType", "missing; it says how the two nodes relate");
      }
      complete = false;
    }
    complete &= node(b, b.origin, path, "originNodeURI");
    complete &= node(b, b.destination, path, "destinationNodeURI");
    if (!complete) {
      return;
    }
    Association earlier = associations.get(b.identifier);
    if (earlier != null) {
      repeated(path, b.identifier, earlier.path(), "CFAssociation");
      return;
    }
    associations.put(
        b.identifier,
        new Association(
            associations.size(),
            index,
            b.identifier,
            b.type,
            b.sequence,
            b.origin.link(),
            b.destination.link(),
            b.extensions == null ? null : b.extensions.extensions(),
            members(ASSOCIATION, b)));
  }

  /** Checks the link to a node of an association. */
  private boolean node(Builder record, LinkBuilder link, String path, String name) {
    if (link == null) {
      if (!has(ASSOCIATION, record, name)) {
        issues.problem(path + "." + name, "missing; an association links two nodes");
      }
      return false;
    }
    return identified(link, link.identifier, path + "." + name);
  }

  private void rubric(RubricBuilder b, int index) {
    String path = "CFRubrics[" + index + "]";
    List<Criterion> criteria = new ArrayList<>(b.criteria.size());
    for (Indexed<CriterionBuilder> c : b.criteria) {
      String at = path + ".CFRubricCriteria[" + c.index() + "]";
      CriterionBuilder criterion = c.value();
      String item = null;
      if (criterion.item != null
          && identified(criterion.item, criterion.item.identifier, at + ".CFItemURI")) {
        item = criterion.item.identifier;
      }
      List<RubricLevel> levels = new ArrayList<>(criterion.levels.size());
      for (Indexed<LevelBuilder> l : criterion.levels) {
        LevelBuilder level = l.value();
        levels.add(
            new RubricLevel(
                at + ".CFRubricCriterionLevels[" + l.index() + "]",
                l.index(),
                level.identifier,
                level.description,
                level.quality,
                level.score,
                level.position));
      }
      criteria.add(new Criterion(at, criterion.identifier, item, levels));
    }
    rubrics.add(new Rubric(index, b.identifier, criteria));
  }

  /** Checks that a record has an identifier that is not blank. */
  private boolean identified(Builder record, String identifier, String path) {
    if (identifier == null) {
      if ((record.present & 1) == 0) { // every record's shape has the identifier first
        issues.problem(path + ".identifier", "missing; every CASE record has an identifier");
      }
      return false;
    }
    if (identifier.isBlank()) {
      issues.problem(path + ".identifier", "must not be blank");
      return false;
    }
    return true;
  }

  private void repeated(String path, String identifier, String earlier, String what) {
    issues.warn(
        path,
        Optional.of(identifier),
        "identifier '"
            + Issues.quote(identifier)
            + "' is already "
            + earlier
            + "'s; this "
            + what
            + " is left out");
  }

  private CasePackage finish(PackageBuilder root) {
    Document document = null;
    DocumentBuilder d = root.document;
    if (d == null) {
      boolean broken =
          issues.reader().problems().stream()
              .anyMatch(p -> p.path().startsWith(CasePackage.DOCUMENT) || p.path().equals("$"));
      if (!broken) {
        issues.problem(
            CasePackage.DOCUMENT, "missing; a CASE package has one CFDocument, the framework");
      }
    } else {
      identified(d, d.identifier, CasePackage.DOCUMENT);
      if (d.title == null && !has(DOCUMENT, d, "title")) {
        issues.problem(
            CasePackage.DOCUMENT + ".title",
            "missing; the framework's title is the catalogue's title");
      } else if (d.title != null && d.title.isBlank()) {
        issues.problem(
            CasePackage.DOCUMENT + ".title",
            "must not be blank; the framework's title is the catalogue's title");
      }
      document =
          new Document(
              d.identifier,
              d.title,
              d.description,
              d.version,
              d.language,
              d.publisher,
              d.creator,
              d.official,
              d.lastChange,
              d.extensions == null ? null : d.extensions.extensions(),
              members(DOCUMENT, d));
    }
    if (!root.unknown.isEmpty()) {
      issues.warn("$", Optional.empty(), "not mapped: " + String.join(", ", sorted(root.unknown)));
    }
    issues.failIfProblems();
    if (document != null && document.identifier() != null) {
      Item same = items.remove(document.identifier());
      if (same != null) {
        issues.warn(
            same.path(),
            same.id(),
            "identifier '"
                + Issues.quote(same.identifier())
                + "' is the CFDocument's; this CFItem is left out");
      }
    }
    List<Item> kept = new ArrayList<>(items.size());
    for (Item item : items.values()) {
      if (item.ordinal() == kept.size()) {
        kept.add(item);
      } else {
        kept.add(renumbered(item, kept.size()));
        items.put(item.identifier(), kept.get(kept.size() - 1));
      }
    }
    List<Association> links = List.copyOf(associations.values());
    List<Item> origins = new ArrayList<>(links.size());
    List<Item> destinations = new ArrayList<>(links.size());
    for (Association a : links) {
      origins.add(items.get(a.origin().identifier()));
      destinations.add(items.get(a.destination().identifier()));
    }
    return new CasePackage(
        document,
        Collections.unmodifiableList(kept),
        Collections.unmodifiableMap(items),
        links,
        List.copyOf(rubrics),
        Map.copyOf(concepts),
        firstLanguage,
        Collections.unmodifiableList(origins),
        Collections.unmodifiableList(destinations));
  }

  /** An item at another place in the list, after an item before it was left out. */
  private static Item renumbered(Item item, int ordinal) {
    return new Item(
        ordinal,
        item.index(),
        item.identifier(),
        item.type(),
        item.fullStatement(),
        item.abbreviatedStatement(),
        item.code(),
        item.alternativeLabel(),
        item.keywords(),
        item.notes(),
        item.listEnumeration(),
        item.uri(),
        item.concept(),
        item.extensions(),
        item.members());
  }

  private static List<String> sorted(List<String> names) {
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(null);
    return sorted;
  }

  private static ItemType typeOf(LinkBuilder link) {
    return link == null ? null : ItemType.of(link.identifier);
  }
}
