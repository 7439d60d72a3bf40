package io.github.competency.interchange.internal;

import io.github.competency.core.internal.json.Span;
import io.github.competency.interchange.internal.CaseFormat.ItemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A CASE package as read, before it is mapped: what each record holds that the mapping uses,
 * where each record is, which of its members it has, and where this project's extension of it
 * starts (read later, once the record's kind is known). Read-only; the phases of the import
 * share it. Strings are as the package spells them; {@code null} means absent.
 *
 * @param document the CFDocument, or null if the package has none
 * @param items the CFItems, in document order, without those whose identifier an earlier record
 *     has
 * @param byIdentifier the items by identifier
 * @param associations the CFAssociations, in document order, the same way
 * @param rubrics the CFRubrics
 * @param concepts the titles of the CFConcepts of CFDefinitions, by identifier
 * @param firstLanguage the first item's language, for a framework that states none
 * @param origins the item each association starts from, by the association's ordinal; null
 *     where it is not an item of the package
 * @param destinations the item each association goes to, the same way
 */
record CasePackage(
    Document document,
    List<Item> items,
    Map<String, Item> byIdentifier,
    List<Association> associations,
    List<Rubric> rubrics,
    Map<String, String> concepts,
    String firstLanguage,
    List<Item> origins,
    List<Item> destinations) {

  static final String DOCUMENT = "CFDocument";

  /** The members of a record that it has, and those no reader knows. */
  record Members(List<String> names, long present, List<String> unknown) {

    /** Tells whether the record has a member of this name. */
    boolean has(String name) {
      int index = names.indexOf(name);
      return index >= 0 && (present & (1L << index)) != 0;
    }

    /**
     * The members the record has that are not among those mapped, sorted, then "..." if the
     * record has more unknown members than were kept.
     */
    List<String> unmapped(Set<String> mapped) {
      Set<String> left = null;
      for (int i = 0; i < names.size(); i++) {
        if ((present & (1L << i)) != 0 && !mapped.contains(names.get(i))) {
          left = left == null ? new TreeSet<>() : left;
          left.add(names.get(i));
        }
      }
      return sorted(left, unknown);
    }
  }

  /** Names, sorted, with those of unknown members; "..." last if more were left out. */
  static List<String> sorted(Set<String> known, List<String> unknown) {
    if (known == null && unknown.isEmpty()) {
      return List.of();
    }
    Set<String> all = known == null ? new TreeSet<>() : known;
    boolean more = false;
    for (String name : unknown) {
      if (name.equals("...")) {
        more = true;
      } else {
        all.add(name);
      }
    }
    List<String> sorted = new ArrayList<>(all);
    if (more) {
      sorted.add("...");
    }
    return sorted;
  }

  /** An {@code extensions} object: where its {@code competency} member starts, and the others. */
  record Extensions(Span ours, List<String> others) {}

  /** A link to a node: its identifier, and its title and uri if given. */
  record Link(String identifier, String title, String uri) {}

  /** The CFDocument. */
  record Document(
      String identifier,
      String title,
      String description,
      String version,
      String language,
      String publisher,
      String creator,
      String officialSourceUrl,
      String lastChange,
      Extensions extensions,
      Members members) {

    Optional<String> id() {
      return Optional.ofNullable(identifier);
    }
  }

  /** A CFItem; {@code type} is this project's item type, null for another framework's. */
  record Item(
      int ordinal,
      int index,
      String identifier,
      ItemType type,
      String fullStatement,
      String abbreviatedStatement,
      String code,
      String alternativeLabel,
      List<String> keywords,
      String notes,
      String listEnumeration,
      String uri,
      Link concept,
      Extensions extensions,
      Members members) {

    String path() {
      return "CFItems[" + index + "]";
    }

    Optional<String> id() {
      return Optional.of(identifier);
    }

    boolean ours() {
      return type != null;
    }
  }

  /** A CFAssociation. */
  record Association(
      int ordinal,
      int index,
      String identifier,
      String type,
      Integer sequence,
      Link origin,
      Link destination,
      Extensions extensions,
      Members members) {

    String path() {
      return "CFAssociations[" + index + "]";
    }

    Optional<String> id() {
      return Optional.of(identifier);
    }

    /** The sequence number, or the largest int for none, to sort by. */
    int order() {
      return sequence == null ? Integer.MAX_VALUE : sequence;
    }
  }

  /** A CFRubric. */
  record Rubric(int index, String identifier, List<Criterion> criteria) {}

  /** A criterion of a rubric, with the item it is about, if any. */
  record Criterion(String path, String identifier, String item, List<RubricLevel> levels) {

    Optional<String> id() {
      return Optional.ofNullable(identifier);
    }
  }

  /** A level of a rubric criterion. */
  record RubricLevel(
      String path,
      int index,
      String identifier,
      String description,
      String quality,
      Double score,
      Integer position) {

    Optional<String> id() {
      return Optional.ofNullable(identifier);
    }
  }

  /** Tells whether this project wrote the package: items of its types, or its extension. */
  boolean ours() {
    if (document != null && document.extensions() != null && document.extensions().ours() != null) {
      return true;
    }
    for (Item item : items) {
      if (item.ours()) {
        return true;
      }
    }
    return false;
  }

  /** The item an association starts from, or null if it is not an item of the package. */
  Item origin(Association association) {
    return origins.get(association.ordinal());
  }

  /** The item an association goes to, or null if it is not an item of the package. */
  Item destination(Association association) {
    return destinations.get(association.ordinal());
  }

  /** The item of an identifier, or null if the package has none. */
  Item item(String identifier) {
    return identifier == null ? null : byIdentifier.get(identifier);
  }

  /** Tells whether an identifier is the CFDocument's. */
  boolean isDocument(String identifier) {
    return document != null && identifier != null && identifier.equals(document.identifier());
  }
}
