package io.github.competency.interchange.internal;

import io.github.competency.interchange.internal.CaseFormat.ItemType;
import io.github.competency.interchange.internal.CaseIn.Relation;
import io.github.competency.interchange.internal.CasePackage.Association;
import io.github.competency.interchange.internal.CasePackage.Item;
import java.util.Set;

/**
 * The phase of a CASE import that gives each association its meaning: {@code isChildOf} puts a
 * skill in its category, a role in its family, a responsibility and a requirement in a role;
 * {@code isRelatedTo} gives a role its level and a responsibility or a requirement its skill;
 * {@code hasSkillLevel} a requirement its step; {@code precedes} a career step between roles;
 * {@code exactMatchOf} a skill or role an external reference. Every other association is
 * reported as a warning that names its ends, and so is each member of a mapped one that is not
 * mapped. Associations that close a cycle were left out before.
 */
final class Relations {

  private static final Set<String> MEMBERS =
      Set.of(
          "identifier",
          "associationType",
          "sequenceNumber",
          "uri",
          "originNodeURI",
          "destinationNodeURI",
          "lastChangeDateTime",
          "CFDocumentURI");

  private static final Set<String> REFERENCE_MEMBERS = SkillMapping.plus(MEMBERS, "extensions");

  private final CaseIn in;

  private Relations(CaseIn in) {
    this.in = in;
  }

  /** Links every association of the package to the item that owns it, or warns about it. */
  static void link(CaseIn in) {
    Relations relations = new Relations(in);
    for (Association a : in.pack.associations()) {
      if (!in.hierarchy.isCut(a)) {
        relations.link(a);
      }
    }
  }

  private void link(Association a) {
    Item origin = in.pack.origin(a);
    Item target = in.pack.destination(a);
    boolean toDocument = in.pack.isDocument(a.destination().identifier());
    boolean mapped =
        switch (a.type()) {
          case CaseFormat.IS_CHILD_OF -> childOf(a, origin, target, toDocument);
          case CaseFormat.IS_RELATED_TO -> relatedTo(a, origin, target);
          case CaseFormat.HAS_SKILL_LEVEL -> skillLevel(a, origin, target);
          case CaseFormat.IS_PART_OF -> partOf(a, origin, target);
          case CaseFormat.PRECEDES -> precedes(a, origin, target);
          case CaseFormat.EXACT_MATCH_OF -> exactMatch(a, origin, target);
          default -> {
            in.warn(
                a,
                "association type '"
                    + Issues.quote(a.type())
                    + "' has no counterpart in the model; "
                    + ends(origin, target));
            yield false;
          }
        };
    if (mapped) {
      in.unmapped(
          a.path(),
          a.id(),
          a.members(),
          a.type().equals(CaseFormat.EXACT_MATCH_OF) ? REFERENCE_MEMBERS : MEMBERS);
    }
  }

  private boolean childOf(Association a, Item origin, Item parent, boolean toDocument) {
    if (origin == null) {
      in.warn(a, "the child is not an item of this package");
      return false;
    }
    ItemType kind = in.kind(origin);
    ItemType above = parent == null ? null : in.kind(parent);
    if (kind == ItemType.SKILL && above == ItemType.CATEGORY) {
      in.link(Relation.CATEGORY, origin, a, parent);
      return true;
    }
    if (kind == ItemType.RESPONSIBILITY && above == ItemType.ROLE) {
      in.link(Relation.RESPONSIBILITY, parent, a, origin);
      return true;
    }
    if (kind.isRequirement() && above == ItemType.ROLE) {
      in.link(Relation.REQUIREMENT, parent, a, origin);
      return true;
    }
    if (kind.isGroup() && above == ItemType.ROLE) {
      in.link(Relation.GROUP, parent, a, origin);
      return true;
    }
    if (kind == ItemType.ROLE && above == ItemType.FAMILY) {
      in.link(Relation.FAMILY, origin, a, parent);
      return true;
    }
    if (toDocument && !kind.isPartOfRole() && !kind.isGroup()) {
      return true; // the framework's own items
    }
    if (kind == ItemType.CATEGORY && above == ItemType.CATEGORY) {
      in.warn(
          a,
          "the model's categories are flat: category '"
              + in.slug(origin)
              + "' is kept, but not as part of '"
              + in.slug(parent)
              + "'");
      return false;
    }
    in.warn(
        a,
        "'isChildOf' from "
            + in.describe(origin)
            + " to "
            + in.describe(parent)
            + " has no counterpart in the model");
    return false;
  }

  private boolean relatedTo(Association a, Item origin, Item target) {
    ItemType from = origin == null ? null : in.kind(origin);
    ItemType to = target == null ? null : in.kind(target);
    if (from == ItemType.ROLE && to == ItemType.LEVEL) {
      in.link(Relation.LEVEL, origin, a, target);
      return true;
    }
    if ((from == ItemType.RESPONSIBILITY || (from != null && from.isPartOfRole()))
        && to == ItemType.SKILL) {
      in.link(Relation.SKILL, origin, a, target);
      return true;
    }
    in.warn(
        a,
        "'isRelatedTo' is mapped from roles to their level and from responsibilities,"
            + " requirements and options to their skills; "
            + ends(origin, target));
    return false;
  }

  private boolean skillLevel(Association a, Item origin, Item target) {
    if (origin != null
        && target != null
        && in.kind(origin).isPartOfRole()
        && in.kind(target) == ItemType.STEP) {
      in.link(Relation.STEP, origin, a, target);
      return true;
    }
    in.warn(
        a,
        "'hasSkillLevel' is mapped from requirements and options to the step of the"
            + " proficiency scale they ask for; "
            + ends(origin, target));
    return false;
  }

  private boolean partOf(Association a, Item origin, Item target) {
    if (origin != null
        && target != null
        && in.kind(origin) == ItemType.OPTION
        && in.kind(target).isGroup()) {
      in.link(Relation.OPTION, target, a, origin);
      return true;
    }
    in.warn(
        a,
        "'isPartOf' is mapped only from the options of choice groups to their group; "
            + ends(origin, target));
    return false;
  }

  private boolean precedes(Association a, Item origin, Item target) {
    if (origin != null
        && target != null
        && in.kind(origin) == ItemType.ROLE
        && in.kind(target) == ItemType.ROLE) {
      in.link(Relation.NEXT, origin, a, target);
      return true;
    }
    in.warn(
        a, "'precedes' is mapped only between roles, as a career step; " + ends(origin, target));
    return false;
  }

  private boolean exactMatch(Association a, Item origin, Item target) {
    if (origin != null && (in.kind(origin) == ItemType.SKILL || in.kind(origin) == ItemType.ROLE)) {
      in.link(Relation.REFERENCE, origin, a, null);
      return true;
    }
    in.warn(
        a,
        "'exactMatchOf' is mapped only from skills and roles, as an external reference; "
            + ends(origin, target));
    return false;
  }

  private String ends(Item origin, Item target) {
    return "here from " + in.describe(origin) + " to " + in.describe(target);
  }
}
