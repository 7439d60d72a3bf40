package io.github.competency.core.assess;

import io.github.competency.core.Importance;
import io.github.competency.core.ProfileId;
import io.github.competency.core.RoleId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * How far a person is from a role: every requirement of the role with the rating it was judged
 * on ({@link #results()}), the role's responsibilities that are covered, readiness in each
 * {@link ReadinessMode}, and the gaps in the order most useful to work on.
 *
 * <p>The report is its own explanation: readiness is the sum of the results'
 * {@linkplain RequirementResult#points(ReadinessMode) points} over the sum of their
 * {@linkplain RequirementResult#maxPoints(ReadinessMode) maximum points}, and each result names
 * the requirement and the rating behind it. Made by {@link Assessor#gaps(Profile,
 * io.github.competency.core.RoleId)}. Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class GapReport {

  /**
   * The order of {@link #gaps()}: essential before optional, then the larger shortfall first,
   * then the role's order of requirements (kept by a stable sort).
   */
  private static final Comparator<RequirementResult> MOST_USEFUL_FIRST =
      Comparator.comparingInt(
              (RequirementResult r) -> r.requirement().importance() == Importance.ESSENTIAL ? 0 : 1)
          .thenComparing(Comparator.comparingInt(RequirementResult::shortfall).reversed());

  GapReport() {}

  /**
   * Returns whose profile was assessed.
   *
   * @return the profile's id
   */
  public abstract ProfileId profile();

  /**
   * Returns the role assessed against.
   *
   * @return the role's id
   */
  public abstract RoleId role();

  /**
   * Returns one result per requirement of the role.
   *
   * @return the results, in the role's order of requirements
   */
  public abstract List<RequirementResult> results();

  /**
   * Returns, for each responsibility of the role, whether its required skills are met.
   *
   * @return the results, in the role's order of responsibilities
   */
  public abstract List<ResponsibilityResult> responsibilities();

  /**
   * Returns the readiness for the role in a mode: the points earned over the points the role is
   * worth (see {@link ReadinessMode}).
   *
   * @param mode the mode
   * @return a number from 0 to 1; exactly 1 when every requirement is met, and for a role
   *     without requirements
   */
  public final double readiness(ReadinessMode mode) {
    Objects.requireNonNull(mode, "mode");
    long earned = 0;
    long total = 0;
    for (RequirementResult result : results()) {
      earned += result.points(mode);
      total += result.maxPoints(mode);
    }
    return RoleScoring.readiness(earned, total);
  }

  /**
   * Tells whether the person is ready for the role: every essential requirement is met.
   *
   * @return true if no essential requirement is a gap
   */
  public final boolean ready() {
    return essentialGaps() == 0;
  }

  /**
   * Returns the number of essential requirements not met.
   *
   * @return the count, 0 when {@link #ready()}
   */
  public final int essentialGaps() {
    int count = 0;
    for (RequirementResult result : results()) {
      if (!result.met() && result.requirement().importance() == Importance.ESSENTIAL) {
        count++;
      }
    }
    return count;
  }

  /**
   * Returns the requirements not met, the most useful to work on first: essential before
   * optional, then the larger {@linkplain RequirementResult#shortfall() shortfall} first, then
   * in the role's order. Each names the step to reach ({@link RequirementResult#target()}).
   *
   * @return the gaps; empty when every requirement is met
   */
  public final List<RequirementResult> gaps() {
    List<RequirementResult> gaps = new ArrayList<>();
    for (RequirementResult result : results()) {
      if (!result.met()) {
        gaps.add(result);
      }
    }
    gaps.sort(MOST_USEFUL_FIRST);
    return Collections.unmodifiableList(gaps);
  }
}
