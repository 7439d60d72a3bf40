package io.github.competency.interchange.internal;

import io.github.competency.core.internal.json.Field;
import io.github.competency.core.internal.json.Kind;
import io.github.competency.core.internal.json.Shape;
import io.github.competency.core.internal.json.Span;
import io.github.competency.interchange.internal.CasePackage.Extensions;
import io.github.competency.interchange.internal.CasePackage.Link;
import io.github.competency.interchange.internal.CasePackage.Members;
import io.github.competency.interchange.internal.Lenient.Indexed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The vocabulary of CASE records as the first phase of an import reads them ({@link
 * PackageReader}): for each record, a builder of what the mapping uses and a lenient shape of
 * the core's engine that fills it, noting which members the record has (valid or not) and the
 * names of those no shape knows; and what each record is taken to cost in memory.
 */
final class CaseRecords {

  /** The most names of unknown members kept per record. */
  static final int MAX_UNKNOWN = 4;

  /**
   * The memory an item is taken to cost: the record, and the skill it may become with its id,
   * reference and name, which the streaming reads' memory budget counts.
   */
  static final int ITEM_COST = 768;

  static final int ASSOCIATION_COST = 192;
  static final int LEVEL_COST = 256;
  static final int SMALL_COST = 128;

  /** What every record's builder collects: the members it has, and the unknown ones. */
  abstract static class Builder {
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
  static final class Spec<B extends Builder> {
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
  static boolean has(Shape<?, ?> shape, Builder b, String name) {
    List<? extends Field<?, ?, ?>> fields = shape.fields();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(name)) {
        return (b.present & (1L << i)) != 0;
      }
    }
    return false;
  }

  static Members members(Shape<?, ?> shape, Builder b) {
    return new Members(
        shape.fields().stream().map(Field::name).toList(), b.present, List.copyOf(b.unknown));
  }

  static final class LinkBuilder extends Builder {
    String identifier;
    String title;
    String uri;

    Link link() {
      return identifier == null ? null : new Link(identifier, title, uri);
    }
  }

  /** A link as associations and criteria have it: the identifier, and the node's uri. */
  static final Shape<LinkBuilder, LinkBuilder> LINK =
      new Spec<LinkBuilder>()
          .member("identifier", Lenient.TEXT, (b, v) -> b.identifier = v)
          .known("title")
          .member("uri", Lenient.TEXT, (b, v) -> b.uri = v)
          .known("targetType")
          .shape("link to a node", LinkBuilder::new);

  /** A link whose title the mapping uses: an item's concept. */
  static final Shape<LinkBuilder, LinkBuilder> TITLED =
      new Spec<LinkBuilder>()
          .member("identifier", Lenient.TEXT, (b, v) -> b.identifier = v)
          .member("title", Lenient.TEXT, (b, v) -> b.title = v)
          .known("uri")
          .shape("link to a node", LinkBuilder::new);

  /** A link of which the mapping uses the identifier alone: an item's type. */
  static final Shape<LinkBuilder, LinkBuilder> IDENTIFIED =
      new Spec<LinkBuilder>()
          .member("identifier", Lenient.TEXT, (b, v) -> b.identifier = v)
          .known("title")
          .known("uri")
          .shape("link to a node", LinkBuilder::new);

  static final class ExtensionsBuilder extends Builder {
    Span ours;

    Extensions extensions() {
      return new Extensions(ours, List.copyOf(unknown));
    }
  }

  static final Shape<ExtensionsBuilder, ExtensionsBuilder> EXTENSIONS =
      new Spec<ExtensionsBuilder>()
          .member(CaseFormat.EXTENSION, Lenient.SPAN, (b, v) -> b.ours = v)
          .shape("extensions object", ExtensionsBuilder::new);

  static final class DocumentBuilder extends Builder {
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

  static final Shape<DocumentBuilder, DocumentBuilder> DOCUMENT =
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

  static final class ItemBuilder extends Builder {
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

  static final Shape<ItemBuilder, ItemBuilder> ITEM =
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

  static final class AssociationBuilder extends Builder {
    String identifier;
    String type;
    Integer sequence;
    LinkBuilder origin;
    LinkBuilder destination;
    ExtensionsBuilder extensions;
  }

  static final Shape<AssociationBuilder, AssociationBuilder> ASSOCIATION =
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

  static final class LevelBuilder extends Builder {
    String identifier;
    String description;
    String quality;
    Double score;
    Integer position;
  }

  static final Shape<LevelBuilder, LevelBuilder> LEVEL =
      new Spec<LevelBuilder>()
          .member("identifier", Lenient.TEXT, (b, v) -> b.identifier = v)
          .member("description", Lenient.TEXT, (b, v) -> b.description = v)
          .member("quality", Lenient.TEXT, (b, v) -> b.quality = v)
          .member("score", Lenient.NUMBER, (b, v) -> b.score = v)
          .member("position", Lenient.INTEGER, (b, v) -> b.position = v)
          .shape("CFRubricCriterionLevel", LevelBuilder::new)
          .lenient((b, name) -> {});

  static final class CriterionBuilder extends Builder {
    String identifier;
    LinkBuilder item;
    List<Indexed<LevelBuilder>> levels = List.of();
  }

  static final Shape<CriterionBuilder, CriterionBuilder> CRITERION =
      new Spec<CriterionBuilder>()
          .member("identifier", Lenient.TEXT, (b, v) -> b.identifier = v)
          .member("CFItemURI", Lenient.object(IDENTIFIED), (b, v) -> b.item = v)
          .member(
              "CFRubricCriterionLevels", Lenient.indexed(LEVEL, LEVEL_COST), (b, v) -> b.levels = v)
          .shape("CFRubricCriterion", CriterionBuilder::new)
          .lenient((b, name) -> {});

  static final class RubricBuilder extends Builder {
    String identifier;
    List<Indexed<CriterionBuilder>> criteria = List.of();
  }

  static final Shape<RubricBuilder, RubricBuilder> RUBRIC =
      new Spec<RubricBuilder>()
          .member("identifier", Lenient.TEXT, (b, v) -> b.identifier = v)
          .member(
              "CFRubricCriteria", Lenient.indexed(CRITERION, SMALL_COST), (b, v) -> b.criteria = v)
          .shape("CFRubric", RubricBuilder::new)
          .lenient((b, name) -> {});

  static final class ConceptBuilder extends Builder {
    String identifier;
    String title;
  }

  static final Shape<ConceptBuilder, ConceptBuilder> CONCEPT =
      new Spec<ConceptBuilder>()
          .member("identifier", Lenient.TEXT, (b, v) -> b.identifier = v)
          .member("title", Lenient.TEXT, (b, v) -> b.title = v)
          .shape("CFConcept", ConceptBuilder::new)
          .lenient((b, name) -> {});

  static final class DefinitionsBuilder extends Builder {}

  static final class PackageBuilder extends Builder {
    DocumentBuilder document;
  }

  private CaseRecords() {}
}
