package io.github.competency.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Changed copies: with... on every value, and items put into or taken out of a catalogue. */
class CopiesTest {

  private static final RoleId SENIOR = RoleId.of("senior-platform-engineer");
  private static final SkillId KUBERNETES = SkillId.of("kubernetes");
  private static final ProficiencyId EXPERT = ProficiencyId.of("expert");

  private final Catalogue catalogue = Fixtures.platformTeam();

  @Test
  void aCompanysChangesTakeAFewLines() {
    Role senior = catalogue.get(SENIOR);
    Requirement kubernetes = senior.requirement(KUBERNETES).orElseThrow();
    Skill terraform =
        Skill.builder()
            .id(SkillId.of("terraform"))
            .name("Terraform")
            .category(CategoryId.of("operations"))
            .build();
    Role mid =
        catalogue
            .get(RoleId.of("junior-platform-engineer"))
            .withId(RoleId.of("platform-engineer"))
            .withTitle("Platform Engineer")
            .withLevel(LevelId.of("senior"))
            .withProgressesTo(List.of(SENIOR))
            .with(Requirement.of(terraform.id(), ProficiencyId.of("working")));

    Catalogue changed =
        catalogue.with(senior.with(kubernetes.withProficiency(EXPERT))).with(terraform).with(mid);

    assertThat(changed.get(SENIOR).requirement(KUBERNETES).orElseThrow().proficiency())
        .isEqualTo(EXPERT);
    assertThat(changed.get(SENIOR).requirements()).hasSameSizeAs(senior.requirements());
    assertThat(changed.skills()).endsWith(terraform).hasSize(catalogue.skills().size() + 1);
    assertThat(changed.roles()).endsWith(mid);
    assertThat(changed.rolesRequiring(terraform.id())).containsExactly(mid);
    assertThat(catalogue.get(SENIOR)).as("the original is untouched").isEqualTo(senior);
  }

  @Test
  void withPutsAnItemInPlaceOfTheOneWithItsId() {
    Skill go = catalogue.get(SkillId.of("go"));
    Catalogue renamed = catalogue.with(go.withName("Golang"));
    assertThat(renamed.skills().get(catalogue.skills().indexOf(go)).name()).isEqualTo("Golang");
    assertThat(renamed.skills()).hasSameSizeAs(catalogue.skills());
    assertThat(catalogue.with(go)).isEqualTo(catalogue);
  }

  @Test
  void withoutTakesAnItemOutAndTheWholeIsCheckedAgain() {
    Catalogue fewer = catalogue.without(RoleId.of("junior-platform-engineer"));
    assertThat(fewer.find(RoleId.of("junior-platform-engineer"))).isEmpty();
    assertThat(fewer.roles()).hasSize(catalogue.roles().size() - 1);
    assertThat(fewer.previousSteps(SENIOR)).isEmpty();
    assertThatThrownBy(() -> catalogue.without(RoleId.of("engineering-manager")))
        .as("the senior role still leads there")
        .isInstanceOf(InvalidCatalogueException.class)
        .hasMessageContaining("roles[1].progressesTo[1]: unknown role 'engineering-manager'");
    InvalidCatalogueException e =
        catchThrowableOfType(InvalidCatalogueException.class, () -> catalogue.without(KUBERNETES));
    assertThat(e.problems())
        .extracting(Problem::path)
        .isNotEmpty()
        .allMatch(path -> path.startsWith("roles[") || path.startsWith("responsibilities["));
    assertThatThrownBy(() -> catalogue.without(SkillId.of("cobol")))
        .isInstanceOf(UnknownIdException.class);
  }

  @Test
  void everyKindOfItemCanBePutAndTakenOut() {
    Catalogue declared =
        catalogue.withFamilies(
            List.of(
                Family.builder().id(FamilyId.of("platform")).name("Platform").build(),
                Family.builder().id(FamilyId.of("engineering-management")).name("EM").build()));
    Family family = Family.builder().id(FamilyId.of("data")).name("Data").build();
    assertThat(declared.with(family).without(family.id())).isEqualTo(declared);
    assertThatThrownBy(() -> catalogue.with(family))
        .as("declaring one family means all")
        .isInstanceOf(InvalidCatalogueException.class);
    Category category = Category.builder().id(CategoryId.of("data")).name("Data").build();
    assertThat(catalogue.with(category).without(category.id())).isEqualTo(catalogue);
    Level level = Level.builder().id(LevelId.of("principal")).name("Principal").rank(9).build();
    assertThat(catalogue.with(level).without(level.id())).isEqualTo(catalogue);
    Proficiency step =
        Proficiency.builder().id(ProficiencyId.of("master")).name("Master").rank(9).build();
    assertThat(catalogue.with(step).without(step.id())).isEqualTo(catalogue);
    Responsibility duty =
        Responsibility.builder()
            .id(ResponsibilityId.of("on-call"))
            .title("On call")
            .area("Operations")
            .build();
    assertThat(catalogue.with(duty).without(duty.id())).isEqualTo(catalogue);
  }

  @Test
  void rolesTakeAndDropOneRequirement() {
    Role senior = catalogue.get(SENIOR);
    Role without = senior.withoutRequirement(KUBERNETES);
    assertThat(without.requirement(KUBERNETES)).isEmpty();
    assertThat(without.requirements()).hasSize(senior.requirements().size() - 1);
    assertThat(without.withoutRequirement(KUBERNETES)).isSameAs(without);
    assertThat(without.with(senior.requirement(KUBERNETES).orElseThrow()).requirements())
        .containsExactlyInAnyOrderElementsOf(senior.requirements());
  }

  @Test
  void aChangedCopyThatBreaksTheCatalogueIsRefused() {
    assertThatThrownBy(() -> catalogue.withVersion(" "))
        .isInstanceOf(InvalidCatalogueException.class)
        .hasMessageContaining("version: must not be blank");
    assertThat(catalogue.withTitle("Platform").title()).isEqualTo("Platform");
  }
}
