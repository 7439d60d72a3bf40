package io.github.competency.core.assess;

import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.Importance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One choice group of a {@link GapReport}, counted as one requirement: met when at least
 * {@link ChoiceGroup#atLeast() n} of its options are met, with partial credit in the
 * proportional modes from its best n options, and listed once among the gaps with the options
 * {@linkplain #closest() closest to being met}.
 *
 * <pre>{@code
 * // "A backend language": one of Java, C#, Python or Node.js at expert
 * GroupResult language = report.group(GroupId.of("backend-language")).orElseThrow();
 * language.met();       // true once one option is rated expert or above
 * language.counted();   // the option whose score counts: the best one
 * language.closest();   // when unmet, the option nearest to expert, the one to work on
 * }</pre>
 *
 * <h2>Points</h2>
 *
 * In the binary modes a group earns all its points when met and none otherwise. In the
 * proportional modes it earns the average of its best n options' proportional scores
 * ({@link ReadinessMode}), rounded down to a whole point; the unit of the role's proportional
 * scores is chosen so that this average is exact. Rating an option beyond the n best never
 * changes a met group's points, and raising any rating never lowers them.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract non-sealed class GroupResult implements Outcome {

  /** Best first: the larger proportional score, then the group's order (a stable sort). */
  private static final Comparator<RequirementResult> BEST_FIRST =
      Comparator.comparingLong((RequirementResult r) -> r.optionValue(ReadinessMode.PROPORTIONAL))
          .reversed();

  GroupResult() {}

  /**
   * Returns the group.
   *
   * @return the role's choice group
   */
  public abstract ChoiceGroup group();

  /**
   * Returns one result per option, each judged on its own rating.
   *
   * @return the results, in the group's order of options
   */
  public abstract List<RequirementResult> options();

  /**
   * Returns the weight the group counts with in the weighted modes: its own, or the default for
   * its importance.
   *
   * @return a positive weight
   */
  @Override
  public abstract double weight();

  /** The group's weight in units of 2^-20 of the role's largest. */
  abstract long weightUnits();

  /**
   * Returns how much the group matters.
   *
   * @return the group's importance
   */
  @Override
  public final Importance importance() {
    return group().importance();
  }

  /**
   * Returns the group's note: what the level expects of the choice.
   *
   * @return the note, empty if none was given
   */
  @Override
  public final String note() {
    return group().note();
  }

  /**
   * Returns the options that are met.
   *
   * @return the options met, in the group's order
   */
  public final List<RequirementResult> metOptions() {
    List<RequirementResult> met = new ArrayList<>();
    for (RequirementResult option : options()) {
      if (option.met()) {
        met.add(option);
      }
    }
    return Collections.unmodifiableList(met);
  }

  /**
   * Tells whether enough options are met.
   *
   * @return true if at least {@link ChoiceGroup#atLeast()} options are met
   */
  @Override
  public final boolean met() {
    return metOptions().size() >= group().atLeast();
  }

  /**
   * Returns where the person stands.
   *
   * @return met; not rated when no option is rated; below otherwise
   */
  @Override
  public final RequirementStatus status() {
    if (met()) {
      return RequirementStatus.MET;
    }
    for (RequirementResult option : options()) {
      if (option.rating().isPresent()) {
        return RequirementStatus.BELOW;
      }
    }
    return RequirementStatus.NOT_RATED;
  }

  /**
   * Returns the options whose scores count: the best {@link ChoiceGroup#atLeast() n}, by their
   * proportional score, earlier options first among equals.
   *
   * @return n options, best first
   */
  public final List<RequirementResult> counted() {
    List<RequirementResult> best = new ArrayList<>(options());
    best.sort(BEST_FIRST);
    return Collections.unmodifiableList(best.subList(0, group().atLeast()));
  }

  /**
   * Returns the options to work on: as many unmet options as the group still needs, those with
   * the smallest {@linkplain RequirementResult#shortfall() shortfall} first, earlier options
   * first among equals.
   *
   * @return empty when the group is met; otherwise n minus the number met, closest first
   */
  public final List<RequirementResult> closest() {
    List<RequirementResult> unmet = new ArrayList<>();
    for (RequirementResult option : options()) {
      if (!option.met()) {
        unmet.add(option);
      }
    }
    unmet.sort(Comparator.comparingInt(RequirementResult::shortfall));
    int needed = Math.max(0, group().atLeast() - (options().size() - unmet.size()));
    return Collections.unmodifiableList(unmet.subList(0, needed));
  }

  /**
   * Returns how many steps of the scale the person lacks: the shortfalls of the
   * {@linkplain #closest() closest options} added up.
   *
   * @return the steps lacking, 0 when met
   */
  @Override
  public final int shortfall() {
    int sum = 0;
    for (RequirementResult option : closest()) {
      sum += option.shortfall();
    }
    return sum;
  }

  /**
   * Returns the points the group earns in a mode: see the class description.
   *
   * @param mode the mode
   * @return the points earned, from 0 to {@link #maxPoints(ReadinessMode)}
   */
  @Override
  public final long points(ReadinessMode mode) {
    Objects.requireNonNull(mode, "mode");
    List<RequirementResult> options = options();
    long[] values = new long[options.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = options.get(i).optionValue(mode);
    }
    int n = group().atLeast();
    return RoleScoring.groupPoints(
        mode, RoleScoring.bestSum(values, values.length, n), n, weightUnits());
  }

  /**
   * Returns the points the group is worth in a mode.
   *
   * @param mode the mode
   * @return the points a met group earns, at least 1
   */
  @Override
  public final long maxPoints(ReadinessMode mode) {
    Objects.requireNonNull(mode, "mode");
    long unit = options().get(0).unit();
    return RoleScoring.groupMaxPoints(mode, group().atLeast(), unit, weightUnits());
  }

  /**
   * Returns a short description.
   *
   * @return for example {@code GroupResult[backend-language, 1 of 4, essential: met by java]}
   */
  @Override
  public final String toString() {
    StringBuilder text =
        new StringBuilder("GroupResult[")
            .append(group().id())
            .append(", ")
            .append(group().atLeast())
            .append(" of ")
            .append(options().size())
            .append(", ")
            .append(importance().label())
            .append(": ");
    List<RequirementResult> met = metOptions();
    if (met()) {
      text.append("met by ");
    } else {
      text.append(status().label()).append(", ").append(met.size()).append(" met");
      text.append(met.isEmpty() ? "" : " (");
    }
    for (int i = 0; i < met.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(met.get(i).requirement().skill());
    }
    if (!met() && !met.isEmpty()) {
      text.append(')');
    }
    return text.append(']').toString();
  }
}
