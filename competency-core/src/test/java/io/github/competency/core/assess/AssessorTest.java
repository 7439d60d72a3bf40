package io.github.competency.core.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueId;
import io.github.competency.core.FamilyId;
import io.github.competency.core.Fixtures;
import io.github.competency.core.Importance;
import io.github.competency.core.Problem;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.ProfileId;
import io.github.competency.core.Requirement;
import io.github.competency.core.ResponsibilityId;
import io.github.competency.core.RoleId;
import io.github.competency.core.SkillId;
import io.github.competency.core.UnknownIdException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Assessment on the frozen platform-team fixture, with figures worked out by hand. */
class AssessorTest {

  static final Catalogue CATALOGUE = Fixtures.platformTeam();
  static final Assessor ASSESSOR = Assessor.of(CATALOGUE);

  static final RoleId JUNIOR = RoleId.of("junior-platform-engineer");
  static final RoleId SENIOR = RoleId.of("senior-platform-engineer");
  static final RoleId STAFF = RoleId.of("staff-platform-engineer");
  static final RoleId MANAGER = RoleId.of("engineering-manager");

  static final SkillId GO = SkillId.of("go");
  static final SkillId KUBERNETES = SkillId.of("kubernetes");
  static final SkillId INCIDENTS = SkillId.of("incident-response");
  static final SkillId MENTORING = SkillId.of("mentoring");

  static final ProficiencyId AWARENESS = ProficiencyId.of("awareness");
  static final ProficiencyId WORKING = ProficiencyId.of("working");
  static final ProficiencyId PRACTITIONER = ProficiencyId.of("practitioner");
  static final ProficiencyId EXPERT = ProficiencyId.of("expert");

  /**
   * A junior engineer part-way to senior. Go: rated expert by self, working by the manager later
   * (the manager's counts). Kubernetes: practitioner by self only. Incident response: working by
   * an assessment, practitioner by the manager later. Mentoring: expert by a peer only, which
   * the default rule counts when no manager or assessment rated it.
   */
  static Profile sam() {
    return base("sam")
        .name("Sam Okafor")
        .role(JUNIOR)
        .addRating(rating(GO, EXPERT, RaterKind.SELF, "2025-01-10"))
        .addRating(rating(GO, WORKING, RaterKind.MANAGER, "2025-02-01"))
        .addRating(rating(KUBERNETES, PRACTITIONER, RaterKind.SELF, "2025-01-10"))
        .addRating(rating(INCIDENTS, WORKING, RaterKind.ASSESSMENT, "2025-01-15"))
        .addRating(rating(INCIDENTS, PRACTITIONER, RaterKind.MANAGER, "2025-03-01"))
        .addRating(rating(MENTORING, EXPERT, RaterKind.PEER, "2025-02-20"))
        .build();
  }

  /** A senior engineer rated expert in everything by their manager. */
  static Profile alex() {
    return base("alex")
        .role(SENIOR)
        .addRating(Rating.of(GO, EXPERT, RaterKind.MANAGER))
        .addRating(Rating.of(KUBERNETES, EXPERT, RaterKind.MANAGER))
        .addRating(Rating.of(INCIDENTS, EXPERT, RaterKind.ASSESSMENT))
        .addRating(Rating.of(MENTORING, EXPERT, RaterKind.MANAGER))
        .build();
  }

  /** Strong in Go, new to Kubernetes. */
  static Profile kim() {
    return base("kim")
        .addRating(Rating.of(GO, PRACTITIONER, RaterKind.MANAGER))
        .addRating(Rating.of(KUBERNETES, AWARENESS, RaterKind.SELF))
        .build();
  }

  static Profile.Builder base(String id) {
    return Profile.builder()
        .id(ProfileId.of(id))
        .catalogue(CATALOGUE.id())
        .catalogueVersion(CATALOGUE.version())
        .assessedOn(LocalDate.parse("2025-03-01"));
  }

  static Rating rating(SkillId skill, ProficiencyId step, RaterKind rater, String date) {
    return Rating.builder()
        .skill(skill)
        .proficiency(step)
        .rater(rater)
        .date(LocalDate.parse(date))
        .build();
  }

  // ---------------------------------------------------------------- gap analysis

  @Test
  void theGapReportJudgesEachRequirementOnTheRatingTheRuleChooses() {
    GapReport report = ASSESSOR.gaps(sam(), SENIOR);

    assertThat(report.profile()).isEqualTo(ProfileId.of("sam"));
    assertThat(report.role()).isEqualTo(SENIOR);
    assertThat(report.results())
        .extracting(r -> r.requirement().skill())
        .containsExactly(GO, KUBERNETES, INCIDENTS, MENTORING);
    assertThat(report.results())
        .extracting(RequirementResult::status)
        .containsExactly(
            RequirementStatus.BELOW,
            RequirementStatus.MET,
            RequirementStatus.MET,
            RequirementStatus.MET);
    assertThat(report.results())
        .extracting(RequirementResult::shortfall)
        .containsExactly(1, 0, 0, 0);
    RequirementResult go = report.results().get(0);
    assertThat(go.rating()).contains(rating(GO, WORKING, RaterKind.MANAGER, "2025-02-01"));
    assertThat(report.results().get(2).rating())
        .contains(rating(INCIDENTS, PRACTITIONER, RaterKind.MANAGER, "2025-03-01"));
    assertThat(report.results().get(3).rating())
        .contains(rating(MENTORING, EXPERT, RaterKind.PEER, "2025-02-20"));
    assertThat(report.groups()).isEmpty();
    assertThat(report.outcomes()).containsExactlyElementsOf(report.results());
    assertThat(report.warnings()).isEmpty();
    assertThat(report.results())
        .extracting(RequirementResult::weight)
        .containsExactly(2.0, 3.0, 2.0, 1.0);
  }

  @Test
  void readinessInEachModeIsThePointsEarnedOverThePointsTheRoleIsWorth() {
    GapReport report = ASSESSOR.gaps(sam(), SENIOR);

    // binary: kubernetes, incident response and mentoring met, of four
    assertThat(report.readiness(ReadinessMode.BINARY)).isEqualTo(0.75);
    // proportional, in halves (all required steps are 1 or 2 up the scale): go 1/2, 2/2, 2/2, 2/2
    assertThat(report.results())
        .extracting(r -> r.points(ReadinessMode.PROPORTIONAL))
        .containsExactly(1L, 2L, 2L, 2L);
    assertThat(report.readiness(ReadinessMode.PROPORTIONAL)).isEqualTo(7.0 / 8);
    // weights 2, 3, 2 (essential default), 1 (optional default), in 2^-20 of the largest (3)
    assertThat(report.results())
        .extracting(r -> r.maxPoints(ReadinessMode.WEIGHTED_BINARY))
        .containsExactly(699051L, 1048576L, 699051L, 349525L);
    assertThat(report.readiness(ReadinessMode.WEIGHTED_BINARY))
        .isEqualTo(2097152.0 / 2796203)
        .isCloseTo(0.75, within(1e-6));
    assertThat(report.readiness(ReadinessMode.WEIGHTED_PROPORTIONAL))
        .isEqualTo(4893355.0 / 5592406)
        .isCloseTo(0.875, within(1e-6));
    assertThat(report.results().get(0).score(ReadinessMode.PROPORTIONAL)).isEqualTo(0.5);
  }

  @Test
  void gapsComeEssentialFirstThenLargestShortfallAndNameTheStepToReach() {
    GapReport report = ASSESSOR.gaps(sam(), SENIOR);

    assertThat(report.ready()).isFalse();
    assertThat(report.essentialGaps()).isEqualTo(1);
    assertThat(report.gaps()).containsExactly(report.results().get(0));
    assertThat(((RequirementResult) report.gaps().get(0)).target()).isEqualTo(PRACTITIONER);
    // without the peer's rating of mentoring, mentoring lacks more steps, but go is essential
    GapReport withoutPeer = ASSESSOR.gaps(sam().withoutRatingsOf(MENTORING), SENIOR);
    assertThat(withoutPeer.gaps())
        .map(r -> ((RequirementResult) r).requirement().skill())
        .containsExactly(GO, MENTORING);
    assertThat(withoutPeer.gaps())
        .map(r -> ((RequirementResult) r).target())
        .containsExactly(PRACTITIONER, WORKING);
    assertThat(withoutPeer.gaps()).extracting(Outcome::shortfall).containsExactly(1, 2);
  }

  @Test
  void aResponsibilityIsMetWhenTheSkillsTheRoleRequiresOfItAreMet() {
    GapReport report = ASSESSOR.gaps(sam(), SENIOR);

    // observability is exercised by running the platform but not required by the role
    assertThat(report.responsibilities())
        .extracting(ResponsibilityResult::responsibility)
        .containsExactly(
            ResponsibilityId.of("run-the-platform"),
            ResponsibilityId.of("build-tooling"),
            ResponsibilityId.of("grow-engineers"));
    assertThat(report.responsibilities())
        .extracting(ResponsibilityResult::met)
        .containsExactly(true, false, true);
    assertThat(report.responsibilities().get(1).unmet()).containsExactly(GO);
  }

  @Test
  void aPersonWhoMeetsEveryRequirementIsReadyWithReadinessOne() {
    GapReport report = ASSESSOR.gaps(sam(), JUNIOR);

    assertThat(report.ready()).isTrue();
    assertThat(report.gaps()).isEmpty();
    for (ReadinessMode mode : ReadinessMode.values()) {
      assertThat(report.readiness(mode)).isEqualTo(1.0);
    }
  }

  @Test
  void bestFitPutsTheHighestReadyLevelFirstThenTheRolesAboveThenThoseBelow() {
    // the peer's expert rating of mentoring makes sam ready for the manager role, at staff level;
    // then the staff role (same level, not ready), then the rest from the highest level down
    assertThat(ASSESSOR.bestFit(sam(), ReadinessMode.PROPORTIONAL))
        .extracting(GapReport::role)
        .containsExactly(MANAGER, STAFF, SENIOR, JUNIOR);
    assertThat(ASSESSOR.bestFit(sam(), ReadinessMode.BINARY))
        .extracting(GapReport::role)
        .containsExactly(MANAGER, STAFF, SENIOR, JUNIOR);
    // on the platform track sam is ready for junior only: junior first, then up the ladder
    assertThat(ASSESSOR.bestFit(sam(), ReadinessMode.PROPORTIONAL, FamilyId.of("platform")))
        .extracting(GapReport::role)
        .containsExactly(JUNIOR, SENIOR, STAFF);
    // alex, expert in everything, is ready for every platform role: the highest level first
    assertThat(ASSESSOR.bestFit(alex(), ReadinessMode.PROPORTIONAL, FamilyId.of("platform")))
        .extracting(GapReport::role)
        .containsExactly(STAFF, SENIOR, JUNIOR);
    assertThatThrownBy(
            () -> ASSESSOR.bestFit(sam(), ReadinessMode.BINARY, FamilyId.of("no-such-family")))
        .isInstanceOf(UnknownIdException.class);
  }

  @Test
  void withNothingReadyBestFitStartsAtTheLowestLevelMostReadyFirst() {
    Profile nobody = base("nobody").build();
    List<GapReport> fits = ASSESSOR.bestFit(nobody, ReadinessMode.PROPORTIONAL);
    assertThat(fits).noneMatch(GapReport::ready);
    // junior (1), senior (3), then the two staff roles (4), both at 0: the manager role, with
    // one essential gap, before staff, with two
    assertThat(fits).extracting(GapReport::role).containsExactly(JUNIOR, SENIOR, MANAGER, STAFF);
  }

  // ---------------------------------------------------------------- several raters

  @Test
  void theRatingRuleCanBeChanged() {
    Assessor selfOnly = ASSESSOR.withRatingRule(RatingRule.of(List.of(EnumSet.of(RaterKind.SELF))));
    assertThat(selfOnly.gaps(sam(), SENIOR).results().get(0).status())
        .isEqualTo(RequirementStatus.MET);
    assertThat(selfOnly.gaps(sam(), SENIOR).results().get(2).status())
        .isEqualTo(RequirementStatus.NOT_RATED);

    Assessor latestOfAll =
        ASSESSOR.withRatingRule(RatingRule.of(List.of(EnumSet.allOf(RaterKind.class))));
    assertThat(latestOfAll.gaps(sam(), SENIOR).results().get(3).rating())
        .contains(rating(MENTORING, EXPERT, RaterKind.PEER, "2025-02-20"));
    assertThat(latestOfAll.ratingRule().effectiveRatings(sam()))
        .containsOnlyKeys(GO, KUBERNETES, INCIDENTS, MENTORING);
  }

  @Test
  void theDefaultRuleTakesTheLatestManagerOrAssessmentRatingElsePeerElseSelf() {
    assertThat(RatingRule.defaults().tiers())
        .containsExactly(
            EnumSet.of(RaterKind.MANAGER, RaterKind.ASSESSMENT),
            EnumSet.of(RaterKind.PEER),
            EnumSet.of(RaterKind.SELF));
    assertThat(RatingRule.defaults().effectiveRatings(sam()))
        .containsExactly(
            Map.entry(GO, rating(GO, WORKING, RaterKind.MANAGER, "2025-02-01")),
            Map.entry(KUBERNETES, rating(KUBERNETES, PRACTITIONER, RaterKind.SELF, "2025-01-10")),
            Map.entry(INCIDENTS, rating(INCIDENTS, PRACTITIONER, RaterKind.MANAGER, "2025-03-01")),
            Map.entry(MENTORING, rating(MENTORING, EXPERT, RaterKind.PEER, "2025-02-20")));
    assertThat(RatingRule.defaults()).hasToString("RatingRule[manager+assessment, peer, self]");
  }

  @Test
  void aProfileRatedOnlyByPeersAtTheRequiredStepsIsReady() {
    Profile peers =
        base("peers")
            .addRating(Rating.of(GO, PRACTITIONER, RaterKind.PEER))
            .addRating(Rating.of(KUBERNETES, PRACTITIONER, RaterKind.PEER))
            .addRating(Rating.of(INCIDENTS, PRACTITIONER, RaterKind.PEER))
            .addRating(Rating.of(MENTORING, WORKING, RaterKind.PEER))
            .build();
    GapReport report = ASSESSOR.gaps(peers, SENIOR);
    assertThat(report.ready()).isTrue();
    assertThat(report.readiness(ReadinessMode.PROPORTIONAL)).isEqualTo(1.0);
    assertThat(report.results()).allMatch(r -> r.rating().orElseThrow().rater() == RaterKind.PEER);
  }

  @Test
  void onTheSameDayTheMoreFormalRaterWinsWhateverTheOrderOfTheFile() {
    Rating manager = rating(GO, WORKING, RaterKind.MANAGER, "2025-02-01");
    Rating assessment = rating(GO, EXPERT, RaterKind.ASSESSMENT, "2025-02-01");
    Profile one = base("x").addRating(manager).addRating(assessment).build();
    Profile other = base("x").addRating(assessment).addRating(manager).build();
    assertThat(RatingRule.defaults().effectiveRatings(one).get(GO)).isEqualTo(assessment);
    assertThat(RatingRule.defaults().effectiveRatings(other).get(GO)).isEqualTo(assessment);
    // in one tier of all kinds, a peer beats the person themselves on the same day
    RatingRule flat = RatingRule.of(List.of(EnumSet.allOf(RaterKind.class)));
    Rating self = rating(GO, EXPERT, RaterKind.SELF, "2025-02-01");
    Rating peer = rating(GO, AWARENESS, RaterKind.PEER, "2025-02-01");
    assertThat(flat.effectiveRatings(base("y").addRating(peer).addRating(self).build()).get(GO))
        .isEqualTo(peer);
    assertThat(flat.effectiveRatings(base("y").addRating(self).addRating(peer).build()).get(GO))
        .isEqualTo(peer);
  }

  @Test
  void anUndatedRatingCountsAsGivenOnTheDayOfAssessmentAndTheLaterOfTwoOnADayWins() {
    Profile profile =
        base("dana")
            .addRating(rating(GO, EXPERT, RaterKind.MANAGER, "2025-02-01"))
            .addRating(Rating.of(GO, WORKING, RaterKind.ASSESSMENT)) // counts as 2025-03-01
            .addRating(rating(KUBERNETES, WORKING, RaterKind.MANAGER, "2025-01-01"))
            .addRating(rating(KUBERNETES, EXPERT, RaterKind.ASSESSMENT, "2025-01-01"))
            .build();

    assertThat(RatingRule.defaults().effectiveRatings(profile).get(GO).proficiency())
        .isEqualTo(WORKING);
    assertThat(RatingRule.defaults().effectiveRatings(profile).get(KUBERNETES).proficiency())
        .isEqualTo(EXPERT);
  }

  @Test
  void badRatingRulesAreRefused() {
    assertThatThrownBy(() -> RatingRule.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one tier");
    assertThatThrownBy(() -> RatingRule.of(List.of(EnumSet.noneOf(RaterKind.class))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tier 0");
    assertThatThrownBy(
            () ->
                RatingRule.of(
                    List.of(
                        EnumSet.of(RaterKind.SELF), EnumSet.of(RaterKind.PEER, RaterKind.SELF))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'self'");
  }

  @Test
  void theAgreementReportListsSelfRatingsTwoStepsOrMoreFromAnAssessors() {
    Agreement agreement = ASSESSOR.agreement(sam());

    assertThat(agreement.threshold()).isEqualTo(2);
    assertThat(agreement.comparisons()).isEqualTo(1); // only Go is rated by self and another
    assertThat(agreement.disagreements())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.skill()).isEqualTo(GO);
              assertThat(d.self().proficiency()).isEqualTo(EXPERT);
              assertThat(d.other().rater()).isEqualTo(RaterKind.MANAGER);
              assertThat(d.steps()).isEqualTo(2);
            });
    assertThat(ASSESSOR.agreement(sam(), 3).disagreements()).isEmpty();
    assertThatThrownBy(() -> ASSESSOR.agreement(sam(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------- role to role

  @Test
  void progressionFromJuniorToSeniorRaisesAndAddsRequirements() {
    Progression progression = ASSESSOR.progression(JUNIOR, SENIOR);

    assertThat(progression.fromRole()).isEqualTo(JUNIOR);
    assertThat(progression.toRole()).isEqualTo(SENIOR);
    assertThat(progression.responsibilitiesAdded())
        .containsExactly(
            ResponsibilityId.of("run-the-platform"), ResponsibilityId.of("grow-engineers"));
    assertThat(progression.responsibilitiesDropped()).isEmpty();
    assertThat(progression.added())
        .extracting(Requirement::skill)
        .containsExactly(INCIDENTS, MENTORING);
    assertThat(progression.raised())
        .extracting(RequirementChange::skill)
        .containsExactly(GO, KUBERNETES);
    assertThat(progression.raised()).extracting(RequirementChange::steps).containsExactly(1, 2);
    assertThat(progression.raised().get(1).before().importance()).isEqualTo(Importance.OPTIONAL);
    assertThat(progression.raised().get(1).after().importance()).isEqualTo(Importance.ESSENTIAL);
    assertThat(progression.lowered()).isEmpty();
    assertThat(progression.changed()).isEmpty();
    assertThat(progression.dropped()).isEmpty();
    assertThat(progression.applyTo(CATALOGUE.get(JUNIOR).requirements()))
        .containsExactlyInAnyOrderElementsOf(CATALOGUE.get(SENIOR).requirements());
  }

  @Test
  void progressionFromSeniorToStaffDropsWhatStaffNoLongerAsks() {
    Progression progression = ASSESSOR.progression(SENIOR, STAFF);

    assertThat(progression.responsibilitiesAdded()).isEmpty();
    assertThat(progression.responsibilitiesDropped())
        .containsExactly(ResponsibilityId.of("build-tooling"));
    assertThat(progression.raised())
        .extracting(RequirementChange::skill)
        .containsExactly(KUBERNETES, INCIDENTS);
    assertThat(progression.dropped()).extracting(Requirement::skill).containsExactly(GO, MENTORING);
    assertThat(ASSESSOR.progression(STAFF, SENIOR).lowered())
        .extracting(RequirementChange::steps)
        .containsExactly(-1, -1);
  }

  @Test
  void nextStepsFollowTheProfilesRoleOnTheLadder() {
    List<NextStep> steps = ASSESSOR.nextSteps(sam());

    assertThat(steps)
        .singleElement()
        .satisfies(
            step -> {
              assertThat(step.progression()).isEqualTo(ASSESSOR.progression(JUNIOR, SENIOR));
              assertThat(step.gaps()).isEqualTo(ASSESSOR.gaps(sam(), SENIOR));
            });
    assertThat(ASSESSOR.nextSteps(sam(), SENIOR))
        .extracting(s -> s.progression().toRole())
        .containsExactly(STAFF, MANAGER);
    assertThat(ASSESSOR.nextSteps(kim())).isEmpty(); // kim holds no role
    assertThat(ASSESSOR.nextSteps(sam(), STAFF)).isEmpty(); // the top of the ladder
  }

  // ---------------------------------------------------------------- role to people

  @Test
  void rankingKeepsTheMostReadyAndBreaksTiesByProfileId() {
    Profile twin =
        base("a-twin")
            .addRating(Rating.of(GO, PRACTITIONER, RaterKind.MANAGER))
            .addRating(Rating.of(KUBERNETES, AWARENESS, RaterKind.SELF))
            .build();
    List<Profile> people = List.of(sam(), kim(), alex(), twin);

    Ranking ranking = ASSESSOR.rank(SENIOR, ReadinessMode.PROPORTIONAL, people, 3);
    List<ProfileScore> top = ranking.top();

    assertThat(top)
        .extracting(ProfileScore::profile)
        .containsExactly(ProfileId.of("alex"), ProfileId.of("sam"), ProfileId.of("a-twin"));
    assertThat(top).extracting(ProfileScore::readiness).containsExactly(1.0, 0.875, 0.25);
    assertThat(top.get(1).name()).contains("Sam Okafor");
    assertThat(top.get(0).name()).isEmpty();
    assertThat(ranking.ranked()).isEqualTo(4);
    assertThat(ranking.setAside()).isEmpty();
    assertThat(ranking.role()).isEqualTo(SENIOR);
    assertThat(ranking.mode()).isEqualTo(ReadinessMode.PROPORTIONAL);
    assertThat(ASSESSOR.rank(SENIOR, ReadinessMode.PROPORTIONAL, people.stream(), 10).top())
        .extracting(ProfileScore::profile)
        .containsExactly(
            ProfileId.of("alex"), ProfileId.of("sam"), ProfileId.of("a-twin"), ProfileId.of("kim"));
    assertThat(ASSESSOR.rank(SENIOR, ReadinessMode.BINARY, people, 0).top()).isEmpty();
    assertThatThrownBy(() -> ASSESSOR.rank(SENIOR, ReadinessMode.BINARY, people, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("k = -1");
  }

  @Test
  void whoCanHelpFindsThePeopleWhoMeetAGapHighestRatedFirst() {
    RequirementResult gap = (RequirementResult) ASSESSOR.gaps(sam(), SENIOR).gaps().get(0);

    Helpers helpers = ASSESSOR.whoCanHelp(gap.requirement(), List.of(sam(), kim(), alex()));
    assertThat(helpers.profiles())
        .extracting(Profile::id)
        .containsExactly(ProfileId.of("alex"), ProfileId.of("kim"));
    assertThat(helpers.setAside()).isEmpty();
    assertThat(
            ASSESSOR
                .whoCanHelp(Requirement.of(MENTORING, EXPERT), List.of(sam(), kim()))
                .profiles())
        .extracting(Profile::id)
        .containsExactly(ProfileId.of("sam")); // a peer's rating counts
    assertThatThrownBy(
            () -> ASSESSOR.whoCanHelp(Requirement.of(SkillId.of("rust"), EXPERT), List.of(sam())))
        .isInstanceOf(UnknownIdException.class)
        .hasMessageContaining("rust");
  }

  @Test
  void teamCoverageShowsWhatNoOneAndWhatOnlyOnePersonMeets() {
    TeamCoverage senior = ASSESSOR.coverage(SENIOR, List.of(sam(), kim(), alex(), kim()));

    assertThat(senior.people()).isEqualTo(3);
    assertThat(senior.requirements())
        .extracting(RequirementCoverage::metBy)
        .containsExactly(
            List.of(ProfileId.of("kim"), ProfileId.of("alex")),
            List.of(ProfileId.of("sam"), ProfileId.of("alex")),
            List.of(ProfileId.of("sam"), ProfileId.of("alex")),
            List.of(ProfileId.of("sam"), ProfileId.of("alex")));
    assertThat(senior.uncovered()).isEmpty();
    assertThat(senior.singlePoints()).isEmpty();
    assertThat(senior.groups()).isEmpty();
    assertThat(senior.setAside()).isEmpty();

    TeamCoverage manager = ASSESSOR.coverage(MANAGER, List.of(sam(), kim()));
    assertThat(manager.uncovered()).isEmpty();
    assertThat(manager.singlePoints()).containsExactly(manager.requirements().get(0));
    TeamCoverage withoutPeers =
        ASSESSOR.coverage(MANAGER, List.of(sam().withoutRatingsOf(MENTORING), kim()));
    assertThat(withoutPeers.uncovered()).containsExactly(withoutPeers.requirements().get(0));
  }

  // ---------------------------------------------------------------- the fast path

  @Test
  void aCompiledRoleScoresCompactProfilesAsTheGapReportDoes() {
    CompactProfile compact = ASSESSOR.compact(sam());
    for (ReadinessMode mode : ReadinessMode.values()) {
      assertThat(ASSESSOR.compile(SENIOR, mode).readiness(compact))
          .isEqualTo(ASSESSOR.gaps(sam(), SENIOR).readiness(mode));
    }
    CompiledRole compiled = ASSESSOR.compile(SENIOR, ReadinessMode.PROPORTIONAL);
    assertThat(compiled.role()).isEqualTo(SENIOR);
    assertThat(compiled.mode()).isEqualTo(ReadinessMode.PROPORTIONAL);
    assertThat(compiled.top(List.of(ASSESSOR.compact(kim()), compact), 1))
        .containsExactly(ProfileScore.of(ProfileId.of("sam"), 0.875));
    assertThat(compact).hasToString("CompactProfile[sam: 4 of 5 skills rated]");
  }

  @Test
  void theCompactBuilderChecksWhatItIsGiven() {
    CompactProfile.Builder builder =
        ASSESSOR.compactBuilder(ProfileId.of("lee")).rate(GO, WORKING).rate(GO, PRACTITIONER);
    assertThatThrownBy(() -> builder.rate(SkillId.of("rust"), WORKING))
        .isInstanceOf(UnknownIdException.class);
    assertThatThrownBy(() -> builder.rate(GO, ProficiencyId.of("guru")))
        .isInstanceOf(UnknownIdException.class);
    builder.rate(INCIDENTS, AWARENESS); // not defined there, but a fact about the person
    CompactProfile lee = builder.build();
    assertThat(ASSESSOR.compile(JUNIOR, ReadinessMode.BINARY).readiness(lee)).isEqualTo(0.5);
    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aCompactProfileOfAnotherCatalogueIsRefused() {
    Catalogue other = Catalogue.builder().from(CATALOGUE).version("9.0.0").build();
    CompactProfile foreign = Assessor.of(other).compactBuilder(ProfileId.of("x")).build();
    CompiledRole compiled = ASSESSOR.compile(SENIOR, ReadinessMode.BINARY);

    assertThatThrownBy(() -> compiled.readiness(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("9.0.0");
    CompactProfile twin = Assessor.of(Fixtures.platformTeam()).compact(sam());
    assertThat(compiled.readiness(twin)).isEqualTo(3.0 / 4); // an equal catalogue is fine
  }

  // ---------------------------------------------------------------- checking

  @Test
  void checkingReportsEveryProblemAtOnceWithItsPath() {
    Profile profile =
        base("bad")
            .catalogueVersion("2.0.0")
            .name(" ")
            .role(RoleId.of("cto"))
            .addRating(Rating.of(SkillId.of("rust"), WORKING, RaterKind.SELF))
            .addRating(Rating.of(GO, ProficiencyId.of("guru"), RaterKind.SELF))
            .addRating(Rating.of(INCIDENTS, AWARENESS, RaterKind.SELF))
            .addRating(rating(GO, WORKING, RaterKind.MANAGER, "2025-01-01"))
            .addRating(rating(GO, EXPERT, RaterKind.MANAGER, "2025-01-01"))
            .addRating(
                Rating.builder()
                    .from(Rating.of(KUBERNETES, WORKING, RaterKind.PEER))
                    .evidence(Evidence.of("  "))
                    .build())
            .addRating(
                Rating.builder()
                    .from(Rating.of(MENTORING, WORKING, RaterKind.PEER))
                    .evidence(Evidence.of("x".repeat(Evidence.MAX_TEXT_LENGTH + 1)))
                    .build())
            .build();

    ProfileCheck check = ASSESSOR.check(profile);
    List<Problem> problems = check.problems();

    assertThat(check.valid()).isFalse();
    assertThat(check.profile()).isEqualTo(ProfileId.of("bad"));
    assertThat(problems)
        .extracting(Problem::path)
        .containsExactly(
            "catalogueVersion",
            "name",
            "role",
            "ratings[0].skill",
            "ratings[1].proficiency",
            "ratings[4]",
            "ratings[5].evidence.text",
            "ratings[6].evidence.text");
    assertThat(problems.get(0).message()).contains("'2.0.0'", "2.1.0");
    assertThat(problems.get(2).message()).contains("'cto'", "senior-platform-engineer");
    assertThat(problems.get(3).message()).contains("'rust'", "kubernetes");
    assertThat(problems.get(4).message())
        .contains("'guru'", "the scale: awareness, working, practitioner, expert");
    assertThat(problems.get(5).message()).contains("repeats ratings[3]", "manager", "2025-01-01");
    assertThat(check.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.path()).isEqualTo("ratings[2].proficiency");
              assertThat(w.message())
                  .isEqualTo(
                      "skill 'incident-response' is not defined at 'awareness' (it is defined"
                          + " at working, practitioner, expert); the rating counts at that"
                          + " step's place on the scale");
            });
    assertThat(check).hasToString("ProfileCheck[bad: 8 problems, 1 warning]");

    InvalidProfileException e =
        catchThrowableOfType(InvalidProfileException.class, () -> ASSESSOR.gaps(profile, SENIOR));
    assertThat(e.problems()).isEqualTo(problems);
    assertThat(e.profile()).contains(ProfileId.of("bad"));
    assertThat(e)
        .hasMessageStartingWith("invalid profile 'bad': 8 problems")
        .hasMessageContaining("ratings[0].skill: ");
  }

  @Test
  void aProfileOfAnotherCatalogueIsReported() {
    Profile profile = base("x").catalogue(CatalogueId.of("backend")).build();

    assertThat(ASSESSOR.check(profile).problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("catalogue");
              assertThat(p.message()).contains("'backend'", "'platform-team'");
            });
  }

  @Test
  void anUndatedRatingRepeatsADatedOneOnTheDayOfAssessment() {
    Profile profile =
        base("x")
            .addRating(rating(GO, WORKING, RaterKind.SELF, "2025-03-01"))
            .addRating(Rating.of(GO, EXPERT, RaterKind.SELF))
            .build();

    assertThat(ASSESSOR.check(profile).problems())
        .extracting(Problem::path)
        .containsExactly("ratings[1]");
  }

  @Test
  void everyProfileTakingMethodChecksTheProfile() {
    Profile bad =
        base("bad").addRating(Rating.of(SkillId.of("rust"), WORKING, RaterKind.SELF)).build();
    List<Runnable> calls =
        List.of(
            () -> ASSESSOR.gaps(bad, SENIOR),
            () -> ASSESSOR.bestFit(bad, ReadinessMode.BINARY),
            () -> ASSESSOR.nextSteps(bad),
            () -> ASSESSOR.agreement(bad),
            () -> ASSESSOR.nextSteps(bad, SENIOR),
            () -> ASSESSOR.compact(bad),
            () -> ASSESSOR.withFailFast(true).rank(SENIOR, ReadinessMode.BINARY, List.of(bad), 1),
            () ->
                ASSESSOR
                    .withFailFast(true)
                    .rank(SENIOR, ReadinessMode.BINARY, List.of(bad).stream(), 1),
            () -> ASSESSOR.withFailFast(true).ranker(SENIOR, ReadinessMode.BINARY, 1).offer(bad),
            () -> ASSESSOR.withFailFast(true).whoCanHelp(Requirement.of(GO, WORKING), List.of(bad)),
            () -> ASSESSOR.withFailFast(true).coverage(SENIOR, List.of(bad)));
    for (Runnable call : calls) {
      assertThatThrownBy(call::run)
          .isInstanceOf(InvalidProfileException.class)
          .hasMessageStartingWith("invalid profile 'bad': 1 problem")
          .hasMessageContaining("ratings[0].skill")
          .satisfies(e -> assertThat(((InvalidProfileException) e).profile()).contains(bad.id()));
    }
  }

  @Test
  void unknownRolesAndBadWeightsAreRefused() {
    assertThatThrownBy(() -> ASSESSOR.gaps(sam(), RoleId.of("cto")))
        .isInstanceOf(UnknownIdException.class)
        .hasMessageContaining("'cto'");
    assertThatThrownBy(() -> ASSESSOR.progression(SENIOR, RoleId.of("cto")))
        .isInstanceOf(UnknownIdException.class);
    assertThatThrownBy(() -> ASSESSOR.withDefaultWeights(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("essential");
    assertThatThrownBy(() -> ASSESSOR.withDefaultWeights(1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("optional");
    assertThatThrownBy(() -> ASSESSOR.gaps(sam(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("role");
  }

  @Test
  void defaultWeightsCanBeChanged() {
    Assessor flat = ASSESSOR.withDefaultWeights(1, 1);
    assertThat(flat.defaultWeight(Importance.ESSENTIAL)).isEqualTo(1.0);
    assertThat(ASSESSOR.defaultWeight(Importance.OPTIONAL)).isEqualTo(1.0);
    assertThat(ASSESSOR.defaultWeight(Importance.ESSENTIAL)).isEqualTo(2.0);
    // go 2, kubernetes 3, incident response 1, mentoring 1: met 3 + 1 + 1 of 7
    assertThat(flat.gaps(sam(), SENIOR).readiness(ReadinessMode.WEIGHTED_BINARY))
        .isCloseTo(5.0 / 7, within(1e-6));
  }
}
