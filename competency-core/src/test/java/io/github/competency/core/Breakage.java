package io.github.competency.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Ways to break a valid catalogue, each by appending elements (so that several can be applied
 * to one catalogue independently), each naming the one path the validator must report.
 */
public enum Breakage {
  DUPLICATE_SKILL_ID(
      (d, c) -> {
        d.skills.add(c.skills().get(0));
        return "skills[" + (d.skills.size() - 1) + "].id";
      }),
  DUPLICATE_ROLE_ID(
      (d, c) -> {
        d.roles.add(c.roles().get(0));
        return "roles[" + (d.roles.size() - 1) + "].id";
      }),
  SAME_PROFICIENCY_RANK(
      (d, c) -> {
        d.proficiencies.add(
            Proficiency.builder()
                .id(ProficiencyId.of(d.fresh()))
                .name("Again")
                .rank(c.proficiencies().get(0).rank())
                .build());
        return "proficiencies[" + (d.proficiencies.size() - 1) + "].rank";
      }),
  SAME_LEVEL_RANK(
      (d, c) -> {
        d.levels.add(
            Level.builder()
                .id(LevelId.of(d.fresh()))
                .name("Again")
                .rank(c.levels().get(0).rank())
                .build());
        return "levels[" + (d.levels.size() - 1) + "].rank";
      }),
  RANK_BELOW_ONE(
      (d, c) -> {
        d.levels.add(Level.builder().id(LevelId.of(d.fresh())).name("Ground").rank(0).build());
        return "levels[" + (d.levels.size() - 1) + "].rank";
      }),
  BLANK_NAME(
      (d, c) -> {
        d.categories.add(Category.builder().id(CategoryId.of(d.fresh())).name(" \t\u00a0").build());
        return "categories[" + (d.categories.size() - 1) + "].name";
      }),
  BLANK_INDICATOR(
      (d, c) -> {
        d.responsibilities.add(
            Responsibility.builder()
                .id(ResponsibilityId.of(d.fresh()))
                .title("Duty")
                .area("Area")
                .addIndicator("")
                .build());
        return "responsibilities[" + (d.responsibilities.size() - 1) + "].indicators[0]";
      }),
  UNKNOWN_CATEGORY(
      (d, c) -> {
        d.skills.add(
            Skill.builder()
                .id(SkillId.of(d.fresh()))
                .name("Orphan")
                .category(CategoryId.of("no-such-category"))
                .build());
        return "skills[" + (d.skills.size() - 1) + "].category";
      }),
  UNKNOWN_SKILL_IN_RESPONSIBILITY(
      (d, c) -> {
        d.responsibilities.add(
            Responsibility.builder()
                .id(ResponsibilityId.of(d.fresh()))
                .title("Duty")
                .area("Area")
                .addSkill(SkillId.of("no-such-skill"))
                .build());
        return "responsibilities[" + (d.responsibilities.size() - 1) + "].skills[0]";
      }),
  UNKNOWN_LEVEL(
      (d, c) -> {
        d.roles.add(d.role(LevelId.of("no-such-level")).build());
        return "roles[" + (d.roles.size() - 1) + "].level";
      }),
  UNKNOWN_RESPONSIBILITY(
      (d, c) -> {
        d.roles.add(
            d.role(c.levels().get(0).id())
                .addResponsibility(ResponsibilityId.of("no-such-duty"))
                .build());
        return "roles[" + (d.roles.size() - 1) + "].responsibilities[0]";
      }),
  UNKNOWN_SKILL_IN_REQUIREMENT(
      (d, c) -> {
        d.roles.add(
            d.role(c.levels().get(0).id())
                .addRequirement(
                    Requirement.of(SkillId.of("no-such-skill"), c.proficiencies().get(0).id()))
                .build());
        return "roles[" + (d.roles.size() - 1) + "].requirements[0].skill";
      }),
  UNKNOWN_PROFICIENCY(
      (d, c) -> {
        SkillId skill = d.freshSkill(c);
        d.roles.add(
            d.role(c.levels().get(0).id())
                .addRequirement(Requirement.of(skill, ProficiencyId.of("no-such-step")))
                .build());
        return "roles[" + (d.roles.size() - 1) + "].requirements[0].proficiency";
      }),
  UNKNOWN_ROLE(
      (d, c) -> {
        d.roles.add(
            d.role(c.levels().get(0).id()).addProgressesTo(RoleId.of("no-such-role")).build());
        return "roles[" + (d.roles.size() - 1) + "].progressesTo[0]";
      }),
  DUPLICATE_REQUIREMENT(
      (d, c) -> {
        SkillId skill = d.freshSkill(c);
        ProficiencyId step = c.proficiencies().get(0).id();
        d.roles.add(
            d.role(c.levels().get(0).id())
                .addRequirement(Requirement.of(skill, step))
                .addRequirement(Requirement.of(skill, step, Importance.OPTIONAL))
                .build());
        return "roles[" + (d.roles.size() - 1) + "].requirements[1].skill";
      }),
  BAD_WEIGHT(
      (d, c) -> {
        SkillId skill = d.freshSkill(c);
        d.roles.add(
            d.role(c.levels().get(0).id())
                .addRequirement(
                    Requirement.builder()
                        .skill(skill)
                        .proficiency(c.proficiencies().get(0).id())
                        .weight(-1.5)
                        .build())
                .build());
        return "roles[" + (d.roles.size() - 1) + "].requirements[0].weight";
      }),
  UNDEFINED_STEP(
      (d, c) -> {
        List<Proficiency> scale = new ArrayList<>(c.proficiencies());
        scale.sort(Comparator.comparingInt(Proficiency::rank));
        SkillId skill = SkillId.of(d.fresh());
        d.skills.add(
            Skill.builder()
                .id(skill)
                .name("Narrow")
                .category(c.categories().get(0).id())
                .addDefinedAt(scale.get(0).id())
                .build());
        d.roles.add(
            d.role(c.levels().get(0).id())
                .addRequirement(Requirement.of(skill, scale.get(1).id()))
                .build());
        return "roles[" + (d.roles.size() - 1) + "].requirements[0].proficiency";
      }),
  CAREER_STEP_DOWN(
      (d, c) -> {
        Level lowest = c.levels().stream().min(Comparator.comparingInt(Level::rank)).orElseThrow();
        Level highest = c.levels().stream().max(Comparator.comparingInt(Level::rank)).orElseThrow();
        Role low = d.role(lowest.id()).build();
        d.roles.add(low);
        d.roles.add(d.role(highest.id()).addProgressesTo(low.id()).build());
        return "roles[" + (d.roles.size() - 1) + "].progressesTo[0]";
      }),
  UNDECLARED_FAMILY(
      (d, c) -> {
        d.declareFamilies();
        d.roles.add(d.role(c.levels().get(0).id()).family(FamilyId.of("no-such-family")).build());
        return "roles[" + (d.roles.size() - 1) + "].family";
      }),
  DUPLICATE_FAMILY_ID(
      (d, c) -> {
        Family family = Family.builder().id(FamilyId.of(d.fresh())).name("Twice").build();
        d.declareFamilies();
        d.families.add(family);
        d.families.add(family);
        return "families[" + (d.families.size() - 1) + "].id";
      }),
  BAD_SOURCE_DATE(
      (d, c) -> {
        d.categories.add(Category.builder().id(CategoryId.of(d.fresh())).name("Dated").build());
        d.skills.add(
            Skill.builder()
                .id(SkillId.of(d.fresh()))
                .name("Dated")
                .category(d.categories.get(d.categories.size() - 1).id())
                .source(Source.builder().date("2023-13").build())
                .build());
        return "skills[" + (d.skills.size() - 1) + "].source.date";
      }),
  CAREER_CYCLE(
      (d, c) -> {
        RoleId first = RoleId.of(d.fresh());
        RoleId second = RoleId.of(d.fresh());
        LevelId level = c.levels().get(0).id();
        d.roles.add(d.role(level).id(first).title("First").addProgressesTo(second).build());
        d.roles.add(d.role(level).id(second).title("Second").addProgressesTo(first).build());
        return "roles[" + (d.roles.size() - 1) + "].progressesTo[0]";
      });

  private final BiFunction<Draft, Catalogue, String> apply;

  Breakage(BiFunction<Draft, Catalogue, String> apply) {
    this.apply = apply;
  }

  /** Applies the breakage to a draft of {@code original}; returns the path to be reported. */
  public String applyTo(Draft draft) {
    return apply.apply(draft, draft.original);
  }

  /** The lists of a catalogue, open to change, and a way to build them back. */
  public static final class Draft {
    /** The family of the roles a breakage adds; declared when the draft declares families. */
    static final FamilyId ADDED = FamilyId.of("added");

    final Catalogue original;
    final List<Proficiency> proficiencies;
    final List<Level> levels;
    final List<Family> families;
    final List<Category> categories;
    final List<Skill> skills;
    final List<Responsibility> responsibilities;
    final List<Role> roles;
    private int fresh;

    public Draft(Catalogue original) {
      this.original = original;
      proficiencies = new ArrayList<>(original.proficiencies());
      levels = new ArrayList<>(original.levels());
      families = new ArrayList<>(original.families());
      categories = new ArrayList<>(original.categories());
      skills = new ArrayList<>(original.skills());
      responsibilities = new ArrayList<>(original.responsibilities());
      roles = new ArrayList<>(original.roles());
    }

    String fresh() {
      return "broken-" + ++fresh;
    }

    Role.Builder role(LevelId level) {
      return Role.builder().id(RoleId.of(fresh())).title("Added").family(ADDED).level(level);
    }

    /** Declares the families of the original roles, unless the draft declares some already. */
    void declareFamilies() {
      if (families.isEmpty()) {
        original.roles().stream()
            .map(Role::family)
            .distinct()
            .forEach(id -> families.add(Family.builder().id(id).name("Family").build()));
      }
    }

    SkillId freshSkill(Catalogue c) {
      SkillId id = SkillId.of(fresh());
      skills.add(Skill.builder().id(id).name("Fresh").category(c.categories().get(0).id()).build());
      return id;
    }

    /** Builds the draft; throws if it is invalid. */
    public Catalogue build() {
      if (!families.isEmpty() && families.stream().noneMatch(f -> f.id().equals(ADDED))) {
        families.add(Family.builder().id(ADDED).name("Added roles").build());
      }
      return Catalogue.builder()
          .from(original)
          .proficiencies(proficiencies)
          .levels(levels)
          .families(families)
          .categories(categories)
          .skills(skills)
          .responsibilities(responsibilities)
          .roles(roles)
          .build();
    }
  }
}
