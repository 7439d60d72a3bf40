package io.github.competency.core.assess;

import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.Importance;
import io.github.competency.core.Requirement;
import io.github.competency.core.Role;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The points of one role's requirements and choice groups (see {@link ReadinessMode}), resolved
 * against a catalogue once: where each requirement's and option's skill sits in the catalogue,
 * the position of the step it requires, the weights in units. The gap report, the compiled role
 * and the team coverage all score with the functions here, so that they agree.
 */
final class RoleScoring {

  /** The finest unit of a proportional score and of a weight: 2^-20. */
  static final long RESOLUTION = 1L << 20;

  final Role role;

  /** The number of single requirements. */
  final int size;

  /** Position of each requirement's skill in the catalogue's skill list. */
  final int[] skill;

  /** Position on the scale of the step each requirement asks for. */
  final int[] required;

  /** Weight of each requirement, as given or by default. */
  final double[] weight;

  /** Weight of each requirement in units of 2^-20 of the largest, at least 1. */
  final long[] weightUnits;

  /** The number of choice groups. */
  final int groups;

  /** How many options each group needs. */
  final int[] atLeast;

  /** Weight of each group, as given or by default. */
  final double[] groupWeight;

  /** Weight of each group in units of 2^-20 of the largest requirement or group, at least 1. */
  final long[] groupWeightUnits;

  /** For each group, the catalogue positions of its options' skills. */
  final int[][] optionSkill;

  /** For each group, the positions on the scale of the steps its options ask for. */
  final int[][] optionRequired;

  /**
   * The unit of proportional scores: the points a requirement, or a group, is worth in
   * proportional mode.
   */
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
    long positionsLcm = 1;
    for (int i = 0; i < size; i++) {
      Requirement requirement = requirements.get(i);
      skill[i] = positions.skill(requirement.skill());
      required[i] = positions.step(requirement.proficiency());
      weight[i] =
          weightOf(requirement.weight(), requirement.importance(), essentialWeight, optionalWeight);
      largest = Math.max(largest, weight[i]);
      positionsLcm = lcm(positionsLcm, required[i]);
    }
    List<ChoiceGroup> choices = role.groups();
    groups = choices.size();
    atLeast = new int[groups];
    groupWeight = new double[groups];
    groupWeightUnits = new long[groups];
    optionSkill = new int[groups][];
    optionRequired = new int[groups][];
    long countsLcm = 1;
    for (int g = 0; g < groups; g++) {
      ChoiceGroup group = choices.get(g);
      atLeast[g] = group.atLeast();
      countsLcm = lcm(countsLcm, group.atLeast());
      groupWeight[g] =
          weightOf(group.weight(), group.importance(), essentialWeight, optionalWeight);
      largest = Math.max(largest, groupWeight[g]);
      List<Requirement> options = group.options();
      optionSkill[g] = new int[options.size()];
      optionRequired[g] = new int[options.size()];
      for (int o = 0; o < options.size(); o++) {
        optionSkill[g][o] = positions.skill(options.get(o).skill());
        optionRequired[g][o] = positions.step(options.get(o).proficiency());
        positionsLcm = lcm(positionsLcm, optionRequired[g][o]);
      }
    }
    // Every partial score is exact when each required position divides the unit, and a group's
    // average of its best n options is exact when n divides it too.
    unit = Math.min(RESOLUTION, positionsLcm > RESOLUTION ? RESOLUTION : positionsLcm * countsLcm);
    for (int i = 0; i < size; i++) {
      weightUnits[i] = units(weight[i], largest);
    }
    for (int g = 0; g < groups; g++) {
      groupWeightUnits[g] = units(groupWeight[g], largest);
    }
  }

  private static double weightOf(
      OptionalDouble given, Importance importance, double essential, double optional) {
    return given.orElse(importance == Importance.ESSENTIAL ? essential : optional);
  }

  private static long units(double weight, double largest) {
    return Math.max(1, Math.round(RESOLUTION * (weight / largest)));
  }

  /** The least common multiple, or a number above {@link #RESOLUTION} once it exceeds it. */
  private static long lcm(long a, int b) {
    if (b <= 0 || a > RESOLUTION) {
      return a;
    }
    return a / gcd(a, b) * b;
  }

  // ------------------------------------------------------------------ requirements

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

  static long proportional(int required, int rating, long unit) {
    if (rating < 0) {
      return 0;
    }
    if (rating >= required) {
      return unit;
    }
    return unit * rating / required; // rounds down; exact when required divides unit
  }

  // ------------------------------------------------------------------ groups

  /**
   * What an option contributes toward its group's points: in the binary modes 1 when met, else
   * 0; in the proportional modes its proportional score in units.
   */
  static long optionValue(ReadinessMode mode, int required, int rating, long unit) {
    Objects.requireNonNull(mode, "mode");
    return switch (mode) {
      case BINARY, WEIGHTED_BINARY -> rating >= required ? 1 : 0;
      case PROPORTIONAL, WEIGHTED_PROPORTIONAL -> proportional(required, rating, unit);
    };
  }

  /** The value of an option that is met. */
  static long metValue(ReadinessMode mode, long unit) {
    return switch (mode) {
      case BINARY, WEIGHTED_BINARY -> 1;
      case PROPORTIONAL, WEIGHTED_PROPORTIONAL -> unit;
    };
  }

  /**
   * A group's points from the sum of the values of its best {@code atLeast} options: in the
   * binary modes all or nothing (the sum is {@code atLeast} exactly when that many options are
   * met), in the proportional modes their average, rounded down.
   */
  static long groupPoints(ReadinessMode mode, long best, int atLeast, long weightUnits) {
    Objects.requireNonNull(mode, "mode");
    return switch (mode) {
      case BINARY -> best == atLeast ? 1 : 0;
      case WEIGHTED_BINARY -> best == atLeast ? weightUnits : 0;
      case PROPORTIONAL -> atLeast == 1 ? best : best / atLeast;
      case WEIGHTED_PROPORTIONAL -> weightUnits * (atLeast == 1 ? best : best / atLeast);
    };
  }

  /** The points a group is worth: what it earns when met. */
  static long groupMaxPoints(ReadinessMode mode, int atLeast, long unit, long weightUnits) {
    return groupPoints(mode, atLeast * metValue(mode, unit), atLeast, weightUnits);
  }

  /**
   * The sum of the {@code n} largest of {@code values}, without allocating: value i counts when
   * fewer than n values beat it (a larger value, or an equal one earlier).
   */
  static long bestSum(long[] values, int count, int n) {
    if (n == 1) {
      long best = 0;
      for (int i = 0; i < count; i++) {
        best = Math.max(best, values[i]);
      }
      return best;
    }
    long sum = 0;
    for (int i = 0; i < count; i++) {
      int better = 0;
      for (int j = 0; j < count && better < n; j++) {
        if (values[j] > values[i] || (values[j] == values[i] && j < i)) {
          better++;
        }
      }
      if (better < n) {
        sum += values[i];
      }
    }
    return sum;
  }

  // ------------------------------------------------------------------ totals

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

  long groupMaxPoints(ReadinessMode mode, int group) {
    return groupMaxPoints(mode, atLeast[group], unit, groupWeightUnits[group]);
  }

  /** The points the role is worth in a mode. */
  long total(ReadinessMode mode) {
    long sum = 0;
    for (int i = 0; i < size; i++) {
      sum += maxPoints(mode, i);
    }
    for (int g = 0; g < groups; g++) {
      sum += groupMaxPoints(mode, g);
    }
    return sum;
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
