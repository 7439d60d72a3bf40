package io.github.competency.core.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.competency.core.Importance;
import io.github.competency.core.Problem;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.Requirement;
import io.github.competency.core.Role;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import io.github.competency.core.assess.ProfileGenerator.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The laws of assessment, on generated catalogues and profiles. */
class AssessmentProperties {

  @Property(tries = 300)
  void generatedProfilesAreValid(@ForAll("scenarios") Scenario s) {
    Assessor assessor = Assessor.of(s.catalogue);
    assertThat(assessor.check(s.profile)).isEmpty();
    s.group.forEach(p -> assertThat(assessor.check(p)).isEmpty());
  }

  @Property(tries = 300)
  void aBreakageIsReportedAtExactlyItsPath(
      @ForAll("scenarios") Scenario s, @ForAll ProfileBreakage breakage) {
    ProfileBreakage.Draft draft = new ProfileBreakage.Draft(s.catalogue, s.profile);
    Optional<String> path = breakage.applyTo(draft);
    Assume.that(path.isPresent());

    assertThat(Assessor.of(s.catalogue).check(draft.build()))
        .extracting(Problem::path)
        .containsExactly(path.get());
  }

  @Property(tries = 300)
  void independentBreakagesAreAllReportedAtOnce(
      @ForAll("scenarios") Scenario s, @ForAll("breakages") List<ProfileBreakage> breakages) {
    ProfileBreakage.Draft draft = new ProfileBreakage.Draft(s.catalogue, s.profile);
    List<String> expected = new ArrayList<>();
    breakages.forEach(b -> b.applyTo(draft).ifPresent(expected::add));
    Profile broken = draft.build();

    List<Problem> problems = Assessor.of(s.catalogue).check(broken);

    assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrderElementsOf(expected);
    if (!expected.isEmpty()) {
      InvalidProfileException e =
          catchThrowableOfType(
              InvalidProfileException.class,
              () -> Assessor.of(s.catalogue).gaps(broken, s.catalogue.roles().get(0).id()));
      assertThat(e.problems()).isEqualTo(problems);
    }
  }

  @Property(tries = 500)
  void raisingARatingNeverLowersReadinessInAnyMode(
      @ForAll("scenarios") Scenario s, @ForAll Random random) {
    Assessor assessor = assessor(s, random);
    Profile before = s.profile;
    Profile after = raise(s, assessor, before, random);

    for (Role role : s.catalogue.roles()) {
      GapReport was = assessor.gaps(before, role.id());
      GapReport is = assessor.gaps(after, role.id());
      for (ReadinessMode mode : ReadinessMode.values()) {
        assertThat(is.readiness(mode))
            .as("%s %s", role.id(), mode)
            .isGreaterThanOrEqualTo(was.readiness(mode));
      }
    }
  }

  @Property(tries = 500)
  void readinessIsOneExactlyWhenEveryRequirementIsMet(
      @ForAll("scenarios") Scenario s, @ForAll Random random) {
    Assessor assessor = assessor(s, random);
    for (Role role : s.catalogue.roles()) {
      GapReport report = assessor.gaps(s.profile, role.id());
      boolean allMet = report.results().stream().allMatch(RequirementResult::met);
      for (ReadinessMode mode : ReadinessMode.values()) {
        double readiness = report.readiness(mode);
        assertThat(readiness).isBetween(0.0, 1.0);
        assertThat(readiness == 1.0).as("%s %s: %s", role.id(), mode, readiness).isEqualTo(allMet);
      }
      assertThat(report.gaps().isEmpty()).isEqualTo(allMet);
    }
  }

  @Property(tries = 300)
  void readyMeansEveryEssentialRequirementIsMet(@ForAll("scenarios") Scenario s) {
    Assessor assessor = Assessor.of(s.catalogue);
    for (Role role : s.catalogue.roles()) {
      GapReport report = assessor.gaps(s.profile, role.id());
      boolean essentialsMet =
          report.results().stream()
              .filter(r -> r.requirement().importance() == Importance.ESSENTIAL)
              .allMatch(RequirementResult::met);
      assertThat(report.ready()).isEqualTo(essentialsMet);
    }
  }

  @Property(tries = 300)
  void gapsComeMostUsefulFirstAndNameTheStepToReach(@ForAll("scenarios") Scenario s) {
    Assessor assessor = Assessor.of(s.catalogue);
    for (Role role : s.catalogue.roles()) {
      GapReport report = assessor.gaps(s.profile, role.id());
      List<RequirementResult> gaps = report.gaps();
      for (int i = 1; i < gaps.size(); i++) {
        RequirementResult a = gaps.get(i - 1);
        RequirementResult b = gaps.get(i);
        int ia = a.requirement().importance() == Importance.ESSENTIAL ? 0 : 1;
        int ib = b.requirement().importance() == Importance.ESSENTIAL ? 0 : 1;
        assertThat(ia).isLessThanOrEqualTo(ib);
        if (ia == ib) {
          assertThat(a.shortfall()).isGreaterThanOrEqualTo(b.shortfall());
          if (a.shortfall() == b.shortfall()) {
            assertThat(report.results().indexOf(a)).isLessThan(report.results().indexOf(b));
          }
        }
      }
      for (RequirementResult gap : gaps) {
        assertThat(gap.target()).isEqualTo(gap.requirement().proficiency());
        assertThat(gap.shortfall()).isPositive();
      }
    }
  }

  @Property(tries = 300)
  void progressionAppliedToTheFirstRolesRequirementsGivesTheSeconds(
      @ForAll("scenarios") Scenario s) {
    Assessor assessor = Assessor.of(s.catalogue);
    for (Role a : s.catalogue.roles()) {
      for (Role b : s.catalogue.roles()) {
        Progression progression = assessor.progression(a.id(), b.id());
        List<Requirement> applied = progression.applyTo(a.requirements());
        assertThat(bySkill(applied)).isEqualTo(bySkill(b.requirements()));
        assertThat(applied).hasSameSizeAs(b.requirements());
        progression.raised().forEach(c -> assertThat(c.steps()).isPositive());
        progression.lowered().forEach(c -> assertThat(c.steps()).isNegative());
        progression.changed().forEach(c -> assertThat(c.steps()).isZero());
        if (a.equals(b)) {
          assertThat(progression.added()).isEmpty();
          assertThat(progression.dropped()).isEmpty();
          assertThat(progression.raised()).isEmpty();
        }
      }
    }
  }

  @Property(tries = 300)
  void rankingEqualsSortingAllScoresAndTakingK(
      @ForAll("scenarios") Scenario s, @ForAll @IntRange(max = 15) int k, @ForAll Random random) {
    Assessor assessor = assessor(s, random);
    for (Role role : s.catalogue.roles()) {
      for (ReadinessMode mode : ReadinessMode.values()) {
        List<ProfileScore> expected =
            s.group.stream()
                .map(p -> ProfileScore.of(p.id(), assessor.gaps(p, role.id()).readiness(mode)))
                .sorted(
                    Comparator.comparingDouble(ProfileScore::readiness)
                        .reversed()
                        .thenComparing(ProfileScore::profile))
                .limit(k)
                .collect(Collectors.toList());

        assertThat(assessor.rank(role.id(), mode, s.group, k)).isEqualTo(expected);
        assertThat(assessor.rank(role.id(), mode, s.group.parallelStream(), k)).isEqualTo(expected);
        CompiledRole compiled = assessor.compile(role.id(), mode);
        List<CompactProfile> compact =
            s.group.stream().map(assessor::compact).collect(Collectors.toList());
        assertThat(compiled.top(compact, k)).isEqualTo(expected);
        assertThat(compiled.top(compact.parallelStream(), k)).isEqualTo(expected);
      }
    }
  }

  @Property(tries = 300)
  void bestFitsFirstRoleHasTheHighestReadiness(
      @ForAll("scenarios") Scenario s, @ForAll ReadinessMode mode) {
    Assessor assessor = Assessor.of(s.catalogue);
    List<GapReport> fits = assessor.bestFit(s.profile, mode);

    assertThat(fits)
        .extracting(GapReport::role)
        .containsExactlyInAnyOrderElementsOf(
            s.catalogue.roles().stream().map(Role::id).collect(Collectors.toList()));
    double highest =
        s.catalogue.roles().stream()
            .mapToDouble(r -> assessor.gaps(s.profile, r.id()).readiness(mode))
            .max()
            .orElse(0);
    assertThat(fits.get(0).readiness(mode)).isEqualTo(highest);
    for (int i = 1; i < fits.size(); i++) {
      GapReport a = fits.get(i - 1);
      GapReport b = fits.get(i);
      assertThat(a.readiness(mode)).isGreaterThanOrEqualTo(b.readiness(mode));
      if (a.readiness(mode) == b.readiness(mode)) {
        assertThat(a.essentialGaps()).isLessThanOrEqualTo(b.essentialGaps());
      }
    }
  }

  @Property(tries = 300)
  void whoCanHelpReturnsExactlyThePeopleWhoMeetTheRequirement(@ForAll("scenarios") Scenario s) {
    Assessor assessor = Assessor.of(s.catalogue);
    for (Role role : s.rolesWithRequirements()) {
      for (int i = 0; i < role.requirements().size(); i++) {
        Requirement requirement = role.requirements().get(i);
        List<Profile> meeting = new ArrayList<>();
        for (Profile p : s.group) {
          if (assessor.gaps(p, role.id()).results().get(i).met()) {
            meeting.add(p);
          }
        }

        List<Profile> helpers = assessor.whoCanHelp(requirement, s.group);

        assertThat(helpers).containsExactlyInAnyOrderElementsOf(meeting);
        TeamCoverage coverage = assessor.coverage(role.id(), s.group);
        assertThat(coverage.requirements().get(i).metBy())
            .containsExactlyElementsOf(
                meeting.stream().map(Profile::id).distinct().collect(Collectors.toList()));
        assertThat(coverage.uncovered().contains(coverage.requirements().get(i)))
            .isEqualTo(helpers.isEmpty());
      }
    }
  }

  @Property(tries = 500)
  void compactAndObjectScoringAgree(@ForAll("scenarios") Scenario s, @ForAll Random random) {
    Assessor assessor = assessor(s, random);
    CompactProfile compact = assessor.compact(s.profile);
    for (Role role : s.catalogue.roles()) {
      GapReport report = assessor.gaps(s.profile, role.id());
      for (ReadinessMode mode : ReadinessMode.values()) {
        assertThat(assessor.compile(role.id(), mode).readiness(compact))
            .as("%s %s", role.id(), mode)
            .isEqualTo(report.readiness(mode));
      }
    }
  }

  @Property(tries = 300)
  void theCompactBuilderGivesTheSameProfileAsCompact(@ForAll("scenarios") Scenario s) {
    Assessor assessor = Assessor.of(s.catalogue);
    CompactProfile.Builder builder = assessor.compactBuilder(s.profile.id());
    RatingRule.defaults()
        .effectiveRatings(s.profile)
        .forEach((skill, rating) -> builder.rate(skill, rating.proficiency()));
    assertThat(builder.build()).isEqualTo(assessor.compact(s.profile));
  }

  @Property(tries = 300)
  void agreementListsExactlyTheComparisonsThatDifferEnough(
      @ForAll("scenarios") Scenario s, @ForAll @IntRange(min = 1, max = 4) int threshold) {
    Assessor assessor = Assessor.of(s.catalogue);
    Agreement agreement = assessor.agreement(s.profile, threshold);
    Map<ProficiencyId, Integer> position = new HashMap<>();
    for (int i = 0; i < s.catalogue.scale().size(); i++) {
      position.put(s.catalogue.scale().get(i).id(), i);
    }
    int comparisons = 0;
    int differing = 0;
    for (Skill skill : s.catalogue.skills()) {
      Rating self = latest(s.profile, skill.id(), RaterKind.SELF);
      for (RaterKind kind : EnumSet.of(RaterKind.PEER, RaterKind.MANAGER, RaterKind.ASSESSMENT)) {
        Rating other = latest(s.profile, skill.id(), kind);
        if (self != null && other != null) {
          comparisons++;
          int steps = position.get(self.proficiency()) - position.get(other.proficiency());
          if (Math.abs(steps) >= threshold) {
            differing++;
            assertThat(agreement.disagreements())
                .contains(
                    ImmutableDisagreement.builder()
                        .skill(skill.id())
                        .self(self)
                        .other(other)
                        .steps(steps)
                        .build());
          }
        }
      }
    }
    assertThat(agreement.comparisons()).isEqualTo(comparisons);
    assertThat(agreement.disagreements()).hasSize(differing);
  }

  @Property(tries = 300)
  void theRatingRuleChoosesTheLatestOfTheFirstTierThatRated(
      @ForAll("scenarios") Scenario s, @ForAll Random random) {
    RatingRule rule = rule(random);
    Map<SkillId, Rating> effective = rule.effectiveRatings(s.profile);
    for (Skill skill : s.catalogue.skills()) {
      Rating expected = null;
      for (Set<RaterKind> tier : rule.tiers()) {
        for (Rating rating : s.profile.ratingsOf(skill.id())) {
          if (tier.contains(rating.rater())
              && (expected == null
                  || !s.profile.dateOf(rating).isBefore(s.profile.dateOf(expected)))) {
            expected = rating;
          }
        }
        if (expected != null) {
          break;
        }
      }
      assertThat(effective.get(skill.id())).isEqualTo(expected);
    }
  }

  // ---------------------------------------------------------------- helpers

  @Provide
  Arbitrary<Scenario> scenarios() {
    return ProfileGenerator.scenarios();
  }

  @Provide
  Arbitrary<List<ProfileBreakage>> breakages() {
    return Arbitraries.of(ProfileBreakage.class)
        .list()
        .uniqueElements()
        .ofMinSize(2)
        .ofMaxSize(ProfileBreakage.values().length);
  }

  /** An assessor with a random rating rule and random default weights. */
  private static Assessor assessor(Scenario s, Random random) {
    Assessor assessor = Assessor.of(s.catalogue).withRatingRule(rule(random));
    if (random.nextBoolean()) {
      assessor = assessor.withDefaultWeights(0.5 + random.nextInt(10), 0.5 + random.nextInt(10));
    }
    return assessor;
  }

  private static RatingRule rule(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> RatingRule.defaults();
      case 1 -> RatingRule.of(List.of(EnumSet.allOf(RaterKind.class)));
      case 2 ->
          RatingRule.of(
              List.of(
                  EnumSet.of(RaterKind.ASSESSMENT),
                  EnumSet.of(RaterKind.MANAGER),
                  EnumSet.of(RaterKind.PEER),
                  EnumSet.of(RaterKind.SELF)));
      default -> RatingRule.of(List.of(EnumSet.of(RaterKind.SELF, RaterKind.PEER)));
    };
  }

  /** The profile with one effective rating raised, or a rating added to an unrated skill. */
  private static Profile raise(Scenario s, Assessor assessor, Profile profile, Random random) {
    Map<SkillId, Rating> effective = assessor.ratingRule().effectiveRatings(profile);
    List<Skill> skills = new ArrayList<>(s.catalogue.skills());
    Collections.shuffle(skills, random);
    ProfileGenerator generator = new ProfileGenerator(random, s.catalogue);
    for (Skill skill : skills) {
      List<ProficiencyId> steps = generator.stepsOf(skill);
      Rating rating = effective.get(skill.id());
      if (rating == null) {
        RaterKind kind = assessor.ratingRule().tiers().get(0).iterator().next();
        return Profile.builder()
            .from(profile)
            .addRating(
                Rating.builder()
                    .skill(skill.id())
                    .proficiency(steps.get(random.nextInt(steps.size())))
                    .rater(kind)
                    .date(profile.assessedOn().plusYears(1))
                    .build())
            .build();
      }
      int at = steps.indexOf(rating.proficiency());
      if (at < steps.size() - 1) {
        ProficiencyId higher = steps.get(at + 1 + random.nextInt(steps.size() - at - 1));
        List<Rating> ratings = new ArrayList<>(profile.ratings());
        ratings.set(
            ratings.indexOf(rating), Rating.builder().from(rating).proficiency(higher).build());
        return Profile.builder().from(profile).ratings(ratings).build();
      }
    }
    return profile;
  }

  private static Rating latest(Profile profile, SkillId skill, RaterKind kind) {
    Rating latest = null;
    for (Rating rating : profile.ratingsOf(skill)) {
      if (rating.rater() == kind
          && (latest == null || !profile.dateOf(rating).isBefore(profile.dateOf(latest)))) {
        latest = rating;
      }
    }
    return latest;
  }

  private static Map<SkillId, Requirement> bySkill(List<Requirement> requirements) {
    Map<SkillId, Requirement> map = new HashMap<>();
    requirements.forEach(r -> map.put(r.skill(), r));
    return map;
  }
}
