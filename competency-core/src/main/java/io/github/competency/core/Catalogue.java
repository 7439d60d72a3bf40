package io.github.competency.core;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
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
 * result. The indexes behind them are built on first use. Instances are immutable and
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
    return index().search().exact(name);
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
    return index().search().search(query);
  }

  private UnknownIdException unknown(ItemId<?> id) {
    return unknown(id, index().known(id));
  }

  private UnknownIdException unknown(ItemId<?> id, Collection<?> known) {
    return new UnknownIdException("catalogue '" + id() + "' has no "
        + ((AbstractId<?>) id).kind() + " '" + id + "'; " + CatalogueValidator.known(known));
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
    return "Catalogue[" + id() + " " + version() + ": " + proficiencies().size()
        + " proficiencies, " + levels().size() + " levels, " + families().size() + " families, " + categories().size()
        + " categories, " + skills().size() + " skills, " + responsibilities().size()
        + " responsibilities, " + roles().size() + " roles]";
  }

  /** Builds a {@link Catalogue}, validating it in {@code build()}; not thread-safe. */
  public static final class Builder extends ImmutableCatalogue.Builder {
    Builder() {}
  }
}
