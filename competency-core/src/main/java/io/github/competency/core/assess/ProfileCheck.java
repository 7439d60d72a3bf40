package io.github.competency.core.assess;

import io.github.competency.core.Problem;
import io.github.competency.core.ProfileId;
import java.util.List;
import org.immutables.value.Value;

/**
 * What checking a profile against a catalogue found, in two lists kept apart: the
 * {@linkplain #problems() problems}, which make the profile unusable (an unknown skill, another
 * catalogue, a duplicate rating), and the {@linkplain #warnings() warnings}, which do not (a
 * rating at a step the skill has no description for, a rating dated after the assessment). Each
 * has its path as the profile's JSON format spells it, such as {@code ratings[3].proficiency}.
 *
 * <pre>{@code
 * ProfileCheck check = assessor.check(profile);
 * if (!check.valid()) {
 *   check.problems().forEach(p -> log.error("{}: {}", profile.id(), p));
 * }
 * check.warnings().forEach(w -> log.warn("{}: {}", profile.id(), w));
 * }</pre>
 *
 * <p>An assessor {@linkplain Assessor#withStrictChecks(boolean) set to strict} reports every
 * warning as a problem. Made by {@link Assessor#check(Profile)}. Instances are immutable and
 * thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class ProfileCheck {

  ProfileCheck() {}

  /**
   * Returns the profile checked.
   *
   * @return its id
   */
  public abstract ProfileId profile();

  /**
   * Returns what makes the profile unusable against the catalogue.
   *
   * @return the problems, in the order of the profile's fields and ratings; empty if valid
   */
  public abstract List<Problem> problems();

  /**
   * Returns what does not stop the profile from being assessed but deserves a look.
   *
   * @return the warnings, in the order of the profile's ratings; always empty when strict
   */
  public abstract List<Problem> warnings();

  /**
   * Tells whether the profile can be assessed.
   *
   * @return true if there are no problems, whatever the warnings
   */
  public final boolean valid() {
    return problems().isEmpty();
  }

  /**
   * Returns a short description.
   *
   * @return for example {@code ProfileCheck[E10442: 0 problems, 1 warning]}
   */
  @Override
  public final String toString() {
    return "ProfileCheck["
        + profile()
        + ": "
        + Counts.of(problems().size(), "problem")
        + ", "
        + Counts.of(warnings().size(), "warning")
        + "]";
  }
}
