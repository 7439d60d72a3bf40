package io.github.competency.core.assess;

import io.github.competency.core.ResponsibilityId;
import io.github.competency.core.SkillId;
import java.util.List;
import org.immutables.value.Value;

/**
 * Whether a person is ready for one responsibility of a role: it is met when every skill it
 * exercises that the role requires is met. Skills it exercises that the role does not require
 * do not count.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class ResponsibilityResult {

  ResponsibilityResult() {}

  /**
   * Returns the responsibility.
   *
   * @return its id
   */
  public abstract ResponsibilityId responsibility();

  /**
   * Returns the skills of the responsibility that the role requires and the person does not yet
   * meet.
   *
   * @return the skills, in the responsibility's order
   */
  public abstract List<SkillId> unmet();

  /**
   * Tells whether all the responsibility's required skills are met.
   *
   * @return true if {@link #unmet()} is empty
   */
  public final boolean met() {
    return unmet().isEmpty();
  }
}
