package io.github.competency.core.assess;

import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.Importance;
import io.github.competency.core.ProfileId;
import java.util.List;
import org.immutables.value.Value;

/**
 * Who in a group meets one choice group of a role: the people who each meet at least
 * {@link ChoiceGroup#atLeast() n} of its options, and who meets each option. A group that one
 * person meets with Java and another with Python is covered twice, whatever the other options.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract non-sealed class GroupCoverage implements Coverage {

  GroupCoverage() {}

  /**
   * Returns the choice group.
   *
   * @return the role's group
   */
  public abstract ChoiceGroup group();

  /**
   * Returns the people who meet the group: each meets at least n of its options.
   *
   * @return their profiles' ids, each once, in the group's order
   */
  @Override
  public abstract List<ProfileId> metBy();

  /**
   * Returns who meets each option.
   *
   * @return one line per option, in the group's order
   */
  public abstract List<RequirementCoverage> options();

  /**
   * Returns how much the group matters.
   *
   * @return the group's importance
   */
  @Override
  public final Importance importance() {
    return group().importance();
  }

  /**
   * Returns a short description.
   *
   * @return for example {@code GroupCoverage[backend-language: 3 people]}
   */
  @Override
  public final String toString() {
    return "GroupCoverage["
        + group().id()
        + ": "
        + Counts.of(metBy().size(), "person", "people")
        + "]";
  }
}
