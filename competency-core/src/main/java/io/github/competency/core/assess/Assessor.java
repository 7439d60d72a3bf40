package io.github.competency.core.assess;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CompetencyException;
import io.github.competency.core.Importance;
import io.github.competency.core.Problem;
import io.github.competency.core.ProfileId;
import io.github.competency.core.Requirement;
import io.github.competency.core.Responsibility;
import io.github.competency.core.ResponsibilityId;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.SkillId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Assesses profiles against one catalogue: checks them, compares them with its roles, and
 * compares its roles with each other. It is the front door of assessment; see the
 * {@linkplain io.github.competency.core.assess package} for an overview.
 *
 * <p>An assessor combines each profile's ratings with a {@link RatingRule}
 * ({@linkplain RatingRule#defaults() by default} the latest manager or assessment rating, else
 * the self rating) and scores weighted modes with the catalogue's weights, or by default 2 for
 * an essential and 1 for an optional requirement.
 *
 * <p>Every method that takes a {@link Profile} first {@linkplain #check(Profile) checks} it
 * against the catalogue and throws {@link InvalidProfileException} listing every problem;
 * every method that takes an id of the catalogue throws
 * {@link io.github.competency.core.UnknownIdException} for an id the catalogue lacks.
 *
 * <p>Instances are immutable and thread-safe; {@code with...} methods return changed copies.
 */
public final class Assessor {

  private static final double DEFAULT_ESSENTIAL_WEIGHT = 2;
  private static final double DEFAULT_OPTIONAL_WEIGHT = 1;
  private static final int DEFAULT_AGREEMENT_THRESHOLD = 2;

  private final Catalogue catalogue;
  private final RatingRule rule;
  private final double essentialWeight;
  private final double optionalWeight;
  private final Positions positions;
  private final Map<RoleId, RoleScoring> roles = new HashMap<>();

  private Assessor(
      Catalogue catalogue,
      RatingRule rule,
      double essentialWeight,
      double optionalWeight,
      Positions positions) {
    this.catalogue = catalogue;
    this.rule = rule;
    this.essentialWeight = essentialWeight;
    this.optionalWeight = optionalWeight;
    this.positions = positions;
    for (Role role : catalogue.roles()) {
      roles.put(role.id(), new RoleScoring(role, positions, essentialWeight, optionalWeight));
    }
  }

  /**
   * Obtains an assessor for a catalogue with the default rating rule and default weights.
   *
   * @param catalogue the catalogue profiles are assessed against
   * @return the assessor
   */
  public static Assessor of(Catalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    return new Assessor(
        catalogue,
        RatingRule.defaults(),
        DEFAULT_ESSENTIAL_WEIGHT,
        DEFAULT_OPTIONAL_WEIGHT,
        new Positions(catalogue));
  }

  /**
   * Returns a copy that combines ratings with another rule.
   *
   * @param rule the rating rule
   * @return the changed copy
   */
  public Assessor withRatingRule(RatingRule rule) {
    Objects.requireNonNull(rule, "rule");
    return new Assessor(catalogue, rule, essentialWeight, optionalWeight, positions);
  }

  /**
   * Returns a copy that gives requirements without a weight of their own other weights.
   *
   * @param essential the weight of an essential requirement without one
   * @param optional the weight of an optional requirement without one
   * @return the changed copy
   * @throws IllegalArgumentException if a weight is not a positive, finite number
   */
  public Assessor withDefaultWeights(double essential, double optional) {
    requirePositive("essential", essential);
    requirePositive("optional", optional);
    return new Assessor(catalogue, rule, essential, optional, positions);
  }

  private static void requirePositive(String name, double weight) {
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException(
          name + " weight " + weight + " must be a positive, finite number");
    }
  }

  /**
   * Returns the catalogue profiles are assessed against.
   *
   * @return the catalogue
   */
  public Catalogue catalogue() {
    return catalogue;
  }

  /**
   * Returns the rule that combines several ratings of a skill.
   *
   * @return the rating rule
   */
  public RatingRule ratingRule() {
    return rule;
  }

  /**
   * Returns the weight a requirement without a weight of its own counts with.
   *
   * @param importance the requirement's importance
   * @return the default weight: 2 for essential and 1 for optional unless changed
   */
  public double defaultWeight(Importance importance) {
    Objects.requireNonNull(importance, "importance");
    return importance == Importance.ESSENTIAL ? essentialWeight : optionalWeight;
  }

  // ---------------------------------------------------------------- profiles

  /**
   * Checks a profile against the catalogue and lists every problem, each with its path as the
   * profile's JSON format spells it: another catalogue ({@code catalogue}) or version
   * ({@code catalogueVersion}), a blank name, an unknown role, unknown skills
   * ({@code ratings[3].skill}) and steps, a step at which the skill is not defined, evidence that
   * is blank or too long, and duplicate ratings (the same skill, rater and day).
   *
   * @param profile the profile
   * @return the problems, in the order of the profile's fields; empty if the profile is valid
   */
  public List<Problem> check(Profile profile) {
    Objects.requireNonNull(profile, "profile");
    return ProfileChecker.check(catalogue, profile);
  }

  private void requireValid(Profile profile) {
    List<Problem> problems = check(profile);
    if (!problems.isEmpty()) {
      throw new InvalidProfileException(problems);
    }
  }

  /**
   * Compares a person's ratings of themselves with other raters' ratings of them, listing the
   * skills where they differ by two steps of the scale or more.
   *
   * @param profile the profile
   * @return the agreement report
   * @throws InvalidProfileException if the profile does not fit the catalogue
   */
  public Agreement agreement(Profile profile) {
    return agreement(profile, DEFAULT_AGREEMENT_THRESHOLD);
  }

  /**
   * Compares a person's ratings of themselves with other raters' ratings of them (see
   * {@link Agreement}).
   *
   * @param profile the profile
   * @param threshold the smallest difference listed, in steps of the scale
   * @return the agreement report
   * @throws IllegalArgumentException if {@code threshold} is less than 1
   * @throws InvalidProfileException if the profile does not fit the catalogue
   */
  public Agreement agreement(Profile profile, int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold " + threshold + " must be at least 1");
    }
    requireValid(profile);
    Map<SkillId, EnumMap<RaterKind, Rating>> latest = new LinkedHashMap<>();
    for (Rating rating : profile.ratings()) {
      EnumMap<RaterKind, Rating> byKind =
          latest.computeIfAbsent(rating.skill(), k -> new EnumMap<>(RaterKind.class));
      Rating current = byKind.get(rating.rater());
      if (current == null || !profile.dateOf(rating).isBefore(profile.dateOf(current))) {
        byKind.put(rating.rater(), rating);
      }
    }
    ImmutableAgreement.Builder report =
        ImmutableAgreement.builder().profile(profile.id()).threshold(threshold);
    int comparisons = 0;
    for (Map.Entry<SkillId, EnumMap<RaterKind, Rating>> skill : latest.entrySet()) {
      Rating self = skill.getValue().get(RaterKind.SELF);
      if (self == null) {
        continue;
      }
      for (Map.Entry<RaterKind, Rating> other : skill.getValue().entrySet()) {
        if (other.getKey() == RaterKind.SELF) {
          continue;
        }
        comparisons++;
        int steps =
            positions.step(self.proficiency()) - positions.step(other.getValue().proficiency());
        if (Math.abs(steps) >= threshold) {
          report.addDisagreement(
              ImmutableDisagreement.builder()
                  .skill(skill.getKey())
                  .self(self)
                  .other(other.getValue())
                  .steps(steps)
                  .build());
        }
      }
    }
    return report.comparisons(comparisons).build();
  }

  // ---------------------------------------------------------------- person to role

  /**
   * Compares a profile with a role: each requirement met, below by some steps or not rated, the
   * responsibilities covered, readiness in every mode and the gaps most useful to work on.
   *
   * @param profile the profile
   * @param role a role of the catalogue
   * @return the gap report
   * @throws InvalidProfileException if the profile does not fit the catalogue
   */
  public GapReport gaps(Profile profile, RoleId role) {
    RoleScoring scoring = scoring(role);
    requireValid(profile);
    return report(profile, rule.effectiveRatings(profile), scoring);
  }

  private GapReport report(Profile profile, Map<SkillId, Rating> effective, RoleScoring scoring) {
    Role role = scoring.role;
    ImmutableGapReport.Builder report =
        ImmutableGapReport.builder().profile(profile.id()).role(role.id());
    Set<SkillId> unmet = new HashSet<>();
    for (int i = 0; i < scoring.size; i++) {
      Requirement requirement = role.requirements().get(i);
      Rating rating = effective.get(requirement.skill());
      int position = rating == null ? -1 : positions.step(rating.proficiency());
      if (position < scoring.required[i]) {
        unmet.add(requirement.skill());
      }
      ImmutableRequirementResult.Builder result =
          ImmutableRequirementResult.builder()
              .requirement(requirement)
              .weight(scoring.weight[i])
              .requiredPosition(scoring.required[i])
              .ratingPosition(position)
              .unit(scoring.unit)
              .weightUnits(scoring.weightUnits[i]);
      if (rating != null) {
        result.rating(rating);
      }
      report.addResult(result.build());
    }
    for (ResponsibilityId id : role.responsibilities()) {
      Responsibility responsibility = catalogue.get(id);
      ImmutableResponsibilityResult.Builder result =
          ImmutableResponsibilityResult.builder().responsibility(id);
      for (SkillId skill : responsibility.skills()) {
        if (unmet.contains(skill)) {
          result.addUnmet(skill);
        }
      }
      report.addResponsibility(result.build());
    }
    return report.build();
  }

  /**
   * Ranks every role of the catalogue for a profile: the most ready first, then the one with
   * fewer essential gaps, then in catalogue order.
   *
   * @param profile the profile
   * @param mode the readiness mode to rank by
   * @return one gap report per role of the catalogue, best fit first
   * @throws InvalidProfileException if the profile does not fit the catalogue
   */
  public List<GapReport> bestFit(Profile profile, ReadinessMode mode) {
    Objects.requireNonNull(mode, "mode");
    requireValid(profile);
    Map<SkillId, Rating> effective = rule.effectiveRatings(profile);
    List<GapReport> reports = new ArrayList<>();
    for (Role role : catalogue.roles()) {
      reports.add(report(profile, effective, roles.get(role.id())));
    }
    reports.sort(
        Comparator.comparingDouble((GapReport r) -> r.readiness(mode))
            .reversed()
            .thenComparingInt(GapReport::essentialGaps)); // stable: then in catalogue order
    return Collections.unmodifiableList(reports);
  }

  // ---------------------------------------------------------------- role to role

  /**
   * Compares two roles: what the second adds to, raises in, lowers in, changes in and drops from
   * the first.
   *
   * @param from the role progressed from, such as a junior role
   * @param to the role progressed to, such as a senior role
   * @return the progression
   */
  public Progression progression(RoleId from, RoleId to) {
    Role a = catalogue.get(Objects.requireNonNull(from, "from"));
    Role b = catalogue.get(Objects.requireNonNull(to, "to"));
    ImmutableProgression.Builder progression =
        ImmutableProgression.builder().fromRole(from).toRole(to);
    Set<ResponsibilityId> before = new HashSet<>(a.responsibilities());
    Set<ResponsibilityId> after = new HashSet<>(b.responsibilities());
    b.responsibilities().stream()
        .filter(r -> !before.contains(r))
        .forEach(progression::addResponsibilitiesAdded);
    a.responsibilities().stream()
        .filter(r -> !after.contains(r))
        .forEach(progression::addResponsibilitiesDropped);
    Map<SkillId, Requirement> earlier = new HashMap<>();
    a.requirements().forEach(r -> earlier.put(r.skill(), r));
    Set<SkillId> later = new HashSet<>();
    for (Requirement requirement : b.requirements()) {
      later.add(requirement.skill());
      Requirement previous = earlier.get(requirement.skill());
      if (previous == null) {
        progression.addAdded(requirement);
        continue;
      }
      int steps =
          positions.step(requirement.proficiency()) - positions.step(previous.proficiency());
      if (steps == 0 && previous.equals(requirement)) {
        continue;
      }
      RequirementChange change =
          ImmutableRequirementChange.builder()
              .before(previous)
              .after(requirement)
              .steps(steps)
              .build();
      if (steps > 0) {
        progression.addRaised(change);
      } else if (steps < 0) {
        progression.addLowered(change);
      } else {
        progression.addChanged(change);
      }
    }
    a.requirements().stream()
        .filter(r -> !later.contains(r.skill()))
        .forEach(progression::addDropped);
    return progression.build();
  }

  /**
   * Returns a person's next career steps: for each role the person's role leads to, what it adds
   * and how far the person is from it. A profile that names no role has none.
   *
   * @param profile the profile
   * @return one next step per next role, in the order of the role's career steps
   * @throws InvalidProfileException if the profile does not fit the catalogue
   */
  public List<NextStep> nextSteps(Profile profile) {
    requireValid(profile);
    if (profile.role().isEmpty()) {
      return List.of();
    }
    return nextSteps(profile, profile.role().get());
  }

  /**
   * Returns the next career steps from a role for a person, whatever role the profile names:
   * for each role it leads to, what it adds and how far the person is from it.
   *
   * @param profile the profile
   * @param from the role to step from
   * @return one next step per next role, in the order of the role's career steps
   * @throws InvalidProfileException if the profile does not fit the catalogue
   */
  public List<NextStep> nextSteps(Profile profile, RoleId from) {
    Objects.requireNonNull(from, "from");
    requireValid(profile);
    Map<SkillId, Rating> effective = rule.effectiveRatings(profile);
    List<NextStep> steps = new ArrayList<>();
    for (Role next : catalogue.nextSteps(from)) {
      steps.add(
          ImmutableNextStep.builder()
              .progression(progression(from, next.id()))
              .gaps(report(profile, effective, roles.get(next.id())))
              .build());
    }
    return Collections.unmodifiableList(steps);
  }

  // ---------------------------------------------------------------- role to people

  /**
   * Returns the k profiles most ready for a role, reading them once: O(n log k) time and O(k)
   * memory beyond the profiles. For whole populations, {@link #compile(RoleId, ReadinessMode)}
   * and {@link #compact(Profile)} once, then rank the compact profiles.
   *
   * @param role a role of the catalogue
   * @param mode the readiness mode to rank by
   * @param profiles the profiles
   * @param k how many to return, at least 0
   * @return at most k scores, most ready first; equal readiness is ordered by profile id
   * @throws IllegalArgumentException if {@code k} is negative
   * @throws InvalidProfileException if a profile does not fit the catalogue
   */
  public List<ProfileScore> rank(
      RoleId role, ReadinessMode mode, Iterable<Profile> profiles, int k) {
    Objects.requireNonNull(profiles, "profiles");
    CompiledRole compiled = compile(role, mode);
    TopK top = new TopK(k);
    for (Profile profile : profiles) {
      CompactProfile compact = compact(Objects.requireNonNull(profile, "profiles element"));
      top.offer(compiled.points(compact), compact.id());
    }
    return top.result(compiled::readinessOf);
  }

  /**
   * Returns the k profiles most ready for a role, consuming the stream once; see
   * {@link #rank(RoleId, ReadinessMode, Iterable, int)}. A parallel stream is scored on all its
   * threads.
   *
   * @param role a role of the catalogue
   * @param mode the readiness mode to rank by
   * @param profiles the profiles
   * @param k how many to return, at least 0
   * @return at most k scores, most ready first; equal readiness is ordered by profile id
   * @throws IllegalArgumentException if {@code k} is negative
   * @throws InvalidProfileException if a profile does not fit the catalogue
   */
  public List<ProfileScore> rank(RoleId role, ReadinessMode mode, Stream<Profile> profiles, int k) {
    Objects.requireNonNull(profiles, "profiles");
    CompiledRole compiled = compile(role, mode);
    return compiled.top(profiles.map(this::compact), k);
  }

  /**
   * Returns the people of a group who meet a requirement, such as one of a person's gaps, so
   * that they can help: mentor matching.
   *
   * @param requirement a requirement on a skill and step of the catalogue
   * @param group the profiles of the group
   * @return the profiles that meet it, the highest rated first, then in the group's order
   * @throws io.github.competency.core.UnknownIdException if the catalogue has no such skill or
   *     step
   * @throws InvalidProfileException if a profile does not fit the catalogue
   */
  public List<Profile> whoCanHelp(Requirement requirement, Iterable<Profile> group) {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(group, "group");
    catalogue.get(requirement.skill());
    int required = positions.step(catalogue.get(requirement.proficiency()).id());
    List<Profile> helpers = new ArrayList<>();
    List<Integer> levels = new ArrayList<>();
    for (Profile profile : group) {
      int position = position(profile, requirement.skill());
      if (position >= required) {
        helpers.add(profile);
        levels.add(position);
      }
    }
    Integer[] order = new Integer[helpers.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparing((Integer i) -> levels.get(i)).reversed());
    List<Profile> result = new ArrayList<>(order.length);
    for (Integer i : order) {
      result.add(helpers.get(i));
    }
    return Collections.unmodifiableList(result);
  }

  /** The position of a profile's effective rating of a skill; -1 if not rated. */
  private int position(Profile profile, SkillId skill) {
    Objects.requireNonNull(profile, "group element");
    requireValid(profile);
    Rating rating = rule.effectiveRatings(profile).get(skill);
    return rating == null ? -1 : positions.step(rating.proficiency());
  }

  /**
   * Tells which requirements of a role a group covers: who meets each, which no one meets and
   * which only one person meets. Profiles with the same id count as one person.
   *
   * @param role a role of the catalogue
   * @param group the profiles of the group
   * @return the coverage
   * @throws InvalidProfileException if a profile does not fit the catalogue
   */
  public TeamCoverage coverage(RoleId role, Iterable<Profile> group) {
    RoleScoring scoring = scoring(role);
    Objects.requireNonNull(group, "group");
    List<Set<ProfileId>> metBy = new ArrayList<>();
    for (int i = 0; i < scoring.size; i++) {
      metBy.add(new LinkedHashSet<>());
    }
    Set<ProfileId> people = new HashSet<>();
    for (Profile profile : group) {
      Objects.requireNonNull(profile, "group element");
      requireValid(profile);
      people.add(profile.id());
      Map<SkillId, Rating> effective = rule.effectiveRatings(profile);
      for (int i = 0; i < scoring.size; i++) {
        Rating rating = effective.get(scoring.role.requirements().get(i).skill());
        if (rating != null && positions.step(rating.proficiency()) >= scoring.required[i]) {
          metBy.get(i).add(profile.id());
        }
      }
    }
    ImmutableTeamCoverage.Builder coverage =
        ImmutableTeamCoverage.builder().role(role).people(people.size());
    for (int i = 0; i < scoring.size; i++) {
      coverage.addRequirement(
          ImmutableRequirementCoverage.builder()
              .requirement(scoring.role.requirements().get(i))
              .metBy(metBy.get(i))
              .build());
    }
    return coverage.build();
  }

  // ---------------------------------------------------------------- the fast path

  /**
   * Compiles a role for scoring many compact profiles in one mode.
   *
   * @param role a role of the catalogue
   * @param mode the readiness mode
   * @return the compiled role
   * @throws CompetencyException if the catalogue's scale has more than 255 steps
   */
  public CompiledRole compile(RoleId role, ReadinessMode mode) {
    Objects.requireNonNull(mode, "mode");
    RoleScoring scoring = scoring(role);
    requireCompactScale();
    return new CompiledRole(
        catalogue, scoring, positions.skillCount(), positions.stepCount(), mode);
  }

  /**
   * Reduces a profile to a compact profile: the step of its effective rating of each skill, by
   * this assessor's rating rule.
   *
   * @param profile the profile
   * @return the compact profile
   * @throws InvalidProfileException if the profile does not fit the catalogue
   * @throws CompetencyException if the catalogue's scale has more than 255 steps
   */
  public CompactProfile compact(Profile profile) {
    Objects.requireNonNull(profile, "profile");
    requireValid(profile);
    requireCompactScale();
    int[] steps = new int[positions.skillCount()];
    Arrays.fill(steps, -1);
    for (Rating rating : rule.effectiveRatings(profile).values()) {
      steps[positions.skill(rating.skill())] = positions.step(rating.proficiency());
    }
    return new CompactProfile.Builder(profile.id(), catalogue, positions).build(steps);
  }

  /**
   * Returns a builder of a compact profile, for ratings kept outside {@link Profile}s, one per
   * skill already chosen.
   *
   * @param id the profile's id
   * @return a builder with no skill rated
   * @throws CompetencyException if the catalogue's scale has more than 255 steps
   */
  public CompactProfile.Builder compactBuilder(ProfileId id) {
    Objects.requireNonNull(id, "id");
    requireCompactScale();
    return new CompactProfile.Builder(id, catalogue, positions);
  }

  private void requireCompactScale() {
    if (positions.stepCount() > CompactProfile.MAX_STEPS) {
      throw new CompetencyException(
          "the scale of catalogue '"
              + catalogue.id()
              + "' has "
              + positions.stepCount()
              + " steps; compact profiles hold at most "
              + CompactProfile.MAX_STEPS);
    }
  }

  private RoleScoring scoring(RoleId role) {
    return roles.get(catalogue.get(Objects.requireNonNull(role, "role")).id());
  }

  /**
   * Returns a short description.
   *
   * @return for example {@code Assessor[platform-team 2.1.0, RatingRule{...}]}
   */
  @Override
  public String toString() {
    return "Assessor["
        + catalogue.id()
        + " "
        + catalogue.version()
        + ", "
        + rule
        + ", default weights "
        + essentialWeight
        + "/"
        + optionalWeight
        + "]";
  }
}
