package io.github.competency.benchmarks;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueId;
import io.github.competency.core.Category;
import io.github.competency.core.CategoryId;
import io.github.competency.core.Family;
import io.github.competency.core.FamilyId;
import io.github.competency.core.Importance;
import io.github.competency.core.Level;
import io.github.competency.core.LevelId;
import io.github.competency.core.Proficiency;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.Requirement;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import java.util.List;
import java.util.Locale;

/**
 * A framework far larger than any shipped one, for reading benchmarks: 50,000 skills in 100
 * categories, each with a description and two aliases, one in fifty with behaviours at all four
 * steps of the scale; five levels, one family and 200 roles of 50 requirements each. The same
 * catalogue every time.
 */
final class LargeFramework {

  static final int SKILLS = 50_000;
  static final int CATEGORIES = 100;
  static final int ROLES = 200;
  static final int REQUIREMENTS = 50;

  private static final List<String> STEPS =
      List.of("awareness", "working", "practitioner", "expert");

  private LargeFramework() {}

  static Catalogue catalogue() {
    Catalogue.Builder catalogue =
        Catalogue.builder()
            .id(CatalogueId.of("large"))
            .version("1")
            .title("A large framework")
            .language(Locale.ENGLISH)
            .description("Many skills, for measuring how reading scales.");
    for (int i = 0; i < STEPS.size(); i++) {
      catalogue.addProficiency(
          Proficiency.builder()
              .id(ProficiencyId.of(STEPS.get(i)))
              .name("Step " + (i + 1))
              .rank(i + 1)
              .description("What step " + (i + 1) + " means for every skill.")
              .build());
    }
    for (int i = 1; i <= 5; i++) {
      catalogue.addLevel(
          Level.builder().id(LevelId.of("l" + i)).name("Level " + i).rank(i).build());
    }
    catalogue.addFamily(
        Family.builder().id(FamilyId.of("engineering")).name("Engineering").build());
    for (int i = 0; i < CATEGORIES; i++) {
      catalogue.addCategory(
          Category.builder()
              .id(CategoryId.of("category-" + i))
              .name("Category " + i)
              .description("Skills of group " + i + ".")
              .build());
    }
    for (int i = 0; i < SKILLS; i++) {
      Skill.Builder skill =
          Skill.builder()
              .id(SkillId.of("skill-" + i))
              .name("Skill number " + i)
              .category(CategoryId.of("category-" + (i % CATEGORIES)))
              .description("Applies technique " + i + " to production systems.")
              .aliases(List.of("s" + i, "technique " + i));
      if (i % 50 == 0) {
        for (String step : STEPS) {
          skill.putBehaviour(ProficiencyId.of(step), "At " + step + ", uses technique " + i + ".");
        }
      }
      catalogue.addSkill(skill.build());
    }
    for (int r = 0; r < ROLES; r++) {
      Role.Builder role =
          Role.builder()
              .id(RoleId.of("role-" + r))
              .title("Role " + r)
              .family(FamilyId.of("engineering"))
              .level(LevelId.of("l" + (1 + r % 5)))
              .summary("A role that needs fifty of the framework's skills.");
      for (int k = 0; k < REQUIREMENTS; k++) {
        role.addRequirement(
            Requirement.of(
                SkillId.of("skill-" + ((r * 250 + k) % SKILLS)),
                ProficiencyId.of(STEPS.get(k % STEPS.size())),
                k % 3 == 0 ? Importance.OPTIONAL : Importance.ESSENTIAL));
      }
      catalogue.addRole(role.build());
    }
    return catalogue.build();
  }
}
