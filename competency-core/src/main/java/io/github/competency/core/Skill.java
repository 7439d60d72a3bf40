package io.github.competency.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A named capability, such as a programming language, a database or a practice like code
 * review, that roles require and responsibilities exercise.
 *
 * <p>A skill belongs to one {@link Category}, may be known under other names
 * ({@link #aliases()}), may point at external frameworks ({@link #references()}) and may say what
 * each step of the proficiency scale looks like for it ({@link #behaviours()}). Like SFIA skills,
 * a skill may be defined at only some steps of the scale ({@link #definedAt()}); a requirement
 * may then only ask for one of those steps.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class Skill {

  Skill() {}

  /**
   * Returns the id of the skill.
   *
   * @return the id
   */
  public abstract SkillId id();

  /**
   * Returns the name people see.
   *
   * @return the name, never blank in a valid catalogue
   */
  public abstract String name();

  /**
   * Returns the category the skill belongs to.
   *
   * @return the category's id
   */
  public abstract CategoryId category();

  /**
   * Returns what the skill is.
   *
   * @return the description, empty if none was given
   */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * Returns other names people use for the skill, such as {@code postgres} for PostgreSQL.
   *
   * @return the aliases, in the order given
   */
  public abstract List<String> aliases();

  /**
   * Returns the same skill in external frameworks, such as an SFIA 9 code.
   *
   * @return the references, in the order given
   */
  public abstract List<Reference> references();

  /**
   * Returns the steps of the proficiency scale at which the skill is defined. Empty means
   * every step.
   *
   * @return the steps, a set in no particular order (JSON lists them in the scale's order, and
   *     so do messages)
   */
  public abstract Set<ProficiencyId> definedAt();

  /**
   * Returns what the skill looks like at particular steps of the proficiency scale.
   *
   * @return a description for each step that has one, in no particular order (JSON writes them
   *     in the scale's order)
   */
  public abstract Map<ProficiencyId, String> behaviours();

  /**
   * Returns where the skill comes from.
   *
   * @return the source, if known
   */
  public abstract Optional<Source> source();

  /**
   * Tells whether a requirement may ask for this skill at the given step.
   *
   * @param proficiency a step of the catalogue's scale
   * @return true if the skill is defined at every step or at this one
   */
  public final boolean isDefinedAt(ProficiencyId proficiency) {
    Objects.requireNonNull(proficiency, "proficiency");
    return definedAt().isEmpty() || definedAt().contains(proficiency);
  }

  /**
   * Returns a copy with another id.
   *
   * @param id the new id
   * @return the changed copy
   */
  public final Skill withId(SkillId id) {
    Objects.requireNonNull(id, "id");
    return builder().from(this).id(id).build();
  }

  /**
   * Returns a copy with another name.
   *
   * @param name the new name
   * @return the changed copy
   */
  public final Skill withName(String name) {
    Objects.requireNonNull(name, "name");
    return builder().from(this).name(name).build();
  }

  /**
   * Returns a copy with another category.
   *
   * @param category the new category
   * @return the changed copy
   */
  public final Skill withCategory(CategoryId category) {
    Objects.requireNonNull(category, "category");
    return builder().from(this).category(category).build();
  }

  /**
   * Returns a copy with another description.
   *
   * @param description the new description
   * @return the changed copy
   */
  public final Skill withDescription(String description) {
    Objects.requireNonNull(description, "description");
    return builder().from(this).description(description).build();
  }

  /**
   * Returns a copy with another aliases.
   *
   * @param aliases the new aliases
   * @return the changed copy
   */
  public final Skill withAliases(Iterable<String> aliases) {
    Objects.requireNonNull(aliases, "aliases");
    return builder().from(this).aliases(aliases).build();
  }

  /**
   * Returns a copy with another references.
   *
   * @param references the new references
   * @return the changed copy
   */
  public final Skill withReferences(Iterable<Reference> references) {
    Objects.requireNonNull(references, "references");
    return builder().from(this).references(references).build();
  }

  /**
   * Returns a copy with another defined at.
   *
   * @param definedAt the new defined at
   * @return the changed copy
   */
  public final Skill withDefinedAt(Iterable<ProficiencyId> definedAt) {
    Objects.requireNonNull(definedAt, "definedAt");
    return builder().from(this).definedAt(definedAt).build();
  }

  /**
   * Returns a copy with another behaviours.
   *
   * @param behaviours the new behaviours
   * @return the changed copy
   */
  public final Skill withBehaviours(Map<ProficiencyId, String> behaviours) {
    Objects.requireNonNull(behaviours, "behaviours");
    return builder().from(this).behaviours(behaviours).build();
  }

  /**
   * Returns a copy with another source.
   *
   * @param source the new source
   * @return the changed copy
   */
  public final Skill withSource(Source source) {
    Objects.requireNonNull(source, "source");
    return builder().from(this).source(source).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Skill}; not thread-safe. */
  public static final class Builder extends ImmutableSkill.Builder {
    Builder() {}
  }
}
