package io.github.competency.core.assess;

import io.github.competency.core.RoleId;
import java.util.List;
import org.immutables.value.Value;

/**
 * The profiles of a population most ready for a role, and the profiles left out because they do
 * not fit the catalogue. Made by {@link Assessor#rank(RoleId, ReadinessMode, Iterable, int)}.
 *
 * <pre>{@code
 * Ranking ranking = assessor.rank(role, ReadinessMode.PROPORTIONAL, people, 10);
 * ranking.top();      // the 10 most ready, best first, ties by profile id
 * ranking.setAside(); // the invalid profiles, each with its id and problems
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class Ranking {

  Ranking() {}

  /**
   * Returns the role ranked for.
   *
   * @return its id
   */
  public abstract RoleId role();

  /**
   * Returns the mode readiness was scored in.
   *
   * @return the mode
   */
  public abstract ReadinessMode mode();

  /**
   * Returns the most ready profiles.
   *
   * @return at most k scores, most ready first; equal readiness is ordered by profile id (and
   *     the same id, which a population may hold twice, by name)
   */
  public abstract List<ProfileScore> top();

  /**
   * Returns how many profiles were scored: every valid profile of the population.
   *
   * @return the number ranked, including those beyond the top k
   */
  public abstract long ranked();

  /**
   * Returns the profiles left out, each with its problems.
   *
   * @return the invalid profiles, in the order of the population
   */
  public abstract List<SetAside> setAside();

  /**
   * Returns a short description.
   *
   * @return for example {@code Ranking[senior-backend-engineer, PROPORTIONAL: top 10 of 1999, 1
   *     set aside]}
   */
  @Override
  public final String toString() {
    return "Ranking["
        + role()
        + ", "
        + mode()
        + ": top "
        + top().size()
        + " of "
        + ranked()
        + ", "
        + setAside().size()
        + " set aside]";
  }
}
