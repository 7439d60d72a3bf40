package io.github.competency.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Example-based checks of validation on the frozen fixture, through the Java builders. */
class CatalogueValidationTest {

  private final Catalogue fixture = Fixtures.platformTeam();

  @Test
  void eachBreakageOfTheFixtureIsReportedAtItsPathWithAnActionableMessage() {
    for (Breakage breakage : Breakage.values()) {
      Breakage.Draft draft = new Breakage.Draft(fixture);
      String path = breakage.applyTo(draft);

      InvalidCatalogueException e =
          catchThrowableOfType(InvalidCatalogueException.class, draft::build);

      assertThat(e).as(breakage.name()).isNotNull();
      assertThat(e.problems()).as(breakage.name()).extracting(Problem::path).containsExactly(path);
      assertThat(e.problems().get(0).message()).as(breakage.name()).isNotBlank();
    }
  }

  @Test
  void messagesSayWhatIsWrongAndWhatIsKnown() {
    assertThat(messageOf(Breakage.UNKNOWN_CATEGORY))
        .isEqualTo("unknown category 'no-such-category'; known: languages, operations, people");
    assertThat(messageOf(Breakage.DUPLICATE_SKILL_ID))
        .isEqualTo("duplicate skill id 'go', first declared at skills[0]; ids must be unique");
    assertThat(messageOf(Breakage.SAME_LEVEL_RANK))
        .isEqualTo(
            "rank 1 is already taken by "
                + "'junior' (levels[0]); ranks order the career ladder and must differ");
    assertThat(messageOf(Breakage.UNDEFINED_STEP))
        .isEqualTo("skill 'broken-1' is not defined " + "at 'working'; it is defined at awareness");
    assertThat(messageOf(Breakage.CAREER_STEP_DOWN))
        .isEqualTo(
            "career step from 'broken-2' "
                + "(level 'staff', rank 4) to 'broken-1' (level 'junior', rank 1) goes down the ladder; "
                + "a career step leads to the same level or a higher one");
    assertThat(messageOf(Breakage.CAREER_CYCLE))
        .isEqualTo(
            "career step from 'broken-2' to "
                + "'broken-1' closes a cycle: broken-1 -> broken-2 -> broken-1; a career path must not "
                + "lead back to where it started");
    assertThat(messageOf(Breakage.BLANK_NAME)).isEqualTo("must not be blank");
    assertThat(messageOf(Breakage.BAD_WEIGHT))
        .isEqualTo("weight -1.5 must be a positive, finite number");
    assertThat(messageOf(Breakage.UNDECLARED_FAMILY))
        .isEqualTo(
            "unknown family "
                + "'no-such-family'; known: added, engineering-management, platform; a catalogue that declares families declares "
                + "every family its roles belong to");
    assertThat(messageOf(Breakage.BAD_SOURCE_DATE))
        .isEqualTo(
            "'2023-13' is not a date; write a"
                + " year, a month or a day in ISO 8601, such as '2023', '2023-05' or '2023-05-14'");
  }

  @Test
  void aRoleThatProgressesToItselfIsACycle() {
    Role senior = fixture.get(RoleId.of("senior-platform-engineer"));
    Role looping = Role.builder().from(senior).addProgressesTo(senior.id()).build();
    List<Role> roles =
        fixture.roles().stream()
            .map(r -> r.id().equals(senior.id()) ? looping : r)
            .collect(Collectors.toList());

    InvalidCatalogueException e =
        catchThrowableOfType(
            InvalidCatalogueException.class,
            () -> Catalogue.builder().from(fixture).roles(roles).build());

    assertThat(e.problems()).extracting(Problem::path).containsExactly("roles[1].progressesTo[2]");
    assertThat(e.problems().get(0).message())
        .contains("closes a cycle: " + "senior-platform-engineer -> senior-platform-engineer");
  }

  @Test
  void aCatalogueWithoutALanguageIsRefused() {
    InvalidCatalogueException e =
        catchThrowableOfType(
            InvalidCatalogueException.class,
            () -> Catalogue.builder().from(fixture).language(Locale.ROOT).build());
    assertThat(e.problems()).extracting(Problem::path).containsExactly("language");
  }

  @Test
  void aBehaviourAtAStepOutsideTheSkillsStepsIsRefused() {
    Skill incident = fixture.get(SkillId.of("incident-response"));
    Skill broken =
        Skill.builder()
            .from(incident)
            .putBehaviour(ProficiencyId.of("awareness"), "Knows incidents happen")
            .build();
    List<Skill> skills =
        fixture.skills().stream()
            .map(s -> s.id().equals(incident.id()) ? broken : s)
            .collect(Collectors.toList());

    InvalidCatalogueException e =
        catchThrowableOfType(
            InvalidCatalogueException.class,
            () -> Catalogue.builder().from(fixture).skills(skills).build());

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("skills[3].behaviours.awareness");
  }

  @Test
  void stepsAreListedInScaleOrderAndAnUnknownStepAtTheSamePathOnEveryRun() {
    Skill incident = fixture.get(SkillId.of("incident-response"));
    List<ProficiencyId> given = new ArrayList<>();
    for (String step : new String[] {"expert", "practitioner", "working"}) {
      given.add(ProficiencyId.of(step));
    }
    given.add(2, ProficiencyId.of("no-such-step"));
    Skill broken = Skill.builder().from(incident).definedAt(given).build();
    List<Skill> skills =
        fixture.skills().stream()
            .map(s -> s.id().equals(incident.id()) ? broken : s)
            .collect(Collectors.toList());
    List<Role> roles = new ArrayList<>();
    for (Role role : fixture.roles()) {
      List<Requirement> requirements = new ArrayList<>();
      for (Requirement r : role.requirements()) {
        requirements.add(
            r.skill().equals(incident.id()) ? r.withProficiency(ProficiencyId.of("awareness")) : r);
      }
      roles.add(role.withRequirements(requirements));
    }

    InvalidCatalogueException e =
        catchThrowableOfType(
            InvalidCatalogueException.class,
            () -> Catalogue.builder().from(fixture).skills(skills).roles(roles).build());

    assertThat(e.problems())
        .filteredOn(p -> p.message().startsWith("unknown proficiency 'no-such-step'"))
        .singleElement()
        .satisfies(p -> assertThat(p.path()).isEqualTo("skills[3].definedAt"));
    assertThat(e.problems())
        .filteredOn(p -> p.message().contains("is not defined at 'awareness'"))
        .isNotEmpty()
        .allSatisfy(
            p ->
                assertThat(p.message())
                    .endsWith("it is defined at working, practitioner, expert, no-such-step"));
  }

  @Test
  void everyBreakageIsReportedWhenAllAreAppliedAtOnce() {
    Breakage.Draft draft = new Breakage.Draft(fixture);
    List<String> expected = new ArrayList<>();
    for (Breakage breakage : Breakage.values()) {
      expected.add(breakage.applyTo(draft));
    }

    InvalidCatalogueException e =
        catchThrowableOfType(InvalidCatalogueException.class, draft::build);

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(e.getMessage()).startsWith("invalid catalogue: " + expected.size() + " problems");
  }

  private String messageOf(Breakage breakage) {
    Breakage.Draft draft = new Breakage.Draft(fixture);
    breakage.applyTo(draft);
    return catchThrowableOfType(InvalidCatalogueException.class, draft::build)
        .problems()
        .get(0)
        .message();
  }

  @Test
  void aRelativeWebAddressIsRefusedAsTheFormatWouldRefuseIt() {
    Skill go = fixture.get(SkillId.of("go"));
    Skill relative =
        go.withSource(Source.builder().uri(java.net.URI.create("docs/go.html")).build())
            .withReferences(
                List.of(
                    Reference.builder()
                        .scheme("sfia-9")
                        .code("PROG")
                        .uri(java.net.URI.create("prog"))
                        .build()));

    InvalidCatalogueException e =
        catchThrowableOfType(InvalidCatalogueException.class, () -> fixture.with(relative));

    assertThat(e.problems())
        .extracting(Problem::path, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "skills[0].references[0].uri",
                "'prog' is not an absolute URI; use one such as 'https://example.org/page'"),
            org.assertj.core.groups.Tuple.tuple(
                "skills[0].source.uri",
                "'docs/go.html' is not an absolute URI; use one such as"
                    + " 'https://example.org/page'"));
  }
}
