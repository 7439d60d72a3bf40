package io.github.competency.core.assess;

import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.GroupId;
import org.immutables.value.Value;

/**
 * A choice group that two roles both have but differently: another number of options to meet,
 * other options or steps, another importance, weight, title or note. One line of a
 * {@link Progression}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class GroupChange {

  GroupChange() {}

  /**
   * Returns the id both groups have.
   *
   * @return the group's id
   */
  public final GroupId id() {
    return after().id();
  }

  /**
   * Returns the group of the first role.
   *
   * @return the group before
   */
  public abstract ChoiceGroup before();

  /**
   * Returns the group of the second role.
   *
   * @return the group after
   */
  public abstract ChoiceGroup after();

  /**
   * Returns a short description.
   *
   * @return for example {@code GroupChange[backend-language]}
   */
  @Override
  public final String toString() {
    return "GroupChange[" + id() + "]";
  }
}
