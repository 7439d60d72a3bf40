package io.github.competency.seniorbackend;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.core.Catalogue;
import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.GroupId;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.ProfileId;
import io.github.competency.core.Requirement;
import io.github.competency.core.Role;
import io.github.competency.core.SkillId;
import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.GapReport;
import io.github.competency.core.assess.Outcome;
import io.github.competency.core.assess.Profile;
import io.github.competency.core.assess.RaterKind;
import io.github.competency.core.assess.Rating;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.core.assess.TeamCoverage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The answers the shipped catalogue gives an HR team: one language, one database, one web
 * server and one cloud are enough, and n of m specialisms are n, not m.
 */
class ShippedAssessmentTest {

  private static final Catalogue CATALOGUE = SeniorBackendEngineer.catalogue();
  private static final Assessor ASSESSOR = Assessor.of(CATALOGUE);

  /** Every single requirement at its step, and the first n options of each group. */
  private static Profile meeting(Role role) {
    Profile.Builder profile =
        Profile.builder()
            .id(ProfileId.of("E10442"))
            .catalogue(CATALOGUE.id())
            .catalogueVersion(CATALOGUE.version())
            .assessedOn(LocalDate.of(2026, 11, 2));
    for (Requirement requirement : role.requirements()) {
      profile.addRating(
          Rating.of(requirement.skill(), requirement.proficiency(), RaterKind.MANAGER));
    }
    for (ChoiceGroup group : role.groups()) {
      for (Requirement option : group.options().subList(0, group.atLeast())) {
        profile.addRating(Rating.of(option.skill(), option.proficiency(), RaterKind.MANAGER));
      }
    }
    return profile.build();
  }

  @Test
  void meetingEveryRequirementWithNOptionsOfEachGroupIsReadinessOneAndNoGapsForEveryRole() {
    for (Role role : CATALOGUE.roles()) {
      GapReport report = ASSESSOR.gaps(meeting(role), role.id());
      for (ReadinessMode mode : ReadinessMode.values()) {
        assertThat(report.readiness(mode)).as("%s %s", role.id(), mode).isEqualTo(1.0);
      }
      assertThat(report.gaps()).as("%s", role.id()).isEmpty();
      assertThat(report.ready()).isTrue();
      assertThat(report.warnings()).isEmpty();
    }
    assertThat(SeniorBackendEngineer.seniorRole().groups()).hasSize(7);
  }

  @Test
  void javaAloneAtExpertMeetsTheLanguageGroupAsWellAsAllFourLanguages() {
    Role senior = SeniorBackendEngineer.seniorRole();
    ProficiencyId expert = ProficiencyId.of("expert");
    Profile javaOnly =
        meeting(senior)
            .withoutRatingsOf(SkillId.of("java"))
            .with(Rating.of(SkillId.of("java"), expert, RaterKind.MANAGER));
    Profile polyglot = javaOnly;
    for (String language : new String[] {"csharp", "python", "nodejs"}) {
      polyglot =
          polyglot
              .withoutRatingsOf(SkillId.of(language))
              .with(Rating.of(SkillId.of(language), expert, RaterKind.MANAGER));
    }
    GapReport one = ASSESSOR.gaps(javaOnly, senior.id());
    GapReport four = ASSESSOR.gaps(polyglot, senior.id());
    for (ReadinessMode mode : ReadinessMode.values()) {
      assertThat(one.readiness(mode)).isEqualTo(four.readiness(mode)).isEqualTo(1.0);
    }
    // without any language, the group is one gap, not four
    Profile none = javaOnly.withoutRatingsOf(SkillId.of("java"));
    List<Outcome> gaps = ASSESSOR.gaps(none, senior.id()).gaps();
    assertThat(gaps)
        .singleElement()
        .isEqualTo(ASSESSOR.gaps(none, senior.id()).group(GroupId.of("backend-language")).get());
  }

  @Test
  void aTeamWithJavaAndPostgresqlLeavesNoLanguageOrDatabaseUncovered() {
    Role mid = CATALOGUE.get(io.github.competency.core.RoleId.of("mid-level-backend-engineer"));
    TeamCoverage team = ASSESSOR.coverage(mid.id(), List.of(meeting(mid)));
    assertThat(team.uncovered()).isEmpty();
    assertThat(team.groups()).allMatch(g -> g.metBy().size() == 1);
  }
}
