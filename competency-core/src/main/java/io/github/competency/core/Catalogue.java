package io.github.competency.core;

import io.github.competency.core.internal.CatalogueIndex;
import io.github.competency.core.internal.CatalogueValidator;
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
   * Returns the steps of the proficiency scale, as given; see {@link #proficiencyScale()} for
   * them in rank order.
   *
   * @return the steps
   */
  public abstract List<Proficiency> proficiencies();

  /**
   * Returns the levels of the career ladder, as given; see {@link #levelLadder()} for them in
   * rank order.
   *
   * @return the levels
   */
  public abstract List<Level> levels();

  /**
   * Returns the skill categories.
   *
   * @return the categories, in the order given
   */
  public abstract List<SkillCategory> categories();

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
   * Finds a skill by id.
   *
   * @param id the skill's id
   * @return the skill, or empty if the catalogue has none with that id
   */
  public final Optional<Skill> findSkill(SkillId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(index().skills().get(id));
  }

  /**
   * Returns a skill by id.
   *
   * @param id the skill's id
   * @return the skill
   * @throws UnknownIdException if the catalogue has no skill with that id
   */
  public final Skill skill(SkillId id) {
    Objects.requireNonNull(id, "id");
    return findSkill(id).orElseThrow(() -> unknown("skill", id, index().skills().keySet()));
  }

  /**
   * Finds a role by id.
   *
   * @param id the role's id
   * @return the role, or empty if the catalogue has none with that id
   */
  public final Optional<Role> findRole(RoleId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(index().roles().get(id));
  }

  /**
   * Returns a role by id.
   *
   * @param id the role's id
   * @return the role
   * @throws UnknownIdException if the catalogue has no role with that id
   */
  public final Role role(RoleId id) {
    Objects.requireNonNull(id, "id");
    return findRole(id).orElseThrow(() -> unknown("role", id, index().roles().keySet()));
  }

  /**
   * Finds a level by id.
   *
   * @param id the level's id
   * @return the level, or empty if the catalogue has none with that id
   */
  public final Optional<Level> findLevel(LevelId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(index().levels().get(id));
  }

  /**
   * Returns a level by id.
   *
   * @param id the level's id
   * @return the level
   * @throws UnknownIdException if the catalogue has no level with that id
   */
  public final Level level(LevelId id) {
    Objects.requireNonNull(id, "id");
    return findLevel(id).orElseThrow(() -> unknown("level", id, index().levels().keySet()));
  }

  /**
   * Finds a step of the proficiency scale by id.
   *
   * @param id the step's id
   * @return the step, or empty if the catalogue has none with that id
   */
  public final Optional<Proficiency> findProficiency(ProficiencyId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(index().proficiencies().get(id));
  }

  /**
   * Returns a step of the proficiency scale by id.
   *
   * @param id the step's id
   * @return the step
   * @throws UnknownIdException if the catalogue has no step with that id
   */
  public final Proficiency proficiency(ProficiencyId id) {
    Objects.requireNonNull(id, "id");
    return findProficiency(id)
        .orElseThrow(() -> unknown("proficiency", id, index().proficiencies().keySet()));
  }

  /**
   * Finds a skill category by id.
   *
   * @param id the category's id
   * @return the category, or empty if the catalogue has none with that id
   */
  public final Optional<SkillCategory> findCategory(CategoryId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(index().categories().get(id));
  }

  /**
   * Returns a skill category by id.
   *
   * @param id the category's id
   * @return the category
   * @throws UnknownIdException if the catalogue has no category with that id
   */
  public final SkillCategory category(CategoryId id) {
    Objects.requireNonNull(id, "id");
    return findCategory(id)
        .orElseThrow(() -> unknown("category", id, index().categories().keySet()));
  }

  /**
   * Finds a responsibility by id.
   *
   * @param id the responsibility's id
   * @return the responsibility, or empty if the catalogue has none with that id
   */
  public final Optional<Responsibility> findResponsibility(ResponsibilityId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(index().responsibilities().get(id));
  }

  /**
   * Returns a responsibility by id.
   *
   * @param id the responsibility's id
   * @return the responsibility
   * @throws UnknownIdException if the catalogue has no responsibility with that id
   */
  public final Responsibility responsibility(ResponsibilityId id) {
    Objects.requireNonNull(id, "id");
    return findResponsibility(id)
        .orElseThrow(() -> unknown("responsibility", id, index().responsibilities().keySet()));
  }

  // ---------------------------------------------------------------- queries

  /**
   * Returns the steps of the proficiency scale from least to most proficient.
   *
   * @return the steps in ascending rank
   */
  public final List<Proficiency> proficiencyScale() {
    return index().proficiencyScale();
  }

  /**
   * Returns the levels of the career ladder from the lowest to the highest.
   *
   * @return the levels in ascending rank
   */
  public final List<Level> levelLadder() {
    return index().levelLadder();
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
    return Integer.compare(proficiency(a).rank(), proficiency(b).rank());
  }

  /**
   * Returns the roles at a level.
   *
   * @param level a level's id
   * @return the roles at that level, in catalogue order; empty if none or the level is unknown
   */
  public final List<Role> rolesAt(LevelId level) {
    Objects.requireNonNull(level, "level");
    return index().rolesByLevel().getOrDefault(level, List.of());
  }

  /**
   * Returns the roles of a family.
   *
   * @param family a family's id
   * @return the roles of that family, in catalogue order; empty if none
   */
  public final List<Role> rolesIn(FamilyId family) {
    Objects.requireNonNull(family, "family");
    return index().rolesByFamily().getOrDefault(family, List.of());
  }

  /**
   * Returns the roles that require a skill.
   *
   * @param skill a skill's id
   * @return the roles requiring it, in catalogue order; empty if none
   */
  public final List<Role> rolesRequiring(SkillId skill) {
    Objects.requireNonNull(skill, "skill");
    return index().rolesBySkill().getOrDefault(skill, List.of());
  }

  /**
   * Returns what a role requires.
   *
   * @param role a role's id
   * @return the role's requirements
   * @throws UnknownIdException if the catalogue has no role with that id
   */
  public final List<Requirement> requirementsOf(RoleId role) {
    Objects.requireNonNull(role, "role");
    return role(role).requirements();
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
    return index().responsibilitiesOf(role(role));
  }

  /**
   * Returns the skills of a category.
   *
   * @param category a category's id
   * @return the skills in it, in catalogue order; empty if none
   */
  public final List<Skill> skillsIn(CategoryId category) {
    Objects.requireNonNull(category, "category");
    return index().skillsByCategory().getOrDefault(category, List.of());
  }

  /**
   * Returns the responsibilities that exercise a skill.
   *
   * @param skill a skill's id
   * @return the responsibilities exercising it, in catalogue order; empty if none
   */
  public final List<Responsibility> responsibilitiesExercising(SkillId skill) {
    Objects.requireNonNull(skill, "skill");
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
    return index().nextSteps(role(role));
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
    role(role);
    return index().previousSteps().getOrDefault(role, List.of());
  }

  /**
   * Returns the whole career ladder through a role: every role that leads to it, directly or
   * not, the role itself and every role it leads to, directly or not.
   *
   * @param role a role's id
   * @return the roles, ordered by level rank, then by catalogue order
   * @throws UnknownIdException if the catalogue has no role with that id
   */
  public final List<Role> ladder(RoleId role) {
    Objects.requireNonNull(role, "role");
    return index().ladder(role(role));
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

  private UnknownIdException unknown(String kind, Object id, java.util.Collection<?> known) {
    return new UnknownIdException("catalogue '" + id() + "' has no " + kind + " '" + id + "'; "
        + CatalogueValidator.known(known));
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
        + " proficiencies, " + levels().size() + " levels, " + categories().size()
        + " categories, " + skills().size() + " skills, " + responsibilities().size()
        + " responsibilities, " + roles().size() + " roles]";
  }

  /** Builds a {@link Catalogue}, validating it in {@code build()}; not thread-safe. */
  public static final class Builder extends ImmutableCatalogue.Builder {
    Builder() {}
  }
}
