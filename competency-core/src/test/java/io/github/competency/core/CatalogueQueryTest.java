package io.github.competency.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The queries of a catalogue, on the frozen fixture. */
class CatalogueQueryTest {

  private static final RoleId JUNIOR = RoleId.of("junior-platform-engineer");
  private static final RoleId SENIOR = RoleId.of("senior-platform-engineer");
  private static final RoleId STAFF = RoleId.of("staff-platform-engineer");
  private static final RoleId MANAGER = RoleId.of("engineering-manager");

  private final Catalogue catalogue = Fixtures.platformTeam();

  @Test
  void looksUpEveryKindOfItemById() {
    assertThat(catalogue.get(SkillId.of("go")).name()).isEqualTo("Go");
    assertThat(catalogue.get(SENIOR).title()).isEqualTo("Senior Platform Engineer");
    assertThat(catalogue.get(LevelId.of("staff")).rank()).isEqualTo(4);
    assertThat(catalogue.get(ProficiencyId.of("expert")).name()).isEqualTo("Expert");
    assertThat(catalogue.get(CategoryId.of("people")).name()).isEqualTo("People skills");
    assertThat(catalogue.get(ResponsibilityId.of("grow-engineers")).area()).isEqualTo("People");
    assertThat(catalogue.find(SkillId.of("cobol"))).isEmpty();
    assertThat(catalogue.find(RoleId.of("cto"))).isEmpty();
    assertThat(catalogue.find(LevelId.of("principal"))).isEmpty();
  }

  @Test
  void anUnknownIdIsAClearException() {
    assertThatThrownBy(() -> catalogue.get(SkillId.of("cobol")))
        .isInstanceOf(UnknownIdException.class)
        .isInstanceOf(CompetencyException.class)
        .hasMessage(
            "catalogue 'platform-team' has no skill 'cobol'; known: go, "
                + "incident-response, kubernetes, mentoring, observability");
    assertThatThrownBy(() -> catalogue.nextSteps(RoleId.of("cto")))
        .isInstanceOf(UnknownIdException.class)
        .hasMessageContaining("no role 'cto'");
  }

  @Test
  void everyQueryGivenAnUnknownIdThrowsOnlyFindAnswersEmpty() {
    List<Runnable> queries =
        List.of(
            () -> catalogue.rolesAt(LevelId.of("principal")),
            () -> catalogue.rolesIn(FamilyId.of("sales")),
            () -> catalogue.rolesRequiring(SkillId.of("cobol")),
            () -> catalogue.responsibilitiesOf(RoleId.of("cto")),
            () -> catalogue.skillsIn(CategoryId.of("finance")),
            () -> catalogue.responsibilitiesExercising(SkillId.of("cobol")),
            () -> catalogue.nextSteps(RoleId.of("cto")),
            () -> catalogue.previousSteps(RoleId.of("cto")),
            () -> catalogue.careerPath(RoleId.of("cto")),
            () ->
                catalogue.compareProficiency(ProficiencyId.of("guru"), ProficiencyId.of("expert")),
            () ->
                catalogue.compareProficiency(ProficiencyId.of("expert"), ProficiencyId.of("guru")));
    for (Runnable query : queries) {
      assertThatThrownBy(query::run).isInstanceOf(UnknownIdException.class);
    }
    assertThatThrownBy(() -> catalogue.rolesIn(FamilyId.of("sales")))
        .hasMessage(
            "catalogue 'platform-team' has no family 'sales'; known: engineering-management, platform");
    assertThat(catalogue.find(FamilyId.of("platform"))).isEmpty(); // the fixture declares none
  }

  @Test
  void declaredFamiliesAreItemsAndMayHaveNoRolesYet() {
    Catalogue withFamilies =
        Catalogue.builder()
            .from(catalogue)
            .addFamily(
                Family.builder()
                    .id(FamilyId.of("platform"))
                    .name("Platform engineering")
                    .description("Individual contributors who build the internal platform")
                    .build())
            .addFamily(
                Family.builder()
                    .id(FamilyId.of("engineering-management"))
                    .name("Management")
                    .build())
            .addFamily(Family.builder().id(FamilyId.of("data")).name("Data engineering").build())
            .build();
    assertThat(withFamilies.get(FamilyId.of("platform")).name()).isEqualTo("Platform engineering");
    assertThat(withFamilies.rolesIn(FamilyId.of("data"))).isEmpty();
    assertThat(ids(withFamilies.rolesIn(FamilyId.of("engineering-management")), Role::id))
        .containsExactly("engineering-manager");
  }

  @Test
  void ordersTheScaleAndTheLadderByRank() {
    assertThat(ids(catalogue.scale(), p -> p.id()))
        .containsExactly("awareness", "working", "practitioner", "expert");
    assertThat(ids(catalogue.ladder(), l -> l.id())).containsExactly("junior", "senior", "staff");
    assertThat(
            catalogue.compareProficiency(ProficiencyId.of("working"), ProficiencyId.of("expert")))
        .isNegative();
    assertThat(catalogue.compareProficiency(ProficiencyId.of("expert"), ProficiencyId.of("expert")))
        .isZero();
  }

  @Test
  void groupsRolesByLevelFamilyAndRequiredSkill() {
    assertThat(ids(catalogue.rolesAt(LevelId.of("staff")), Role::id))
        .containsExactly("staff-platform-engineer", "engineering-manager");
    assertThat(ids(catalogue.rolesIn(FamilyId.of("platform")), Role::id))
        .containsExactly(
            "junior-platform-engineer", "senior-platform-engineer", "staff-platform-engineer");
    assertThat(ids(catalogue.rolesRequiring(SkillId.of("mentoring")), Role::id))
        .containsExactly("senior-platform-engineer", "engineering-manager");
  }

  @Test
  void resolvesWhatARoleAsksAndWhatASkillServes() {
    assertThat(catalogue.get(JUNIOR).requirements())
        .extracting(r -> r.skill().value())
        .containsExactly("go", "kubernetes");
    assertThat(catalogue.get(SENIOR).requirement(SkillId.of("kubernetes")).orElseThrow().weight())
        .hasValue(3.0);
    assertThat(catalogue.get(JUNIOR).requirement(SkillId.of("mentoring"))).isEmpty();
    assertThat(ids(catalogue.responsibilitiesOf(SENIOR), Responsibility::id))
        .containsExactly("run-the-platform", "build-tooling", "grow-engineers");
    assertThat(ids(catalogue.skillsIn(CategoryId.of("operations")), Skill::id))
        .containsExactly("kubernetes", "observability", "incident-response");
    assertThat(
            ids(catalogue.responsibilitiesExercising(SkillId.of("kubernetes")), Responsibility::id))
        .containsExactly("run-the-platform");
  }

  @Test
  void followsBranchingCareerPathsBothWays() {
    assertThat(ids(catalogue.nextSteps(SENIOR), Role::id))
        .containsExactly("staff-platform-engineer", "engineering-manager");
    assertThat(ids(catalogue.previousSteps(SENIOR), Role::id))
        .containsExactly("junior-platform-engineer");
    assertThat(catalogue.previousSteps(JUNIOR)).isEmpty();
    assertThat(catalogue.nextSteps(STAFF)).isEmpty();
    assertThat(ids(catalogue.careerPath(JUNIOR), Role::id))
        .containsExactly(
            "junior-platform-engineer",
            "senior-platform-engineer",
            "staff-platform-engineer",
            "engineering-manager");
    assertThat(ids(catalogue.careerPath(MANAGER), Role::id))
        .containsExactly(
            "junior-platform-engineer", "senior-platform-engineer", "engineering-manager");
  }

  @Test
  void searchesSkillsIgnoringCaseAccentsAndSpacing() {
    assertThat(catalogue.findSkillByName("GOLANG").map(Skill::id)).contains(SkillId.of("go"));
    assertThat(catalogue.findSkillByName("K8S").map(Skill::id)).contains(SkillId.of("kubernetes"));
    assertThat(catalogue.findSkillByName("observabilite").map(Skill::id))
        .contains(SkillId.of("observability"));
    assertThat(catalogue.findSkillByName("incident-response").map(Skill::id))
        .contains(SkillId.of("incident-response"));
    assertThat(catalogue.findSkillByName("cobol")).isEmpty();

    assertThat(ids(catalogue.searchSkills("obs"), Skill::id)).containsExactly("observability");
    assertThat(ids(catalogue.searchSkills("Monitoring trac"), Skill::id))
        .containsExactly("observability");
    assertThat(ids(catalogue.searchSkills("IN"), Skill::id)).containsExactly("incident-response");
    assertThat(catalogue.searchSkills("  ")).isEmpty();
    assertThat(catalogue.searchSkills("kubernetes cobol")).isEmpty();
  }

  @Test
  void exactMatchesComeFirst() {
    Catalogue withGoTools =
        Catalogue.builder()
            .from(catalogue)
            .addSkill(
                Skill.builder()
                    .id(SkillId.of("go-tools"))
                    .name("Go tooling")
                    .category(CategoryId.of("languages"))
                    .build())
            .build();
    // "go-tools" is declared after "go"; an exact match of the later one comes first
    assertThat(ids(withGoTools.searchSkills("go tooling"), Skill::id)).containsExactly("go-tools");
    assertThat(ids(withGoTools.searchSkills("go"), Skill::id)).containsExactly("go", "go-tools");
  }

  private static <T> List<String> ids(List<T> items, Function<T, ?> id) {
    return items.stream().map(id).map(Object::toString).collect(Collectors.toList());
  }
}
