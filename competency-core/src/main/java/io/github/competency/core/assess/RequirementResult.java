package io.github.competency.core.assess;

import io.github.competency.core.ProficiencyId;
import io.github.competency.core.Requirement;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a {@link GapReport}: a requirement of the role, the rating it was judged on, and
 * what that earns in each {@link ReadinessMode}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class RequirementResult {

  RequirementResult() {}

  /**
   * Returns the requirement.
   *
   * @return the role's requirement
   */
  public abstract Requirement requirement();

  /**
   * Returns the rating the requirement was judged on: the one the {@link RatingRule} chose among
   * the person's ratings of the skill.
   *
   * @return the rating, or empty if the skill is not rated
   */
  public abstract Optional<Rating> rating();

  /**
   * Returns the weight the requirement counts with in the weighted modes: the catalogue's, or
   * the default for its importance.
   *
   * @return a positive weight
   */
  public abstract double weight();

  /** Position of the required step on the scale. */
  abstract int requiredPosition();

  /** Position of the rated step on the scale, -1 if not rated. */
  abstract int ratingPosition();

  /** The unit of proportional scores of the role. */
  abstract long unit();

  /** The weight in units of 2^-20 of the role's largest. */
  abstract long weightUnits();

  /**
   * Returns where the person stands.
   *
   * @return met, below or not rated
   */
  public final RequirementStatus status() {
    if (ratingPosition() < 0) {
      return RequirementStatus.NOT_RATED;
    }
    return ratingPosition() >= requiredPosition() ? RequirementStatus.MET : RequirementStatus.BELOW;
  }

  /**
   * Tells whether the requirement is met.
   *
   * @return true if rated at the step required or above
   */
  public final boolean met() {
    return ratingPosition() >= requiredPosition();
  }

  /**
   * Returns the step to reach: the one the requirement asks for.
   *
   * @return the required step's id
   */
  public final ProficiencyId target() {
    return requirement().proficiency();
  }

  /**
   * Returns how many steps of the scale the person lacks: 0 when met, the distance from the
   * rating to the required step when below, and for a skill not rated one more than the
   * distance from the lowest step (as if rated one step below the scale).
   *
   * @return the steps lacking, at least 0
   */
  public final int shortfall() {
    return Math.max(0, requiredPosition() - ratingPosition());
  }

  /**
   * Returns the points the rating earns in a mode (see {@link ReadinessMode}).
   *
   * @param mode the mode
   * @return the points earned, from 0 to {@link #maxPoints(ReadinessMode)}
   */
  public final long points(ReadinessMode mode) {
    return RoleScoring.points(mode, requiredPosition(), ratingPosition(), unit(), weightUnits());
  }

  /**
   * Returns the points the requirement is worth in a mode (see {@link ReadinessMode}).
   *
   * @param mode the mode
   * @return the points a met requirement earns, at least 1
   */
  public final long maxPoints(ReadinessMode mode) {
    return RoleScoring.maxPoints(mode, requiredPosition(), unit(), weightUnits());
  }

  /**
   * Returns the share of its points the requirement earns in a mode.
   *
   * @param mode the mode
   * @return {@code points(mode) / maxPoints(mode)}, from 0 to 1
   */
  public final double score(ReadinessMode mode) {
    return (double) points(mode) / maxPoints(mode);
  }
}
