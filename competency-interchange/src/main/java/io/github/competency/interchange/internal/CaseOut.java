package io.github.competency.interchange.internal;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Proficiency;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.internal.json.Kind;
import io.github.competency.core.internal.json.Shape;
import io.github.competency.interchange.internal.CaseFormat.ItemType;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/**
 * Where a CASE export is written: the generator, the catalogue and the settings, and the
 * records' common parts, so that each mapping writes only what is its own. The package is
 * streamed section by section; the writer walks the catalogue once for the CFItems and once for
 * the CFAssociations, and the mappings have a method for each. Not thread-safe; one per export.
 */
final class CaseOut {

  final Catalogue catalogue;
  final JsonGenerator out;
  final Kind.WriteContext steps;
  private final String id;
  private final String base;
  private final String time;
  private final String language;
  private final Map<String, Integer> children = new HashMap<>();
  private final Set<ItemType> types = EnumSet.noneOf(ItemType.class);

  CaseOut(Catalogue catalogue, Settings settings, JsonGenerator out) {
    this.catalogue = catalogue;
    this.out = out;
    this.id = catalogue.id().value();
    this.base = settings.baseUri().toString();
    this.time = settings.timestamp().toString();
    this.language = catalogue.language().toLanguageTag();
    this.steps =
        new Kind.WriteContext(
            Comparator.<ProficiencyId>comparingInt(
                    step -> catalogue.find(step).map(Proficiency::rank).orElse(Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder()));
  }

  /** The item types of the items written, in the order of their definitions. */
  Set<ItemType> types() {
    return types;
  }

  // ------------------------------------------------------------------------------- names

  /** The name of an item of the catalogue, hashed into its identifier. */
  String name(String kind, String itemId) {
    return Names.item(id, kind, itemId);
  }

  /** The identifier of a name. */
  static String identifier(String name) {
    return Names.uuid(name).toString();
  }

  /** The address of a record of a collection, under the base URI. */
  String uri(String collection, String identifier) {
    return base + collection + "/" + identifier;
  }

  /** A node an association links: an item of the catalogue, the CFDocument, or another. */
  record Node(String title, String identifier, String uri, String key) {}

  /** An item of the catalogue as a node; {@code key} tells it apart in association names. */
  Node item(String kind, String itemId, String title) {
    String identifier = identifier(name(kind, itemId));
    return new Node(title, identifier, uri("CFItems", identifier), kind + "/" + itemId);
  }

  /** The CFDocument as a node. */
  Node document() {
    String identifier = identifier(id);
    return new Node(catalogue.title(), identifier, uri("CFDocuments", identifier), "document");
  }

  // ------------------------------------------------------------------------------- items

  /**
   * Starts a CFItem: its identifier, address, statements (the name alone in fullStatement, or
   * the name in abbreviatedStatement and the description in fullStatement) and its code.
   *
   * @param code the item's id, as humanCodingScheme, or null for none
   */
  void startItem(ItemType type, String name, String code, String title, String description) {
    types.add(type);
    String identifier = identifier(name);
    out.writeStartObject();
    out.writeStringProperty("identifier", identifier);
    out.writeStringProperty("uri", uri("CFItems", identifier));
    if (description.isEmpty()) {
      out.writeStringProperty("fullStatement", title);
    } else {
      out.writeStringProperty("fullStatement", description);
      out.writeStringProperty("abbreviatedStatement", title);
    }
    if (code != null) {
      out.writeStringProperty("humanCodingScheme", code);
    }
  }

  /** Ends a CFItem: its type, language, time and this project's extension of it. */
  <V> void endItem(ItemType type, Shape<V, ?> extension, V value) {
    out.writeStringProperty("CFItemType", type.title());
    out.writeName("CFItemTypeURI");
    link(type.title(), type.identifier(), "CFItemTypes");
    out.writeStringProperty("language", language);
    out.writeStringProperty("lastChangeDateTime", time);
    extension(extension, value);
    out.writeEndObject();
  }

  /** Writes {@code extensions.competency} with the fields of a value a shape has, if any. */
  <V> void extension(Shape<V, ?> extension, V value) {
    if (extension != null && !extension.isEmpty(value)) {
      out.writeName("extensions");
      out.writeStartObject();
      out.writeName(CaseFormat.EXTENSION);
      extension.write(out, value, steps);
      out.writeEndObject();
    }
  }

  /** Writes strings as an array member, if there are any. */
  void strings(String name, List<String> values) {
    if (!values.isEmpty()) {
      out.writeName(name);
      out.writeStartArray();
      for (String value : values) {
        out.writeString(value);
      }
      out.writeEndArray();
    }
  }

  /** Writes a link object: title, identifier, uri. */
  void link(String title, String identifier, String collection) {
    link(new Node(title, identifier, uri(collection, identifier), null));
  }

  void link(Node node) {
    out.writeStartObject();
    out.writeStringProperty("title", node.title());
    out.writeStringProperty("identifier", node.identifier());
    out.writeStringProperty("uri", node.uri());
    out.writeEndObject();
  }

  // ------------------------------------------------------------------------------- associations

  /**
   * Writes an association. Its name, hashed into its identifier, is its origin's name, its type
   * and what tells it apart from the origin's other associations of that type.
   */
  <V> void associate(
      String type,
      String originName,
      Node origin,
      Node destination,
      Integer sequence,
      String distinct,
      Shape<V, ?> extension,
      V value) {
    String identifier = identifier(originName + "/" + type + "/" + distinct);
    out.writeStartObject();
    out.writeStringProperty("identifier", identifier);
    out.writeStringProperty("associationType", type);
    if (sequence != null) {
      out.writeNumberProperty("sequenceNumber", sequence.intValue());
    }
    out.writeStringProperty("uri", uri("CFAssociations", identifier));
    out.writeName("originNodeURI");
    link(origin);
    out.writeName("destinationNodeURI");
    link(destination);
    out.writeStringProperty("lastChangeDateTime", time);
    extension(extension, value);
    out.writeEndObject();
  }

  /** Writes an association between two items of the catalogue, distinct by its destination. */
  void associate(String type, String originName, Node origin, Node destination, Integer sequence) {
    associate(type, originName, origin, destination, sequence, destination.key(), null, null);
  }

  /**
   * Writes that an item is a child of the CFDocument or of another item, numbered among the
   * parent's children in the order written.
   */
  void childOf(String originName, Node child, Node parent) {
    int position = children.merge(parent.key(), 1, Integer::sum);
    associate(CaseFormat.IS_CHILD_OF, originName, child, parent, position);
  }

  /** The time of the export, as every record's lastChangeDateTime. */
  String time() {
    return time;
  }

  /** The address of a reference without one of its own. */
  String referenceUri(String scheme, String code) {
    return base + "references/" + scheme + "/" + Uris.encode(code);
  }
}
