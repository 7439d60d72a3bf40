package io.github.competency.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.competency.core.Role;
import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.GapReport;
import io.github.competency.core.assess.GroupResult;
import io.github.competency.core.assess.ProfileGenerator;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.core.assess.RequirementResult;
import io.github.competency.core.internal.json.Shape;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code competency-assessment/1} writer on generated catalogues and profiles: documents
 * valid by the shipped schema, the same bytes for the same input, numbers that are the gap
 * report's own, and every result a host mapper writes alone valid by its definition in the
 * schema.
 */
class AssessmentJsonProperties {

  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final JsonNode SCHEMA_TREE = TREES.readTree(AssessmentJson.schema());
  private static final Schema DOCUMENT = schema(SCHEMA_TREE.deepCopy());

  /** For each result type a host writes, the schema of its definition. */
  private static final Map<Class<?>, Schema> DEFINITIONS = new LinkedHashMap<>();

  static {
    for (Shape<?, Void> shape : AssessmentShapes.RESULTS) {
      String name = shape.type().getSimpleName();
      String definition = Character.toLowerCase(name.charAt(0)) + name.substring(1);
      assertThat(SCHEMA_TREE.get("$defs").has(definition)).as(definition).isTrue();
      ObjectNode only = TREES.createObjectNode();
      only.put("$schema", SCHEMA_TREE.get("$schema").asString());
      only.put("$id", SCHEMA_TREE.get("$id").asString() + ":" + definition);
      only.put("$ref", "#/$defs/" + definition);
      only.set("$defs", SCHEMA_TREE.get("$defs").deepCopy());
      DEFINITIONS.put(shape.type(), schema(only));
    }
  }

  private static Schema schema(JsonNode tree) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(tree.toString());
  }

  @Property(tries = 60)
  void everyDocumentIsValidDeterministicAndTheGapReportsOwnNumbers(
      @ForAll("scenarios") ProfileGenerator.Scenario scenario) {
    Assessor assessor = Assessor.of(scenario.catalogue);
    for (Role role : scenario.catalogue.roles()) {
      String json = AssessmentJson.defaults().toJson(assessor, scenario.profile, role.id());

      assertThat(DOCUMENT.validate(json, InputFormat.JSON)).as(json).isEmpty();
      assertThat(AssessmentJson.defaults().toJson(assessor, scenario.profile, role.id()))
          .isEqualTo(json);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      AssessmentJson.defaults().write(assessor, scenario.profile, role.id(), out);
      assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(json);
      assertThat(json).endsWith("}\n").doesNotContain("\r").doesNotContain("\t");

      JsonNode document = TREES.readTree(json);
      GapReport report = assessor.gaps(scenario.profile, role.id());
      assertThat(document.get("format").asString()).isEqualTo(AssessmentJson.FORMAT);
      assertThat(document.get("catalogueVersion").asString())
          .isEqualTo(scenario.catalogue.version());
      for (ReadinessMode mode : ReadinessMode.values()) {
        assertThat(document.get("readiness").get(AssessmentShapes.key(mode)).asDouble())
            .isEqualTo(report.readiness(mode));
      }
      assertThat(document.get("requirements")).hasSize(report.results().size());
      for (int i = 0; i < report.results().size(); i++) {
        RequirementResult result = report.results().get(i);
        JsonNode written = document.get("requirements").get(i);
        assertThat(written.get("skill").asString()).isEqualTo(result.requirement().skill().value());
        assertThat(written.get("status").asString()).isEqualTo(result.status().label());
        assertThat(written.get("points").get("proportional").get(0).asLong())
            .isEqualTo(result.points(ReadinessMode.PROPORTIONAL));
      }
      List<String> gaps = new ArrayList<>();
      document
          .get("gaps")
          .forEach(
              gap ->
                  gaps.add(
                      gap.has("group")
                          ? "group " + gap.get("group").asString()
                          : gap.get("skill").asString()));
      assertThat(gaps)
          .containsExactlyElementsOf(
              report.gaps().stream()
                  .map(
                      g ->
                          g instanceof GroupResult group
                              ? "group " + group.group().id().value()
                              : ((RequirementResult) g).requirement().skill().value())
                  .collect(Collectors.toList()));
      assertThat(document.get("groups")).hasSize(report.groups().size());
      for (int i = 0; i < report.groups().size(); i++) {
        GroupResult group = report.groups().get(i);
        JsonNode written = document.get("groups").get(i);
        assertThat(written.get("group").asString()).isEqualTo(group.group().id().value());
        assertThat(written.get("points").get("proportional").get(0).asLong())
            .isEqualTo(group.points(ReadinessMode.PROPORTIONAL));
        assertThat(written.get("options")).hasSize(group.options().size());
      }
      assertThat(document.get("warnings")).hasSize(report.warnings().size());
      assertThat(document.get("nextSteps"))
          .hasSize(
              scenario.profile.role().isPresent()
                  ? assessor.nextSteps(scenario.profile).size()
                  : 0);
    }
  }

  @Property(tries = 40)
  void everyResultAHostWritesIsValidByItsDefinition(
      @ForAll("scenarios") ProfileGenerator.Scenario scenario) {
    Map<Class<?>, List<Object>> samples = new LinkedHashMap<>();
    HostMapperCoverageTest.collect(
        HostMapperCoverageTest.roots(scenario, new Random(scenario.profile.hashCode())), samples);
    DEFINITIONS.forEach(
        (type, schema) -> {
          for (Object sample : samples.getOrDefault(type, List.of())) {
            for (JsonMapper host : HostMapperProperties.HOSTS) {
              String json = host.writeValueAsString(sample);
              assertThat(schema.validate(json, InputFormat.JSON))
                  .as(type.getSimpleName() + ": " + json)
                  .isEmpty();
            }
          }
        });
  }

  @Provide
  Arbitrary<ProfileGenerator.Scenario> scenarios() {
    return ProfileGenerator.scenarios();
  }
}
