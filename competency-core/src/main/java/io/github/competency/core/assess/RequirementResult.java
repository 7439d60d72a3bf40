package io.github.competency.core.assess;

import io.github.competency.core.Importance;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.Requirement;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One requirement of a {@link GapReport}: a single requirement of the role, or one option of a
 * choice group (see {@link GroupResult#options()}), with the rating it was judged on and what
 * that earns in each {@link ReadinessMode}.
 *
 * <p>An option's {@linkplain #importance() importance} and {@linkplain #weight() weight} are its
 * group's, and its points are what it would earn on its own; the group's points come from its
 * best options. Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract non-sealed class RequirementResult implements Outcome {

  RequirementResult() {}

  /**
   * Returns the requirement.
   *
   * @return the role's requirement, or the group's option
   */
  public abstract Requirement requirement();

  /**
   * Returns how much the requirement matters: its own importance, or for an option its group's.
   *
   * @return the importance
   */
  @Override
  public abstract Importance importance();

  /**
   * Returns the rating the requirement was judged on: the one the {@link RatingRule} chose among
   * the person's ratings of the skill.
   *
   * @return the rating, or empty if the skill is not rated
   */
  public abstract Optional<Rating> rating();

  /**
   * Returns the weight the requirement counts with in the weighted modes: the catalogue's, or
   * the default for its importance (for an option, its group's).
   *
   * @return a positive weight
   */
  @Override
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
   * Returns the requirement's note: what the level expects of the skill, in the role's words.
   *
   * @return the note, empty if none was given
   */
  @Override
  public final String note() {
    return requirement().note();
  }

  /**
   * Returns where the person stands.
   *
   * @return met, below or not rated
   */
  @Override
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
  @Override
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
  @Override
  public final int shortfall() {
    return Math.max(0, requiredPosition() - ratingPosition());
  }

  /**
   * Returns the points the rating earns in a mode (see {@link ReadinessMode}).
   *
   * @param mode the mode
   * @return the points earned, from 0 to {@link #maxPoints(ReadinessMode)}
   */
  @Override
  public final long points(ReadinessMode mode) {
    return RoleScoring.points(mode, requiredPosition(), ratingPosition(), unit(), weightUnits());
  }

  /**
   * Returns the points the requirement is worth in a mode (see {@link ReadinessMode}).
   *
   * @param mode the mode
   * @return the points a met requirement earns, at least 1
   */
  @Override
  public final long maxPoints(ReadinessMode mode) {
    return RoleScoring.maxPoints(mode, requiredPosition(), unit(), weightUnits());
  }

  /** What the option contributes toward its group's points in a mode. */
  final long optionValue(ReadinessMode mode) {
    return RoleScoring.optionValue(mode, requiredPosition(), ratingPosition(), unit());
  }

  /**
   * Returns a short description.
   *
   * @return for example {@code RequirementResult[java at practitioner, essential: below by 1
   *     step, rated working by manager]}
   */
  @Override
  public final String toString() {
    StringBuilder text =
        new StringBuilder("RequirementResult[")
            .append(requirement().skill())
            .append(" at ")
            .append(target())
            .append(", ")
            .append(importance().label())
            .append(": ");
    switch (status()) {
      case MET -> text.append("met");
      case NOT_RATED -> text.append("not rated");
      default -> text.append("below by ").append(Counts.of(shortfall(), "step"));
    }
    rating()
        .ifPresent(
            r ->
                text.append(", rated ")
                    .append(r.proficiency())
                    .append(" by ")
                    .append(r.rater().label()));
    return text.append(']').toString();
  }
}
