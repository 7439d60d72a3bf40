package io.github.competency.core.assess;

import java.util.List;
import org.immutables.value.Value;

/**
 * The people of a group who can help with a requirement or a choice group, and the profiles left
 * out because they do not fit the catalogue. Made by
 * {@link Assessor#whoCanHelp(io.github.competency.core.Requirement, Iterable)} and
 * {@link Assessor#whoCanHelp(io.github.competency.core.ChoiceGroup, Iterable)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class Helpers {

  Helpers() {}

  /**
   * Returns the people who can help.
   *
   * @return their profiles, the best placed to help first (see the method that made them)
   */
  public abstract List<Profile> profiles();

  /**
   * Returns the profiles left out, each with its problems.
   *
   * @return the invalid profiles, in the group's order
   */
  public abstract List<SetAside> setAside();

  /**
   * Returns a short description.
   *
   * @return for example {@code Helpers[2 profiles, 0 set aside]}
   */
  @Override
  public final String toString() {
    return "Helpers["
        + Counts.of(profiles().size(), "profile")
        + ", "
        + setAside().size()
        + " set aside]";
  }
}
