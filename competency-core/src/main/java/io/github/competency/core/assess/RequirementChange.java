package io.github.competency.core.assess;

import io.github.competency.core.Requirement;
import io.github.competency.core.SkillId;
import org.immutables.value.Value;

/**
 * A requirement that two roles both state but differently: raised or lowered to another step,
 * or at the same step with another importance, weight or note.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class RequirementChange {

  RequirementChange() {}

  /**
   * Returns the skill both requirements are about.
   *
   * @return the skill's id
   */
  public final SkillId skill() {
    return after().skill();
  }

  /**
   * Returns the requirement of the first role.
   *
   * @return the requirement before
   */
  public abstract Requirement before();

  /**
   * Returns the requirement of the second role.
   *
   * @return the requirement after
   */
  public abstract Requirement after();

  /**
   * Returns how many steps of the scale the required step moves up.
   *
   * @return positive when raised, negative when lowered, 0 when only the importance, weight or
   *     note changed
   */
  public abstract int steps();
}
