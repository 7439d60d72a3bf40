package io.github.competency.interchange.internal;

import static io.github.competency.interchange.internal.CaseRecords.ASSOCIATION;
import static io.github.competency.interchange.internal.CaseRecords.ASSOCIATION_COST;
import static io.github.competency.interchange.internal.CaseRecords.CONCEPT;
import static io.github.competency.interchange.internal.CaseRecords.DOCUMENT;
import static io.github.competency.interchange.internal.CaseRecords.ITEM;
import static io.github.competency.interchange.internal.CaseRecords.ITEM_COST;
import static io.github.competency.interchange.internal.CaseRecords.RUBRIC;
import static io.github.competency.interchange.internal.CaseRecords.SMALL_COST;

import io.github.competency.core.internal.json.Shape;
import io.github.competency.interchange.internal.CaseFormat.ItemType;
import io.github.competency.interchange.internal.CasePackage.Association;
import io.github.competency.interchange.internal.CasePackage.Criterion;
import io.github.competency.interchange.internal.CasePackage.Document;
import io.github.competency.interchange.internal.CasePackage.Item;
import io.github.competency.interchange.internal.CasePackage.Rubric;
import io.github.competency.interchange.internal.CasePackage.RubricLevel;
import io.github.competency.interchange.internal.CaseRecords.AssociationBuilder;
import io.github.competency.interchange.internal.CaseRecords.Builder;
import io.github.competency.interchange.internal.CaseRecords.ConceptBuilder;
import io.github.competency.interchange.internal.CaseRecords.CriterionBuilder;
import io.github.competency.interchange.internal.CaseRecords.DefinitionsBuilder;
import io.github.competency.interchange.internal.CaseRecords.DocumentBuilder;
import io.github.competency.interchange.internal.CaseRecords.ItemBuilder;
import io.github.competency.interchange.internal.CaseRecords.LevelBuilder;
import io.github.competency.interchange.internal.CaseRecords.LinkBuilder;
import io.github.competency.interchange.internal.CaseRecords.PackageBuilder;
import io.github.competency.interchange.internal.CaseRecords.RubricBuilder;
import io.github.competency.interchange.internal.CaseRecords.Spec;
import io.github.competency.interchange.internal.Lenient.Indexed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first phase of a CASE import: streams the package once, keeping of each record only what
 * the mapping uses ({@link CasePackage}), so that memory follows what the catalogue will hold
 * rather than the size of the JSON; values of the wrong type are problems at their paths. A
 * record whose identifier an earlier record of its collection has, or an item with the
 * CFDocument's identifier, is left out with a warning. Not thread-safe; one per import.
 */
final class PackageReader {

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
            CaseRecords.members(ITEM, b)));
  }

  private void association(AssociationBuilder b, int index) {
    String path = "CFAssociations[" + index + "]";
    boolean complete = identified(b, b.identifier, path);
    if (b.type == null) {
      if (!CaseRecords.has(ASSOCIATION, b, "associationType")) {
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
            CaseRecords.members(ASSOCIATION, b)));
  }

  /** Checks the link to a node of an association. */
  private boolean node(Builder record, LinkBuilder link, String path, String name) {
    if (link == null) {
      if (!CaseRecords.has(ASSOCIATION, record, name)) {
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
      if (d.title == null && !CaseRecords.has(DOCUMENT, d, "title")) {
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
              CaseRecords.members(DOCUMENT, d));
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
