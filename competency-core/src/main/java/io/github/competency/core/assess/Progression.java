package io.github.competency.core.assess;

import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.GroupId;
import io.github.competency.core.Requirement;
import io.github.competency.core.ResponsibilityId;
import io.github.competency.core.RoleId;
import io.github.competency.core.SkillId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * What changes from one role to another, such as from a junior to a senior role: the
 * responsibilities added and dropped, the requirements added, raised, lowered, otherwise changed
 * and dropped, and the choice groups added, changed and dropped. Made by
 * {@link Assessor#progression(RoleId, RoleId)}.
 *
 * <pre>{@code
 * Progression step = assessor.progression(junior, senior);
 * step.raised();        // e.g. caching from working to practitioner, 1 step up
 * step.groupsChanged(); // e.g. a backend language now at expert
 * step.applyTo(juniorRole.requirements()); // the senior role's requirements, in its order
 * }</pre>
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
   * Returns the requirements of the second role on skills the first does not require singly.
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
   * Returns the requirements of the first role on skills the second does not require singly.
   *
   * @return the requirements, in the first role's order
   */
  public abstract List<Requirement> dropped();

  /**
   * Returns the choice groups of the second role whose ids the first role's groups lack.
   *
   * @return the groups, in the second role's order
   */
  public abstract List<ChoiceGroup> groupsAdded();

  /**
   * Returns the choice groups both roles have, by id, that differ in anything.
   *
   * @return the changes, in the second role's order
   */
  public abstract List<GroupChange> groupsChanged();

  /**
   * Returns the choice groups of the first role whose ids the second role's groups lack.
   *
   * @return the groups, in the first role's order
   */
  public abstract List<ChoiceGroup> groupsDropped();

  /** The skills of the second role's requirements, in its order. */
  abstract List<SkillId> requirementOrder();

  /** The ids of the second role's groups, in its order. */
  abstract List<GroupId> groupOrder();

  /**
   * Applies this progression to requirements, matching them by skill: drops the dropped ones,
   * replaces the raised, lowered and changed ones by their new form and adds the added ones.
   * Applied to the first role's requirements, it gives the second role's, in the second role's
   * order.
   *
   * @param requirements requirements, normally the first role's
   * @return the requirements after the progression: those the second role has, in its order,
   *     then any others kept, in the order given
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
    return inOrder(result, requirementOrder(), Requirement::skill);
  }

  /**
   * Applies this progression to choice groups, matching them by id: drops the dropped ones,
   * replaces the changed ones by their new form and adds the added ones. Applied to the first
   * role's groups, it gives the second role's, in the second role's order.
   *
   * @param groups groups, normally the first role's
   * @return the groups after the progression: those the second role has, in its order, then any
   *     others kept, in the order given
   */
  public final List<ChoiceGroup> applyToGroups(List<ChoiceGroup> groups) {
    Objects.requireNonNull(groups, "groups");
    Set<GroupId> gone = new HashSet<>();
    groupsDropped().forEach(g -> gone.add(g.id()));
    Map<GroupId, ChoiceGroup> replaced = new HashMap<>();
    groupsChanged().forEach(c -> replaced.put(c.id(), c.after()));
    List<ChoiceGroup> result = new ArrayList<>();
    for (ChoiceGroup group : groups) {
      Objects.requireNonNull(group, "groups element");
      if (!gone.contains(group.id())) {
        result.add(replaced.getOrDefault(group.id(), group));
      }
    }
    result.addAll(groupsAdded());
    return inOrder(result, groupOrder(), ChoiceGroup::id);
  }

  /** Sorts by position in {@code order}; what it lacks goes last, in the order it came. */
  private static <T, K> List<T> inOrder(List<T> items, List<K> order, Function<T, K> key) {
    Map<K, Integer> position = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      position.put(order.get(i), i);
    }
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(
        Comparator.comparingInt(item -> position.getOrDefault(key.apply(item), Integer.MAX_VALUE)));
    return Collections.unmodifiableList(sorted);
  }

  /**
   * Returns a short description.
   *
   * @return for example {@code Progression[junior-backend-engineer -> senior-backend-engineer: 31
   *     added, 23 raised, 0 lowered, 0 changed, 0 dropped; groups 2 added, 2 changed, 0
   *     dropped]}
   */
  @Override
  public final String toString() {
    return "Progression["
        + fromRole()
        + " -> "
        + toRole()
        + ": "
        + added().size()
        + " added, "
        + raised().size()
        + " raised, "
        + lowered().size()
        + " lowered, "
        + changed().size()
        + " changed, "
        + dropped().size()
        + " dropped; groups "
        + groupsAdded().size()
        + " added, "
        + groupsChanged().size()
        + " changed, "
        + groupsDropped().size()
        + " dropped]";
  }
}
