package io.github.competency.core.assess;

import io.github.competency.core.Problem;
import io.github.competency.core.ProfileId;
import java.util.List;
import org.immutables.value.Value;

/**
 * A profile that a population method ({@link Assessor#rank(io.github.competency.core.RoleId,
 * ReadinessMode, Iterable, int) rank}, {@link Assessor#coverage(io.github.competency.core.RoleId,
 * Iterable) coverage}, {@link Assessor#whoCanHelp(io.github.competency.core.Requirement,
 * Iterable) whoCanHelp}) left out because it does not fit the catalogue, with why.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class SetAside {

  SetAside() {}

  /**
   * Returns the profile left out.
   *
   * @return its id
   */
  public abstract ProfileId profile();

  /**
   * Returns why: every problem {@link Assessor#check(Profile)} found.
   *
   * @return the problems, at least one
   */
  public abstract List<Problem> problems();

  static SetAside of(ProfileId profile, List<Problem> problems) {
    return ImmutableSetAside.builder().profile(profile).problems(problems).build();
  }

  /**
   * Returns a short description.
   *
   * @return for example {@code SetAside[E10442: 2 problems]}
   */
  @Override
  public final String toString() {
    return "SetAside[" + profile() + ": " + Counts.of(problems().size(), "problem") + "]";
  }
}
