package io.github.competency.interchange.internal;

import java.util.UUID;

/**
 * The names hashed into the identifiers of everything an export writes (the API's
 * {@code Identifiers} documents them), their namespace, and the kinds of items as those names
 * spell them.
 */
public final class Names {

  /** The namespace, the version 5 UUID of the project's URL in RFC 9562's URL namespace. */
  public static final String NAMESPACE_TEXT = "3be082be-f438-5142-a1ec-c2b31df154a6";

  /** The namespace as a UUID. */
  public static final UUID NAMESPACE = UUID.fromString(NAMESPACE_TEXT);

  /** Kind of a skill. */
  public static final String SKILL = "skill";

  /** Kind of a skill category. */
  public static final String CATEGORY = "category";

  /** Kind of a role family. */
  public static final String FAMILY = "family";

  /** Kind of a career level. */
  public static final String LEVEL = "level";

  /** Kind of a responsibility. */
  public static final String RESPONSIBILITY = "responsibility";

  /** Kind of a role. */
  public static final String ROLE = "role";

  /** Kind of a step of the proficiency scale. */
  public static final String PROFICIENCY = "proficiency";

  /** Kind of a requirement of a role. */
  public static final String REQUIREMENT = "requirement";

  /** Kind of a choice group of a role. */
  public static final String GROUP = "group";

  /** Kind of an option of a choice group. */
  public static final String OPTION = "option";

  /** Kind of a responsibility area, a CFConcept. */
  public static final String AREA = "area";

  private Names() {}

  /**
   * Returns the identifier of a name in the namespace.
   *
   * @param name the name
   * @return the identifier
   */
  public static UUID uuid(String name) {
    return Uuids.v5(NAMESPACE, name);
  }

  /**
   * Returns the name of an item: catalogue, kind and id joined by slashes.
   *
   * @param catalogue the catalogue's id
   * @param kind the kind of item
   * @param id the item's id
   * @return the name
   */
  public static String item(String catalogue, String kind, String id) {
    return catalogue + "/" + kind + "/" + id;
  }

  /**
   * Returns the name of a CFItemType: {@code item-type/} and the kind; the same in every
   * catalogue, so that an import recognises the kinds of this model.
   *
   * @param kind the kind of item
   * @return the name
   */
  public static String itemType(String kind) {
    return "item-type/" + kind;
  }
}
