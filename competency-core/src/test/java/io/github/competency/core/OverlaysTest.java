package io.github.competency.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.competency.core.Overlays.Change;
import io.github.competency.core.Overlays.How;
import io.github.competency.core.Overlays.Layered;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** A company's changes to a catalogue, kept apart from it, and where each item comes from. */
class OverlaysTest {

  private static final OverlayId ACME = OverlayId.of("acme");
  private static final RoleId SENIOR = RoleId.of("senior-platform-engineer");
  private static final SkillId KUBERNETES = SkillId.of("kubernetes");
  private static final SkillId TERRAFORM = SkillId.of("terraform");
  private static final RoleId MID = RoleId.of("platform-engineer");

  private final Catalogue base = Fixtures.platformTeam();

  /** A mid-level role, a raised requirement and a new skill, as a company would add them. */
  static Overlay acme(Catalogue base) {
    Role junior = base.get(RoleId.of("junior-platform-engineer"));
    return Overlay.builder()
        .id(ACME)
        .title("ACME's platform ladder")
        .base(base.id())
        .addVersion("2.*")
        .add(
            Items.builder()
                .addLevel(Level.builder().id(LevelId.of("mid")).name("Mid").rank(2).build())
                .addSkill(
                    Skill.builder()
                        .id(TERRAFORM)
                        .name("Terraform")
                        .category(CategoryId.of("operations"))
                        .build())
                .addRole(
                    junior
                        .withId(MID)
                        .withTitle("Platform Engineer")
                        .withLevel(LevelId.of("mid"))
                        .withProgressesTo(List.of(SENIOR))
                        .with(Requirement.of(TERRAFORM, ProficiencyId.of("working"))))
                .build())
        .addPatch(
            Patch.builder()
                .target(SENIOR)
                .putText(Patch.TextField.SUMMARY, "Runs ACME's platform.")
                .addRequirementChange(
                    Patch.RequirementChange.step(KUBERNETES, ProficiencyId.of("expert")))
                .build())
        .addPatch(Patch.builder().target(KUBERNETES).addNewAlias("kube").build())
        .build();
  }

  @Test
  void appliesACompanysChangesAndRecordsWhereEachItemComesFrom() {
    Layered layered = Overlays.apply(base, List.of(acme(base)));
    Catalogue changed = layered.catalogue();

    assertThat(changed.get(MID).title()).isEqualTo("Platform Engineer");
    assertThat(changed.get(SENIOR).summary()).isEqualTo("Runs ACME's platform.");
    assertThat(changed.get(SENIOR).requirement(KUBERNETES).orElseThrow().proficiency())
        .isEqualTo(ProficiencyId.of("expert"));
    assertThat(changed.get(SENIOR).requirement(KUBERNETES).orElseThrow().weight())
        .as("what the patch does not name stays")
        .hasValue(3.0);
    assertThat(changed.get(KUBERNETES).aliases()).endsWith("kube");
    assertThat(changed.careerPath(SENIOR)).extracting(Role::id).contains(MID);

    assertThat(layered.changesOf(MID)).containsExactly(new Change(ACME, How.ADDED));
    assertThat(layered.changesOf(SENIOR)).containsExactly(new Change(ACME, How.PATCHED));
    assertThat(layered.changesOf(SkillId.of("go"))).isEmpty();
    assertThat(layered.changes()).hasSize(5);
    assertThat(layered.removed()).isEmpty();
  }

  @Test
  void laterOverlaysSeeEarlierOnesAndHistoryKeepsTheOrder() {
    Overlay tidy =
        Overlay.builder()
            .id(OverlayId.of("tidy"))
            .base(base.id())
            .addPatch(
                Patch.builder().target(MID).putText(Patch.TextField.TITLE, "Engineer II").build())
            .addRemove(RoleId.of("engineering-manager"))
            .addPatch(
                Patch.builder()
                    .target(SENIOR)
                    .addDroppedResponsibility(ResponsibilityId.of("grow-engineers"))
                    .build())
            .replace(
                Items.builder()
                    .addRole(
                        base.get(SENIOR)
                            .withProgressesTo(List.of(RoleId.of("staff-platform-engineer"))))
                    .build())
            .build();
    Layered layered = Overlays.apply(base, List.of(acme(base), tidy));
    assertThat(layered.changesOf(MID))
        .containsExactly(
            new Change(ACME, How.ADDED), new Change(OverlayId.of("tidy"), How.PATCHED));
    assertThat(layered.catalogue().get(MID).title()).isEqualTo("Engineer II");
    assertThat(layered.removed())
        .containsEntry(RoleId.of("engineering-manager"), OverlayId.of("tidy"));
    assertThat(layered.changesOf(SENIOR))
        .extracting(Change::how)
        .containsExactly(How.PATCHED, How.REPLACED);
  }

  @Test
  void mistakesArePointedAtInTheOverlay() {
    Overlay wrong =
        Overlay.builder()
            .id(ACME)
            .base(base.id())
            .add(Items.builder().addSkill(base.get(KUBERNETES)).build())
            .replace(
                Items.builder()
                    .addSkill(
                        Skill.builder()
                            .id(SkillId.of("cobol"))
                            .name("COBOL")
                            .category(CategoryId.of("languages"))
                            .build())
                    .build())
            .addRemove(SkillId.of("fortran"))
            .addPatch(
                Patch.builder()
                    .target(SkillId.of("go"))
                    .putText(Patch.TextField.SUMMARY, "x")
                    .addNewIndicator("y")
                    .build())
            .addPatch(
                Patch.builder()
                    .target(SENIOR)
                    .addRequirementChange(
                        new Patch.RequirementChange(
                            TERRAFORM,
                            Optional.empty(),
                            Optional.of(Importance.OPTIONAL),
                            OptionalDouble.empty(),
                            Optional.empty()))
                    .build())
            .addPatch(Patch.builder().target(RoleId.of("cto")).build())
            .build();

    ValidationException e =
        catchThrowableOfType(ValidationException.class, () -> Overlays.apply(base, List.of(wrong)));

    assertThat(e).hasMessageStartingWith("invalid overlay 'acme': 7 problems");
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly(
            "remove.skills[0]",
            "replace.skills[0].id",
            "add.skills[0].id",
            "patch.skills.go.summary",
            "patch.skills.go.addIndicators",
            "patch.roles.senior-platform-engineer.requirements" + ".terraform",
            "patch.roles.cto");
  }

  @Test
  void aPatchGivesARoleANextCareerStepOnceAndOnlyARole() {
    Role principal =
        base.get(RoleId.of("staff-platform-engineer"))
            .withId(RoleId.of("principal-platform-engineer"))
            .withTitle("Principal Platform Engineer")
            .withLevel(LevelId.of("principal"));
    Overlay ladder =
        Overlay.builder()
            .id(ACME)
            .base(base.id())
            .add(
                Items.builder()
                    .addLevel(
                        Level.builder()
                            .id(LevelId.of("principal"))
                            .name("Principal")
                            .rank(5)
                            .build())
                    .addRole(principal)
                    .build())
            .addPatch(
                Patch.builder()
                    .target(RoleId.of("staff-platform-engineer"))
                    .addNewProgression(principal.id())
                    .addNewProgression(principal.id())
                    .build())
            .build();

    Catalogue changed = Overlays.apply(base, List.of(ladder)).catalogue();

    assertThat(changed.get(RoleId.of("staff-platform-engineer")).progressesTo())
        .containsExactly(principal.id());
    assertThat(changed.careerPath(principal.id()))
        .extracting(Role::id)
        .containsExactly(
            RoleId.of("junior-platform-engineer"),
            SENIOR,
            RoleId.of("staff-platform-engineer"),
            principal.id());

    Overlay onASkill =
        Overlay.builder()
            .id(ACME)
            .base(base.id())
            .addPatch(Patch.builder().target(KUBERNETES).addNewProgression(SENIOR).build())
            .build();
    ValidationException e =
        catchThrowableOfType(
            ValidationException.class, () -> Overlays.apply(base, List.of(onASkill)));
    assertThat(e.problems())
        .extracting(Problem::path, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "patch.skills.kubernetes.addProgressesTo",
                "only a role can be patched with 'addProgressesTo'"));
  }

  @Test
  void problemsOfTheWholeCatalogueAreTracedToTheOverlay() {
    Overlay dangling =
        Overlay.builder()
            .id(ACME)
            .base(base.id())
            .add(
                Items.builder()
                    .addRole(base.get(SENIOR).withId(MID).withLevel(LevelId.of("principal")))
                    .build())
            .addRemove(KUBERNETES)
            .build();
    ValidationException e =
        catchThrowableOfType(
            ValidationException.class, () -> Overlays.apply(base, List.of(dangling)));
    assertThat(e.problems())
        .extracting(Problem::path)
        .contains("add.roles[0].level", "remove.skills[0]");
    assertThat(e.problems())
        .filteredOn(p -> p.path().equals("remove.skills[0]"))
        .allSatisfy(
            p ->
                assertThat(p.message())
                    .contains("unknown skill 'kubernetes'")
                    .contains("(in the catalogue at "));
  }

  @Test
  void anOverlayForAnotherCatalogueOrVersionIsRefused() {
    Overlay other = Overlay.builder().id(ACME).base(CatalogueId.of("sales")).build();
    assertThat(
            catchThrowableOfType(
                    ValidationException.class, () -> Overlays.apply(base, List.of(other)))
                .problems())
        .containsExactly(
            Problem.of(
                "base.catalogue",
                "this overlay applies to the catalogue 'sales', not " + "to 'platform-team'"));
    Overlay old =
        Overlay.builder().id(ACME).base(base.id()).addVersion("1.*").addVersion("2.0.0").build();
    assertThat(
            catchThrowableOfType(
                    ValidationException.class, () -> Overlays.apply(base, List.of(old)))
                .problems())
        .containsExactly(
            Problem.of(
                "base.versions",
                "this overlay applies to versions 1.*, 2.0.0 of "
                    + "'platform-team', not to 2.1.0"));
    assertThat(old.appliesTo("1.9")).isTrue();
    assertThat(old.appliesTo("2.0.1")).isFalse();
  }

  @Test
  void anOverlayThatContradictsItselfCannotBeBuilt() {
    Skill go =
        Skill.builder()
            .id(SkillId.of("go"))
            .name("Go")
            .category(CategoryId.of("languages"))
            .build();
    Overlay.Builder twice =
        Overlay.builder()
            .id(ACME)
            .base(base.id())
            .add(
                Items.builder()
                    .addRole(base.get(SENIOR).withId(MID))
                    .addSkills(go, go.withName("Golang"))
                    .addRole(base.get(SENIOR).withId(MID).withTitle("Again"))
                    .addLevel(Level.builder().id(LevelId.of("ground")).name("G").rank(0).build())
                    .addLevel(Level.builder().id(LevelId.of("below")).name("B").rank(-1).build())
                    .build())
            .replace(
                Items.builder()
                    .addSkills(base.get(KUBERNETES), base.get(KUBERNETES).withName("K8s"))
                    .addSkill(base.get(SkillId.of("go")))
                    .addProficiencies(
                        Proficiency.builder()
                            .id(ProficiencyId.of("expert"))
                            .name("Expert")
                            .rank(2)
                            .build(),
                        Proficiency.builder()
                            .id(ProficiencyId.of("working"))
                            .name("Working")
                            .rank(2)
                            .build())
                    .build())
            .addRemove(RoleId.of("engineering-manager"), KUBERNETES, KUBERNETES);

    ValidationException e = catchThrowableOfType(ValidationException.class, twice::build);

    assertThat(e).hasMessageStartingWith("invalid overlay 'acme': 8 problems");
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "replace.skills[1].id: this overlay replaces the skill 'kubernetes' twice; it is also"
                + " at replace.skills[0]",
            "add.skills[0].id: this overlay both replaces and adds the skill 'go' (it replaces it"
                + " at replace.skills[2]); give it once, under replace if the catalogue has it,"
                + " else under add",
            "add.skills[1].id: this overlay adds the skill 'go' twice; it is also at"
                + " add.skills[0]",
            "add.roles[1].id: this overlay adds the role 'platform-engineer' twice; it is also at"
                + " add.roles[0]",
            "replace.proficiencies[1].rank: rank 2 is also the rank of"
                + " replace.proficiencies[0]; ranks order the proficiency steps and must differ",
            "add.levels[0].rank: rank 0 must be at least 1",
            "add.levels[1].rank: rank -1 must be at least 1",
            "remove.skills[1]: this overlay removes the skill 'kubernetes' twice; it is also at"
                + " remove.skills[0]");
  }

  @Test
  void removalsArePointedAtByTheirPlaceInTheirSection() {
    Overlay overlay =
        Overlay.builder()
            .id(ACME)
            .base(base.id())
            .addRemove(KUBERNETES, RoleId.of("cto"), SkillId.of("cobol"))
            .build();
    ValidationException e =
        catchThrowableOfType(
            ValidationException.class, () -> Overlays.apply(base, List.of(overlay)));
    assertThat(e.problems())
        .extracting(Problem::path)
        .contains("remove.skills[1]", "remove.roles[0]")
        .doesNotContain("remove.roles[1]", "remove.skills[2]");
  }

  @Test
  void theDiffOfABaseAndItsOverlaysStatesRequirementsAsSteps() {
    Catalogue changed = Overlays.apply(base, List.of(acme(base))).catalogue();

    CatalogueDiff diff = CatalogueDiff.between(base, changed);

    assertThat(diff.changes())
        .extracting(c -> c.change() + " " + c.section() + "." + c.id())
        .containsExactly(
            "ADDED levels.mid",
            "CHANGED skills.kubernetes",
            "ADDED skills.terraform",
            "CHANGED roles.senior-platform-engineer",
            "ADDED roles.platform-engineer");
    assertThat(diff.changes().get(3).fields())
        .extracting(Object::toString)
        .containsExactly(
            "summary: Owns the platform and helps others grow. -> Runs ACME's platform.",
            "requirements.kubernetes.proficiency: practitioner -> expert");
    assertThat(diff.toString()).contains("~ roles.senior-platform-engineer\n    summary: ");
    assertThat(CatalogueDiff.between(base, base).isEmpty()).isTrue();
    assertThat(CatalogueDiff.between(changed, base).changes())
        .extracting(c -> c.change())
        .contains(CatalogueDiff.Change.REMOVED);
  }
}
