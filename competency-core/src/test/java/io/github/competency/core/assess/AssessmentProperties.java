package io.github.competency.core.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.FamilyId;
import io.github.competency.core.Importance;
import io.github.competency.core.Level;
import io.github.competency.core.Problem;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.ProfileId;
import io.github.competency.core.Requirement;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
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
import java.util.OptionalInt;
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
    assertThat(assessor.check(s.profile).problems()).isEmpty();
    s.group.forEach(p -> assertThat(assessor.check(p).problems()).isEmpty());
  }

  @Property(tries = 300)
  void aBreakageIsReportedAtExactlyItsPathAsAProblemOrAWarning(
      @ForAll("scenarios") Scenario s, @ForAll ProfileBreakage breakage) {
    Profile clean = ProfileGenerator.withoutWarnings(s.catalogue, s.profile);
    ProfileBreakage.Draft draft = new ProfileBreakage.Draft(s.catalogue, clean);
    Optional<String> path = breakage.applyTo(draft);
    Assume.that(path.isPresent());

    ProfileCheck check = Assessor.of(s.catalogue).check(draft.build());
    List<Problem> reported = breakage.warning() ? check.warnings() : check.problems();
    List<Problem> other = breakage.warning() ? check.problems() : check.warnings();
    assertThat(reported).extracting(Problem::path).containsExactly(path.get());
    assertThat(other).isEmpty();
  }

  @Property(tries = 300)
  void independentBreakagesAreAllReportedAtOnceAndStrictnessMakesWarningsProblems(
      @ForAll("scenarios") Scenario s, @ForAll("breakages") List<ProfileBreakage> breakages) {
    Profile clean = ProfileGenerator.withoutWarnings(s.catalogue, s.profile);
    ProfileBreakage.Draft draft = new ProfileBreakage.Draft(s.catalogue, clean);
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    breakages.forEach(
        b -> b.applyTo(draft).ifPresent(path -> (b.warning() ? warnings : problems).add(path)));
    Profile broken = draft.build();

    ProfileCheck check = Assessor.of(s.catalogue).check(broken);
    ProfileCheck strict = Assessor.of(s.catalogue).withStrictChecks(true).check(broken);

    assertThat(check.problems())
        .extracting(Problem::path)
        .containsExactlyInAnyOrderElementsOf(problems);
    assertThat(check.warnings())
        .extracting(Problem::path)
        .containsExactlyInAnyOrderElementsOf(warnings);
    assertThat(strict.warnings()).isEmpty();
    assertThat(strict.problems())
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.Stream.concat(check.problems().stream(), check.warnings().stream())
                .toList());
    RoleId role = s.catalogue.roles().get(0).id();
    if (!problems.isEmpty()) {
      InvalidProfileException e =
          catchThrowableOfType(
              InvalidProfileException.class, () -> Assessor.of(s.catalogue).gaps(broken, role));
      assertThat(e.problems()).isEqualTo(check.problems());
      assertThat(e.profile()).contains(broken.id());
    } else {
      assertThat(Assessor.of(s.catalogue).gaps(broken, role).warnings())
          .isEqualTo(check.warnings());
    }
  }

  // ---------------------------------------------------------------- the laws of readiness

  @Property(tries = 500)
  void meetingEveryRequirementWithExactlyNOptionsOfEachGroupScoresOneInEveryModeWithNoGaps(
      @ForAll("scenarios") Scenario s, @ForAll Random random) {
    Assessor assessor = assessor(s, random);
    ProfileGenerator generator = new ProfileGenerator(random, s.catalogue);
    for (Role role : s.catalogue.roles()) {
      Profile exact = generator.meeting(role, assessor.ratingRule());
      GapReport report = assessor.gaps(exact, role.id());
      for (ReadinessMode mode : ReadinessMode.values()) {
        assertThat(report.readiness(mode)).as("%s %s", role.id(), mode).isEqualTo(1.0);
        assertThat(assessor.compile(role.id(), mode).readiness(assessor.compact(exact)))
            .isEqualTo(1.0);
      }
      assertThat(report.gaps()).isEmpty();
      assertThat(report.essentialGaps()).isZero();
      assertThat(report.ready()).isEqualTo(!report.outcomes().isEmpty());
      report.groups().forEach(g -> assertThat(g.metOptions()).hasSize(g.group().atLeast()));
    }
  }

  @Property(tries = 500)
  void ratingAnUnchosenAlternativeNeverChangesAMetGroupsCredit(
      @ForAll("scenarios") Scenario s, @ForAll Random random) {
    Assessor assessor = assessor(s, random);
    ProfileGenerator generator = new ProfileGenerator(random, s.catalogue);
    RaterKind kind = assessor.ratingRule().tiers().get(0).iterator().next();
    for (Role role : s.catalogue.roles()) {
      Profile exact = generator.meeting(role, assessor.ratingRule());
      GapReport before = assessor.gaps(exact, role.id());
      for (GroupResult group : before.groups()) {
        Assume.that(group.met());
        List<RequirementResult> unchosen = new ArrayList<>(group.options());
        unchosen.removeAll(group.counted());
        for (RequirementResult option : unchosen) {
          List<ProficiencyId> steps = generator.allSteps();
          ProficiencyId step = steps.get(random.nextInt(steps.size()));
          Profile rated =
              exact
                  .withoutRatingsOf(option.requirement().skill())
                  .with(Rating.of(option.requirement().skill(), step, kind));
          GroupResult after = assessor.gaps(rated, role.id()).group(group.group().id()).get();
          for (ReadinessMode mode : ReadinessMode.values()) {
            assertThat(after.points(mode)).isEqualTo(group.points(mode));
          }
        }
      }
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
      for (int g = 0; g < was.groups().size(); g++) {
        for (ReadinessMode mode : ReadinessMode.values()) {
          assertThat(is.groups().get(g).points(mode))
              .isGreaterThanOrEqualTo(was.groups().get(g).points(mode));
        }
      }
      if (was.ready()) {
        assertThat(is.ready()).isTrue();
      }
    }
  }

  @Property(tries = 500)
  void readinessIsOneExactlyWhenEveryRequirementAndGroupIsMet(
      @ForAll("scenarios") Scenario s, @ForAll Random random) {
    Assessor assessor = assessor(s, random);
    for (Role role : s.catalogue.roles()) {
      GapReport report = assessor.gaps(s.profile, role.id());
      assertThat(report.outcomes()).hasSize(role.requirements().size() + role.groups().size());
      boolean allMet = report.outcomes().stream().allMatch(Outcome::met);
      for (ReadinessMode mode : ReadinessMode.values()) {
        double readiness = report.readiness(mode);
        assertThat(readiness).isBetween(0.0, 1.0);
        assertThat(readiness == 1.0).as("%s %s: %s", role.id(), mode, readiness).isEqualTo(allMet);
      }
      assertThat(report.gaps().isEmpty()).isEqualTo(allMet);
    }
  }

  @Property(tries = 300)
  void aGroupIsMetByNOptionsAndEarnsTheAverageOfItsBestN(
      @ForAll("scenarios") Scenario s, @ForAll Random random) {
    Assessor assessor = assessor(s, random);
    for (Role role : s.catalogue.roles()) {
      GapReport report = assessor.gaps(s.profile, role.id());
      for (GroupResult group : report.groups()) {
        int n = group.group().atLeast();
        long met = group.options().stream().filter(RequirementResult::met).count();
        assertThat(group.met()).isEqualTo(met >= n);
        assertThat(group.counted()).hasSize(n);
        // the counted options are the best n by proportional score
        long worstCounted =
            group.counted().stream()
                .mapToLong(o -> o.points(ReadinessMode.PROPORTIONAL))
                .min()
                .getAsLong();
        group.options().stream()
            .filter(o -> !group.counted().contains(o))
            .forEach(
                o ->
                    assertThat(o.points(ReadinessMode.PROPORTIONAL))
                        .isLessThanOrEqualTo(worstCounted));
        long unit = group.options().get(0).maxPoints(ReadinessMode.PROPORTIONAL);
        long sum =
            group.counted().stream().mapToLong(o -> o.points(ReadinessMode.PROPORTIONAL)).sum();
        assertThat(group.points(ReadinessMode.PROPORTIONAL)).isEqualTo(sum / n);
        assertThat(group.maxPoints(ReadinessMode.PROPORTIONAL)).isEqualTo(unit);
        assertThat(group.points(ReadinessMode.BINARY)).isEqualTo(group.met() ? 1 : 0);
        assertThat(group.maxPoints(ReadinessMode.BINARY)).isEqualTo(1);
        // the closest options: as many as still needed, unmet, nearest first
        assertThat(group.closest()).hasSize((int) Math.max(0, n - met));
        assertThat(group.closest()).noneMatch(RequirementResult::met);
        for (RequirementResult option : group.options()) {
          if (!option.met() && !group.closest().contains(option) && !group.closest().isEmpty()) {
            assertThat(option.shortfall())
                .isGreaterThanOrEqualTo(
                    group.closest().get(group.closest().size() - 1).shortfall());
          }
        }
        assertThat(group.shortfall())
            .isEqualTo(group.closest().stream().mapToInt(RequirementResult::shortfall).sum());
        assertThat(group.shortfall() == 0).isEqualTo(group.met());
        group.options().forEach(o -> assertThat(o.importance()).isEqualTo(group.importance()));
      }
    }
  }

  @Property(tries = 300)
  void readyMeansEveryEssentialMetAndSomethingMet(@ForAll("scenarios") Scenario s) {
    Assessor assessor = Assessor.of(s.catalogue);
    for (Role role : s.catalogue.roles()) {
      GapReport report = assessor.gaps(s.profile, role.id());
      boolean essentialsMet =
          report.outcomes().stream()
              .filter(r -> r.importance() == Importance.ESSENTIAL)
              .allMatch(Outcome::met);
      boolean anyMet = report.outcomes().stream().anyMatch(Outcome::met);
      assertThat(report.ready()).isEqualTo(essentialsMet && anyMet);
      assertThat(report.essentialGaps())
          .isEqualTo(
              (int)
                  report.outcomes().stream()
                      .filter(r -> r.importance() == Importance.ESSENTIAL && !r.met())
                      .count());
    }
  }

  @Property(tries = 300)
  void aProfileWithoutRatingsIsReadyForNoRole(@ForAll("scenarios") Scenario s) {
    Assessor assessor = Assessor.of(s.catalogue);
    Profile nobody = s.profile.withRatings(List.of());
    for (Role role : s.catalogue.roles()) {
      GapReport report = assessor.gaps(nobody, role.id());
      assertThat(report.ready()).as("%s", role.id()).isFalse();
      assertThat(report.gaps()).hasSize(report.outcomes().size());
    }
    List<GapReport> fits = assessor.bestFit(nobody, ReadinessMode.PROPORTIONAL);
    assertThat(fits).noneMatch(GapReport::ready);
    if (!fits.isEmpty()) {
      int lowest = s.catalogue.ladder().stream().mapToInt(Level::rank).min().getAsInt();
      int first = s.catalogue.get(s.catalogue.get(fits.get(0).role()).level()).rank();
      int lowestWithRole =
          s.catalogue.roles().stream()
              .mapToInt(r -> s.catalogue.get(r.level()).rank())
              .min()
              .orElse(lowest);
      assertThat(first).isEqualTo(lowestWithRole);
    }
  }

  @Property(tries = 300)
  void gapsComeMostUsefulFirstAndAGroupIsListedOnce(@ForAll("scenarios") Scenario s) {
    Assessor assessor = Assessor.of(s.catalogue);
    for (Role role : s.catalogue.roles()) {
      GapReport report = assessor.gaps(s.profile, role.id());
      List<Outcome> gaps = report.gaps();
      for (int i = 1; i < gaps.size(); i++) {
        Outcome a = gaps.get(i - 1);
        Outcome b = gaps.get(i);
        int ia = a.importance() == Importance.ESSENTIAL ? 0 : 1;
        int ib = b.importance() == Importance.ESSENTIAL ? 0 : 1;
        assertThat(ia).isLessThanOrEqualTo(ib);
        if (ia == ib) {
          assertThat(a.shortfall()).isGreaterThanOrEqualTo(b.shortfall());
          if (a.shortfall() == b.shortfall()) {
            assertThat(report.outcomes().indexOf(a)).isLessThan(report.outcomes().indexOf(b));
          }
        }
      }
      for (Outcome gap : gaps) {
        assertThat(gap.shortfall()).isPositive();
        if (gap instanceof RequirementResult single) {
          assertThat(single.target()).isEqualTo(single.requirement().proficiency());
          assertThat(single.note()).isEqualTo(single.requirement().note());
        } else if (gap instanceof GroupResult group) {
          assertThat(group.closest()).isNotEmpty();
          assertThat(group.note()).isEqualTo(group.group().note());
        }
      }
      // no option of a group is a gap of its own
      assertThat(gaps)
          .filteredOn(g -> g instanceof RequirementResult)
          .allMatch(g -> report.results().contains(g));
    }
  }

  // ---------------------------------------------------------------- role to role

  @Property(tries = 300)
  void progressionAppliedToTheFirstRolesRequirementsGivesTheSecondsInItsOrder(
      @ForAll("scenarios") Scenario s) {
    Assessor assessor = Assessor.of(s.catalogue);
    for (Role a : s.catalogue.roles()) {
      for (Role b : s.catalogue.roles()) {
        Progression progression = assessor.progression(a.id(), b.id());
        assertThat(progression.applyTo(a.requirements())).isEqualTo(b.requirements());
        assertThat(progression.applyToGroups(a.groups())).isEqualTo(b.groups());
        progression.raised().forEach(c -> assertThat(c.steps()).isPositive());
        progression.lowered().forEach(c -> assertThat(c.steps()).isNegative());
        progression.changed().forEach(c -> assertThat(c.steps()).isZero());
        progression.groupsChanged().forEach(c -> assertThat(c.before()).isNotEqualTo(c.after()));
        if (a.equals(b)) {
          assertThat(progression.added()).isEmpty();
          assertThat(progression.dropped()).isEmpty();
          assertThat(progression.raised()).isEmpty();
          assertThat(progression.groupsAdded()).isEmpty();
          assertThat(progression.groupsChanged()).isEmpty();
          assertThat(progression.groupsDropped()).isEmpty();
        }
      }
    }
  }

  // ---------------------------------------------------------------- populations

  @Property(tries = 300)
  void rankingEqualsSortingAllScoresAndTakingK(
      @ForAll("scenarios") Scenario s, @ForAll @IntRange(max = 15) int k, @ForAll Random random) {
    Assessor assessor = assessor(s, random);
    for (Role role : s.catalogue.roles()) {
      for (ReadinessMode mode : ReadinessMode.values()) {
        List<ProfileScore> expected =
            s.group.stream()
                .map(
                    p ->
                        ProfileScore.of(
                            p.id(), assessor.gaps(p, role.id()).readiness(mode), p.name()))
                .sorted(
                    Comparator.comparingDouble(ProfileScore::readiness)
                        .reversed()
                        .thenComparing(ProfileScore::profile)
                        .thenComparing(
                            p -> p.name().orElse(null),
                            Comparator.nullsFirst(Comparator.<String>naturalOrder())))
                .limit(k)
                .collect(Collectors.toList());

        Ranking ranking = assessor.rank(role.id(), mode, s.group, k);
        assertThat(ranking.top()).isEqualTo(expected);
        assertThat(ranking.ranked()).isEqualTo(s.group.size());
        assertThat(assessor.rank(role.id(), mode, s.group.parallelStream(), k)).isEqualTo(ranking);
        CompiledRole compiled = assessor.compile(role.id(), mode);
        List<CompactProfile> compact =
            s.group.stream().map(assessor::compact).collect(Collectors.toList());
        List<ProfileScore> withoutNames =
            expected.stream().map(e -> ProfileScore.of(e.profile(), e.readiness())).toList();
        assertThat(compiled.top(compact, k)).isEqualTo(withoutNames);
        assertThat(compiled.top(compact.parallelStream(), k)).isEqualTo(withoutNames);
      }
    }
  }

  @Property(tries = 300)
  void aPopulationWithInvalidProfilesGivesWhatItsValidOnesGiveAndReturnsTheInvalidOnes(
      @ForAll("scenarios") Scenario s,
      @ForAll("breakages") List<ProfileBreakage> breakages,
      @ForAll Random random,
      @ForAll @IntRange(max = 8) int k) {
    List<Profile> mixed = new ArrayList<>();
    List<Profile> valid = new ArrayList<>();
    List<ProfileId> invalid = new ArrayList<>();
    Assessor assessor = Assessor.of(s.catalogue);
    for (Profile profile : s.group) {
      if (random.nextInt(3) == 0) {
        ProfileBreakage.Draft draft =
            new ProfileBreakage.Draft(
                s.catalogue, ProfileGenerator.withoutWarnings(s.catalogue, profile));
        ProfileBreakage problem =
            breakages.stream().filter(b -> !b.warning()).findFirst().orElse(null);
        if (problem != null && problem.applyTo(draft).isPresent()) {
          Profile broken = draft.build();
          mixed.add(broken);
          invalid.add(broken.id());
          continue;
        }
      }
      mixed.add(profile);
      valid.add(profile);
    }
    for (Role role : s.catalogue.roles()) {
      for (ReadinessMode mode : ReadinessMode.values()) {
        Ranking ofMixed = assessor.rank(role.id(), mode, mixed, k);
        Ranking ofValid = assessor.rank(role.id(), mode, valid, k);
        assertThat(ofMixed.top()).isEqualTo(ofValid.top());
        assertThat(ofMixed.ranked()).isEqualTo(valid.size());
        assertThat(ofMixed.setAside()).extracting(SetAside::profile).isEqualTo(invalid);
        assertThat(ofMixed.setAside()).allMatch(a -> !a.problems().isEmpty());
        assertThat(assessor.rank(role.id(), mode, mixed.parallelStream(), k)).isEqualTo(ofMixed);
      }
      TeamCoverage coverage = assessor.coverage(role.id(), mixed);
      TeamCoverage validCoverage = assessor.coverage(role.id(), valid);
      assertThat(coverage.lines()).isEqualTo(validCoverage.lines());
      assertThat(coverage.people()).isEqualTo(validCoverage.people());
      assertThat(coverage.setAside()).extracting(SetAside::profile).isEqualTo(invalid);
      for (Requirement requirement : role.requirements()) {
        Helpers helpers = assessor.whoCanHelp(requirement, mixed);
        assertThat(helpers.profiles())
            .isEqualTo(assessor.whoCanHelp(requirement, valid).profiles());
        assertThat(helpers.setAside()).extracting(SetAside::profile).isEqualTo(invalid);
      }
      for (ChoiceGroup group : role.groups()) {
        Helpers helpers = assessor.whoCanHelp(group, mixed);
        assertThat(helpers.profiles()).isEqualTo(assessor.whoCanHelp(group, valid).profiles());
        assertThat(helpers.setAside()).extracting(SetAside::profile).isEqualTo(invalid);
      }
    }
    Ranker ranker = assessor.ranker(s.catalogue.roles().get(0).id(), ReadinessMode.BINARY, k);
    List<ProfileId> handedBack = new ArrayList<>();
    mixed.forEach(p -> ranker.offer(p).ifPresent(a -> handedBack.add(a.profile())));
    assertThat(handedBack).isEqualTo(invalid);
    assertThat(ranker.setAside()).isEqualTo(invalid.size());
    assertThat(ranker.ranked()).isEqualTo(valid.size());
  }

  @Property(tries = 300)
  void bestFitNeverPutsARoleBelowTheHighestReadyRoleFirst(
      @ForAll("scenarios") Scenario s, @ForAll ReadinessMode mode, @ForAll Random random) {
    Assessor assessor = assessor(s, random);
    List<GapReport> fits = assessor.bestFit(s.profile, mode);

    assertThat(fits)
        .extracting(GapReport::role)
        .containsExactlyInAnyOrderElementsOf(
            s.catalogue.roles().stream().map(Role::id).collect(Collectors.toList()));
    OptionalInt highestReady =
        fits.stream().filter(GapReport::ready).mapToInt(r -> levelOf(s, r.role())).max();
    if (highestReady.isPresent()) {
      GapReport first = fits.get(0);
      assertThat(first.ready()).isTrue();
      assertThat(levelOf(s, first.role())).isEqualTo(highestReady.getAsInt());
      // every role at that level the person is ready for comes before any other
      int leading =
          (int)
              fits.stream()
                  .filter(r -> r.ready() && levelOf(s, r.role()) == highestReady.getAsInt())
                  .count();
      for (int i = 0; i < fits.size(); i++) {
        boolean top =
            fits.get(i).ready() && levelOf(s, fits.get(i).role()) == highestReady.getAsInt();
        assertThat(top).isEqualTo(i < leading);
      }
      // then the roles not below it, up the ladder, then those below it, down the ladder
      int previous = Integer.MIN_VALUE;
      boolean below = false;
      for (GapReport fit : fits.subList(leading, fits.size())) {
        int level = levelOf(s, fit.role());
        if (level < highestReady.getAsInt()) {
          if (!below) {
            below = true;
            previous = Integer.MAX_VALUE;
          }
          assertThat(level).isLessThanOrEqualTo(previous);
        } else {
          assertThat(below)
              .as("a role at or above the highest ready level after one below")
              .isFalse();
          assertThat(level).isGreaterThanOrEqualTo(previous);
        }
        previous = level;
      }
    } else {
      for (int i = 1; i < fits.size(); i++) {
        assertThat(levelOf(s, fits.get(i).role()))
            .isGreaterThanOrEqualTo(levelOf(s, fits.get(i - 1).role()));
      }
    }
    for (int i = 1; i < fits.size(); i++) {
      GapReport a = fits.get(i - 1);
      GapReport b = fits.get(i);
      if (levelOf(s, a.role()) == levelOf(s, b.role()) && a.ready() == b.ready()) {
        assertThat(a.readiness(mode)).isGreaterThanOrEqualTo(b.readiness(mode));
      }
    }
    for (FamilyId family : families(s)) {
      List<GapReport> inFamily = assessor.bestFit(s.profile, mode, family);
      assertThat(inFamily)
          .extracting(GapReport::role)
          .containsExactlyInAnyOrderElementsOf(
              s.catalogue.rolesIn(family).stream().map(Role::id).toList());
      OptionalInt highest =
          inFamily.stream().filter(GapReport::ready).mapToInt(r -> levelOf(s, r.role())).max();
      if (highest.isPresent()) {
        assertThat(levelOf(s, inFamily.get(0).role())).isEqualTo(highest.getAsInt());
      }
    }
  }

  @Property(tries = 300)
  void whoCanHelpAndCoverageAgreeWithTheGapReports(@ForAll("scenarios") Scenario s) {
    Assessor assessor = Assessor.of(s.catalogue);
    for (Role role : s.rolesWithRequirements()) {
      TeamCoverage coverage = assessor.coverage(role.id(), s.group);
      for (int i = 0; i < role.requirements().size(); i++) {
        Requirement requirement = role.requirements().get(i);
        List<Profile> meeting = new ArrayList<>();
        for (Profile p : s.group) {
          if (assessor.gaps(p, role.id()).results().get(i).met()) {
            meeting.add(p);
          }
        }

        List<Profile> helpers = assessor.whoCanHelp(requirement, s.group).profiles();

        assertThat(helpers).containsExactlyInAnyOrderElementsOf(meeting);
        assertThat(coverage.requirements().get(i).metBy())
            .containsExactlyElementsOf(
                meeting.stream().map(Profile::id).distinct().collect(Collectors.toList()));
        assertThat(coverage.uncovered().contains(coverage.requirements().get(i)))
            .isEqualTo(helpers.isEmpty());
      }
      for (int g = 0; g < role.groups().size(); g++) {
        List<ProfileId> meetingGroup = new ArrayList<>();
        List<Profile> meetingAnOption = new ArrayList<>();
        for (Profile p : s.group) {
          GroupResult result = assessor.gaps(p, role.id()).groups().get(g);
          if (result.met() && !meetingGroup.contains(p.id())) {
            meetingGroup.add(p.id());
          }
          if (!result.metOptions().isEmpty()) {
            meetingAnOption.add(p);
          }
        }
        GroupCoverage line = coverage.groups().get(g);
        assertThat(line.metBy()).isEqualTo(meetingGroup);
        assertThat(coverage.uncovered().contains(line)).isEqualTo(meetingGroup.isEmpty());
        assertThat(assessor.whoCanHelp(role.groups().get(g), s.group).profiles())
            .containsExactlyInAnyOrderElementsOf(meetingAnOption);
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
  void theRatingRuleChoosesTheLatestOfTheFirstTierThatRatedTheMostFormalOnATie(
      @ForAll("scenarios") Scenario s, @ForAll Random random) {
    RatingRule rule = rule(random);
    Profile shuffled = s.profile.withRatings(shuffle(s.profile.ratings(), random));
    Map<SkillId, Rating> effective = rule.effectiveRatings(s.profile);
    assertThat(rule.effectiveRatings(shuffled).values())
        .as("the order of the ratings never decides")
        .containsExactlyInAnyOrderElementsOf(effective.values());
    for (Skill skill : s.catalogue.skills()) {
      Rating expected = null;
      for (Set<RaterKind> tier : rule.tiers()) {
        for (Rating rating : s.profile.ratingsOf(skill.id())) {
          if (tier.contains(rating.rater())
              && (expected == null
                  || s.profile.dateOf(rating).isAfter(s.profile.dateOf(expected))
                  || (s.profile.dateOf(rating).equals(s.profile.dateOf(expected))
                      && rating.rater().compareTo(expected.rater()) > 0))) {
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

  @Property(tries = 200)
  void aRatingAtAStepTheSkillIsNotDefinedAtCountsByItsPlaceOnTheScale(
      @ForAll("scenarios") Scenario s, @ForAll Random random) {
    Assessor assessor = Assessor.of(s.catalogue);
    for (Role role : s.rolesWithRequirements()) {
      for (RequirementResult result : assessor.gaps(s.profile, role.id()).results()) {
        result
            .rating()
            .ifPresent(
                rating -> {
                  int position = s.catalogue.scale().indexOf(s.catalogue.get(rating.proficiency()));
                  int required = s.catalogue.scale().indexOf(s.catalogue.get(result.target()));
                  assertThat(result.met()).isEqualTo(position >= required);
                });
      }
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

  private static int levelOf(Scenario s, RoleId role) {
    return s.catalogue.get(s.catalogue.get(role).level()).rank();
  }

  private static List<FamilyId> families(Scenario s) {
    List<FamilyId> families = new ArrayList<>();
    s.catalogue.roles().stream().map(Role::family).distinct().forEach(families::add);
    return families;
  }

  private static <T> List<T> shuffle(List<T> items, Random random) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }

  /** The profile with one effective rating raised, or a rating added to an unrated skill. */
  private static Profile raise(Scenario s, Assessor assessor, Profile profile, Random random) {
    Map<SkillId, Rating> effective = assessor.ratingRule().effectiveRatings(profile);
    List<Skill> skills = new ArrayList<>(s.catalogue.skills());
    Collections.shuffle(skills, random);
    ProfileGenerator generator = new ProfileGenerator(random, s.catalogue);
    for (Skill skill : skills) {
      List<ProficiencyId> steps = generator.allSteps();
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
                    .date(profile.assessedOn())
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
