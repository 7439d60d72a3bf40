package io.github.competency.interchange;

import io.github.competency.core.CatalogueId;
import io.github.competency.core.CategoryId;
import io.github.competency.core.FamilyId;
import io.github.competency.core.ItemId;
import io.github.competency.core.LevelId;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.ResponsibilityId;
import io.github.competency.core.RoleId;
import io.github.competency.core.SkillId;
import io.github.competency.interchange.internal.Names;
import java.util.Objects;
import java.util.UUID;

/**
 * The stable identifiers that exports give catalogues and their items: name-based UUIDs of
 * version 5 in the namespace {@value #NAMESPACE_TEXT}, so that exporting a catalogue twice gives
 * the same identifiers, an item keeps its identifier when its texts change, and a skill has the
 * same identifier in a CASE package and as a Rich Skill Descriptor.
 *
 * <p>The namespace is itself the version 5 UUID of the URL
 * {@code https://github.com/competency/competency/interchange} in RFC 9562's URL namespace. The
 * names hashed are:
 *
 * <ul>
 *   <li>a catalogue (the CFDocument, the RSD collection): its id, such as
 *       {@code senior-backend-engineer};
 *   <li>an item: the catalogue's id, the kind of item and the item's id, joined by slashes, such
 *       as {@code senior-backend-engineer/skill/postgresql}; the kinds are {@code skill},
 *       {@code category}, {@code family}, {@code level}, {@code responsibility}, {@code role}
 *       and {@code proficiency};
 *   <li>everything else a CASE package holds (associations, item types, rubrics), a name
 *       documented in the package documentation.
 * </ul>
 *
 * <p>This class has only static methods; it is thread-safe.
 */
public final class Identifiers {

  /** The namespace as text. */
  public static final String NAMESPACE_TEXT = Names.NAMESPACE_TEXT;

  /** The namespace of every identifier exports give. */
  public static final UUID NAMESPACE = Names.NAMESPACE;

  private Identifiers() {}

  /**
   * Returns the identifier of a catalogue: its CFDocument's and its RSD collection's.
   *
   * @param catalogue the catalogue's id
   * @return the identifier
   */
  public static UUID of(CatalogueId catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    return Names.uuid(catalogue.value());
  }

  /**
   * Returns the identifier of an item of a catalogue: its CFItem's (a proficiency step's too)
   * and, for a skill, its Rich Skill Descriptor's.
   *
   * @param catalogue the catalogue's id
   * @param item the item's id
   * @return the identifier
   */
  public static UUID of(CatalogueId catalogue, ItemId<?> item) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(item, "item");
    return Names.uuid(Names.item(catalogue.value(), kind(item), item.value()));
  }

  /**
   * Returns the kind of item an id names, as identifiers spell it.
   *
   * @param item an id
   * @return {@code skill}, {@code category} ...
   */
  static String kind(ItemId<?> item) {
    if (item instanceof SkillId) {
      return Names.SKILL;
    } else if (item instanceof CategoryId) {
      return Names.CATEGORY;
    } else if (item instanceof FamilyId) {
      return Names.FAMILY;
    } else if (item instanceof LevelId) {
      return Names.LEVEL;
    } else if (item instanceof ResponsibilityId) {
      return Names.RESPONSIBILITY;
    } else if (item instanceof RoleId) {
      return Names.ROLE;
    } else if (item instanceof ProficiencyId) {
      return Names.PROFICIENCY;
    }
    throw new IllegalArgumentException("unknown kind of id: " + item.getClass().getName());
  }
}
