package io.github.competency.seniorbackend;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Requirement;
import io.github.competency.core.Responsibility;
import io.github.competency.core.Role;
import io.github.competency.core.Skill;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Walks every skill, responsibility and role of the shipped catalogue (exhaustively). */
class ShippedCatalogueProperties {

  private static final Catalogue CATALOGUE = SeniorBackendEngineer.catalogue();

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everySkillIsRequiredOrExercised(@ForAll("skills") Skill skill) {
    boolean required = !CATALOGUE.rolesRequiring(skill.id()).isEmpty();
    boolean exercised = !CATALOGUE.responsibilitiesExercising(skill.id()).isEmpty();
    assertThat(required || exercised).as(skill.id().value()).isTrue();
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everySkillIsDescribedAndCitesTheArticle(@ForAll("skills") Skill skill) {
    assertThat(skill.description()).as(skill.id().value()).isNotBlank();
    assertThat(skill.source().flatMap(s -> s.section()))
        .as(skill.id().value()).hasValueSatisfying(section ->
            assertThat(ShippedCatalogueTest.ARTICLE_SECTIONS).contains(section));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everyResponsibilityHasIndicatorsAndSkills(
      @ForAll("responsibilities") Responsibility responsibility) {
    assertThat(responsibility.indicators()).as(responsibility.id().value()).isNotEmpty();
    assertThat(responsibility.skills()).as(responsibility.id().value()).isNotEmpty();
    assertThat(responsibility.description()).as(responsibility.id().value()).isNotBlank();
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everyResponsibilityBelongsToARole(
      @ForAll("responsibilities") Responsibility responsibility) {
    assertThat(CATALOGUE.roles()).as(responsibility.id().value())
        .anyMatch(role -> role.responsibilities().contains(responsibility.id()));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everyRoleIsFullyDescribed(@ForAll("roles") Role role) {
    assertThat(role.summary()).isNotBlank();
    assertThat(role.responsibilities()).isNotEmpty();
    assertThat(role.requirements()).isNotEmpty();
    assertThat(role.source()).isPresent();
    for (Requirement requirement : role.requirements()) {
      Skill skill = CATALOGUE.get(requirement.skill());
      assertThat(skill.isDefinedAt(requirement.proficiency())).isTrue();
    }
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void aRolesResponsibilitiesExerciseSkillsTheRoleRequires(@ForAll("roles") Role role) {
    for (Responsibility responsibility : CATALOGUE.responsibilitiesOf(role.id())) {
      assertThat(responsibility.skills()).as(role.id() + " / " + responsibility.id())
          .anyMatch(skill -> role.requirement(skill).isPresent());
    }
  }

  @Provide
  Arbitrary<Skill> skills() {
    return Arbitraries.of(CATALOGUE.skills());
  }

  @Provide
  Arbitrary<Responsibility> responsibilities() {
    return Arbitraries.of(CATALOGUE.responsibilities());
  }

  @Provide
  Arbitrary<Role> roles() {
    return Arbitraries.of(CATALOGUE.roles());
  }
}
