package io.github.competency.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Fixtures;
import io.github.competency.core.Importance;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Problem;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.Requirement;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import io.github.competency.core.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.CharArrayReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson module as a host application (a Spring Boot 4 service, say) uses it; each test
 * pins one statement of {@link CompetencyModule}'s documentation.
 */
class CompetencyModuleTest {

  private static final String FIXTURE = Fixtures.text(Fixtures.PLATFORM_TEAM);
  private static final JsonMapper HOST = JsonMapper.builder().findAndAddModules().build();
  private static final JsonMapper TREES = JsonMapper.builder().build();

  private final Catalogue catalogue = Fixtures.platformTeam();

  @Test
  void serviceLoaderFindsTheModuleWithTheProjectsVersion() {
    List<String> found =
        MapperBuilder.findModules().stream()
            .map(module -> module.getClass().getName())
            .collect(Collectors.toList());
    assertThat(found).contains(CompetencyModule.class.getName());
    assertThat(new CompetencyModule().version().isUnknownVersion()).isFalse();
    assertThat(new CompetencyModule().version().toString()).startsWith("0.1.0");
    assertThat(new CompetencyModule().version().getArtifactId()).isEqualTo("competency-core");
  }

  @Test
  void aControllerReturningARoleAnswersTheRolesJsonAndReadsItBack() {
    Role role = catalogue.get(RoleId.of("senior-platform-engineer"));

    String body = HOST.writeValueAsString(role);

    assertThat(body).isNotEqualTo("{}").startsWith("{\"id\":\"senior-platform-engineer\",");
    assertThat(HOST.readValue(body, Role.class)).isEqualTo(role);
    JsonNode inCatalogue =
        TREES.readTree(CatalogueJson.defaults().toJson(catalogue)).get("roles").get(1);
    assertThat(TREES.readTree(body))
        .as("the shape it has inside the catalogue format")
        .isEqualTo(inCatalogue);
  }

  @Test
  void listsOfValuesAndImportancesTravelToo() {
    List<Skill> skills = catalogue.skills();
    String json = HOST.writeValueAsString(skills);
    assertThat(json).doesNotContain("{}");
    assertThat(HOST.readValue(json, new TypeReference<List<Skill>>() {})).isEqualTo(skills);
    assertThat(HOST.writeValueAsString(Importance.OPTIONAL)).isEqualTo("\"optional\"");
    assertThat(HOST.readValue("\"essential\"", Importance.class)).isEqualTo(Importance.ESSENTIAL);
  }

  @Test
  void theCanonicalBytesComeFromCatalogueJsonAHostFollowsItsOwnIndentation() {
    String canonical = CatalogueJson.defaults().toJson(catalogue);
    String compact = HOST.writeValueAsString(catalogue);
    String indented =
        JsonMapper.builder()
            .findAndAddModules()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build()
            .writeValueAsString(catalogue);
    assertThat(compact).doesNotContain("\n").isNotEqualTo(canonical);
    assertThat(indented).contains("\n").isNotEqualTo(canonical);
    assertThat(TREES.readTree(compact))
        .isEqualTo(TREES.readTree(canonical))
        .isEqualTo(TREES.readTree(indented));
  }

  @Test
  void idsTravelAsSlugsAlsoAsMapKeys() {
    Map<SkillId, ProficiencyId> ratings = Map.of(SkillId.of("go"), ProficiencyId.of("expert"));

    String json = HOST.writeValueAsString(ratings);
    assertThat(json).isEqualTo("{\"go\":\"expert\"}");
    Map<SkillId, ProficiencyId> read =
        HOST.readValue(json, new TypeReference<Map<SkillId, ProficiencyId>>() {});
    assertThat(read).isEqualTo(ratings);
    assertThat(
            HOST.readValue("[\"senior-platform-engineer\"]", new TypeReference<List<RoleId>>() {}))
        .containsExactly(RoleId.of("senior-platform-engineer"));
  }

  @Test
  void aMalformedIdIsOurExceptionNamingTheRule() {
    assertThatThrownBy(() -> HOST.readValue("\"Not A Slug\"", SkillId.class))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("not a valid skill id");
    assertThatThrownBy(() -> HOST.readValue("7", SkillId.class))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("expected a string, found a number");
    assertThatThrownBy(
            () ->
                HOST.readValue(
                    "{\"Bad\": \"expert\"}", new TypeReference<Map<SkillId, ProficiencyId>>() {}))
        .hasMessageContaining("not a valid skill id");
  }

  @Test
  void aValueReadAloneIsCheckedAsStrictlyAsInsideACatalogue() {
    ValidationException e =
        catchThrowableOfType(
            ValidationException.class,
            () ->
                HOST.readValue(
                    "{\"skill\": \"go\", \"proficiency\": \"Expert\", \"weight\": "
                        + "\"heavy\", \"colour\": 1, \"skill\": \"go\"}",
                    Requirement.class));
    assertThat(e.problems())
        .extracting(p -> p.path() + ": " + p.message())
        .containsExactly(
            "proficiency: 'Expert' is not a valid proficiency id: character 'E' at position 1 is "
                + "not allowed; ids are lowercase slugs: 1 to 64 characters of a-z and 0-9 in "
                + "groups joined by single hyphens, e.g. 'backend-engineer'",
            "weight: expected a number, found a string",
            "colour: unknown field 'colour' in a requirement; its fields are skill, proficiency, "
                + "importance, weight, note",
            "skill: field 'skill' appears more than once");
    assertThat(e.problems().get(0).line()).hasValue(1);
    assertThat(e).hasMessageStartingWith("invalid requirement: 4 problems");
    assertThatThrownBy(() -> HOST.readValue("{\"proficiency\": \"expert\"}", Requirement.class))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("missing required field 'skill' in a requirement");
  }

  @Test
  void anInvalidCatalogueIsCheckedAsAWholeWithPaths() {
    String broken = FIXTURE.replace("\"category\": \"people\"", "\"category\": \"persons\"");

    assertThatThrownBy(() -> HOST.readValue(broken, Catalogue.class))
        .isInstanceOf(InvalidCatalogueException.class)
        .hasMessageContaining("skills[4].category: unknown category 'persons'");
  }

  @Test
  void jsonNullWhereAValueIsExpectedIsRefusedNotAJavaNull() {
    assertThatThrownBy(() -> HOST.readValue("null", Catalogue.class))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("expected a catalogue (an object), found null");
    assertThatThrownBy(() -> HOST.readValue("null", Role.class))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> HOST.readValue("null", SkillId.class))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> HOST.readValue("[null]", new TypeReference<List<Role>>() {}))
        .as("nested in another value, Jackson wraps it")
        .isInstanceOf(DatabindException.class)
        .hasCauseInstanceOf(ValidationException.class);
  }

  @Test
  void documentsInOtherEncodingsThanUtf8AreRefused() {
    for (String charset : List.of("UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
      byte[] bytes = FIXTURE.getBytes(Charset.forName(charset));
      assertThatThrownBy(() -> HOST.readValue(new ByteArrayInputStream(bytes), Catalogue.class))
          .as(charset)
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("the document must be UTF-8");
      assertThatThrownBy(() -> HOST.readValue(bytes, Catalogue.class))
          .as(charset)
          .isInstanceOf(ValidationException.class);
    }
    // the documented gap: Jackson hands at most 8 KiB of UTF-16 over like a long String
    Role role = catalogue.roles().get(0);
    byte[] small = HOST.writeValueAsString(role).getBytes(StandardCharsets.UTF_16LE);
    assertThat(small.length).isLessThanOrEqualTo(8192);
    assertThat(HOST.readValue(small, Role.class)).isEqualTo(role);
    String large =
        FIXTURE.replace(
            "\"description\": \"A small", "\"description\": \"" + "x".repeat(40_000) + " A small");
    assertThat(large.length()).as("long enough for Jackson's StringReader").isGreaterThan(32_768);
    assertThat(HOST.readValue(large, Catalogue.class).description()).startsWith("xxx");
    assertThat(HOST.readValue(new CharArrayReader(FIXTURE.toCharArray()), Catalogue.class))
        .isEqualTo(catalogue);
    byte[] utf8 = FIXTURE.getBytes(StandardCharsets.UTF_8);
    assertThat(HOST.readValue(utf8, Catalogue.class)).isEqualTo(catalogue);
  }

  @Test
  void whatTheHostsOwnParserRaisesBeforeTheModuleSeesAnything() {
    assertThatThrownBy(() -> HOST.readValue("", Catalogue.class))
        .isInstanceOf(MismatchedInputException.class);
    assertThatThrownBy(() -> HOST.readValue(FIXTURE + " {}", Catalogue.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Trailing token");
    byte[] notUtf8 = {'"', (byte) 0xC3, '"'};
    assertThatThrownBy(() -> HOST.readValue(notUtf8, SkillId.class))
        .isInstanceOf(StreamReadException.class)
        .isInstanceOf(JacksonException.class);
  }

  @Test
  void valuesAreReadWithinTheReadLimitsWhateverTheHostsParserAllows() {
    String huge = "x".repeat(24 * 1024 * 1024);
    String skill = "{\"id\": \"go\", \"name\": \"" + huge + "\", \"category\": \"languages\"}";
    JsonMapper generous =
        JsonMapper.builder(
                JsonFactory.builder()
                    .streamReadConstraints(
                        StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                    .build())
            .addModule(new CompetencyModule())
            .build();

    ValidationException e =
        catchThrowableOfType(
            ValidationException.class, () -> generous.readValue(skill, Skill.class));
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "name: a string is longer than the limit of 1000000 characters"
                + " (ReadLimits.maxStringLength) (line 1, column 22)",
            "category: the value is larger than the limit of 16777216 bytes"
                + " (ReadLimits.maxDocumentBytes) (line 1, column 25165862)");
    assertThat(
            catchThrowableOfType(
                ValidationException.class,
                () -> generous.readValue(skill.getBytes(StandardCharsets.UTF_8), Skill.class)))
        .as("bytes as well as text")
        .isNotNull();

    CompetencyModule small =
        new CompetencyModule().withLimits(ReadLimits.defaults().withMaxDocumentBytes(2_000));
    assertThat(small.limits().maxDocumentBytes()).isEqualTo(2_000);
    JsonMapper strict = JsonMapper.builder().addModule(small).build();
    String json = HOST.writeValueAsString(catalogue);
    assertThat(json.length()).isGreaterThan(4_000);
    InvalidCatalogueException large =
        catchThrowableOfType(
            InvalidCatalogueException.class, () -> strict.readValue(json, Catalogue.class));
    assertThat(large.problems().get(large.problems().size() - 1).message())
        .isEqualTo(
            "the value is larger than the limit of 2000 bytes (ReadLimits.maxDocumentBytes)");
    String wrapped = "{\"skills\": [" + HOST.writeValueAsString(catalogue.skills().get(0)) + "]}";
    assertThat(
            strict
                .readValue(wrapped, new TypeReference<Map<String, List<Skill>>>() {})
                .get("skills"))
        .as("the limit is the value's own size, not its place in the host's document")
        .containsExactly(catalogue.skills().get(0));

    JsonMapper fewProblems =
        JsonMapper.builder()
            .addModule(new CompetencyModule().withLimits(ReadLimits.defaults().withMaxProblems(3)))
            .build();
    String broken = "{\"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4, \"e\": 5}";
    assertThat(
            catchThrowableOfType(
                    ValidationException.class, () -> fewProblems.readValue(broken, Skill.class))
                .problems())
        .hasSize(4)
        .last()
        .extracting(Problem::message)
        .isEqualTo("stopped reading after 3 problems");
  }
}
