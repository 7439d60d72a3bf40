package io.github.competency.core;

/**
 * The id of an item of a catalogue, typed by the item it names, so that one lookup serves every
 * kind: {@code catalogue.get(SkillId.of("sql"))} is a {@link Skill} and
 * {@code catalogue.get(RoleId.of("senior-backend-engineer"))} a {@link Role}
 * (see {@link Catalogue#get(ItemId)} and {@link Catalogue#find(ItemId)}).
 *
 * <p>Ids are lowercase slugs: 1 to 64 characters of {@code a-z} and {@code 0-9} in groups
 * joined by single hyphens. They are immutable and thread-safe, compare by their text, and ids
 * of different types are never equal.
 *
 * @param <T> the type of item the id names
 */
public sealed interface ItemId<T>
    permits CategoryId, FamilyId, LevelId, ProficiencyId, ResponsibilityId, RoleId, SkillId {

  /**
   * Returns the slug.
   *
   * @return the slug, such as {@code postgresql}
   */
  String value();
}
