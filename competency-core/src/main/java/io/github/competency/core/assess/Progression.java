package io.github.competency.core.assess;

import io.github.competency.core.Requirement;
import io.github.competency.core.ResponsibilityId;
import io.github.competency.core.RoleId;
import io.github.competency.core.SkillId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What changes from one role to another, such as from a junior to a senior role: the
 * responsibilities added and dropped, and the requirements added, raised, lowered, otherwise
 * changed and dropped. Made by {@link Assessor#progression(RoleId, RoleId)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class Progression {

  Progression() {}

  /**
   * Returns the role progressed from.
   *
   * @return its id
   */
  public abstract RoleId fromRole();

  /**
   * Returns the role progressed to.
   *
   * @return its id
   */
  public abstract RoleId toRole();

  /**
   * Returns the responsibilities of the second role that the first does not have.
   *
   * @return their ids, in the second role's order
   */
  public abstract List<ResponsibilityId> responsibilitiesAdded();

  /**
   * Returns the responsibilities of the first role that the second does not have.
   *
   * @return their ids, in the first role's order
   */
  public abstract List<ResponsibilityId> responsibilitiesDropped();

  /**
   * Returns the requirements of the second role on skills the first does not require.
   *
   * @return the requirements, in the second role's order
   */
  public abstract List<Requirement> added();

  /**
   * Returns the requirements the second role asks at a higher step.
   *
   * @return the changes, in the second role's order
   */
  public abstract List<RequirementChange> raised();

  /**
   * Returns the requirements the second role asks at a lower step.
   *
   * @return the changes, in the second role's order
   */
  public abstract List<RequirementChange> lowered();

  /**
   * Returns the requirements the second role asks at the same step but with another importance,
   * weight or note.
   *
   * @return the changes, in the second role's order
   */
  public abstract List<RequirementChange> changed();

  /**
   * Returns the requirements of the first role on skills the second does not require.
   *
   * @return the requirements, in the first role's order
   */
  public abstract List<Requirement> dropped();

  /**
   * Applies this progression to requirements, matching them by skill: drops the dropped ones,
   * replaces the raised, lowered and changed ones by their new form and appends the added ones.
   * Applied to the first role's requirements, it gives the second role's.
   *
   * @param requirements requirements, normally the first role's
   * @return the requirements after the progression: the kept ones in the given order, then the
   *     added ones
   */
  public final List<Requirement> applyTo(List<Requirement> requirements) {
    Objects.requireNonNull(requirements, "requirements");
    Set<SkillId> gone = new HashSet<>();
    dropped().forEach(r -> gone.add(r.skill()));
    Map<SkillId, Requirement> replaced = new HashMap<>();
    for (List<RequirementChange> changes : List.of(raised(), lowered(), changed())) {
      changes.forEach(c -> replaced.put(c.skill(), c.after()));
    }
    List<Requirement> result = new ArrayList<>();
    for (Requirement requirement : requirements) {
      Objects.requireNonNull(requirement, "requirements element");
      if (!gone.contains(requirement.skill())) {
        result.add(replaced.getOrDefault(requirement.skill(), requirement));
      }
    }
    result.addAll(added());
    return Collections.unmodifiableList(result);
  }
}
