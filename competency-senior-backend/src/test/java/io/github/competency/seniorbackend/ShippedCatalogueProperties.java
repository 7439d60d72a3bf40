package io.github.competency.seniorbackend;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.core.Catalogue;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.Requirement;
import io.github.competency.core.Responsibility;
import io.github.competency.core.Role;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Walks every skill, responsibility and role of the shipped catalogue (exhaustively). */
class ShippedCatalogueProperties {

  private static final Catalogue CATALOGUE = SeniorBackendEngineer.catalogue();

  /** Phrases of quotas a person could meet without doing the job well. */
  private static final List<String> QUOTAS =
      List.of(
          "at least",
          "per cent",
          "%",
          "each quarter",
          "every quarter",
          "per month",
          "per week",
          "per sprint",
          "number of");

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
        .as(skill.id().value())
        .hasValueSatisfying(
            section -> assertThat(ShippedCatalogueTest.ARTICLE_SECTIONS).contains(section));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everySkillSaysWhatAPersonDoesAtEachStepItIsDefinedAt(@ForAll("skills") Skill skill) {
    assertThat(skill.definedAt()).as(skill.id() + " names the steps it is defined at").isNotEmpty();
    assertThat(skill.behaviours().keySet())
        .as(skill.id() + " has a behaviour at each of them")
        .containsExactlyInAnyOrderElementsOf(skill.definedAt());
    assertThat(skill.behaviours().values())
        .as(skill.id().value())
        .allSatisfy(text -> assertThat(text).endsWith("."));
  }

  /**
   * Every practitioner and expert text names evidence a reviewer can ask for, and the catalogue
   * says so in the Javadoc of {@link SeniorBackendEngineer} and in the README.
   */
  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everyPractitionerAndExpertBehaviourNamesEvidence(@ForAll("skills") Skill skill) {
    for (String step : List.of("practitioner", "expert")) {
      String text = skill.behaviours().get(ProficiencyId.of(step));
      if (text == null) {
        continue;
      }
      String what = skill.id() + " at " + step;
      assertThat(text).as(what).contains(" Evidence: ");
      assertThat(text.substring(text.indexOf(" Evidence: ") + 11).split(" ").length)
          .as(what + ": the evidence is a concrete thing, not a word")
          .isGreaterThanOrEqualTo(4);
    }
  }

  /** Phrases that define a step by other people, which a reviewer cannot check in one person. */
  private static final List<String> MEASURED_BY_OTHERS =
      List.of(
          "others cannot",
          "others could not",
          "others get stuck",
          "others find",
          "sought out",
          "consult",
          "turn to",
          "nobody else",
          "no one else",
          "hold up as",
          "copies",
          "others follow",
          "are sent to");

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everyExpertTextCanBeCheckedInOnePerson(@ForAll("skills") Skill skill) {
    String text = skill.behaviours().get(ProficiencyId.of("expert"));
    if (text != null) {
      assertThat(MEASURED_BY_OTHERS)
          .as(skill.id() + ": " + text)
          .noneMatch(phrase -> text.toLowerCase(Locale.ROOT).contains(phrase));
    }
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void neighbouringStepsOfASkillReadDistinct(@ForAll("skills") Skill skill) {
    List<String> steps = List.copyOf(skill.behaviours().values());
    for (int i = 1; i < steps.size(); i++) {
      assertThat(IndicatorStepsTest.overlap(steps.get(i - 1), steps.get(i)))
          .as(skill.id() + " step " + i)
          .isLessThan(0.3);
    }
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everyRequirementAsksForAStepTheSkillIsDefinedAtAndDescribes(@ForAll("roles") Role role) {
    for (Requirement requirement : Ladder.all(role)) {
      Skill skill = CATALOGUE.get(requirement.skill());
      String what = role.id() + " / " + skill.id() + " at " + requirement.proficiency();
      assertThat(skill.isDefinedAt(requirement.proficiency())).as(what).isTrue();
      assertThat(skill.behaviours()).as(what).containsKey(requirement.proficiency());
    }
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everyResponsibilityHasIndicatorsAndSkills(
      @ForAll("responsibilities") Responsibility responsibility) {
    assertThat(responsibility.indicators()).as(responsibility.id().value()).isNotEmpty();
    assertThat(responsibility.skills()).as(responsibility.id().value()).isNotEmpty();
    assertThat(responsibility.description()).as(responsibility.id().value()).isNotBlank();
  }

  /**
   * An indicator says what the person does, so that a reviewer can credit it to them: it opens
   * with a verb in the third person ("Writes", "Reviews", "Can explain"), not with the state of a
   * system or a team, and sets no quota.
   */
  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everyIndicatorIsSomethingThePersonDoes(
      @ForAll("responsibilities") Responsibility responsibility) {
    for (String indicator : responsibility.indicators()) {
      String first = indicator.split(" ", 2)[0];
      String what = responsibility.id() + ": " + indicator;
      assertThat(first.equals("Can") || first.endsWith("s")).as(what).isTrue();
      assertThat(first)
          .as(what)
          .isNotIn(
              "Dashboards",
              "Services",
              "Systems",
              "Teams",
              "Alerts",
              "Queries",
              "Endpoints",
              "Releases",
              "Incidents");
      assertThat(QUOTAS)
          .as(what)
          .noneMatch(quota -> indicator.toLowerCase(Locale.ROOT).contains(quota));
    }
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everyResponsibilityBelongsToARole(
      @ForAll("responsibilities") Responsibility responsibility) {
    assertThat(CATALOGUE.roles())
        .as(responsibility.id().value())
        .anyMatch(role -> role.responsibilities().contains(responsibility.id()));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everyRoleIsFullyDescribed(@ForAll("roles") Role role) {
    assertThat(role.summary()).isNotBlank();
    assertThat(role.responsibilities()).isNotEmpty();
    assertThat(role.requirements()).isNotEmpty();
    assertThat(role.source()).isPresent();
    assertThat(CATALOGUE.find(role.family())).as(role.id().value()).isPresent();
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void aRoleRequiresEverySkillItsResponsibilitiesExercise(@ForAll("roles") Role role) {
    for (Responsibility responsibility : CATALOGUE.responsibilitiesOf(role.id())) {
      for (SkillId skill : responsibility.skills()) {
        assertThat(role.asksFor(skill))
            .as(role.id() + " / " + responsibility.id() + " / " + skill)
            .isTrue();
      }
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
