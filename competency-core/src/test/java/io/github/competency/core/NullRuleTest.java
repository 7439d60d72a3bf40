package io.github.competency.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.CompactProfile;
import io.github.competency.core.assess.CompiledRole;
import io.github.competency.core.assess.Evidence;
import io.github.competency.core.assess.GapReport;
import io.github.competency.core.assess.GroupResult;
import io.github.competency.core.assess.Profile;
import io.github.competency.core.assess.Progression;
import io.github.competency.core.assess.Ranker;
import io.github.competency.core.assess.RaterKind;
import io.github.competency.core.assess.Rating;
import io.github.competency.core.assess.RatingRule;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.core.assess.RequirementResult;
import io.github.competency.core.json.CatalogueJson;
import io.github.competency.core.json.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One null rule for the whole API: every public method given {@code null} for a parameter
 * throws a {@link NullPointerException} that names the parameter. Checked by calling each
 * public method of the API's entry types once per parameter, with {@code null} there and a
 * valid value everywhere else.
 */
class NullRuleTest {

  private static final Catalogue CATALOGUE = Fixtures.platformTeam();
  private static final Assessor ASSESSOR = Assessor.of(CATALOGUE);
  private static final Map<Class<?>, Supplier<Object>> SAMPLES = new HashMap<>();

  static {
    SAMPLES.put(String.class, () -> "go");
    SAMPLES.put(int.class, () -> 1);
    SAMPLES.put(Catalogue.class, () -> CATALOGUE);
    SAMPLES.put(SkillId.class, () -> SkillId.of("go"));
    SAMPLES.put(RoleId.class, () -> RoleId.of("senior-platform-engineer"));
    SAMPLES.put(LevelId.class, () -> LevelId.of("senior"));
    SAMPLES.put(ProficiencyId.class, () -> ProficiencyId.of("expert"));
    SAMPLES.put(CategoryId.class, () -> CategoryId.of("operations"));
    SAMPLES.put(ResponsibilityId.class, () -> ResponsibilityId.of("grow-engineers"));
    SAMPLES.put(FamilyId.class, () -> FamilyId.of("platform"));
    SAMPLES.put(CatalogueId.class, () -> CatalogueId.of("platform-team"));
    SAMPLES.put(GroupId.class, () -> GroupId.of("language"));
    SAMPLES.put(ItemId.class, () -> SkillId.of("go"));
    SAMPLES.put(Importance.class, () -> Importance.ESSENTIAL);
    SAMPLES.put(ReadLimits.class, ReadLimits::defaults);
    SAMPLES.put(Locale.class, () -> Locale.ENGLISH);
    SAMPLES.put(
        InputStream.class,
        () ->
            new ByteArrayInputStream(
                Fixtures.text(Fixtures.PLATFORM_TEAM).getBytes(StandardCharsets.UTF_8)));
    SAMPLES.put(OutputStream.class, ByteArrayOutputStream::new);
    SAMPLES.put(Path.class, () -> Path.of("src/test/resources/fixtures/platform-team.json"));
    SAMPLES.put(List.class, () -> List.of(Problem.of("$", "x")));
    SAMPLES.put(Iterable.class, List::of);
    SAMPLES.put(Map.class, Map::of);
    SAMPLES.put(URI.class, () -> URI.create("https://example.org/"));
    SAMPLES.put(Source.class, () -> Source.ofSection("Intro"));
    SAMPLES.put(
        Requirement.class, () -> Requirement.of(SkillId.of("go"), ProficiencyId.of("expert")));
    SAMPLES.put(Proficiency.class, () -> CATALOGUE.proficiencies().get(0));
    SAMPLES.put(Level.class, () -> CATALOGUE.levels().get(0));
    SAMPLES.put(Family.class, () -> Family.builder().id(FamilyId.of("f")).name("F").build());
    SAMPLES.put(Category.class, () -> CATALOGUE.categories().get(0));
    SAMPLES.put(Skill.class, () -> CATALOGUE.skills().get(0));
    SAMPLES.put(Responsibility.class, () -> CATALOGUE.responsibilities().get(0));
    SAMPLES.put(Role.class, () -> CATALOGUE.roles().get(0));
    SAMPLES.put(ChoiceGroup.class, NullRuleTest::group);
    // assessment
    SAMPLES.put(ProfileId.class, () -> ProfileId.of("sam"));
    SAMPLES.put(Profile.class, NullRuleTest::profile);
    SAMPLES.put(Stream.class, () -> Stream.of(profile()));
    SAMPLES.put(Rating.class, () -> profile().ratings().get(0));
    SAMPLES.put(RatingRule.class, RatingRule::defaults);
    SAMPLES.put(RaterKind.class, () -> RaterKind.MANAGER);
    SAMPLES.put(ReadinessMode.class, () -> ReadinessMode.PROPORTIONAL);
    SAMPLES.put(CompactProfile.class, () -> ASSESSOR.compact(profile()));
    SAMPLES.put(LocalDate.class, () -> LocalDate.of(2025, 3, 1));
    SAMPLES.put(Evidence.class, () -> Evidence.of("Wrote the runbook"));
  }

  /** The API's types and, for instance methods, the instance to call them on. */
  private static final Map<Class<?>, Object> TARGETS = new HashMap<>();

  static {
    TARGETS.put(Catalogue.class, CATALOGUE);
    TARGETS.put(Role.class, CATALOGUE.get(RoleId.of("senior-platform-engineer")));
    TARGETS.put(Skill.class, CATALOGUE.get(SkillId.of("go")));
    TARGETS.put(
        Requirement.class,
        CATALOGUE.get(RoleId.of("junior-platform-engineer")).requirements().get(0));
    TARGETS.put(ChoiceGroup.class, group());
    TARGETS.put(Reference.class, Reference.of("sfia-9", "PROG", 5));
    TARGETS.put(Source.class, Source.ofSection("Intro"));
    TARGETS.put(Problem.class, Problem.of("$", "x"));
    TARGETS.put(Catalogues.class, null);
    TARGETS.put(CatalogueJson.class, CatalogueJson.defaults());
    TARGETS.put(ReadLimits.class, ReadLimits.defaults());
    // assessment
    TARGETS.put(Assessor.class, ASSESSOR);
    TARGETS.put(Profile.class, profile());
    TARGETS.put(Rating.class, profile().ratings().get(0));
    TARGETS.put(Evidence.class, Evidence.of("Wrote the runbook"));
    TARGETS.put(RatingRule.class, RatingRule.defaults());
    TARGETS.put(GapReport.class, ASSESSOR.gaps(profile(), RoleId.of("senior-platform-engineer")));
    TARGETS.put(
        RequirementResult.class,
        ASSESSOR.gaps(profile(), RoleId.of("senior-platform-engineer")).results().get(0));
    TARGETS.put(
        Progression.class,
        ASSESSOR.progression(
            RoleId.of("junior-platform-engineer"), RoleId.of("senior-platform-engineer")));
    TARGETS.put(
        CompiledRole.class,
        ASSESSOR.compile(RoleId.of("senior-platform-engineer"), ReadinessMode.BINARY));
    TARGETS.put(CompactProfile.Builder.class, ASSESSOR.compactBuilder(ProfileId.of("lee")));
    TARGETS.put(
        Ranker.class,
        ASSESSOR.ranker(RoleId.of("senior-platform-engineer"), ReadinessMode.BINARY, 3));
    Role grouped =
        CATALOGUE
            .get(RoleId.of("senior-platform-engineer"))
            .withoutRequirement(SkillId.of("go"))
            .with(group());
    TARGETS.put(
        GroupResult.class,
        Assessor.of(CATALOGUE.with(grouped)).gaps(profile(), grouped.id()).groups().get(0));
  }

  private static Profile profile() {
    return Profile.builder()
        .id(ProfileId.of("sam"))
        .catalogue(CATALOGUE.id())
        .catalogueVersion(CATALOGUE.version())
        .assessedOn(LocalDate.of(2025, 3, 1))
        .addRating(Rating.of(SkillId.of("go"), ProficiencyId.of("working"), RaterKind.SELF))
        .build();
  }

  @Test
  void everyNullNamesItsParameter() throws Exception {
    List<String> checked = new ArrayList<>();
    for (Map.Entry<Class<?>, Object> target : TARGETS.entrySet()) {
      for (Method method : target.getKey().getMethods()) {
        if (method.getDeclaringClass() == Object.class
            || method.isSynthetic()
            || (!Modifier.isStatic(method.getModifiers()) && target.getValue() == null)
            || method.getName().equals("builder")
            || method.getName().equals("equals")) {
          continue;
        }
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i].getType().isPrimitive()) {
            continue;
          }
          Object[] arguments = new Object[parameters.length];
          for (int j = 0; j < parameters.length; j++) {
            Supplier<Object> sample = SAMPLES.get(parameters[j].getType());
            if (sample == null) {
              fail("no sample for " + parameters[j].getType() + " in " + method);
            }
            arguments[j] = i == j ? null : sample.get();
          }
          String where =
              target.getKey().getSimpleName()
                  + "."
                  + method.getName()
                  + "("
                  + parameters[i].getName()
                  + ")";
          try {
            method.invoke(
                Modifier.isStatic(method.getModifiers()) ? null : target.getValue(), arguments);
            fail(where + " accepted null");
          } catch (InvocationTargetException e) {
            assertThat(e.getCause()).as(where).isInstanceOf(NullPointerException.class);
            assertThat(e.getCause().getMessage()).as(where).isEqualTo(parameters[i].getName());
          }
          checked.add(where);
        }
      }
    }
    assertThat(checked)
        .hasSizeGreaterThanOrEqualTo(40)
        .contains(
            "Catalogue.compareProficiency(b)",
            "CatalogueJson.write(out)",
            "Catalogue.get(id)",
            "Reference.of(scheme)",
            "Catalogues.get(id)",
            "Assessor.gaps(profile)",
            "Assessor.rank(profiles)",
            "CompiledRole.readiness(profile)",
            "RequirementResult.points(mode)",
            "GroupResult.points(mode)",
            "Assessor.bestFit(family)",
            "Assessor.whoCanHelp(choice)",
            "Ranker.offer(profile)",
            "Profile.withRatings(ratings)",
            "Rating.withDate(date)",
            "Progression.applyToGroups(groups)",
            "Progression.applyTo(requirements)");
  }

  private static ChoiceGroup group() {
    return ChoiceGroup.of(
        GroupId.of("language"),
        "A language",
        1,
        Importance.ESSENTIAL,
        List.of(Requirement.of(SkillId.of("go"), ProficiencyId.of("expert"))));
  }
}
