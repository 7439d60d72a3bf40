package io.github.competency.interchange.internal;

import io.github.competency.core.internal.json.ProblemLocator;
import io.github.competency.core.internal.json.Shape;
import io.github.competency.interchange.internal.CaseFormat.ItemType;
import io.github.competency.interchange.internal.CasePackage.Association;
import io.github.competency.interchange.internal.CasePackage.Extensions;
import io.github.competency.interchange.internal.CasePackage.Item;
import io.github.competency.interchange.internal.CasePackage.Members;
import io.github.competency.interchange.internal.Issues.Extension;
import io.github.competency.interchange.internal.ItemNames.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the mappings read a package from: the package as read, its hierarchies, the names of its
 * items and the associations each item owns, by what they mean; and where the problems and
 * warnings go, and which CASE record each element of the catalogue comes from (so that a
 * catalogue the model refuses is reported at the records that make it). Not thread-safe; one per
 * import.
 */
final class CaseIn {

  /** What an association means for the item that owns it. */
  enum Relation {
    /** A skill in its category: the skill's. */
    CATEGORY,
    /** A role in its family: the role's. */
    FAMILY,
    /** A responsibility of a role: the role's. */
    RESPONSIBILITY,
    /** A requirement of a role: the role's. */
    REQUIREMENT,
    /** A choice group of a role: the role's. */
    GROUP,
    /** An option of a choice group: the group's. */
    OPTION,
    /** A role at its level: the role's. */
    LEVEL,
    /** A skill a responsibility exercises or a requirement or option asks for: theirs. */
    SKILL,
    /** The step a requirement or option asks for: theirs. */
    STEP,
    /** A career step: the earlier role's. */
    NEXT,
    /** An external reference: the skill's or role's. */
    REFERENCE
  }

  /** An association an item owns, with the item at its other end (null for a reference). */
  record Linked(Association association, Item item) {}

  final CasePackage pack;
  final Issues issues;
  final Hierarchy hierarchy;
  final ItemNames names;
  private final Map<Relation, List<List<Linked>>> links = new EnumMap<>(Relation.class);
  private final Map<String, String> paths;

  CaseIn(CasePackage pack, Issues issues, Hierarchy hierarchy, ItemNames names) {
    this(pack, issues, hierarchy, names, null);
  }

  private CaseIn(
      CasePackage pack,
      Issues issues,
      Hierarchy hierarchy,
      ItemNames names,
      Map<String, String> paths) {
    this.pack = pack;
    this.issues = issues;
    this.hierarchy = hierarchy;
    this.names = names;
    this.paths = paths;
  }

  /**
   * Returns a fresh start of the mapping that notes where each element of the catalogue comes
   * from, to map again a package whose catalogue the model refused (the first time, nothing is
   * noted, which saves the import a path per element); its warnings are left out, as the first
   * mapping gave them.
   */
  CaseIn noting() {
    issues.mute();
    return new CaseIn(
        pack,
        issues,
        hierarchy,
        names,
        new HashMap<>(2 * (pack.items().size() + pack.associations().size()) + 16));
  }

  /** The kind of model element an item becomes. */
  ItemType kind(Item item) {
    return ItemNames.kind(item, hierarchy);
  }

  /** What an item is called. */
  Named named(Item item) {
    return names.of(item);
  }

  /** The id an item gets. */
  String slug(Item item) {
    return names.of(item).slug();
  }

  // ------------------------------------------------------------------------------- links

  /** Notes that an item owns an association. */
  void link(Relation relation, Item owner, Association association, Item other) {
    List<List<Linked>> owners =
        links.computeIfAbsent(
            relation, r -> new ArrayList<>(Collections.nCopies(pack.items().size(), null)));
    List<Linked> owned = owners.get(owner.ordinal());
    if (owned == null) {
      owned = new ArrayList<>(2);
      owners.set(owner.ordinal(), owned);
    }
    owned.add(new Linked(association, other));
  }

  /** The associations of a relation an item owns, by sequence number, then document order. */
  List<Linked> links(Relation relation, Item owner) {
    List<List<Linked>> owners = links.get(relation);
    List<Linked> found = owners == null ? null : owners.get(owner.ordinal());
    if (found == null) {
      return List.of();
    }
    if (found.size() > 1) {
      found.sort(
          Comparator.comparingInt((Linked l) -> l.association().order())
              .thenComparingInt(l -> l.association().index()));
    }
    return found;
  }

  // ------------------------------------------------------------------------------- records

  /**
   * Reads this project's extension of a record ({@code extensions.competency}) into a builder,
   * with a shape that is strict, as this project's fields are; other tools' members of {@code
   * extensions} are warned about.
   *
   * @param record the record's path
   * @return what was found
   */
  <B> Extension extension(
      Extensions extensions,
      String record,
      Optional<String> identifier,
      Shape<?, B> shape,
      B builder) {
    if (extensions == null) {
      return Extension.ABSENT;
    }
    if (!extensions.others().isEmpty()) {
      issues.warn(
          record + ".extensions",
          identifier,
          "not mapped: "
              + String.join(", ", quoted(CasePackage.sorted(null, extensions.others()))));
    }
    return issues.read(
        extensions.ours(), record + ".extensions." + CaseFormat.EXTENSION, shape, builder);
  }

  /** Warns about the members of a record that are not mapped, as one warning. */
  void unmapped(String path, Optional<String> identifier, Members members, Set<String> mapped) {
    List<String> left = members.unmapped(mapped);
    if (!left.isEmpty()) {
      List<String> quoted = new ArrayList<>(left.size());
      left.forEach(name -> quoted.add(Issues.quote(name)));
      issues.warn(path, identifier, "not mapped: " + String.join(", ", quoted));
    }
  }

  private static List<String> quoted(List<String> names) {
    List<String> quoted = new ArrayList<>(names.size());
    names.forEach(name -> quoted.add(Issues.quote(name)));
    return quoted;
  }

  /** Warns about an association that is not mapped, naming its ends. */
  void warn(Association association, String message) {
    issues.warn(association.path(), association.id(), message);
  }

  /** Describes an item for a message: "the skill 'sql' (CFItems[3])". */
  String describe(Item item) {
    if (item == null) {
      return "a node outside this package";
    }
    String kind =
        item.ours() ? item.type().noun() : hierarchy.isCategory(item) ? "category" : "skill";
    return "the " + kind + " '" + slug(item) + "' (" + item.path() + ")";
  }

  // ------------------------------------------------------------------------------- paths

  /** Notes the CASE record an element of the catalogue comes from, if this mapping notes them. */
  void from(String modelPath, String casePath) {
    if (paths != null) {
      paths.put(modelPath, casePath);
    }
  }

  /** The CASE path of an element of the catalogue, or of the nearest enclosing one. */
  String casePath(String modelPath) {
    for (String path = modelPath; path != null; path = ProblemLocator.parent(path)) {
      String found = paths == null ? null : paths.get(path);
      if (found != null) {
        return found;
      }
    }
    return CasePackage.DOCUMENT;
  }
}
