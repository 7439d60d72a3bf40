package io.github.competency.interchange.internal;

import io.github.competency.core.Importance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the CASE export and import share: the names and types this project gives CASE. */
final class CaseFormat {

  /** The member of CASE {@code extensions} objects that holds this project's fields. */
  static final String EXTENSION = "competency";

  /** A child in the hierarchy: a skill of its category, a role of its family ... */
  static final String IS_CHILD_OF = "isChildOf";

  /** Related items: a role's level, a requirement's skill, a responsibility's skills. */
  static final String IS_RELATED_TO = "isRelatedTo";

  /** A career step. */
  static final String PRECEDES = "precedes";

  /** An external reference. */
  static final String EXACT_MATCH_OF = "exactMatchOf";

  /** An option of a choice group: part of its group. */
  static final String IS_PART_OF = "isPartOf";

  /** The step of the proficiency scale a requirement asks for. */
  static final String HAS_SKILL_LEVEL = "hasSkillLevel";

  /** The scheme of references an import makes from plain CASE exactMatchOf associations. */
  static final String CASE_SCHEME = "case";

  /** A kind of item of this model, as a CFItemType. */
  enum ItemType {
    STEP(
        Names.PROFICIENCY,
        "Proficiency step",
        "A step of the proficiency scale; the item's listEnumeration holds its rank, higher"
            + " being more proficient."),
    LEVEL(
        Names.LEVEL,
        "Career level",
        "A rung of the career ladder; the item's listEnumeration holds its rank, higher being"
            + " more senior."),
    FAMILY(Names.FAMILY, "Role family", "A family of roles that share a discipline and a track."),
    CATEGORY(Names.CATEGORY, "Skill category", "A group of related skills."),
    SKILL(
        Names.SKILL,
        "Skill",
        "A named capability that roles require and responsibilities exercise."),
    RESPONSIBILITY(
        Names.RESPONSIBILITY,
        "Responsibility",
        "Something a role is accountable for, with the skills it exercises; its"
            + " conceptKeywordsURI names its area."),
    ROLE(
        Names.ROLE,
        "Role",
        "A titled position at a career level, with its responsibilities, required skills and"
            + " next career steps."),
    ESSENTIAL_REQUIREMENT(
        Names.REQUIREMENT + "/" + Importance.ESSENTIAL.label(),
        "Essential requirement",
        "A skill a role must have, at the proficiency step its hasSkillLevel association"
            + " names."),
    OPTIONAL_REQUIREMENT(
        Names.REQUIREMENT + "/" + Importance.OPTIONAL.label(),
        "Optional requirement",
        "A skill that counts for a role without being needed, at the proficiency step its"
            + " hasSkillLevel association names."),
    ESSENTIAL_GROUP(
        Names.GROUP + "/" + Importance.ESSENTIAL.label(),
        "Essential choice group",
        "Options of which a role needs at least some, counted as one requirement; the options"
            + " are isPartOf the group."),
    OPTIONAL_GROUP(
        Names.GROUP + "/" + Importance.OPTIONAL.label(),
        "Optional choice group",
        "Options of which some count for a role without being needed; the options are isPartOf"
            + " the group."),
    OPTION(
        Names.OPTION,
        "Choice option",
        "One of the options of a choice group: a skill at the proficiency step its"
            + " hasSkillLevel association names.");

    private final String kind;
    private final String title;
    private final String description;
    private final String identifier;

    ItemType(String kind, String title, String description) {
      this.kind = kind;
      this.title = title;
      this.description = description;
      this.identifier = Names.uuid(Names.itemType(kind)).toString();
    }

    /** The kind, as identifiers spell it. */
    String kind() {
      return kind;
    }

    /** The title, also written as each item's {@code CFItemType}. */
    String title() {
      return title;
    }

    /** What the items of this type are. */
    String description() {
      return description;
    }

    /** The position among this model's types. */
    String hierarchyCode() {
      return Integer.toString(ordinal() + 1);
    }

    /** The type code. */
    String typeCode() {
      return "competency-" + kind.replace('/', '-');
    }

    /** The identifier, the same in every package. */
    String identifier() {
      return identifier;
    }

    /** The type of requirements of an importance. */
    static ItemType requirement(Importance importance) {
      return importance == Importance.OPTIONAL ? OPTIONAL_REQUIREMENT : ESSENTIAL_REQUIREMENT;
    }

    /** The type of choice groups of an importance. */
    static ItemType group(Importance importance) {
      return importance == Importance.OPTIONAL ? OPTIONAL_GROUP : ESSENTIAL_GROUP;
    }

    /** The importance of a requirement or choice group of this type. */
    Importance importance() {
      return this == OPTIONAL_REQUIREMENT || this == OPTIONAL_GROUP
          ? Importance.OPTIONAL
          : Importance.ESSENTIAL;
    }

    /** Tells whether this is a type of requirements. */
    boolean isRequirement() {
      return this == ESSENTIAL_REQUIREMENT || this == OPTIONAL_REQUIREMENT;
    }

    /** Tells whether this is a type of choice groups. */
    boolean isGroup() {
      return this == ESSENTIAL_GROUP || this == OPTIONAL_GROUP;
    }

    /** Tells whether items of this type belong to a role and have no id of their own. */
    boolean isPartOfRole() {
      return isRequirement() || this == OPTION;
    }

    /** The name of the type for messages: "skill", "career level", "choice group". */
    String noun() {
      return isRequirement()
          ? "requirement"
          : isGroup() ? "choice group" : title.toLowerCase(java.util.Locale.ROOT);
    }

    private static final Map<String, ItemType> BY_IDENTIFIER = new HashMap<>();

    static {
      for (ItemType type : values()) {
        BY_IDENTIFIER.put(type.identifier, type);
      }
    }

    /** The type of an identifier, or null for another framework's type. */
    static ItemType of(String identifier) {
      return identifier == null ? null : BY_IDENTIFIER.get(identifier);
    }
  }

  /** The types in the order items are written. */
  static final List<ItemType> ITEM_TYPES = List.of(ItemType.values());

  private CaseFormat() {}
}
