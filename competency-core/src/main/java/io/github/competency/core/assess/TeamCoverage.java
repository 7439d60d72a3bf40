package io.github.competency.core.assess;

import io.github.competency.core.RoleId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.immutables.value.Value;

/**
 * Which requirements and choice groups of a role a group of people covers: those no one meets,
 * and those only one person meets (the group's single points of knowledge). A choice group
 * counts as one line, met by whoever meets enough of its options: a team with a Java and a
 * Python developer covers "one of Java, C#, Python or Node.js" twice, and nobody's lack of C#
 * is a gap. Made by {@link Assessor#coverage(RoleId, Iterable)}, which leaves out profiles that
 * do not fit the catalogue ({@link #setAside()}).
 *
 * <pre>{@code
 * TeamCoverage team = assessor.coverage(role, profiles);
 * team.uncovered();    // what no one meets: hire or train
 * team.singlePoints(); // what only one person meets: pair or document
 * }</pre>
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
   * Returns how many different people the group has, among its valid profiles.
   *
   * @return the number of distinct profile ids
   */
  public abstract int people();

  /**
   * Returns who meets each single requirement of the role.
   *
   * @return one line per requirement, in the role's order
   */
  public abstract List<RequirementCoverage> requirements();

  /**
   * Returns who meets each choice group of the role.
   *
   * @return one line per group, in the role's order
   */
  public abstract List<GroupCoverage> groups();

  /**
   * Returns the profiles left out, each with its problems.
   *
   * @return the invalid profiles, in the group's order
   */
  public abstract List<SetAside> setAside();

  /**
   * Returns every line: the requirements, then the groups.
   *
   * @return the lines, in the role's order
   */
  public final List<Coverage> lines() {
    List<Coverage> lines = new ArrayList<>(requirements());
    lines.addAll(groups());
    return Collections.unmodifiableList(lines);
  }

  /**
   * Returns the requirements and groups no one in the group meets.
   *
   * @return the lines with nobody, requirements then groups, in the role's order
   */
  public final List<Coverage> uncovered() {
    return lines().stream().filter(r -> r.metBy().isEmpty()).toList();
  }

  /**
   * Returns the requirements and groups exactly one person in the group meets.
   *
   * @return the lines with one person, requirements then groups, in the role's order
   */
  public final List<Coverage> singlePoints() {
    return lines().stream().filter(r -> r.metBy().size() == 1).toList();
  }

  /**
   * Returns a short description.
   *
   * @return for example {@code TeamCoverage[senior-backend-engineer, 5 people: 3 uncovered, 7
   *     single points, 0 set aside]}
   */
  @Override
  public final String toString() {
    return "TeamCoverage["
        + role()
        + ", "
        + Counts.of(people(), "person", "people")
        + ": "
        + uncovered().size()
        + " uncovered, "
        + Counts.of(singlePoints().size(), "single point")
        + ", "
        + setAside().size()
        + " set aside]";
  }
}
