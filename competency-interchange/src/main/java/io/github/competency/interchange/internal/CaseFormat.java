package io.github.competency.interchange.internal;

import java.util.List;
import java.util.Optional;

/** What the CASE export and import share: names of things this project adds to CASE. */
public final class CaseFormat {

  /** The member of CASE {@code extensions} objects that holds this project's fields. */
  public static final String EXTENSION = "competency";

  /** The association types this project writes and reads. */
  public static final String IS_CHILD_OF = "isChildOf";

  /** Related items: a role's level and requirements, a responsibility's skills. */
  public static final String IS_RELATED_TO = "isRelatedTo";

  /** A career step. */
  public static final String PRECEDES = "precedes";

  /** An external reference. */
  public static final String EXACT_MATCH_OF = "exactMatchOf";

  /** The scheme of references an import makes from plain CASE exactMatchOf associations. */
  public static final String CASE_SCHEME = "case";

  /** A kind of item of this model, as a CFItemType. */
  public static final class ItemType {
    private final String kind;
    private final String title;
    private final String description;
    private final String hierarchyCode;

    ItemType(String kind, String title, String description, String hierarchyCode) {
      this.kind = kind;
      this.title = title;
      this.description = description;
      this.hierarchyCode = hierarchyCode;
    }

    /** The kind, as {@link Names} spells it. */
    public String kind() {
      return kind;
    }

    /** The title, also written as each item's {@code CFItemType}. */
    public String title() {
      return title;
    }

    /** What the items of this type are. */
    public String description() {
      return description;
    }

    /** The position among this model's types. */
    public String hierarchyCode() {
      return hierarchyCode;
    }

    /** The type code. */
    public String typeCode() {
      return "competency-" + kind;
    }

    /** The identifier, the same in every package. */
    public String identifier() {
      return Names.uuid(Names.itemType(kind)).toString();
    }
  }

  /** The item types, in the order items are written. */
  public static final List<ItemType> ITEM_TYPES =
      List.of(
          new ItemType(
              Names.LEVEL,
              "Career level",
              "A rung of the career ladder; the item's"
                  + " listEnumeration holds its rank, higher being more senior.",
              "1"),
          new ItemType(
              Names.FAMILY,
              "Role family",
              "A family of roles that share a discipline and a" + " track.",
              "2"),
          new ItemType(Names.CATEGORY, "Skill category", "A group of related skills.", "3"),
          new ItemType(
              Names.SKILL,
              "Skill",
              "A named capability that roles require and" + " responsibilities exercise.",
              "4"),
          new ItemType(
              Names.RESPONSIBILITY,
              "Responsibility",
              "Something a role is accountable for," + " with the skills it exercises.",
              "5"),
          new ItemType(
              Names.ROLE,
              "Role",
              "A titled position at a career level, with its"
                  + " responsibilities, required skills and next career steps.",
              "6"));

  private CaseFormat() {}

  /**
   * Returns the item type of a kind.
   *
   * @param kind a kind of {@link Names}
   * @return its type
   */
  public static ItemType type(String kind) {
    return ITEM_TYPES.stream()
        .filter(type -> type.kind.equals(kind))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(kind));
  }

  /**
   * Returns the kind of this model an item type identifier stands for.
   *
   * @param identifier a CFItemType identifier
   * @return the kind, or empty for another framework's type
   */
  public static Optional<String> kindOf(String identifier) {
    return ITEM_TYPES.stream()
        .filter(type -> type.identifier().equals(identifier))
        .map(ItemType::kind)
        .findFirst();
  }
}
