package io.github.competency.core;

import java.util.Objects;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What a role asks of one skill: the skill at a proficiency step or above, how much it matters
 * ({@link Importance}) and, optionally, a numeric weight relative to the role's other
 * requirements (as Oracle's importance or SAP's competency weight).
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class Requirement {

  Requirement() {}

  /**
   * Returns the skill required.
   *
   * @return the skill's id
   */
  public abstract SkillId skill();

  /**
   * Returns the lowest step of the proficiency scale that meets the requirement.
   *
   * @return the step's id
   */
  public abstract ProficiencyId proficiency();

  /**
   * Returns how much the requirement matters.
   *
   * @return the importance; {@link Importance#ESSENTIAL} unless set
   */
  @Value.Default
  public Importance importance() {
    return Importance.ESSENTIAL;
  }

  /**
   * Returns the weight of the requirement among the role's requirements.
   *
   * @return a positive, finite weight, if one was given
   */
  public abstract OptionalDouble weight();

  /**
   * Returns what this role expects of the skill beyond the step's general description, such as
   * "one of Java, C#, Python or Node.js" or "designs schemas with the database administrators".
   *
   * @return the note, empty if none was given
   */
  @Value.Default
  public String note() {
    return "";
  }

  /**
   * Obtains an essential requirement without a weight.
   *
   * @param skill the skill
   * @param proficiency the lowest step that meets it
   * @return the requirement
   */
  public static Requirement of(SkillId skill, ProficiencyId proficiency) {
    return builder().skill(skill).proficiency(proficiency).build();
  }

  /**
   * Obtains a requirement without a weight.
   *
   * @param skill the skill
   * @param proficiency the lowest step that meets it
   * @param importance how much it matters
   * @return the requirement
   */
  public static Requirement of(SkillId skill, ProficiencyId proficiency, Importance importance) {
    return builder().skill(skill).proficiency(proficiency).importance(importance).build();
  }

  /**
   * Returns a copy with another skill.
   *
   * @param skill the new skill
   * @return the changed copy
   */
  public final Requirement withSkill(SkillId skill) {
    Objects.requireNonNull(skill, "skill");
    return builder().from(this).skill(skill).build();
  }

  /**
   * Returns a copy with another proficiency.
   *
   * @param proficiency the new proficiency
   * @return the changed copy
   */
  public final Requirement withProficiency(ProficiencyId proficiency) {
    Objects.requireNonNull(proficiency, "proficiency");
    return builder().from(this).proficiency(proficiency).build();
  }

  /**
   * Returns a copy with another importance.
   *
   * @param importance the new importance
   * @return the changed copy
   */
  public final Requirement withImportance(Importance importance) {
    Objects.requireNonNull(importance, "importance");
    return builder().from(this).importance(importance).build();
  }

  /**
   * Returns a copy with another weight.
   *
   * @param weight the new weight
   * @return the changed copy
   */
  public final Requirement withWeight(double weight) {
    return builder().from(this).weight(weight).build();
  }

  /**
   * Returns a copy with another note.
   *
   * @param note the new note
   * @return the changed copy
   */
  public final Requirement withNote(String note) {
    Objects.requireNonNull(note, "note");
    return builder().from(this).note(note).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Requirement}; not thread-safe. */
  public static final class Builder extends ImmutableRequirement.Builder {
    Builder() {}
  }
}
