package io.github.competency.core.assess;

import static io.github.competency.core.assess.AssessorTest.CATALOGUE;
import static io.github.competency.core.assess.AssessorTest.GO;
import static io.github.competency.core.assess.AssessorTest.INCIDENTS;
import static io.github.competency.core.assess.AssessorTest.KUBERNETES;
import static io.github.competency.core.assess.AssessorTest.WORKING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CategoryId;
import io.github.competency.core.Problem;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.ProfileId;
import io.github.competency.core.RoleId;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import io.github.competency.core.json.ProfileJson;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checking profiles: problems and warnings apart, strictness, did-you-mean, ids from HR. */
class ProfileCheckTest {

  private static final Assessor ASSESSOR = Assessor.of(CATALOGUE);

  @Test
  void aRatingDatedAfterTheAssessmentIsAWarningAndStrictnessMakesItAProblem() {
    Profile late =
        AssessorTest.base("late")
            .addRating(AssessorTest.rating(GO, WORKING, RaterKind.MANAGER, "2025-03-02"))
            .build();
    ProfileCheck check = ASSESSOR.check(late);
    assertThat(check.valid()).isTrue();
    assertThat(check.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.path()).isEqualTo("ratings[0].date");
              assertThat(w.message()).contains("2025-03-02", "2025-03-01");
            });
    assertThat(ASSESSOR.gaps(late, AssessorTest.JUNIOR).warnings()).isEqualTo(check.warnings());

    Assessor strict = ASSESSOR.withStrictChecks(true);
    assertThat(strict.strictChecks()).isTrue();
    assertThat(ASSESSOR.strictChecks()).isFalse();
    assertThat(strict.check(late).problems()).isEqualTo(check.warnings());
    assertThat(strict.check(late).warnings()).isEmpty();
    InvalidProfileException e =
        catchThrowableOfType(
            InvalidProfileException.class, () -> strict.gaps(late, AssessorTest.JUNIOR));
    assertThat(e.problems()).extracting(Problem::path).containsExactly("ratings[0].date");
    // a strict ranking sets it aside
    assertThat(strict.rank(AssessorTest.JUNIOR, ReadinessMode.BINARY, List.of(late), 1).setAside())
        .singleElement()
        .satisfies(a -> assertThat(a.profile()).isEqualTo(late.id()));
  }

  @Test
  void aRatingAtAStepTheSkillIsNotDefinedAtIsScoredByItsPlaceOnTheScale() {
    // incident response is defined from working up; awareness is the step below working
    Profile profile =
        AssessorTest.base("aware")
            .addRating(Rating.of(INCIDENTS, AssessorTest.AWARENESS, RaterKind.MANAGER))
            .build();
    assertThat(ASSESSOR.check(profile).valid()).isTrue();
    RequirementResult incidents =
        ASSESSOR.gaps(profile, AssessorTest.SENIOR).result(INCIDENTS).orElseThrow();
    assertThat(incidents.status()).isEqualTo(RequirementStatus.BELOW);
    assertThat(incidents.shortfall()).isEqualTo(2); // practitioner is two steps up
    assertThat(incidents.points(ReadinessMode.PROPORTIONAL)).isZero(); // position 0 of 2
  }

  @Test
  void aMistypedSkillOrStepGetsADidYouMeanFromEveryKnownNameAndAlias() {
    Catalogue catalogue =
        CATALOGUE.with(
            Skill.builder()
                .id(SkillId.of("zookeeper"))
                .name("Apache ZooKeeper")
                .category(CategoryId.of("operations"))
                .addAlias("zk-coordination")
                .build());
    Assessor assessor = Assessor.of(catalogue);
    Profile profile =
        AssessorTest.base("typos")
            .catalogueVersion(catalogue.version())
            .addRating(Rating.of(SkillId.of("kubernets"), WORKING, RaterKind.SELF))
            .addRating(Rating.of(SkillId.of("zookeper"), WORKING, RaterKind.SELF))
            .addRating(Rating.of(SkillId.of("zk-coordinaton"), WORKING, RaterKind.SELF))
            .addRating(Rating.of(GO, ProficiencyId.of("practicioner"), RaterKind.SELF))
            .addRating(Rating.of(SkillId.of("cobol"), WORKING, RaterKind.SELF))
            .role(RoleId.of("senior-platform-enginer"))
            .build();
    List<Problem> problems = assessor.check(profile).problems();
    assertThat(problems)
        .extracting(Problem::path)
        .containsExactly(
            "role",
            "ratings[0].skill",
            "ratings[1].skill",
            "ratings[2].skill",
            "ratings[3].proficiency",
            "ratings[4].skill");
    assertThat(problems.get(0).message()).endsWith("did you mean 'senior-platform-engineer'?");
    assertThat(problems.get(1).message()).endsWith("did you mean 'kubernetes'?");
    // beyond any cut-off of an alphabetical list: the last skill, by id and by alias
    assertThat(problems.get(2).message()).endsWith("did you mean 'zookeeper'?");
    assertThat(problems.get(3).message()).endsWith("did you mean 'zookeeper'?");
    assertThat(problems.get(4).message())
        .contains("did you mean 'practitioner'?")
        .endsWith("(the scale: awareness, working, practitioner, expert)");
    assertThat(problems.get(5).message())
        .isEqualTo(
            "catalogue 'platform-team' has no skill 'cobol'; known: go, kubernetes,"
                + " observability, incident-response, mentoring, zookeeper");
  }

  @Test
  void employeeNumbersAreProfileIdsInJsonAndTheExceptionNamesTheProfile() {
    Profile profile =
        AssessorTest.base("x")
            .id(ProfileId.of("E10442"))
            .addRating(Rating.of(KUBERNETES, WORKING, RaterKind.PEER))
            .build();
    String json = ProfileJson.defaults().toJson(profile);
    assertThat(json).contains("\"id\": \"E10442\"");
    assertThat(ProfileJson.defaults().fromJson(json)).isEqualTo(profile);

    String broken = json.replace("\"kubernetes\"", "\"kubernets\"");
    InvalidProfileException e =
        catchThrowableOfType(
            InvalidProfileException.class,
            () ->
                ProfileJson.defaults()
                    .read(
                        new java.io.ByteArrayInputStream(
                            broken.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        ASSESSOR));
    assertThat(e.profile()).contains(ProfileId.of("E10442"));
    assertThat(e).hasMessageStartingWith("invalid profile 'E10442': 1 problem");
    assertThat(e.problems().get(0).line()).isPresent();
    InvalidProfileException unreadable =
        catchThrowableOfType(
            InvalidProfileException.class, () -> ProfileJson.defaults().fromJson("{"));
    assertThat(unreadable.profile()).isEmpty();
  }

  @Test
  void profilesRatingsAndEvidenceChangeByCopies() {
    Profile sam = AssessorTest.sam();
    Profile changed =
        sam.withId(ProfileId.of("E1"))
            .withName("Sam O.")
            .withRole(AssessorTest.SENIOR)
            .withAssessedOn(LocalDate.of(2026, 1, 1))
            .with(Rating.of(GO, AssessorTest.EXPERT, RaterKind.ASSESSMENT));
    assertThat(changed.id()).isEqualTo(ProfileId.of("E1"));
    assertThat(changed.name()).contains("Sam O.");
    assertThat(changed.role()).contains(AssessorTest.SENIOR);
    assertThat(changed.withoutRole().role()).isEmpty();
    assertThat(changed.ratings())
        .hasSize(sam.ratings().size() + 1)
        .endsWith(Rating.of(GO, AssessorTest.EXPERT, RaterKind.ASSESSMENT));
    assertThat(changed.withoutRatingsOf(GO).ratingsOf(GO)).isEmpty();
    assertThat(sam.withoutRatingsOf(SkillId.of("nothing"))).isSameAs(sam);
    assertThat(sam.withRatings(List.of()).ratings()).isEmpty();
    assertThat(sam.withCatalogue(CATALOGUE.id(), "9.9.9").catalogueVersion()).isEqualTo("9.9.9");
    assertThat(AssessorTest.sam()).as("the original is untouched").isEqualTo(sam);

    Rating rating = Rating.of(GO, WORKING, RaterKind.SELF);
    Rating dated =
        rating
            .withProficiency(AssessorTest.EXPERT)
            .withRater(RaterKind.PEER)
            .withDate(LocalDate.of(2025, 1, 2))
            .withEvidence(Evidence.of("Led the migration").withUri(URI.create("https://x.org/a")));
    assertThat(dated).hasToString("Rating[go expert by peer on 2025-01-02, with evidence]");
    assertThat(dated.evidence().orElseThrow().withText("Led it").text()).isEqualTo("Led it");
  }

  @Test
  void descriptionsShowWhatMattersAndNoInternals() {
    GapReport report = ASSESSOR.gaps(AssessorTest.sam(), AssessorTest.SENIOR);
    assertThat(report)
        .hasToString(
            "GapReport[sam for senior-platform-engineer: not ready, proportional 0.88, 1 gap"
                + " (1 essential), 0 warnings]");
    assertThat(report.results().get(0))
        .hasToString(
            "RequirementResult[go at practitioner, essential: below by 1 step, rated working by"
                + " manager]");
    assertThat(AssessorTest.sam())
        .hasToString(
            "Profile[sam Sam Okafor, platform-team 2.1.0, assessed 2025-03-01, 6 ratings]");
    assertThat(ASSESSOR.rank(AssessorTest.SENIOR, ReadinessMode.BINARY, List.of(), 3))
        .hasToString("Ranking[senior-platform-engineer, BINARY: top 0 of 0, 0 set aside]");
    assertThat(ASSESSOR.compile(AssessorTest.SENIOR, ReadinessMode.BINARY))
        .hasToString("CompiledRole[senior-platform-engineer, BINARY, 4 requirements, 0 groups]");
    for (Object value :
        List.of(
            report,
            report.results().get(0),
            ASSESSOR.progression(AssessorTest.JUNIOR, AssessorTest.SENIOR),
            ASSESSOR.coverage(AssessorTest.SENIOR, List.of()))) {
      assertThat(value.toString()).doesNotContain("Position", "unit", "weightUnits", "Order");
    }
  }
}
