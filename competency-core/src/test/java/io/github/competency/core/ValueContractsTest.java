package io.github.competency.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** equals, hashCode, toString, null handling and unmodifiable collections of the model. */
class ValueContractsTest {

  private final Catalogue catalogue = Fixtures.platformTeam();

  @Test
  void equalValuesHaveEqualHashCodesAndDifferentValuesDiffer() {
    Catalogue again = Fixtures.platformTeam();
    assertThat(again).isNotSameAs(catalogue).isEqualTo(catalogue).hasSameHashCodeAs(catalogue);
    Catalogue changed = Catalogue.builder().from(catalogue).version("9.9.9").build();
    assertThat(changed).isNotEqualTo(catalogue);

    assertThat(SkillId.of("go"))
        .isEqualTo(SkillId.of("go"))
        .hasSameHashCodeAs(SkillId.of("go"))
        .isNotEqualTo(SkillId.of("java"));
    assertThat(Requirement.of(SkillId.of("go"), ProficiencyId.of("expert")))
        .isEqualTo(
            Requirement.builder()
                .skill(SkillId.of("go"))
                .proficiency(ProficiencyId.of("expert"))
                .importance(Importance.ESSENTIAL)
                .build());
    assertThat(Problem.of("a", "b").withPosition(1, 2)).isEqualTo(Problem.of("a", "b", 1, 2));
  }

  @Test
  void toStringIsShortAndNamesTheValue() {
    assertThat(catalogue.toString())
        .isEqualTo(
            "Catalogue[platform-team 2.1.0: 4 proficiencies,"
                + " 3 levels, 0 families, 3 categories, 5 skills, 3 responsibilities, 4 roles]");
    assertThat(SkillId.of("go")).hasToString("go");
    assertThat(catalogue.get(SkillId.of("go")).toString()).contains("go").contains("Go");
    assertThat(Problem.of("roles[0].level", "unknown level 'x'", 4, 9))
        .hasToString("roles[0].level: unknown level 'x' (line 4, column 9)");
    assertThat(Importance.OPTIONAL.label()).isEqualTo("optional");
  }

  @Test
  void buildersAndFactoriesRefuseNulls() {
    assertThatThrownBy(() -> Skill.builder().name(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> Role.builder().addProgressesTo((RoleId) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SkillId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("skill id");
    assertThatThrownBy(() -> catalogue.get(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Reference.of(null, "PROG")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aBuilderMissingARequiredValueSaysWhich() {
    assertThatThrownBy(() -> Level.builder().id(LevelId.of("x")).name("X").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rank");
  }

  @Test
  void collectionsReturnedRefuseEveryChangeEmptyAndSingleOnesIncluded() {
    Skill skill = catalogue.get(SkillId.of("incident-response"));
    Role role = catalogue.get(RoleId.of("senior-platform-engineer"));
    Skill bare =
        Skill.builder().id(SkillId.of("bare")).name("Bare").category(CategoryId.of("c")).build();
    Skill single =
        Skill.builder()
            .from(bare)
            .addAlias("one")
            .addDefinedAt(ProficiencyId.of("x"))
            .putBehaviour(ProficiencyId.of("x"), "y")
            .build();
    List<List<?>> lists =
        List.of(
            catalogue.skills(),
            catalogue.roles(),
            catalogue.levels(),
            catalogue.families(),
            catalogue.scale(),
            catalogue.ladder(),
            skill.aliases(),
            role.requirements(),
            role.progressesTo(),
            catalogue.rolesAt(LevelId.of("staff")),
            catalogue.careerPath(role.id()),
            catalogue.nextSteps(role.id()),
            catalogue.previousSteps(role.id()),
            catalogue.responsibilitiesOf(role.id()),
            catalogue.searchSkills("go"),
            catalogue.searchSkills("nothing-like-it"),
            catalogue.skillsIn(CategoryId.of("operations")),
            bare.aliases(),
            bare.references(),
            single.aliases());
    for (List<?> list : lists) {
      @SuppressWarnings("unchecked")
      List<Object> objects = (List<Object>) list;
      refused(() -> objects.add(new Object()));
      refused(objects::clear);
      refused(() -> objects.sort(null));
      refused(() -> objects.removeIf(x -> true));
      refused(() -> objects.replaceAll(x -> x));
      refused(() -> objects.remove(0));
    }
    for (Set<ProficiencyId> set :
        List.of(skill.definedAt(), bare.definedAt(), single.definedAt())) {
      refused(() -> set.add(ProficiencyId.of("z")));
      refused(set::clear);
      refused(() -> set.removeIf(x -> true));
    }
    for (Map<ProficiencyId, String> map :
        List.of(skill.behaviours(), bare.behaviours(), single.behaviours())) {
      refused(() -> map.put(ProficiencyId.of("z"), "y"));
      refused(map::clear);
      refused(() -> map.replaceAll((k, v) -> v));
      refused(() -> map.remove(ProficiencyId.of("x")));
    }
  }

  private static void refused(ThrowingCallable change) {
    assertThatThrownBy(change).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aBuilderCopiesItsInputSoLaterChangesDoNotLeakIn() {
    List<String> aliases = new ArrayList<>(List.of("a"));
    Skill skill =
        Skill.builder()
            .id(SkillId.of("s"))
            .name("S")
            .category(CategoryId.of("c"))
            .aliases(aliases)
            .build();
    aliases.add("b");
    assertThat(skill.aliases()).containsExactly("a");
  }

  @Test
  void theLanguageIsALocale() {
    assertThat(catalogue.language()).isEqualTo(Locale.forLanguageTag("en-GB"));
  }

  @Test
  void anInvalidCatalogueExceptionNeedsAProblem() {
    assertThatThrownBy(() -> new InvalidCatalogueException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
