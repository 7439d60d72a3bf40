package io.github.competency.core.assess;

import io.github.competency.core.Catalogue;
import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.CompetencyException;
import io.github.competency.core.FamilyId;
import io.github.competency.core.GroupId;
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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * Assesses profiles against one catalogue: checks them, compares them with its roles, and
 * compares its roles with each other. It is the front door of assessment; see the
 * {@linkplain io.github.competency.core.assess package} for an overview.
 *
 * <pre>{@code
 * Assessor assessor = Assessor.of(SeniorBackendEngineer.catalogue());
 * Profile alex = ProfileJson.defaults().read(Path.of("examples/profiles/alex-kim.json"));
 *
 * GapReport report = assessor.gaps(alex, RoleId.of("senior-backend-engineer"));
 * report.readiness(ReadinessMode.PROPORTIONAL); // points earned over points possible
 * report.gaps();                                // what to work on, most useful first
 *
 * assessor.bestFit(alex, ReadinessMode.PROPORTIONAL).get(0); // the highest role alex is ready for
 * Ranking ranking = assessor.rank(role, ReadinessMode.PROPORTIONAL, everyone, 10);
 * ranking.setAside();                                     // the profiles that did not fit
 * }</pre>
 *
 * <p>An assessor combines each profile's ratings with a {@link RatingRule}
 * ({@linkplain RatingRule#defaults() by default} the latest manager or assessment rating, else
 * the latest peer rating, else the self rating) and scores weighted modes with the catalogue's
 * weights, or by default 2 for an essential and 1 for an optional requirement or group. A choice
 * group counts as one requirement ({@link GroupResult}).
 *
 * <p>Every method that takes one {@link Profile} first {@linkplain #check(Profile) checks} it
 * against the catalogue and throws {@link InvalidProfileException}, naming the profile and
 * listing every problem; warnings do not stop it (unless the assessor is
 * {@linkplain #withStrictChecks(boolean) strict}) and a gap report carries them. Methods that
 * take many profiles ({@link #rank(RoleId, ReadinessMode, Iterable, int) rank},
 * {@link #coverage(RoleId, Iterable) coverage}, {@link #whoCanHelp(Requirement, Iterable)
 * whoCanHelp}) set invalid profiles aside and return them, with their ids and problems, next to
 * the result, unless the assessor {@linkplain #withFailFast(boolean) fails fast}. Every method
 * that takes an id of the catalogue throws {@link io.github.competency.core.UnknownIdException}
 * for an id the catalogue lacks.
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
  private final boolean strict;
  private final boolean failFast;
  private final Positions positions;
  private final Map<RoleId, RoleScoring> roles = new HashMap<>();

  private Assessor(
      Catalogue catalogue,
      RatingRule rule,
      double essentialWeight,
      double optionalWeight,
      boolean strict,
      boolean failFast,
      Positions positions) {
    this.catalogue = catalogue;
    this.rule = rule;
    this.essentialWeight = essentialWeight;
    this.optionalWeight = optionalWeight;
    this.strict = strict;
    this.failFast = failFast;
    this.positions = positions;
    for (Role role : catalogue.roles()) {
      roles.put(role.id(), new RoleScoring(role, positions, essentialWeight, optionalWeight));
    }
  }

  /**
   * Obtains an assessor for a catalogue with the default rating rule and default weights, that
   * reports warnings apart from problems and sets invalid profiles of a population aside.
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
        false,
        false,
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
    return new Assessor(
        catalogue, rule, essentialWeight, optionalWeight, strict, failFast, positions);
  }

  /**
   * Returns a copy that gives requirements and groups without a weight of their own other
   * weights.
   *
   * @param essential the weight of an essential requirement or group without one
   * @param optional the weight of an optional requirement or group without one
   * @return the changed copy
   * @throws IllegalArgumentException if a weight is not a positive, finite number
   */
  public Assessor withDefaultWeights(double essential, double optional) {
    requirePositive("essential", essential);
    requirePositive("optional", optional);
    return new Assessor(catalogue, rule, essential, optional, strict, failFast, positions);
  }

  /**
   * Returns a copy that is strict or lenient about warnings. A strict assessor reports every
   * warning of {@link #check(Profile)} as a problem, so that it refuses, or sets aside, profiles
   * with ratings at steps their skills have no description for and ratings dated after the
   * assessment. An assessor is lenient unless made strict.
   *
   * @param strict true to turn warnings into problems
   * @return the changed copy
   */
  public Assessor withStrictChecks(boolean strict) {
    return new Assessor(
        catalogue, rule, essentialWeight, optionalWeight, strict, failFast, positions);
  }

  /**
   * Returns a copy that sets invalid profiles of a population aside, or fails fast. A failing
   * fast assessor makes {@link #rank(RoleId, ReadinessMode, Iterable, int) rank},
   * {@link #coverage(RoleId, Iterable) coverage} and {@link #whoCanHelp(Requirement, Iterable)
   * whoCanHelp} throw {@link InvalidProfileException}, naming the profile, at the first invalid
   * profile; by default they set it aside and go on.
   *
   * @param failFast true to throw at the first invalid profile
   * @return the changed copy
   */
  public Assessor withFailFast(boolean failFast) {
    return new Assessor(
        catalogue, rule, essentialWeight, optionalWeight, strict, failFast, positions);
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
   * Tells whether warnings count as problems.
   *
   * @return true if strict (see {@link #withStrictChecks(boolean)})
   */
  public boolean strictChecks() {
    return strict;
  }

  /**
   * Tells whether population methods throw at the first invalid profile.
   *
   * @return true if failing fast (see {@link #withFailFast(boolean)})
   */
  public boolean failFast() {
    return failFast;
  }

  /**
   * Returns the weight a requirement or group without a weight of its own counts with.
   *
   * @param importance its importance
   * @return the default weight: 2 for essential and 1 for optional unless changed
   */
  public double defaultWeight(Importance importance) {
    Objects.requireNonNull(importance, "importance");
    return importance == Importance.ESSENTIAL ? essentialWeight : optionalWeight;
  }

  // ---------------------------------------------------------------- profiles

  /**
   * Checks a profile against the catalogue, listing problems and warnings apart, each with its
   * path as the profile's JSON format spells it.
   *
   * <p>Problems: another catalogue ({@code catalogue}) or version ({@code catalogueVersion}), a
   * blank name, an unknown role, unknown skills ({@code ratings[3].skill}) and steps (with the
   * known ones spelled alike: "did you mean 'python'?"), evidence that is blank or too long, and
   * duplicate ratings (the same skill, rater and day). Warnings: a rating at a step at which the
   * skill is not defined, such as awareness of a skill described from working knowledge up (it
   * is kept, and scored by the step's place on the scale), and a rating dated after the day the
   * profile was assessed. A {@linkplain #withStrictChecks(boolean) strict} assessor reports the
   * warnings as problems.
   *
   * @param profile the profile
   * @return the problems and warnings, each in the order of the profile's fields and ratings
   */
  public ProfileCheck check(Profile profile) {
    Objects.requireNonNull(profile, "profile");
    return ProfileChecker.check(catalogue, positions, profile, strict);
  }

  /** The profile's warnings, or an exception naming it and its problems. */
  private List<Problem> requireValid(Profile profile) {
    ProfileCheck check = check(profile);
    if (!check.valid()) {
      throw new InvalidProfileException(profile.id(), check.problems());
    }
    return check.warnings();
  }

  /**
   * Whether a profile of a population can be used: true if valid; false if set aside into
   * {@code setAside}; throws if failing fast.
   */
  private boolean usable(Profile profile, List<SetAside> setAside) {
    Objects.requireNonNull(profile, "profiles element");
    ProfileCheck check = check(profile);
    if (check.valid()) {
      return true;
    }
    if (failFast) {
      throw new InvalidProfileException(profile.id(), check.problems());
    }
    setAside.add(SetAside.of(profile.id(), check.problems()));
    return false;
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
   * Compares a profile with a role: each requirement and each choice group met, below by some
   * steps or not rated, the responsibilities covered, readiness in every mode, the gaps most
   * useful to work on, and the profile's warnings.
   *
   * @param profile the profile
   * @param role a role of the catalogue
   * @return the gap report
   * @throws InvalidProfileException if the profile does not fit the catalogue
   */
  public GapReport gaps(Profile profile, RoleId role) {
    RoleScoring scoring = scoring(role);
    List<Problem> warnings = requireValid(profile);
    return report(profile, rule.effectiveRatings(profile), scoring, warnings);
  }

  private GapReport report(
      Profile profile,
      Map<SkillId, Rating> effective,
      RoleScoring scoring,
      List<Problem> warnings) {
    Role role = scoring.role;
    ImmutableGapReport.Builder report =
        ImmutableGapReport.builder().profile(profile.id()).role(role.id()).warnings(warnings);
    Set<SkillId> unmet = new HashSet<>();
    for (int i = 0; i < scoring.size; i++) {
      Requirement requirement = role.requirements().get(i);
      RequirementResult result =
          result(
              requirement,
              requirement.importance(),
              effective.get(requirement.skill()),
              scoring.required[i],
              scoring.weight[i],
              scoring.weightUnits[i],
              scoring.unit);
      if (!result.met()) {
        unmet.add(requirement.skill());
      }
      report.addResult(result);
    }
    for (int g = 0; g < scoring.groups; g++) {
      ChoiceGroup group = role.groups().get(g);
      ImmutableGroupResult.Builder result =
          ImmutableGroupResult.builder()
              .group(group)
              .weight(scoring.groupWeight[g])
              .weightUnits(scoring.groupWeightUnits[g]);
      for (int o = 0; o < group.options().size(); o++) {
        Requirement option = group.options().get(o);
        result.addOption(
            result(
                option,
                group.importance(),
                effective.get(option.skill()),
                scoring.optionRequired[g][o],
                scoring.groupWeight[g],
                scoring.groupWeightUnits[g],
                scoring.unit));
      }
      GroupResult built = result.build();
      if (!built.met()) {
        group.options().forEach(option -> unmet.add(option.skill()));
      }
      report.addGroup(built);
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

  private RequirementResult result(
      Requirement requirement,
      Importance importance,
      Rating rating,
      int required,
      double weight,
      long weightUnits,
      long unit) {
    ImmutableRequirementResult.Builder result =
        ImmutableRequirementResult.builder()
            .requirement(requirement)
            .importance(importance)
            .weight(weight)
            .requiredPosition(required)
            .ratingPosition(rating == null ? -1 : positions.step(rating.proficiency()))
            .unit(unit)
            .weightUnits(weightUnits);
    if (rating != null) {
      result.rating(rating);
    }
    return result.build();
  }

  /**
   * Finds the roles that fit a profile best, respecting the career ladder: first the roles at
   * the highest level the person is {@linkplain GapReport#ready() ready} for, then the roles not
   * yet reached from the lowest level up (the same level's other roles, then the level just
   * above, and so on), then the roles below, from the highest level down. Within a level, the
   * most ready first, then the one with fewer essential gaps, then in catalogue order. A person
   * ready for no role gets the lowest level's roles first. A role that asks for nothing is never
   * ready, so it never comes first for its level's sake.
   *
   * @param profile the profile
   * @param mode the readiness mode that orders roles within a level
   * @return one gap report per role of the catalogue, best fit first
   * @throws InvalidProfileException if the profile does not fit the catalogue
   */
  public List<GapReport> bestFit(Profile profile, ReadinessMode mode) {
    Objects.requireNonNull(mode, "mode");
    return bestFit(profile, mode, catalogue.roles());
  }

  /**
   * Finds the roles of one family (track) that fit a profile best, in the order of
   * {@link #bestFit(Profile, ReadinessMode)}: the highest level the person is ready for in that
   * track first.
   *
   * @param profile the profile
   * @param mode the readiness mode that orders roles within a level
   * @param family the family whose roles are compared
   * @return one gap report per role of the family, best fit first
   * @throws InvalidProfileException if the profile does not fit the catalogue
   * @throws io.github.competency.core.UnknownIdException if the catalogue has no such family
   */
  public List<GapReport> bestFit(Profile profile, ReadinessMode mode, FamilyId family) {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(family, "family");
    return bestFit(profile, mode, catalogue.rolesIn(family));
  }

  private List<GapReport> bestFit(Profile profile, ReadinessMode mode, List<Role> candidates) {
    List<Problem> warnings = requireValid(profile);
    Map<SkillId, Rating> effective = rule.effectiveRatings(profile);
    List<GapReport> reports = new ArrayList<>();
    Map<RoleId, Integer> rank = new HashMap<>();
    int highestReady = Integer.MIN_VALUE;
    for (Role role : candidates) {
      GapReport report = report(profile, effective, roles.get(role.id()), warnings);
      reports.add(report);
      int level = catalogue.get(role.level()).rank();
      rank.put(role.id(), level);
      if (report.ready()) {
        highestReady = Math.max(highestReady, level);
      }
    }
    int top = highestReady;
    Comparator<GapReport> byBand =
        Comparator.comparingInt(
            (GapReport r) -> {
              int level = rank.get(r.role());
              if (level == top && r.ready()) {
                return 0;
              }
              return level >= top ? 1 : 2;
            });
    Comparator<GapReport> byLevel =
        (x, y) -> {
          int band = rank.get(x.role()) >= top ? 1 : -1; // up the ladder above, down below
          return band * Integer.compare(rank.get(x.role()), rank.get(y.role()));
        };
    reports.sort(
        byBand
            .thenComparing(byLevel)
            .thenComparing(
                Comparator.comparingDouble((GapReport r) -> r.readiness(mode)).reversed())
            .thenComparingInt(GapReport::essentialGaps)); // stable: then in catalogue order
    return Collections.unmodifiableList(reports);
  }

  // ---------------------------------------------------------------- role to role

  /**
   * Compares two roles: what the second adds to, raises in, lowers in, changes in and drops from
   * the first, requirement by requirement and choice group by choice group.
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
      progression.addRequirementOrder(requirement.skill());
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
    Map<GroupId, ChoiceGroup> earlierGroups = new HashMap<>();
    a.groups().forEach(g -> earlierGroups.put(g.id(), g));
    Set<GroupId> laterGroups = new HashSet<>();
    for (ChoiceGroup group : b.groups()) {
      laterGroups.add(group.id());
      progression.addGroupOrder(group.id());
      ChoiceGroup previous = earlierGroups.get(group.id());
      if (previous == null) {
        progression.addGroupsAdded(group);
      } else if (!previous.equals(group)) {
        progression.addGroupsChanged(
            ImmutableGroupChange.builder().before(previous).after(group).build());
      }
    }
    a.groups().stream()
        .filter(g -> !laterGroups.contains(g.id()))
        .forEach(progression::addGroupsDropped);
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
    List<Problem> warnings = requireValid(profile);
    Map<SkillId, Rating> effective = rule.effectiveRatings(profile);
    List<NextStep> steps = new ArrayList<>();
    for (Role next : catalogue.nextSteps(from)) {
      steps.add(
          ImmutableNextStep.builder()
              .progression(progression(from, next.id()))
              .gaps(report(profile, effective, roles.get(next.id()), warnings))
              .build());
    }
    return Collections.unmodifiableList(steps);
  }

  // ---------------------------------------------------------------- role to people

  /**
   * Returns the k profiles most ready for a role, reading them once: O(n log k) time and O(k)
   * memory beyond the profiles and those set aside. Profiles that do not fit the catalogue are
   * set aside and returned with their problems, unless the assessor
   * {@linkplain #withFailFast(boolean) fails fast}. For whole populations,
   * {@link #compile(RoleId, ReadinessMode)} and {@link #compact(Profile)} once, then rank the
   * compact profiles; to read profiles one at a time from elsewhere, use a {@link #ranker(RoleId,
   * ReadinessMode, int) ranker}.
   *
   * @param role a role of the catalogue
   * @param mode the readiness mode to rank by
   * @param profiles the profiles
   * @param k how many to return, at least 0
   * @return the ranking: at most k scores, most ready first, equal readiness ordered by profile
   *     id, and the profiles set aside
   * @throws IllegalArgumentException if {@code k} is negative
   * @throws InvalidProfileException naming the first invalid profile, if failing fast
   */
  public Ranking rank(RoleId role, ReadinessMode mode, Iterable<Profile> profiles, int k) {
    Objects.requireNonNull(profiles, "profiles");
    Ranker ranker = ranker(role, mode, k);
    List<SetAside> setAside = new ArrayList<>();
    for (Profile profile : profiles) {
      ranker.offer(Objects.requireNonNull(profile, "profiles element")).ifPresent(setAside::add);
    }
    return ranker.ranking(setAside);
  }

  /**
   * Returns the k profiles most ready for a role, consuming the stream once; see
   * {@link #rank(RoleId, ReadinessMode, Iterable, int)}. A parallel stream is scored on all its
   * threads; the result does not depend on it, and the profiles set aside keep the stream's
   * encounter order.
   *
   * @param role a role of the catalogue
   * @param mode the readiness mode to rank by
   * @param profiles the profiles
   * @param k how many to return, at least 0
   * @return the ranking: at most k scores, most ready first, equal readiness ordered by profile
   *     id, and the profiles set aside
   * @throws IllegalArgumentException if {@code k} is negative
   * @throws InvalidProfileException naming an invalid profile, if failing fast
   */
  public Ranking rank(RoleId role, ReadinessMode mode, Stream<Profile> profiles, int k) {
    Objects.requireNonNull(profiles, "profiles");
    ranker(role, mode, k); // checks the role, the mode and k before the stream is used
    return profiles.collect(
        Collector.of(
            () -> new Ranker.Part(ranker(role, mode, k)),
            Ranker.Part::accept,
            Ranker.Part::merge,
            Ranker.Part::ranking));
  }

  /**
   * Returns a ranker: it takes the profiles of a population one at a time, from wherever they
   * come (a file, a database cursor, a spreadsheet), and keeps the k most ready in O(k) memory.
   * Each profile it sets aside is returned at once, so that the caller can report it with its
   * line or row.
   *
   * @param role a role of the catalogue
   * @param mode the readiness mode to rank by
   * @param k how many to keep, at least 0
   * @return a new ranker, not thread-safe
   * @throws IllegalArgumentException if {@code k} is negative
   */
  public Ranker ranker(RoleId role, ReadinessMode mode, int k) {
    CompiledRole compiled = compile(role, mode);
    return new Ranker(this, compiled, k);
  }

  /** The profile's check, for the ranker: valid or set aside, throwing when failing fast. */
  Optional<SetAside> setAsideIfInvalid(Profile profile) {
    List<SetAside> setAside = new ArrayList<>(1);
    return usable(profile, setAside) ? Optional.empty() : Optional.of(setAside.get(0));
  }

  /**
   * Returns the people of a group who meet a requirement, such as one of a person's gaps, so
   * that they can help: mentor matching. Profiles that do not fit the catalogue are set aside.
   *
   * @param requirement a requirement on a skill and step of the catalogue
   * @param group the profiles of the group
   * @return the profiles that meet it, the highest rated first, then in the group's order; and
   *     those set aside
   * @throws io.github.competency.core.UnknownIdException if the catalogue has no such skill or
   *     step
   * @throws InvalidProfileException naming the first invalid profile, if failing fast
   */
  public Helpers whoCanHelp(Requirement requirement, Iterable<Profile> group) {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(group, "group");
    catalogue.get(requirement.skill());
    int required = positions.step(catalogue.get(requirement.proficiency()).id());
    List<SetAside> setAside = new ArrayList<>();
    List<Profile> helpers = new ArrayList<>();
    List<Integer> levels = new ArrayList<>();
    for (Profile profile : group) {
      if (!usable(profile, setAside)) {
        continue;
      }
      int position = position(rule.effectiveRatings(profile), requirement.skill());
      if (position >= required) {
        helpers.add(profile);
        levels.add(position);
      }
    }
    return helpers(helpers, levels, setAside);
  }

  /**
   * Returns the people of a group who meet at least one option of a choice group, such as a
   * person's gap "a backend language", so that they can help with it: those who meet the most
   * options first, then in the group's order. Profiles that do not fit the catalogue are set
   * aside.
   *
   * @param choice a choice group on skills and steps of the catalogue, such as a role's
   * @param group the profiles of the group
   * @return the profiles that meet an option, and those set aside
   * @throws io.github.competency.core.UnknownIdException if the catalogue has no skill or step
   *     of an option
   * @throws InvalidProfileException naming the first invalid profile, if failing fast
   */
  public Helpers whoCanHelp(ChoiceGroup choice, Iterable<Profile> group) {
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(group, "group");
    int[] required = new int[choice.options().size()];
    for (int o = 0; o < required.length; o++) {
      Requirement option = choice.options().get(o);
      catalogue.get(option.skill());
      required[o] = positions.step(catalogue.get(option.proficiency()).id());
    }
    List<SetAside> setAside = new ArrayList<>();
    List<Profile> helpers = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    for (Profile profile : group) {
      if (!usable(profile, setAside)) {
        continue;
      }
      Map<SkillId, Rating> effective = rule.effectiveRatings(profile);
      int met = 0;
      for (int o = 0; o < required.length; o++) {
        if (position(effective, choice.options().get(o).skill()) >= required[o]) {
          met++;
        }
      }
      if (met > 0) {
        helpers.add(profile);
        counts.add(met);
      }
    }
    return helpers(helpers, counts, setAside);
  }

  /** The helpers, the largest key first, then in the group's order (a stable sort). */
  private static Helpers helpers(
      List<Profile> helpers, List<Integer> keys, List<SetAside> setAside) {
    Integer[] order = new Integer[helpers.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparing((Integer i) -> keys.get(i)).reversed());
    List<Profile> sorted = new ArrayList<>(order.length);
    for (Integer i : order) {
      sorted.add(helpers.get(i));
    }
    return ImmutableHelpers.builder().profiles(sorted).setAside(setAside).build();
  }

  /** The position of the effective rating of a skill; -1 if not rated. */
  private int position(Map<SkillId, Rating> effective, SkillId skill) {
    Rating rating = effective.get(skill);
    return rating == null ? -1 : positions.step(rating.proficiency());
  }

  /**
   * Tells which requirements and choice groups of a role a group covers: who meets each, which
   * no one meets and which only one person meets. A choice group is met by a person who meets
   * enough of its options. Profiles with the same id count as one person; profiles that do not
   * fit the catalogue are set aside.
   *
   * @param role a role of the catalogue
   * @param group the profiles of the group
   * @return the coverage, with the profiles set aside
   * @throws InvalidProfileException naming the first invalid profile, if failing fast
   */
  public TeamCoverage coverage(RoleId role, Iterable<Profile> group) {
    RoleScoring scoring = scoring(role);
    Objects.requireNonNull(group, "group");
    List<Set<ProfileId>> metBy = new ArrayList<>();
    for (int i = 0; i < scoring.size; i++) {
      metBy.add(new LinkedHashSet<>());
    }
    List<Set<ProfileId>> groupMetBy = new ArrayList<>();
    List<List<Set<ProfileId>>> optionMetBy = new ArrayList<>();
    for (int g = 0; g < scoring.groups; g++) {
      groupMetBy.add(new LinkedHashSet<>());
      List<Set<ProfileId>> options = new ArrayList<>();
      for (int o = 0; o < scoring.optionSkill[g].length; o++) {
        options.add(new LinkedHashSet<>());
      }
      optionMetBy.add(options);
    }
    Set<ProfileId> people = new HashSet<>();
    List<SetAside> setAside = new ArrayList<>();
    for (Profile profile : group) {
      if (!usable(profile, setAside)) {
        continue;
      }
      people.add(profile.id());
      Map<SkillId, Rating> effective = rule.effectiveRatings(profile);
      for (int i = 0; i < scoring.size; i++) {
        if (position(effective, scoring.role.requirements().get(i).skill())
            >= scoring.required[i]) {
          metBy.get(i).add(profile.id());
        }
      }
      for (int g = 0; g < scoring.groups; g++) {
        ChoiceGroup choice = scoring.role.groups().get(g);
        int met = 0;
        for (int o = 0; o < choice.options().size(); o++) {
          if (position(effective, choice.options().get(o).skill())
              >= scoring.optionRequired[g][o]) {
            optionMetBy.get(g).get(o).add(profile.id());
            met++;
          }
        }
        if (met >= choice.atLeast()) {
          groupMetBy.get(g).add(profile.id());
        }
      }
    }
    ImmutableTeamCoverage.Builder coverage =
        ImmutableTeamCoverage.builder().role(role).people(people.size()).setAside(setAside);
    for (int i = 0; i < scoring.size; i++) {
      Requirement requirement = scoring.role.requirements().get(i);
      coverage.addRequirement(
          ImmutableRequirementCoverage.builder()
              .requirement(requirement)
              .importance(requirement.importance())
              .metBy(metBy.get(i))
              .build());
    }
    for (int g = 0; g < scoring.groups; g++) {
      ChoiceGroup choice = scoring.role.groups().get(g);
      ImmutableGroupCoverage.Builder line =
          ImmutableGroupCoverage.builder().group(choice).metBy(groupMetBy.get(g));
      for (int o = 0; o < choice.options().size(); o++) {
        line.addOption(
            ImmutableRequirementCoverage.builder()
                .requirement(choice.options().get(o))
                .importance(choice.importance())
                .metBy(optionMetBy.get(g).get(o))
                .build());
      }
      coverage.addGroup(line.build());
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
    return compactValid(profile);
  }

  /** A compact profile of a profile already checked. */
  CompactProfile compactValid(Profile profile) {
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
   * @return for example {@code Assessor[platform-team 2.1.0, RatingRule[manager+assessment, peer,
   *     self], default weights 2.0/1.0, lenient, sets aside]}
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
        + (strict ? ", strict" : ", lenient")
        + (failFast ? ", fails fast" : ", sets aside")
        + "]";
  }
}
