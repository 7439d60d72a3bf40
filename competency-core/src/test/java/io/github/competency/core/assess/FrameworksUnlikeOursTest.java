package io.github.competency.core.assess;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueId;
import io.github.competency.core.Category;
import io.github.competency.core.CategoryId;
import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.FamilyId;
import io.github.competency.core.GroupId;
import io.github.competency.core.Importance;
import io.github.competency.core.Level;
import io.github.competency.core.LevelId;
import io.github.competency.core.Proficiency;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.ProfileId;
import io.github.competency.core.Requirement;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Frameworks shaped unlike the shipped catalogue, written by hand with figures worked out by
 * hand: a seven-step scale with two tracks sharing levels and skills, "one of" languages and
 * "two of four" specialisms, people rated by peers only; a one-step scale with a role of optional
 * requirements only and a role that asks for nothing; and a 200-step scale with a group of 70
 * options.
 */
class FrameworksUnlikeOursTest {

  // ---------------------------------------------------------------- seven steps, two tracks

  static final RoleId IC_MID = RoleId.of("ic-mid");
  static final RoleId IC_SENIOR = RoleId.of("ic-senior");
  static final RoleId MANAGER = RoleId.of("manager");
  static final RoleId DIRECTOR = RoleId.of("director");
  static final FamilyId IC = FamilyId.of("ic");
  static final FamilyId MANAGEMENT = FamilyId.of("management");

  /** Levels 1 to 7 as SFIA has them; the IC and management tracks share the senior level. */
  static Catalogue tracks() {
    List<Proficiency> scale = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      scale.add(Proficiency.builder().id(step(i)).name("Level " + i).rank(i * 10).build());
    }
    List<Skill> skills = new ArrayList<>();
    for (String id :
        new String[] {
          "go",
          "java",
          "rust",
          "kotlin",
          "ml",
          "security",
          "data",
          "frontend",
          "mentoring",
          "people-management"
        }) {
      skills.add(
          Skill.builder().id(SkillId.of(id)).name(id).category(CategoryId.of("all")).build());
    }
    ChoiceGroup language = languages(step(3));
    return base("tracks", scale, skills)
        .levels(List.of(level("junior", 1), level("mid", 2), level("senior", 3), level("staff", 4)))
        .addRole(
            role(IC_MID, IC, "mid")
                .addRequirement(Requirement.of(SkillId.of("mentoring"), step(2)))
                .addGroup(language)
                .build())
        .addRole(
            role(IC_SENIOR, IC, "senior")
                .addRequirement(Requirement.of(SkillId.of("mentoring"), step(3)))
                .addGroup(languages(step(4)))
                .addGroup(
                    ChoiceGroup.of(
                        GroupId.of("specialisms"),
                        "Two specialisms",
                        2,
                        Importance.ESSENTIAL,
                        List.of(
                            Requirement.of(SkillId.of("ml"), step(4)),
                            Requirement.of(SkillId.of("security"), step(4)),
                            Requirement.of(SkillId.of("data"), step(4)),
                            Requirement.of(SkillId.of("frontend"), step(4)))))
                .build())
        .addRole(
            role(MANAGER, MANAGEMENT, "senior")
                .addRequirement(Requirement.of(SkillId.of("people-management"), step(4)))
                .addRequirement(Requirement.of(SkillId.of("mentoring"), step(4)))
                .build())
        .addRole(
            role(DIRECTOR, MANAGEMENT, "staff")
                .addRequirement(Requirement.of(SkillId.of("people-management"), step(6)))
                .addRequirement(
                    Requirement.of(SkillId.of("mentoring"), step(5), Importance.OPTIONAL))
                .build())
        .build();
  }

  private static ChoiceGroup languages(ProficiencyId at) {
    List<Requirement> options = new ArrayList<>();
    for (String id : new String[] {"go", "java", "rust", "kotlin"}) {
      options.add(Requirement.of(SkillId.of(id), at));
    }
    return ChoiceGroup.of(GroupId.of("language"), "A language", 1, Importance.ESSENTIAL, options);
  }

  /** Rated by peers only: mentoring 4, java 5, ml 4, data 2, people management 3. */
  static Profile pat(Catalogue catalogue) {
    return profile(catalogue, "PAT-7")
        .addRating(Rating.of(SkillId.of("mentoring"), step(4), RaterKind.PEER))
        .addRating(Rating.of(SkillId.of("java"), step(5), RaterKind.PEER))
        .addRating(Rating.of(SkillId.of("ml"), step(4), RaterKind.PEER))
        .addRating(Rating.of(SkillId.of("data"), step(2), RaterKind.PEER))
        .addRating(Rating.of(SkillId.of("people-management"), step(3), RaterKind.PEER))
        .build();
  }

  @Test
  void twoOfFourSpecialismsCountAsOneRequirementWithTheBestTwoForPartialCredit() {
    Catalogue catalogue = tracks();
    Assessor assessor = Assessor.of(catalogue);
    GapReport senior = assessor.gaps(pat(catalogue), IC_SENIOR);

    // unit: required positions 2 and 3 (lcm 6) times the groups' counts 1 and 2 (lcm 2): 12
    assertThat(senior.outcomes())
        .extracting(o -> o.maxPoints(ReadinessMode.PROPORTIONAL))
        .containsExactly(12L, 12L, 12L);
    GroupResult specialisms = senior.group(GroupId.of("specialisms")).orElseThrow();
    // ml met (12), data at position 1 of 3 (4): the average of the best two, 8
    assertThat(specialisms.points(ReadinessMode.PROPORTIONAL)).isEqualTo(8);
    assertThat(specialisms.counted())
        .extracting(r -> r.requirement().skill().value())
        .containsExactly("ml", "data");
    assertThat(specialisms.closest())
        .extracting(r -> r.requirement().skill().value())
        .containsExactly("data");
    assertThat(specialisms.shortfall()).isEqualTo(2);
    assertThat(specialisms.status()).isEqualTo(RequirementStatus.BELOW);
    assertThat(senior.readiness(ReadinessMode.PROPORTIONAL)).isEqualTo(32.0 / 36);
    assertThat(senior.readiness(ReadinessMode.BINARY)).isEqualTo(2.0 / 3);
    assertThat(senior.ready()).isFalse();
    assertThat(senior.gaps()).containsExactly(specialisms);
    assertThat(
            assessor
                .compile(IC_SENIOR, ReadinessMode.PROPORTIONAL)
                .readiness(assessor.compact(pat(catalogue))))
        .isEqualTo(32.0 / 36);

    // one more specialism at level 4 meets the group and the role
    Profile more = pat(catalogue).with(Rating.of(SkillId.of("frontend"), step(4), RaterKind.PEER));
    GapReport ready = assessor.gaps(more, IC_SENIOR);
    assertThat(ready.ready()).isTrue();
    assertThat(ready.readiness(ReadinessMode.PROPORTIONAL)).isEqualTo(1.0);
    assertThat(ready.gaps()).isEmpty();
  }

  @Test
  void bestFitTakesTheHighestReadyLevelThenUpTheLadderAndFiltersByTrack() {
    Catalogue catalogue = tracks();
    Assessor assessor = Assessor.of(catalogue);
    Profile pat = pat(catalogue);

    assertThat(assessor.gaps(pat, IC_MID).ready()).isTrue();
    // ready for the mid IC role only: it first, then the senior level (the IC role at 32/36
    // before the manager role at 5/6), then staff
    assertThat(assessor.bestFit(pat, ReadinessMode.PROPORTIONAL))
        .extracting(GapReport::role)
        .containsExactly(IC_MID, IC_SENIOR, MANAGER, DIRECTOR);
    // on the management track nothing is ready: its lowest level first
    assertThat(assessor.bestFit(pat, ReadinessMode.PROPORTIONAL, MANAGEMENT))
        .extracting(GapReport::role)
        .containsExactly(MANAGER, DIRECTOR);
    // ready for senior IC too: the senior level comes first, the mid role last
    Profile more = pat.with(Rating.of(SkillId.of("frontend"), step(7), RaterKind.PEER));
    assertThat(assessor.bestFit(more, ReadinessMode.BINARY, IC))
        .extracting(GapReport::role)
        .containsExactly(IC_SENIOR, IC_MID);
  }

  @Test
  void peersOnlyCountUnderTheDefaultRuleAndNotUnderARuleWithoutThem() {
    Catalogue catalogue = tracks();
    Assessor formalOnly =
        Assessor.of(catalogue)
            .withRatingRule(
                RatingRule.of(
                    List.of(
                        EnumSet.of(RaterKind.MANAGER, RaterKind.ASSESSMENT),
                        EnumSet.of(RaterKind.SELF))));
    GapReport report = formalOnly.gaps(pat(catalogue), IC_MID);
    assertThat(report.ready()).isFalse();
    assertThat(report.readiness(ReadinessMode.PROPORTIONAL)).isZero();
    assertThat(report.outcomes()).allMatch(o -> o.status() == RequirementStatus.NOT_RATED);
    assertThat(formalOnly.bestFit(pat(catalogue), ReadinessMode.PROPORTIONAL))
        .noneMatch(GapReport::ready);
  }

  @Test
  void aTeamCoversAChoiceGroupOnceWhoeverMeetsIt() {
    Catalogue catalogue = tracks();
    Assessor assessor = Assessor.of(catalogue);
    Profile kim =
        profile(catalogue, "kim")
            .addRating(Rating.of(SkillId.of("go"), step(6), RaterKind.MANAGER))
            .build();
    TeamCoverage team = assessor.coverage(IC_MID, List.of(pat(catalogue), kim));
    GroupCoverage language = team.groups().get(0);
    assertThat(language.metBy()).containsExactly(ProfileId.of("PAT-7"), ProfileId.of("kim"));
    assertThat(language.options())
        .extracting(c -> c.metBy().size())
        .containsExactly(1, 1, 0, 0); // go by kim, java by pat; nobody's rust or kotlin is a gap
    assertThat(team.uncovered()).isEmpty();
    assertThat(team.singlePoints()).containsExactly(team.requirements().get(0)); // mentoring
    assertThat(assessor.whoCanHelp(language.group(), List.of(kim, pat(catalogue))).profiles())
        .extracting(Profile::id)
        .containsExactly(ProfileId.of("kim"), ProfileId.of("PAT-7"));
  }

  // ---------------------------------------------------------------- one step

  /** A checklist: a skill is there or not. */
  static Catalogue checklist() {
    ProficiencyId has = ProficiencyId.of("has");
    List<Skill> skills = new ArrayList<>();
    for (String id : new String[] {"a", "b", "c"}) {
      skills.add(
          Skill.builder().id(SkillId.of(id)).name(id).category(CategoryId.of("all")).build());
    }
    return base(
            "checklist",
            List.of(Proficiency.builder().id(has).name("Has it").rank(1).build()),
            skills)
        .levels(List.of(level("one", 1), level("two", 2)))
        .addRole(
            role(RoleId.of("generalist"), FamilyId.of("all"), "one")
                .addRequirement(Requirement.of(SkillId.of("a"), has, Importance.OPTIONAL))
                .addRequirement(Requirement.of(SkillId.of("b"), has, Importance.OPTIONAL))
                .build())
        .addRole(role(RoleId.of("empty"), FamilyId.of("all"), "two").build())
        .addRole(
            role(RoleId.of("specialist"), FamilyId.of("all"), "two")
                .addGroup(
                    ChoiceGroup.of(
                        GroupId.of("any"),
                        "Any of them",
                        1,
                        Importance.ESSENTIAL,
                        List.of(
                            Requirement.of(SkillId.of("a"), has),
                            Requirement.of(SkillId.of("b"), has),
                            Requirement.of(SkillId.of("c"), has))))
                .build())
        .build();
  }

  @Test
  void readyMeansSomethingIsMetWhenNothingIsEssentialAndNeverForARoleThatAsksNothing() {
    Catalogue catalogue = checklist();
    Assessor assessor = Assessor.of(catalogue);
    Profile a =
        profile(catalogue, "E1")
            .addRating(Rating.of(SkillId.of("a"), ProficiencyId.of("has"), RaterKind.SELF))
            .build();
    Profile nothing = profile(catalogue, "E2").build();

    GapReport generalist = assessor.gaps(a, RoleId.of("generalist"));
    assertThat(generalist.ready()).isTrue(); // only optional requirements, one of them met
    assertThat(generalist.readiness(ReadinessMode.PROPORTIONAL)).isEqualTo(0.5);
    assertThat(generalist.readiness(ReadinessMode.BINARY)).isEqualTo(0.5);
    assertThat(assessor.gaps(nothing, RoleId.of("generalist")).ready()).isFalse();

    GapReport empty = assessor.gaps(a, RoleId.of("empty"));
    assertThat(empty.readiness(ReadinessMode.PROPORTIONAL)).isEqualTo(1.0); // nothing missing
    assertThat(empty.gaps()).isEmpty();
    assertThat(empty.ready()).isFalse(); // but nothing to be ready by

    assertThat(assessor.gaps(a, RoleId.of("specialist")).ready()).isTrue();
    assertThat(assessor.gaps(nothing, RoleId.of("specialist")).ready()).isFalse();

    // ready for generalist (one) and specialist (two): level two first, the empty role next
    assertThat(assessor.bestFit(a, ReadinessMode.PROPORTIONAL))
        .extracting(r -> r.role().value())
        .containsExactly("specialist", "empty", "generalist");
    assertThat(assessor.bestFit(nothing, ReadinessMode.PROPORTIONAL))
        .noneMatch(GapReport::ready)
        .extracting(r -> r.role().value())
        .first()
        .isEqualTo("generalist");
  }

  // ---------------------------------------------------------------- 200 steps, 70 options

  @Test
  void aWideScaleAndAWideGroupScoreAlikeInTheReportAndTheCompiledRole() {
    List<Proficiency> scale = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      scale.add(
          Proficiency.builder().id(ProficiencyId.of("s" + i)).name("S" + i).rank(i + 1).build());
    }
    List<Skill> skills = new ArrayList<>();
    List<Requirement> options = new ArrayList<>();
    Random random = new Random(70);
    for (int i = 0; i < 71; i++) {
      skills.add(
          Skill.builder()
              .id(SkillId.of("k" + i))
              .name("K" + i)
              .category(CategoryId.of("all"))
              .build());
      if (i > 0) {
        options.add(Requirement.of(SkillId.of("k" + i), scale.get(random.nextInt(200)).id()));
      }
    }
    Catalogue catalogue =
        base("wide", scale, skills)
            .addLevel(level("only", 1))
            .addRole(
                role(RoleId.of("wide"), FamilyId.of("all"), "only")
                    .addRequirement(Requirement.of(SkillId.of("k0"), scale.get(150).id()))
                    .addGroup(
                        ChoiceGroup.of(
                            GroupId.of("many"), "Three of many", 3, Importance.ESSENTIAL, options))
                    .build())
            .build();
    Assessor assessor = Assessor.of(catalogue);
    for (int t = 0; t < 50; t++) {
      Profile.Builder profile = profile(catalogue, "p" + t);
      for (Skill skill : skills) {
        if (random.nextInt(3) > 0) {
          profile.addRating(
              Rating.of(skill.id(), scale.get(random.nextInt(200)).id(), RaterKind.MANAGER));
        }
      }
      Profile built = profile.build();
      GapReport report = assessor.gaps(built, RoleId.of("wide"));
      for (ReadinessMode mode : ReadinessMode.values()) {
        assertThat(assessor.compile(RoleId.of("wide"), mode).readiness(assessor.compact(built)))
            .as("%s %s", built.id(), mode)
            .isEqualTo(report.readiness(mode));
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private static ProficiencyId step(int level) {
    return ProficiencyId.of("level-" + level);
  }

  private static Catalogue.Builder base(String id, List<Proficiency> scale, List<Skill> skills) {
    return Catalogue.builder()
        .id(CatalogueId.of(id))
        .version("1.0.0")
        .title(id)
        .language(Locale.ENGLISH)
        .proficiencies(scale)
        .addCategory(Category.builder().id(CategoryId.of("all")).name("All").build())
        .skills(skills);
  }

  private static Level level(String id, int rank) {
    return Level.builder().id(LevelId.of(id)).name(id).rank(rank).build();
  }

  private static Role.Builder role(RoleId id, FamilyId family, String level) {
    return Role.builder().id(id).title(id.value()).family(family).level(LevelId.of(level));
  }

  private static Profile.Builder profile(Catalogue catalogue, String id) {
    return Profile.builder()
        .id(ProfileId.of(id))
        .catalogue(catalogue.id())
        .catalogueVersion(catalogue.version())
        .assessedOn(LocalDate.of(2026, 1, 15));
  }
}
