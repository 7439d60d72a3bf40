package io.github.competency.core.assess;

import io.github.competency.core.Importance;
import io.github.competency.core.ProfileId;
import io.github.competency.core.Requirement;
import java.util.List;
import org.immutables.value.Value;

/**
 * Who in a group meets one requirement of a role, or one option of a choice group: one line of a
 * {@link TeamCoverage}, or of a {@link GroupCoverage}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract non-sealed class RequirementCoverage implements Coverage {

  RequirementCoverage() {}

  /**
   * Returns the requirement.
   *
   * @return the role's requirement, or the group's option
   */
  public abstract Requirement requirement();

  /**
   * Returns how much the requirement matters: its own importance, or for an option its group's.
   *
   * @return the importance
   */
  @Override
  public abstract Importance importance();

  /**
   * Returns the people of the group who meet the requirement.
   *
   * @return their profiles' ids, each once, in the group's order
   */
  @Override
  public abstract List<ProfileId> metBy();

  /**
   * Returns a short description.
   *
   * @return for example {@code RequirementCoverage[java at expert: 2 people]}
   */
  @Override
  public final String toString() {
    return "RequirementCoverage["
        + requirement().skill()
        + " at "
        + requirement().proficiency()
        + ": "
        + Counts.of(metBy().size(), "person", "people")
        + "]";
  }
}
