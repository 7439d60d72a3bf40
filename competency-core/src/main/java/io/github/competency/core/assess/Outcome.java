package io.github.competency.core.assess;

import io.github.competency.core.Importance;

/**
 * Where a person stands on one thing a role asks for: a single requirement
 * ({@link RequirementResult}) or a choice group, which counts as one requirement
 * ({@link GroupResult}). A {@link GapReport} has one outcome per requirement and per group of the
 * role, and its readiness is the sum of their {@linkplain #points(ReadinessMode) points} over the
 * sum of their {@linkplain #maxPoints(ReadinessMode) maximum points}.
 *
 * <pre>{@code
 * for (Outcome gap : report.gaps()) {
 *   if (gap instanceof GroupResult group) {
 *     print(group.group().title() + ", closest: " + group.closest());
 *   } else if (gap instanceof RequirementResult single) {
 *     print(single.requirement().skill() + " -> " + single.target());
 *   }
 *   print(gap.note());
 * }
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe; there are exactly the two above.
 */
public sealed interface Outcome permits RequirementResult, GroupResult {

  /**
   * Returns how much the requirement or group matters.
   *
   * @return the importance the role gives it
   */
  Importance importance();

  /**
   * Returns the weight it counts with in the weighted modes: the catalogue's, or the assessor's
   * default for its importance.
   *
   * @return a positive weight
   */
  double weight();

  /**
   * Returns what the role says it expects here, beyond the skill and step: the requirement's or
   * the group's note.
   *
   * @return the note, empty if the catalogue gives none
   */
  String note();

  /**
   * Tells whether it is met.
   *
   * @return true for a requirement rated at the step required or above, and for a group with
   *     at least {@link io.github.competency.core.ChoiceGroup#atLeast()} options met
   */
  boolean met();

  /**
   * Returns where the person stands.
   *
   * @return met, below (rated, but not enough) or not rated (nothing that counts is rated)
   */
  RequirementStatus status();

  /**
   * Returns how many steps of the scale the person lacks, for ordering gaps: for a requirement
   * see {@link RequirementResult#shortfall()}; for a group, the shortfalls of the options closest
   * to being met that it still needs, added up.
   *
   * @return the steps lacking, 0 exactly when met
   */
  int shortfall();

  /**
   * Returns the points earned in a mode (see {@link ReadinessMode}).
   *
   * @param mode the mode
   * @return the points earned, from 0 to {@link #maxPoints(ReadinessMode)}
   */
  long points(ReadinessMode mode);

  /**
   * Returns the points it is worth in a mode (see {@link ReadinessMode}).
   *
   * @param mode the mode
   * @return the points earned when met, at least 1
   */
  long maxPoints(ReadinessMode mode);

  /**
   * Returns the share of its points earned in a mode.
   *
   * @param mode the mode
   * @return {@code points(mode) / maxPoints(mode)}, from 0 to 1
   */
  default double score(ReadinessMode mode) {
    return (double) points(mode) / maxPoints(mode);
  }
}
