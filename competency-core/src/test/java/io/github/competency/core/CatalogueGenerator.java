package io.github.competency.core;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generates valid catalogues of random size and shape: scales of 3 to 10 steps with scattered
 * ranks, 2 to 6 levels, skills defined at only some steps, branching career paths that only go
 * up, choice groups of one to four options needing one to all of them, optional weights
 * across the whole range of doubles, and texts drawn from many scripts,
 * including quotes, backslashes, control characters and characters outside the BMP.
 */
public final class CatalogueGenerator {

  private static final String[] LANGUAGES = {"en", "en-GB", "fr", "de-CH", "zh-Hans-CN", "pt-BR"};
  private static final int[][] TEXT_RANGES = {
    {'a', 'z'},
    {'A', 'Z'},
    {'0', '9'},
    {' ', '/'},
    {0xC0, 0xFF},
    {0x391, 0x3C9},
    {0x410, 0x44F},
    {0x4E00, 0x4E80},
    {0x1F600, 0x1F64F},
    {0x01, 0x1F},
    {0x2000, 0x200A}
  };

  private final Random random;

  private CatalogueGenerator(Random random) {
    this.random = random;
  }

  /** Valid catalogues. Shrinking is not offered; failures print the seed to replay. */
  public static Arbitrary<Catalogue> catalogues() {
    return Arbitraries.randomValue(random -> new CatalogueGenerator(random).catalogue());
  }

  /** Valid catalogues with at least one element of every kind and a role that requires skills. */
  public static Arbitrary<Catalogue> populatedCatalogues() {
    return catalogues()
        .filter(
            c ->
                !c.skills().isEmpty()
                    && !c.responsibilities().isEmpty()
                    && c.roles().stream().anyMatch(r -> !r.requirements().isEmpty()));
  }

  private Catalogue catalogue() {
    Catalogue.Builder catalogue =
        Catalogue.builder()
            .id(CatalogueId.of(slug("catalogue")))
            .version(random.nextInt(5) + "." + random.nextInt(20) + "." + random.nextInt(100))
            .title(name())
            .language(Locale.forLanguageTag(LANGUAGES[random.nextInt(LANGUAGES.length)]));
    if (random.nextBoolean()) {
      catalogue.description(text());
    }
    if (random.nextBoolean()) {
      catalogue.source(source());
    }

    List<Proficiency> scale = new ArrayList<>();
    List<Integer> ranks = distinctRanks(3 + random.nextInt(8));
    for (int i = 0; i < ranks.size(); i++) {
      Proficiency.Builder step =
          Proficiency.builder()
              .id(ProficiencyId.of(slug("step") + "-" + i))
              .name(name())
              .rank(ranks.get(i));
      if (random.nextBoolean()) {
        step.description(text());
      }
      scale.add(step.build());
    }
    catalogue.proficiencies(scale);

    List<Level> levels = new ArrayList<>();
    List<Integer> levelRanks = distinctRanks(2 + random.nextInt(5));
    for (int i = 0; i < levelRanks.size(); i++) {
      Level.Builder level =
          Level.builder()
              .id(LevelId.of(slug("level") + "-" + i))
              .name(name())
              .rank(levelRanks.get(i));
      if (random.nextBoolean()) {
        level.summary(text());
      }
      levels.add(level.build());
    }
    catalogue.levels(levels);

    List<Category> categories = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
      Category.Builder category =
          Category.builder().id(CategoryId.of(slug("category") + "-" + i)).name(name());
      if (random.nextBoolean()) {
        category.description(text());
      }
      categories.add(category.build());
    }
    catalogue.categories(categories);

    List<Skill> skills = new ArrayList<>();
    for (int i = 0, n = random.nextInt(13); i < n; i++) {
      skills.add(skill(i, categories, scale));
    }
    catalogue.skills(skills);

    List<Responsibility> responsibilities = new ArrayList<>();
    for (int i = 0, n = random.nextInt(7); i < n; i++) {
      Responsibility.Builder responsibility =
          Responsibility.builder()
              .id(ResponsibilityId.of(slug("duty") + "-" + i))
              .title(name())
              .area(name())
              .indicators(names(random.nextInt(4)));
      if (random.nextBoolean()) {
        responsibility.description(text());
      }
      for (Skill skill : pick(skills)) {
        responsibility.addSkill(skill.id());
      }
      if (random.nextInt(3) == 0) {
        responsibility.source(source());
      }
      responsibilities.add(responsibility.build());
    }
    catalogue.responsibilities(responsibilities);
    List<FamilyId> families = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      families.add(FamilyId.of(slug("family") + "-" + i));
    }
    if (random.nextBoolean()) { // declared families, sometimes one without roles
      for (FamilyId family : families) {
        Family.Builder declared = Family.builder().id(family).name(name());
        if (random.nextBoolean()) {
          declared.description(text());
        }
        catalogue.addFamily(declared.build());
      }
    }
    catalogue.roles(roles(levels, families, skills, responsibilities, scale));
    return catalogue.build();
  }

  private Skill skill(int index, List<Category> categories, List<Proficiency> scale) {
    Skill.Builder skill =
        Skill.builder()
            .id(SkillId.of(slug("skill") + "-" + index))
            .name(name())
            .category(categories.get(random.nextInt(categories.size())).id())
            .aliases(names(random.nextInt(3)));
    if (random.nextBoolean()) {
      skill.description(text());
    }
    List<ProficiencyId> steps = new ArrayList<>();
    scale.forEach(step -> steps.add(step.id()));
    if (random.nextInt(3) == 0) {
      List<ProficiencyId> defined = pick(steps);
      if (defined.isEmpty()) {
        defined = List.of(steps.get(0));
      }
      skill.definedAt(defined);
      steps.retainAll(defined);
    }
    for (ProficiencyId step : pick(steps)) {
      skill.putBehaviour(step, name());
    }
    for (int r = 0, n = random.nextInt(3); r < n; r++) {
      skill.addReference(reference());
    }
    if (random.nextInt(3) == 0) {
      skill.source(source());
    }
    return skill.build();
  }

  private List<Role> roles(
      List<Level> levels,
      List<FamilyId> families,
      List<Skill> skills,
      List<Responsibility> responsibilities,
      List<Proficiency> scale) {
    int count = random.nextInt(9);
    List<RoleId> ids = new ArrayList<>();
    List<Level> roleLevels = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(RoleId.of(slug("role") + "-" + i));
      roleLevels.add(levels.get(random.nextInt(levels.size())));
    }
    List<Role> roles = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Role.Builder role =
          Role.builder()
              .id(ids.get(i))
              .title(name())
              .family(families.get(random.nextInt(families.size())))
              .level(roleLevels.get(i).id())
              .collaborators(names(random.nextInt(3)));
      if (random.nextBoolean()) {
        role.summary(text());
      }
      for (Responsibility responsibility : pick(responsibilities)) {
        role.addResponsibility(responsibility.id());
      }
      List<Skill> required = new ArrayList<>(pick(skills));
      int groups = required.size() < 2 ? 0 : random.nextInt(3);
      for (int g = 0; g < groups && !required.isEmpty(); g++) {
        int size = 1 + random.nextInt(Math.min(4, required.size()));
        List<Requirement> options = new ArrayList<>();
        for (int k = 0; k < size; k++) {
          Skill skill = required.remove(random.nextInt(required.size()));
          Requirement.Builder option =
              Requirement.builder().skill(skill.id()).proficiency(step(skill, scale));
          if (random.nextInt(3) == 0) {
            option.note(name());
          }
          options.add(option.build());
        }
        ChoiceGroup.Builder group =
            ChoiceGroup.builder()
                .id(GroupId.of(slug("group") + "-" + g))
                .title(name())
                .atLeast(1 + random.nextInt(size))
                .importance(random.nextBoolean() ? Importance.ESSENTIAL : Importance.OPTIONAL)
                .options(options);
        if (random.nextBoolean()) {
          group.weight(weight());
        }
        if (random.nextInt(3) == 0) {
          group.note(name());
        }
        role.addGroup(group.build());
      }
      for (Skill skill : required) {
        Requirement.Builder requirement =
            Requirement.builder()
                .skill(skill.id())
                .proficiency(step(skill, scale))
                .importance(random.nextBoolean() ? Importance.ESSENTIAL : Importance.OPTIONAL);
        if (random.nextBoolean()) {
          requirement.weight(weight());
        }
        if (random.nextInt(3) == 0) {
          requirement.note(name());
        }
        role.addRequirement(requirement.build());
      }
      for (int j = 0; j < count; j++) {
        if (roleLevels.get(j).rank() > roleLevels.get(i).rank() && random.nextInt(3) == 0) {
          role.addProgressesTo(ids.get(j));
        }
      }
      for (int r = 0, n = random.nextInt(3); r < n; r++) {
        role.addReference(reference());
      }
      if (random.nextInt(3) == 0) {
        role.source(source());
      }
      roles.add(role.build());
    }
    return roles;
  }

  /** A step of the scale the skill is defined at. */
  private ProficiencyId step(Skill skill, List<Proficiency> scale) {
    List<Proficiency> allowed = new ArrayList<>();
    scale.stream().filter(step -> skill.isDefinedAt(step.id())).forEach(allowed::add);
    return allowed.get(random.nextInt(allowed.size())).id();
  }

  private double weight() {
    return switch (random.nextInt(4)) {
      case 0 -> 1 + random.nextInt(10);
      case 1 -> Double.MIN_VALUE * (1 + random.nextInt(1000));
      case 2 -> Double.MAX_VALUE / (1 + random.nextInt(1000));
      default -> random.nextDouble() * 100 + Double.MIN_NORMAL;
    };
  }

  private Reference reference() {
    Reference.Builder reference = Reference.builder().scheme(slug("scheme")).code(name());
    if (random.nextBoolean()) {
      reference.rank(1 + random.nextInt(7));
    }
    if (random.nextBoolean()) {
      reference.uri(URI.create("https://example.org/" + slug("ref")));
    }
    return reference.build();
  }

  private Source source() {
    Source.Builder source = Source.builder();
    if (random.nextBoolean()) {
      source.title(name());
    }
    if (random.nextBoolean()) {
      source.publisher(name());
    }
    if (random.nextBoolean()) {
      source.publisherKind(name());
    }
    if (random.nextBoolean()) {
      source.uri(URI.create("https://example.org/" + slug("doc") + "?q=" + random.nextInt(99)));
    }
    if (random.nextBoolean()) {
      String[] dates = {"2023", "1999-12", "2024-02-29", "0001-01-01"};
      source.date(dates[random.nextInt(dates.length)]);
    }
    if (random.nextBoolean()) {
      source.section(name());
    }
    return source.build();
  }

  private List<Integer> distinctRanks(int count) {
    Set<Integer> ranks = new LinkedHashSet<>();
    while (ranks.size() < count) {
      ranks.add(1 + random.nextInt(random.nextBoolean() ? 20 : Integer.MAX_VALUE - 1));
    }
    return new ArrayList<>(ranks);
  }

  private <T> List<T> pick(List<T> items) {
    List<T> picked = new ArrayList<>();
    for (T item : items) {
      if (random.nextInt(3) == 0) {
        picked.add(item);
      }
    }
    Collections.shuffle(picked, random);
    return picked;
  }

  private String slug(String prefix) {
    StringBuilder slug = new StringBuilder(prefix);
    for (int i = 0, n = random.nextInt(3); i < n; i++) {
      slug.append('-');
      for (int j = 0, m = 1 + random.nextInt(6); j < m; j++) {
        slug.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(random.nextInt(36)));
      }
    }
    return slug.toString();
  }

  private List<String> names(int count) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add(name());
    }
    return names;
  }

  /** A text that is not blank: it starts with a letter. */
  private String name() {
    return (char) ('A' + random.nextInt(26)) + text();
  }

  private String text() {
    StringBuilder text = new StringBuilder();
    for (int i = 0, n = random.nextInt(24); i < n; i++) {
      int[] range = TEXT_RANGES[random.nextInt(TEXT_RANGES.length)];
      text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
    }
    if (random.nextInt(10) == 0) {
      text.append("\"quoted\" \\ back\\slash\n");
    }
    return text.toString();
  }
}
