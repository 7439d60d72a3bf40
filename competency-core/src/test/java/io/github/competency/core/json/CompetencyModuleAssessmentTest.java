package io.github.competency.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Fixtures;
import io.github.competency.core.Problem;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.ProfileId;
import io.github.competency.core.RoleId;
import io.github.competency.core.SkillId;
import io.github.competency.core.ValidationException;
import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.Evidence;
import io.github.competency.core.assess.GapReport;
import io.github.competency.core.assess.InvalidProfileException;
import io.github.competency.core.assess.Profile;
import io.github.competency.core.assess.RaterKind;
import io.github.competency.core.assess.Rating;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.core.assess.RequirementStatus;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Profiles and results of assessment through a host's mapper: a profile in the shape of its
 * own format and read as strictly as {@link ProfileJson} reads it, within the same limits; each
 * result in the shape it has in the {@code competency-assessment/1} document.
 */
class CompetencyModuleAssessmentTest {

  private static final JsonMapper HOST = JsonMapper.builder().findAndAddModules().build();
  private static final JsonMapper TREES = JsonMapper.builder().build();

  private final Catalogue catalogue = Fixtures.platformTeam();
  private final Assessor assessor = Assessor.of(catalogue);

  private Profile sam() {
    return Profile.builder()
        .id(ProfileId.of("sam"))
        .name("Sam Okafor")
        .catalogue(catalogue.id())
        .catalogueVersion(catalogue.version())
        .role(RoleId.of("junior-platform-engineer"))
        .assessedOn(LocalDate.parse("2025-03-01"))
        .addRatings(
            Rating.builder()
                .skill(SkillId.of("go"))
                .proficiency(ProficiencyId.of("expert"))
                .date(LocalDate.parse("2025-01-10"))
                .evidence(Evidence.of("Wrote the scheduler", URI.create("https://example.org/s")))
                .build(),
            Rating.of(SkillId.of("go"), ProficiencyId.of("working"), RaterKind.MANAGER),
            Rating.of(SkillId.of("kubernetes"), ProficiencyId.of("practitioner"), RaterKind.SELF))
        .build();
  }

  @Test
  void aProfileTravelsInTheShapeOfItsOwnFormatAndReadsBackEqual() {
    Profile sam = sam();

    String body = HOST.writeValueAsString(sam);

    assertThat(TREES.readTree(body)).isEqualTo(TREES.readTree(ProfileJson.defaults().toJson(sam)));
    assertThat(HOST.readValue(body, Profile.class)).isEqualTo(sam);
    Rating rating = sam.ratings().get(0);
    assertThat(HOST.readValue(HOST.writeValueAsString(rating), Rating.class)).isEqualTo(rating);
    Evidence evidence = rating.evidence().orElseThrow();
    assertThat(HOST.writeValueAsString(evidence))
        .isEqualTo("{\"text\":\"Wrote the scheduler\",\"uri\":\"https://example.org/s\"}");
    assertThat(HOST.readValue(HOST.writeValueAsString(evidence), Evidence.class))
        .isEqualTo(evidence);
    assertThat(HOST.readValue("[" + body + "]", new TypeReference<List<Profile>>() {}))
        .containsExactly(sam);
  }

  @Test
  void aProfileIsReadAsStrictlyAsByProfileJsonWithTheSameProblems() {
    String broken =
        ProfileJson.defaults()
            .toJson(sam())
            .replace("\"rater\": \"manager\"", "\"rater\": \"boss\"")
            .replace("\"assessedOn\": \"2025-03-01\"", "\"assessedOn\": \"2025-02-30\"")
            .replace("\"name\": \"Sam Okafor\"", "\"name\": \"Sam\", \"colour\": 1");

    InvalidProfileException host =
        catchThrowableOfType(
            InvalidProfileException.class, () -> HOST.readValue(broken, Profile.class));
    InvalidProfileException own =
        catchThrowableOfType(
            InvalidProfileException.class, () -> ProfileJson.defaults().fromJson(broken));

    assertThat(own.problems()).hasSize(3);
    assertThat(host.problems()).isEqualTo(own.problems());
    assertThat(host.problems().get(0).line()).isPresent();
  }

  @Test
  void aProfileReadByTheHostIsHeldToTheDefaultReadLimits() {
    String json = ProfileJson.defaults().toJson(sam());
    String longName =
        json.replace("Sam Okafor", "S".repeat(ReadLimits.DEFAULT_MAX_STRING_LENGTH + 1));
    // ratings whose evidence texts are each within the string limit, and all beyond the size
    ReadLimits small = ReadLimits.defaults().withMaxDocumentBytes(20_000).withMaxStringLength(900);
    JsonMapper limited =
        JsonMapper.builder().addModule(new CompetencyModule().withLimits(small)).build();
    StringBuilder ratings = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      ratings.append(
          "{\"skill\": \"go\", \"proficiency\": \"expert\", \"evidence\": {\"text\": \""
              + "e".repeat(800)
              + "\"}}, ");
    }
    String large = json.replaceFirst("\"ratings\": \\[", "\"ratings\": [" + ratings);
    String deep =
        json.replace(
            "\"name\": \"Sam Okafor\"",
            "\"deep\": " + "[".repeat(70) + "]".repeat(70) + ", \"name\": \"Sam\"");

    assertThat(messages(() -> HOST.readValue(longName, Profile.class)))
        .anyMatch(m -> m.endsWith("(ReadLimits.maxStringLength)"));
    assertThat(messages(() -> limited.readValue(large, Profile.class)))
        .anyMatch(m -> m.endsWith("(ReadLimits.maxDocumentBytes)"));
    assertThat(messages(() -> ProfileJson.defaults().withLimits(small).fromJson(large)))
        .anyMatch(m -> m.endsWith("(ReadLimits.maxDocumentBytes)"));
    // nesting beyond what the format has is refused too, where it stands
    assertThat(messages(() -> HOST.readValue(deep, Profile.class)))
        .anyMatch(m -> m.startsWith("unknown field 'deep'"));
  }

  private static List<String> messages(Runnable read) {
    InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class, read::run);
    assertThat(e).as("refused").isNotNull();
    return e.problems().stream().map(Problem::message).toList();
  }

  @Test
  void jsonNullWhereAProfileIsExpectedIsRefused() {
    assertThat(
            catchThrowableOfType(
                InvalidProfileException.class, () -> HOST.readValue("null", Profile.class)))
        .hasMessageContaining("expected a profile (an object), found null");
    assertThat(
            catchThrowableOfType(
                ValidationException.class, () -> HOST.readValue("\"boss\"", RaterKind.class)))
        .hasMessageContaining("'boss' is not a rater");
  }

  @Test
  void aGapReportIsWrittenAsTheFieldsItHasInTheAssessmentDocument() {
    Profile sam = sam();
    RoleId senior = RoleId.of("senior-platform-engineer");
    GapReport report = assessor.gaps(sam, senior);

    JsonNode alone = TREES.readTree(HOST.writeValueAsString(report));
    ObjectNode document =
        (ObjectNode) TREES.readTree(AssessmentJson.defaults().toJson(assessor, sam, senior));
    for (String part : List.of("format", "catalogue", "catalogueVersion", "disagreements")) {
      document.remove(part);
    }
    document.remove("nextSteps");

    assertThat(alone).isEqualTo(document);
    assertThat(alone.get("requirements").get(0).get("points").get("proportional").get(1).asLong())
        .isEqualTo(report.results().get(0).maxPoints(ReadinessMode.PROPORTIONAL));
    assertThat(
            TREES.readTree(HOST.writeValueAsString(assessor.agreement(sam))).get("disagreements"))
        .isEqualTo(
            TREES
                .readTree(AssessmentJson.defaults().toJson(assessor, sam, senior))
                .get("disagreements"));
  }

  @Test
  void rankingsCoverageAndProgressionsAreWrittenByIdAndStep() {
    RoleId senior = RoleId.of("senior-platform-engineer");
    assertThat(
            HOST.writeValueAsString(assessor.rank(senior, ReadinessMode.BINARY, List.of(sam()), 1)))
        .isEqualTo(
            "{\"role\":\"senior-platform-engineer\",\"mode\":\"binary\",\"ranked\":1,"
                + "\"top\":[{\"profile\":\"sam\",\"name\":\"Sam Okafor\",\"readiness\":0.25}],"
                + "\"setAside\":[]}");
    JsonNode coverage =
        TREES.readTree(HOST.writeValueAsString(assessor.coverage(senior, List.of(sam()))));
    assertThat(coverage.get("role").asString()).isEqualTo("senior-platform-engineer");
    assertThat(coverage.get("requirements").get(0).get("metBy")).isEmpty();
    assertThat(coverage.get("requirements").get(1).get("skill").asString()).isEqualTo("kubernetes");
    assertThat(coverage.get("requirements").get(1).get("metBy").get(0).asString()).isEqualTo("sam");
    assertThat(coverage.get("uncovered")).hasSize(3);
    JsonNode progression =
        TREES.readTree(
            HOST.writeValueAsString(
                assessor.progression(RoleId.of("junior-platform-engineer"), senior)));
    assertThat(progression.get("raised").get(0).get("skill").asString()).isEqualTo("go");
    assertThat(progression.get("raised").get(0).get("before").get("proficiency").asString())
        .isEqualTo("working");
    assertThat(progression.get("added")).hasSize(2);
  }

  @Test
  void aResultAskedForAsInputIsRefusedInTheLibrarysWords() {
    ValidationException e =
        catchThrowableOfType(
            ValidationException.class,
            () -> HOST.readValue("{\"profile\": \"sam\"}", GapReport.class));
    assertThat(e).hasMessageContaining("a gap report is written by the library, not read");
    assertThat(CompetencyModule.readTypes()).doesNotContain(GapReport.class);
  }

  @Test
  void enumsOfAssessmentAreWrittenByTheNamesTheFormatsUse() {
    assertThat(HOST.writeValueAsString(RaterKind.PEER)).isEqualTo("\"peer\"");
    assertThat(HOST.writeValueAsString(RequirementStatus.NOT_RATED)).isEqualTo("\"not-rated\"");
    assertThat(HOST.writeValueAsString(ReadinessMode.WEIGHTED_BINARY))
        .isEqualTo("\"weightedBinary\"");
    assertThat(HOST.readValue("\"weightedProportional\"", ReadinessMode.class))
        .isEqualTo(ReadinessMode.WEIGHTED_PROPORTIONAL);
  }
}
