package io.github.competency.core.assess;

import io.github.competency.core.RoleId;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Which requirements of a role a group of people covers: those no one meets, and those only one
 * person meets (the group's single points of knowledge). Made by
 * {@link Assessor#coverage(RoleId, Iterable)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class TeamCoverage {

  TeamCoverage() {}

  /**
   * Returns the role.
   *
   * @return its id
   */
  public abstract RoleId role();

  /**
   * Returns how many different people the group has.
   *
   * @return the number of distinct profile ids
   */
  public abstract int people();

  /**
   * Returns who meets each requirement of the role.
   *
   * @return one line per requirement, in the role's order
   */
  public abstract List<RequirementCoverage> requirements();

  /**
   * Returns the requirements no one in the group meets.
   *
   * @return the lines with nobody, in the role's order
   */
  public final List<RequirementCoverage> uncovered() {
    return requirements().stream()
        .filter(r -> r.metBy().isEmpty())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the requirements exactly one person in the group meets.
   *
   * @return the lines with one person, in the role's order
   */
  public final List<RequirementCoverage> singlePoints() {
    return requirements().stream()
        .filter(r -> r.metBy().size() == 1)
        .collect(Collectors.toUnmodifiableList());
  }
}
