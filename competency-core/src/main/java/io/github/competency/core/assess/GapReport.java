package io.github.competency.core.assess;

import io.github.competency.core.GroupId;
import io.github.competency.core.Importance;
import io.github.competency.core.Problem;
import io.github.competency.core.ProfileId;
import io.github.competency.core.RoleId;
import io.github.competency.core.SkillId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How far a person is from a role: every requirement and every choice group of the role with
 * the ratings they were judged on ({@link #outcomes()}), the role's responsibilities that are
 * covered, readiness in each {@link ReadinessMode}, and the gaps in the order most useful to work
 * on.
 *
 * <pre>{@code
 * GapReport report = assessor.gaps(profile, RoleId.of("senior-backend-engineer"));
 * report.readiness(ReadinessMode.PROPORTIONAL); // 0.49: points earned over points possible
 * report.ready();                               // every essential requirement and group met?
 * for (Outcome gap : report.gaps()) {           // essential first, largest shortfall first
 *   System.out.println(gap + " " + gap.note()); // a group is listed once, with its closest options
 * }
 * report.warnings();                            // ratings kept with a caveat, such as a late date
 * }</pre>
 *
 * <p>The report is its own explanation: readiness is the sum of the outcomes'
 * {@linkplain Outcome#points(ReadinessMode) points} over the sum of their
 * {@linkplain Outcome#maxPoints(ReadinessMode) maximum points}, and each outcome names the
 * requirement or group and the ratings behind it. A choice group counts as one requirement
 * ({@link GroupResult}). Made by {@link Assessor#gaps(Profile, RoleId)}. Instances are immutable
 * and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class GapReport {

  /**
   * The order of {@link #gaps()}: essential before optional, then the larger shortfall first,
   * then the role's order (kept by a stable sort).
   */
  private static final Comparator<Outcome> MOST_USEFUL_FIRST =
      Comparator.comparingInt((Outcome r) -> r.importance() == Importance.ESSENTIAL ? 0 : 1)
          .thenComparing(Comparator.comparingInt(Outcome::shortfall).reversed());

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
   * Returns one result per single requirement of the role.
   *
   * @return the results, in the role's order of requirements
   */
  public abstract List<RequirementResult> results();

  /**
   * Returns one result per choice group of the role.
   *
   * @return the results, in the role's order of groups
   */
  public abstract List<GroupResult> groups();

  /**
   * Returns, for each responsibility of the role, whether its required skills are met.
   *
   * @return the results, in the role's order of responsibilities
   */
  public abstract List<ResponsibilityResult> responsibilities();

  /**
   * Returns what checking the profile found that did not stop the assessment, such as a rating
   * at a step the skill has no description for; see {@link ProfileCheck#warnings()}.
   *
   * @return the warnings, each with its path in the profile
   */
  public abstract List<Problem> warnings();

  /**
   * Returns every requirement and group of the role, each counted once.
   *
   * @return the {@linkplain #results() results}, then the {@linkplain #groups() groups}
   */
  public final List<Outcome> outcomes() {
    List<Outcome> all = new ArrayList<>(results().size() + groups().size());
    all.addAll(results());
    all.addAll(groups());
    return Collections.unmodifiableList(all);
  }

  /**
   * Returns the result of one requirement, whether single or an option of a group.
   *
   * @param skill a skill the role asks for
   * @return its result, or empty if the role does not ask for the skill
   */
  public final Optional<RequirementResult> result(SkillId skill) {
    Objects.requireNonNull(skill, "skill");
    for (RequirementResult result : results()) {
      if (result.requirement().skill().equals(skill)) {
        return Optional.of(result);
      }
    }
    for (GroupResult group : groups()) {
      for (RequirementResult option : group.options()) {
        if (option.requirement().skill().equals(skill)) {
          return Optional.of(option);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the result of one choice group.
   *
   * @param group the group's id
   * @return its result, or empty if the role has no such group
   */
  public final Optional<GroupResult> group(GroupId group) {
    Objects.requireNonNull(group, "group");
    return groups().stream().filter(g -> g.group().id().equals(group)).findFirst();
  }

  /**
   * Returns the readiness for the role in a mode: the points earned over the points the role is
   * worth (see {@link ReadinessMode}).
   *
   * @param mode the mode
   * @return a number from 0 to 1; exactly 1 when every requirement and group is met, and for a
   *     role without requirements
   */
  public final double readiness(ReadinessMode mode) {
    Objects.requireNonNull(mode, "mode");
    long earned = 0;
    long total = 0;
    for (Outcome outcome : outcomes()) {
      earned += outcome.points(mode);
      total += outcome.maxPoints(mode);
    }
    return RoleScoring.readiness(earned, total);
  }

  /**
   * Tells whether the person is ready for the role.
   *
   * <p>Ready means the role asks for something, every essential requirement and essential group
   * is met, and at least one requirement or group is met. So a role with essential ones is ready
   * when all of them are met; a role whose requirements and groups are all optional is ready once
   * any one of them is met; a role that asks for nothing is never ready (its readiness is 1, as
   * nothing is missing, but it gives no ground to call anyone ready); and a profile without
   * ratings is ready for no role.
   *
   * @return true if ready by the rule above
   */
  public final boolean ready() {
    boolean anyMet = false;
    for (Outcome outcome : outcomes()) {
      if (outcome.met()) {
        anyMet = true;
      } else if (outcome.importance() == Importance.ESSENTIAL) {
        return false;
      }
    }
    return anyMet;
  }

  /**
   * Returns the number of essential requirements and essential groups not met.
   *
   * @return the count; 0 for a ready person
   */
  public final int essentialGaps() {
    int count = 0;
    for (Outcome outcome : outcomes()) {
      if (!outcome.met() && outcome.importance() == Importance.ESSENTIAL) {
        count++;
      }
    }
    return count;
  }

  /**
   * Returns the requirements and groups not met, the most useful to work on first: essential
   * before optional, then the larger {@linkplain Outcome#shortfall() shortfall} first, then in
   * the role's order. A single requirement names the step to reach
   * ({@link RequirementResult#target()}); a group is listed once, with the options closest to
   * being met ({@link GroupResult#closest()}).
   *
   * @return the gaps; empty exactly when every requirement and group is met
   */
  public final List<Outcome> gaps() {
    List<Outcome> gaps = new ArrayList<>();
    for (Outcome outcome : outcomes()) {
      if (!outcome.met()) {
        gaps.add(outcome);
      }
    }
    gaps.sort(MOST_USEFUL_FIRST);
    return Collections.unmodifiableList(gaps);
  }

  /**
   * Returns a short description.
   *
   * @return for example {@code GapReport[alex-kim for senior-backend-engineer: not ready,
   *     proportional 0.49, 41 gaps (40 essential), 1 warning]}
   */
  @Override
  public final String toString() {
    return String.format(
        Locale.ROOT,
        "GapReport[%s for %s: %s, proportional %.2f, %s (%d essential), %s]",
        profile(),
        role(),
        ready() ? "ready" : "not ready",
        readiness(ReadinessMode.PROPORTIONAL),
        Counts.of(gaps().size(), "gap"),
        essentialGaps(),
        Counts.of(warnings().size(), "warning"));
  }
}
