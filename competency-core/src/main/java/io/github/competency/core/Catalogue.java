package io.github.competency.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A versioned, validated framework of competencies: a proficiency scale, the levels of a career
 * ladder, skill categories, skills, responsibilities and roles, with where they come from and
 * the language of their texts.
 *
 * <p>Building a catalogue ({@link #builder()}, or reading JSON with
 * {@link io.github.competency.core.json.CatalogueJson}) checks every reference, id and rank and
 * throws {@link InvalidCatalogueException} listing all problems at once. A catalogue that exists
 * is therefore consistent: every id it mentions resolves.
 *
 * <p>Lookups by id take constant time; queries returning lists take time proportional to their
 * result. The indexes behind them are built on first use, the name search on the first
 * search. Instances are immutable and
 * thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class Catalogue {

  Catalogue() {}

  /**
   * Returns the id of the catalogue.
   *
   * @return the id
   */
  public abstract CatalogueId id();

  /**
   * Returns the version of the catalogue's content, such as {@code 1.0.0}.
   *
   * @return the version, never blank
   */
  public abstract String version();

  /**
   * Returns the title people see.
   *
   * @return the title, never blank
   */
  public abstract String title();

  /**
   * Returns the language of the catalogue's texts.
   *
   * @return a locale with a language, written in JSON as a BCP 47 tag such as {@code en}
   */
  public abstract Locale language();

  /**
   * Returns what the catalogue covers.
   *
   * @return the description, empty if none was given
   */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * Returns where the catalogue's content comes from.
   *
   * @return the source, if known
   */
  public abstract Optional<Source> source();

  /**
   * Returns the steps of the proficiency scale, as given; see {@link #scale()} for
   * them in rank order.
   *
   * @return the steps
   */
  public abstract List<Proficiency> proficiencies();

  /**
   * Returns the levels of the career ladder, as given; see {@link #ladder()} for them in
   * rank order.
   *
   * @return the levels
   */
  public abstract List<Level> levels();

  /**
   * Returns the role families the catalogue declares. A catalogue that declares none leaves
   * its roles' families unexplained; one that declares some must declare every family its roles
   * belong to.
   *
   * @return the families, in the order given
   */
  public abstract List<Family> families();

  /**
   * Returns the skill categories.
   *
   * @return the categories, in the order given
   */
  public abstract List<Category> categories();

  /**
   * Returns the skills.
   *
   * @return the skills, in the order given
   */
  public abstract List<Skill> skills();

  /**
   * Returns the responsibilities.
   *
   * @return the responsibilities, in the order given
   */
  public abstract List<Responsibility> responsibilities();

  /**
   * Returns the roles.
   *
   * @return the roles, in the order given
   */
  public abstract List<Role> roles();

  @Value.Check
  final void validate() {
    List<Problem> problems = CatalogueValidator.validate(this);
    if (!problems.isEmpty()) {
      throw new InvalidCatalogueException(problems);
    }
  }

  @Value.Lazy
  CatalogueIndex index() {
    return new CatalogueIndex(this);
  }

  /** The name search, built on the first search only: lookups by id need none of it. */
  @Value.Lazy
  SkillSearch search() {
    return new SkillSearch(skills());
  }

  // ---------------------------------------------------------------- lookups by id

  /**
   * Finds an item by id: a skill by its {@link SkillId}, a role by its {@link RoleId}, and so on
   * for every kind of item.
   *
   * @param <T> the type of item the id names
   * @param id the item's id
   * @return the item, or empty if the catalogue has none with that id
   */
  public final <T> Optional<T> find(ItemId<T> id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(index().item(id));
  }

  /**
   * Returns an item by id: a skill by its {@link SkillId}, a role by its {@link RoleId}, and so
   * on for every kind of item.
   *
   * @param <T> the type of item the id names
   * @param id the item's id
   * @return the item
   * @throws UnknownIdException naming the known ids of that kind if the catalogue has no item
   *     with that id
   */
  public final <T> T get(ItemId<T> id) {
    Objects.requireNonNull(id, "id");
    T item = index().item(id);
    if (item == null) {
      throw unknown(id);
    }
    return item;
  }

  // ---------------------------------------------------------------- queries

  /**
   * Returns the steps of the proficiency scale from least to most proficient.
   *
   * @return the steps in ascending rank
   */
  public final List<Proficiency> scale() {
    return index().scale();
  }

  /**
   * Returns the levels of the career ladder from the lowest to the highest.
   *
   * @return the levels in ascending rank
   */
  public final List<Level> ladder() {
    return index().ladder();
  }

  /**
   * Compares two steps of the proficiency scale by rank.
   *
   * @param a a step of this catalogue's scale
   * @param b another step of this catalogue's scale
   * @return negative if {@code a} is less proficient than {@code b}, zero if they are the same
   *     step, positive otherwise
   * @throws UnknownIdException if either step is not on this catalogue's scale
   */
  public final int compareProficiency(ProficiencyId a, ProficiencyId b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return Integer.compare(get(a).rank(), get(b).rank());
  }

  /**
   * Returns the roles at a level.
   *
   * @param level a level's id
   * @return the roles at that level, in catalogue order; empty if none
   * @throws UnknownIdException if the catalogue has no level with that id
   */
  public final List<Role> rolesAt(LevelId level) {
    Objects.requireNonNull(level, "level");
    get(level);
    return index().rolesByLevel().getOrDefault(level, List.of());
  }

  /**
   * Returns the roles of a family.
   *
   * @param family a family's id
   * @return the roles of that family, in catalogue order; empty if none
   * @throws UnknownIdException if the catalogue neither declares the family nor has roles in it
   */
  public final List<Role> rolesIn(FamilyId family) {
    Objects.requireNonNull(family, "family");
    List<Role> roles = index().rolesByFamily().get(family);
    if (roles == null) {
      throw unknown(family, index().rolesByFamily().keySet());
    }
    return roles;
  }

  /**
   * Returns the roles that require a skill.
   *
   * @param skill a skill's id
   * @return the roles requiring it, in catalogue order; empty if none
   * @throws UnknownIdException if the catalogue has no skill with that id
   */
  public final List<Role> rolesRequiring(SkillId skill) {
    Objects.requireNonNull(skill, "skill");
    get(skill);
    return index().rolesBySkill().getOrDefault(skill, List.of());
  }

  /**
   * Returns the responsibilities of a role, resolved.
   *
   * @param role a role's id
   * @return the role's responsibilities, in the role's order
   * @throws UnknownIdException if the catalogue has no role with that id
   */
  public final List<Responsibility> responsibilitiesOf(RoleId role) {
    Objects.requireNonNull(role, "role");
    return index().responsibilitiesOf(get(role));
  }

  /**
   * Returns the skills of a category.
   *
   * @param category a category's id
   * @return the skills in it, in catalogue order; empty if none
   * @throws UnknownIdException if the catalogue has no category with that id
   */
  public final List<Skill> skillsIn(CategoryId category) {
    Objects.requireNonNull(category, "category");
    get(category);
    return index().skillsByCategory().getOrDefault(category, List.of());
  }

  /**
   * Returns the responsibilities that exercise a skill.
   *
   * @param skill a skill's id
   * @return the responsibilities exercising it, in catalogue order; empty if none
   * @throws UnknownIdException if the catalogue has no skill with that id
   */
  public final List<Responsibility> responsibilitiesExercising(SkillId skill) {
    Objects.requireNonNull(skill, "skill");
    get(skill);
    return index().responsibilitiesBySkill().getOrDefault(skill, List.of());
  }

  /**
   * Returns the roles a role leads to: its next career steps.
   *
   * @param role a role's id
   * @return the next roles, in the role's order
   * @throws UnknownIdException if the catalogue has no role with that id
   */
  public final List<Role> nextSteps(RoleId role) {
    Objects.requireNonNull(role, "role");
    return index().nextSteps(get(role));
  }

  /**
   * Returns the roles that lead to a role: its previous career steps.
   *
   * @param role a role's id
   * @return the previous roles, in catalogue order
   * @throws UnknownIdException if the catalogue has no role with that id
   */
  public final List<Role> previousSteps(RoleId role) {
    Objects.requireNonNull(role, "role");
    get(role);
    return index().previousSteps().getOrDefault(role, List.of());
  }

  /**
   * Returns the career path through a role: every role that leads to it, directly or not, the
   * role itself and every role it leads to, directly or not.
   *
   * @param role a role's id
   * @return the roles, ordered by level rank, then by catalogue order
   * @throws UnknownIdException if the catalogue has no role with that id
   */
  public final List<Role> careerPath(RoleId role) {
    Objects.requireNonNull(role, "role");
    return index().careerPath(get(role));
  }

  /**
   * Finds the skill a person means by a name or alias, ignoring case, accents and spacing, so
   * that {@code "Postgres"} finds the skill with alias {@code postgres}.
   *
   * @param name a skill's name or alias
   * @return the first skill, in catalogue order, with that name or alias; empty if none
   */
  public final Optional<Skill> findSkillByName(String name) {
    Objects.requireNonNull(name, "name");
    return search().exact(name);
  }

  /**
   * Searches skills by name and alias, ignoring case and accents. Every word of the query must
   * start a word of the skill's name or of one of its aliases.
   *
   * @param query words such as {@code "node"} or {@code "distributed cach"}
   * @return the matching skills, exact name or alias matches first, then in catalogue order;
   *     empty for a blank query
   */
  public final List<Skill> searchSkills(String query) {
    Objects.requireNonNull(query, "query");
    return search().search(query);
  }

  private UnknownIdException unknown(ItemId<?> id) {
    return unknown(id, index().known(id));
  }

  private UnknownIdException unknown(ItemId<?> id, Collection<?> known) {
    return new UnknownIdException(
        "catalogue '"
            + id()
            + "' has no "
            + ((AbstractId<?>) id).kind()
            + " '"
            + id
            + "'; "
            + CatalogueValidator.known(known));
  }

  /**
   * Returns a copy with another id.
   *
   * @param id the new id
   * @return the changed copy
   */
  public final Catalogue withId(CatalogueId id) {
    Objects.requireNonNull(id, "id");
    return builder().from(this).id(id).build();
  }

  /**
   * Returns a copy with another version.
   *
   * @param version the new version
   * @return the changed copy
   */
  public final Catalogue withVersion(String version) {
    Objects.requireNonNull(version, "version");
    return builder().from(this).version(version).build();
  }

  /**
   * Returns a copy with another title.
   *
   * @param title the new title
   * @return the changed copy
   */
  public final Catalogue withTitle(String title) {
    Objects.requireNonNull(title, "title");
    return builder().from(this).title(title).build();
  }

  /**
   * Returns a copy with another language.
   *
   * @param language the new language
   * @return the changed copy
   */
  public final Catalogue withLanguage(Locale language) {
    Objects.requireNonNull(language, "language");
    return builder().from(this).language(language).build();
  }

  /**
   * Returns a copy with another description.
   *
   * @param description the new description
   * @return the changed copy
   */
  public final Catalogue withDescription(String description) {
    Objects.requireNonNull(description, "description");
    return builder().from(this).description(description).build();
  }

  /**
   * Returns a copy with another source.
   *
   * @param source the new source
   * @return the changed copy
   */
  public final Catalogue withSource(Source source) {
    Objects.requireNonNull(source, "source");
    return builder().from(this).source(source).build();
  }

  /**
   * Returns a copy with another proficiencies.
   *
   * @param proficiencies the new proficiencies
   * @return the changed copy
   */
  public final Catalogue withProficiencies(Iterable<Proficiency> proficiencies) {
    Objects.requireNonNull(proficiencies, "proficiencies");
    return builder().from(this).proficiencies(proficiencies).build();
  }

  /**
   * Returns a copy with another levels.
   *
   * @param levels the new levels
   * @return the changed copy
   */
  public final Catalogue withLevels(Iterable<Level> levels) {
    Objects.requireNonNull(levels, "levels");
    return builder().from(this).levels(levels).build();
  }

  /**
   * Returns a copy with another families.
   *
   * @param families the new families
   * @return the changed copy
   */
  public final Catalogue withFamilies(Iterable<Family> families) {
    Objects.requireNonNull(families, "families");
    return builder().from(this).families(families).build();
  }

  /**
   * Returns a copy with another categories.
   *
   * @param categories the new categories
   * @return the changed copy
   */
  public final Catalogue withCategories(Iterable<Category> categories) {
    Objects.requireNonNull(categories, "categories");
    return builder().from(this).categories(categories).build();
  }

  /**
   * Returns a copy with another skills.
   *
   * @param skills the new skills
   * @return the changed copy
   */
  public final Catalogue withSkills(Iterable<Skill> skills) {
    Objects.requireNonNull(skills, "skills");
    return builder().from(this).skills(skills).build();
  }

  /**
   * Returns a copy with another responsibilities.
   *
   * @param responsibilities the new responsibilities
   * @return the changed copy
   */
  public final Catalogue withResponsibilities(Iterable<Responsibility> responsibilities) {
    Objects.requireNonNull(responsibilities, "responsibilities");
    return builder().from(this).responsibilities(responsibilities).build();
  }

  /**
   * Returns a copy with another roles.
   *
   * @param roles the new roles
   * @return the changed copy
   */
  public final Catalogue withRoles(Iterable<Role> roles) {
    Objects.requireNonNull(roles, "roles");
    return builder().from(this).roles(roles).build();
  }

  // ---------------------------------------------------------------- changed copies by item

  /**
   * Returns a copy with a step of the proficiency scale added, or put in place of the one with the same id.
   *
   * @param proficiency the step of the proficiency scale
   * @return the changed copy, validated
   * @throws InvalidCatalogueException if the changed catalogue is not valid
   */
  public final Catalogue with(Proficiency proficiency) {
    Objects.requireNonNull(proficiency, "proficiency");
    return builder()
        .from(this)
        .proficiencies(put(proficiencies(), proficiency, Proficiency::id))
        .build();
  }

  /**
   * Returns a copy with a level added, or put in place of the one with the same id.
   *
   * @param level the level
   * @return the changed copy, validated
   * @throws InvalidCatalogueException if the changed catalogue is not valid
   */
  public final Catalogue with(Level level) {
    Objects.requireNonNull(level, "level");
    return builder().from(this).levels(put(levels(), level, Level::id)).build();
  }

  /**
   * Returns a copy with a role family added, or put in place of the one with the same id.
   *
   * @param family the role family
   * @return the changed copy, validated
   * @throws InvalidCatalogueException if the changed catalogue is not valid
   */
  public final Catalogue with(Family family) {
    Objects.requireNonNull(family, "family");
    return builder().from(this).families(put(families(), family, Family::id)).build();
  }

  /**
   * Returns a copy with a skill category added, or put in place of the one with the same id.
   *
   * @param category the skill category
   * @return the changed copy, validated
   * @throws InvalidCatalogueException if the changed catalogue is not valid
   */
  public final Catalogue with(Category category) {
    Objects.requireNonNull(category, "category");
    return builder().from(this).categories(put(categories(), category, Category::id)).build();
  }

  /**
   * Returns a copy with a skill added, or put in place of the one with the same id.
   *
   * @param skill the skill
   * @return the changed copy, validated
   * @throws InvalidCatalogueException if the changed catalogue is not valid
   */
  public final Catalogue with(Skill skill) {
    Objects.requireNonNull(skill, "skill");
    return builder().from(this).skills(put(skills(), skill, Skill::id)).build();
  }

  /**
   * Returns a copy with a responsibility added, or put in place of the one with the same id.
   *
   * @param responsibility the responsibility
   * @return the changed copy, validated
   * @throws InvalidCatalogueException if the changed catalogue is not valid
   */
  public final Catalogue with(Responsibility responsibility) {
    Objects.requireNonNull(responsibility, "responsibility");
    return builder()
        .from(this)
        .responsibilities(put(responsibilities(), responsibility, Responsibility::id))
        .build();
  }

  /**
   * Returns a copy with a role added, or put in place of the one with the same id.
   *
   * @param role the role
   * @return the changed copy, validated
   * @throws InvalidCatalogueException if the changed catalogue is not valid
   */
  public final Catalogue with(Role role) {
    Objects.requireNonNull(role, "role");
    return builder().from(this).roles(put(roles(), role, Role::id)).build();
  }

  /**
   * Returns a copy without the item with this id: a skill for a {@link SkillId}, a role for a
   * {@link RoleId}, and so on for every kind of item.
   *
   * @param id the item's id
   * @return the changed copy, validated: removing an item others still refer to fails
   * @throws UnknownIdException if the catalogue has no item with that id
   * @throws InvalidCatalogueException if the changed catalogue is not valid
   */
  public final Catalogue without(ItemId<?> id) {
    get(id);
    Builder copy = builder().from(this);
    if (id instanceof ProficiencyId) {
      copy.proficiencies(remove(proficiencies(), id, Proficiency::id));
    } else if (id instanceof LevelId) {
      copy.levels(remove(levels(), id, Level::id));
    } else if (id instanceof FamilyId) {
      copy.families(remove(families(), id, Family::id));
    } else if (id instanceof CategoryId) {
      copy.categories(remove(categories(), id, Category::id));
    } else if (id instanceof SkillId) {
      copy.skills(remove(skills(), id, Skill::id));
    } else if (id instanceof ResponsibilityId) {
      copy.responsibilities(remove(responsibilities(), id, Responsibility::id));
    } else {
      copy.roles(remove(roles(), id, Role::id));
    }
    return copy.build();
  }

  private static <T> List<T> put(List<T> items, T item, Function<T, ?> id) {
    List<T> result = new ArrayList<>(items);
    Object key = id.apply(item);
    for (int i = 0; i < result.size(); i++) {
      if (id.apply(result.get(i)).equals(key)) {
        result.set(i, item);
        return result;
      }
    }
    result.add(item);
    return result;
  }

  private static <T> List<T> remove(List<T> items, Object key, Function<T, ?> id) {
    List<T> result = new ArrayList<>(items);
    result.removeIf(item -> id.apply(item).equals(key));
    return result;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a short description: id, version and the number of items of each kind.
   *
   * @return for example {@code Catalogue[backend-engineering 1.0.0: 4 proficiencies, ...]}
   */
  @Override
  public final String toString() {
    return "Catalogue["
        + id()
        + " "
        + version()
        + ": "
        + proficiencies().size()
        + " proficiencies, "
        + levels().size()
        + " levels, "
        + families().size()
        + " families, "
        + categories().size()
        + " categories, "
        + skills().size()
        + " skills, "
        + responsibilities().size()
        + " responsibilities, "
        + roles().size()
        + " roles]";
  }

  /** Builds a {@link Catalogue}, validating it in {@code build()}; not thread-safe. */
  public static final class Builder extends ImmutableCatalogue.Builder {
    Builder() {}
  }
}
