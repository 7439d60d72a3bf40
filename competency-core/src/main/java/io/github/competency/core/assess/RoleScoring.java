package io.github.competency.core.assess;

import io.github.competency.core.Importance;
import io.github.competency.core.Requirement;
import io.github.competency.core.Role;
import java.util.List;
import java.util.Objects;

/**
 * The points of one role's requirements (see {@link ReadinessMode}), resolved against a
 * catalogue once: where each requirement's skill sits in the catalogue, the position of the step
 * it requires, its weight in units. Both the gap report and the compiled role score with the
 * functions here, so that they agree.
 */
final class RoleScoring {

  /** The finest unit of a proportional score and of a weight: 2^-20. */
  static final long RESOLUTION = 1L << 20;

  final Role role;
  final int size;

  /** Position of each requirement's skill in the catalogue's skill list. */
  final int[] skill;

  /** Position on the scale of the step each requirement asks for. */
  final int[] required;

  /** Weight of each requirement, as given or by default. */
  final double[] weight;

  /** Weight of each requirement in units of 2^-20 of the largest, at least 1. */
  final long[] weightUnits;

  /** The unit of proportional scores: points per requirement in proportional mode. */
  final long unit;

  RoleScoring(Role role, Positions positions, double essentialWeight, double optionalWeight) {
    this.role = role;
    List<Requirement> requirements = role.requirements();
    size = requirements.size();
    skill = new int[size];
    required = new int[size];
    weight = new double[size];
    weightUnits = new long[size];
    double largest = 0;
    long lcm = 1;
    for (int i = 0; i < size; i++) {
      Requirement requirement = requirements.get(i);
      skill[i] = positions.skill(requirement.skill());
      required[i] = positions.step(requirement.proficiency());
      weight[i] =
          requirement
              .weight()
              .orElse(
                  requirement.importance() == Importance.ESSENTIAL
                      ? essentialWeight
                      : optionalWeight);
      largest = Math.max(largest, weight[i]);
      if (required[i] > 0 && lcm <= RESOLUTION) {
        lcm = lcm / gcd(lcm, required[i]) * required[i];
      }
    }
    unit = Math.min(lcm, RESOLUTION);
    for (int i = 0; i < size; i++) {
      weightUnits[i] = Math.max(1, Math.round(RESOLUTION * (weight[i] / largest)));
    }
  }

  /**
   * The points a requirement at position {@code required} earns for a rating at position
   * {@code rating} (-1 when not rated).
   */
  static long points(ReadinessMode mode, int required, int rating, long unit, long weightUnits) {
    Objects.requireNonNull(mode, "mode");
    return switch (mode) {
      case BINARY -> rating >= required ? 1 : 0;
      case PROPORTIONAL -> proportional(required, rating, unit);
      case WEIGHTED_BINARY -> rating >= required ? weightUnits : 0;
      case WEIGHTED_PROPORTIONAL -> weightUnits * proportional(required, rating, unit);
    };
  }

  /** The points a requirement is worth: what it earns when met. */
  static long maxPoints(ReadinessMode mode, int required, long unit, long weightUnits) {
    return points(mode, required, required, unit, weightUnits);
  }

  private static long proportional(int required, int rating, long unit) {
    if (rating < 0) {
      return 0;
    }
    if (rating >= required) {
      return unit;
    }
    return unit * rating / required; // rounds down; exact when required divides unit
  }

  /** Readiness from points: exactly 1 only when all points are earned. */
  static double readiness(long earned, long total) {
    if (earned == total) {
      return 1.0;
    }
    return Math.min(Math.nextDown(1.0), (double) earned / total);
  }

  long points(ReadinessMode mode, int requirement, int rating) {
    return points(mode, required[requirement], rating, unit, weightUnits[requirement]);
  }

  long maxPoints(ReadinessMode mode, int requirement) {
    return maxPoints(mode, required[requirement], unit, weightUnits[requirement]);
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
