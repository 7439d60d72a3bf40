package io.github.competency.core.assess;

import io.github.competency.core.ProfileId;
import io.github.competency.core.Requirement;
import java.util.List;
import org.immutables.value.Value;

/**
 * Who in a group meets one requirement of a role: one line of a {@link TeamCoverage}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class RequirementCoverage {

  RequirementCoverage() {}

  /**
   * Returns the requirement.
   *
   * @return the role's requirement
   */
  public abstract Requirement requirement();

  /**
   * Returns the people of the group who meet the requirement.
   *
   * @return their profiles' ids, each once, in the group's order
   */
  public abstract List<ProfileId> metBy();
}
