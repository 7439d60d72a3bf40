package io.github.competency.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.core.internal.json.Field;
import io.github.competency.core.internal.json.Shape;
import io.github.competency.core.internal.json.Shapes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped JSON Schema and the tables the reader and writer run from describe the same
 * format: the same fields in the same order, the same required set, the same JSON types. So
 * the schema, the reader and the writer cannot drift apart.
 */
class SchemaMatchesTablesTest {

  private static final JsonNode SCHEMA =
      JsonMapper.builder().build().readTree(CatalogueJson.schema());
  private static final JsonNode TRANSLATION_SCHEMA =
      JsonMapper.builder().build().readTree(TranslationJson.schema());
  private static final JsonNode PROFILE_SCHEMA =
      JsonMapper.builder().build().readTree(ProfileJson.schema());

  private static final JsonNode ASSESSMENT_SCHEMA =
      JsonMapper.builder().build().readTree(AssessmentJson.schema());

  /** The same for the assessment format: the document and each result a host writes alone. */
  private static final Map<Shape<?, ?>, JsonNode> ASSESSMENT_PAIRS = new LinkedHashMap<>();

  /** The same for the profile format. */
  private static final Map<Shape<?, ?>, JsonNode> PROFILE_PAIRS = new LinkedHashMap<>();

  /** Each table and the schema's definition of the same object. */
  private static final Map<Shape<?, ?>, JsonNode> PAIRS = new LinkedHashMap<>();

  /** The same for the translation format. */
  private static final Map<Shape<?, ?>, JsonNode> TRANSLATION_PAIRS = new LinkedHashMap<>();

  static {
    ASSESSMENT_PAIRS.put(AssessmentShapes.ASSESSMENT, ASSESSMENT_SCHEMA);
    ASSESSMENT_PAIRS.put(AssessmentShapes.REQUIREMENT_RESULT, assessment("requirementResult"));
    ASSESSMENT_PAIRS.put(AssessmentShapes.GROUP_RESULT, assessment("groupResult"));
    ASSESSMENT_PAIRS.put(AssessmentShapes.GROUP_CHANGE, assessment("groupChange"));
    ASSESSMENT_PAIRS.put(AssessmentShapes.GROUP_COVERAGE, assessment("groupCoverage"));
    ASSESSMENT_PAIRS.put(AssessmentShapes.SET_ASIDE, assessment("setAside"));
    ASSESSMENT_PAIRS.put(AssessmentShapes.RANKING, assessment("ranking"));
    ASSESSMENT_PAIRS.put(AssessmentShapes.HELPERS, assessment("helpers"));
    ASSESSMENT_PAIRS.put(AssessmentShapes.PROFILE_CHECK, assessment("profileCheck"));
    ASSESSMENT_PAIRS.put(ProblemShape.PROBLEM, assessment("problem"));
    ASSESSMENT_PAIRS.put(Shapes.GROUP, assessment("group"));
    ASSESSMENT_PAIRS.put(Shapes.OPTION, assessment("option"));
    ASSESSMENT_PAIRS.put(
        AssessmentShapes.RESPONSIBILITY_RESULT, assessment("responsibilityResult"));
    ASSESSMENT_PAIRS.put(AssessmentShapes.GAP_REPORT, assessment("gapReport"));
    ASSESSMENT_PAIRS.put(AssessmentShapes.DISAGREEMENT, assessment("disagreement"));
    ASSESSMENT_PAIRS.put(AssessmentShapes.AGREEMENT, assessment("agreement"));
    ASSESSMENT_PAIRS.put(AssessmentShapes.NEXT_STEP, assessment("nextStep"));
    ASSESSMENT_PAIRS.put(AssessmentShapes.REQUIREMENT_CHANGE, assessment("requirementChange"));
    ASSESSMENT_PAIRS.put(AssessmentShapes.PROGRESSION, assessment("progression"));
    ASSESSMENT_PAIRS.put(AssessmentShapes.REQUIREMENT_COVERAGE, assessment("requirementCoverage"));
    ASSESSMENT_PAIRS.put(AssessmentShapes.TEAM_COVERAGE, assessment("teamCoverage"));
    ASSESSMENT_PAIRS.put(AssessmentShapes.PROFILE_SCORE, assessment("profileScore"));
    ASSESSMENT_PAIRS.put(AssessmentShapes.COMPACT_PROFILE, assessment("compactProfile"));
    ASSESSMENT_PAIRS.put(AssessmentShapes.RATING_RULE, assessment("ratingRule"));
    ASSESSMENT_PAIRS.put(Shapes.REQUIREMENT, assessment("requirement"));
    PROFILE_PAIRS.put(ProfileShapes.PROFILE, PROFILE_SCHEMA);
    PROFILE_PAIRS.put(ProfileShapes.RATING, PROFILE_SCHEMA.get("$defs").get("rating"));
    PROFILE_PAIRS.put(ProfileShapes.EVIDENCE, PROFILE_SCHEMA.get("$defs").get("evidence"));
    TRANSLATION_PAIRS.put(TranslationShapes.BUNDLE, TRANSLATION_SCHEMA);
    TRANSLATION_PAIRS.put(TranslationShapes.TEXT, translation("text"));
    TRANSLATION_PAIRS.put(TranslationShapes.CATALOGUE_TEXTS, translation("catalogueTexts"));
    TRANSLATION_PAIRS.put(TranslationShapes.PROFICIENCY, translation("proficiency"));
    TRANSLATION_PAIRS.put(TranslationShapes.LEVEL, translation("level"));
    TRANSLATION_PAIRS.put(TranslationShapes.FAMILY, translation("family"));
    TRANSLATION_PAIRS.put(TranslationShapes.CATEGORY, translation("category"));
    TRANSLATION_PAIRS.put(TranslationShapes.SKILL, translation("skill"));
    TRANSLATION_PAIRS.put(TranslationShapes.RESPONSIBILITY, translation("responsibility"));
    TRANSLATION_PAIRS.put(TranslationShapes.ROLE, translation("role"));
    PAIRS.put(Shapes.CATALOGUE, SCHEMA);
    PAIRS.put(Shapes.SOURCE, definition("source"));
    PAIRS.put(Shapes.REFERENCE, definition("reference"));
    PAIRS.put(Shapes.PROFICIENCY, definition("proficiency"));
    PAIRS.put(Shapes.LEVEL, definition("level"));
    PAIRS.put(Shapes.FAMILY, definition("family"));
    PAIRS.put(Shapes.CATEGORY, definition("category"));
    PAIRS.put(Shapes.SKILL, definition("skill"));
    PAIRS.put(Shapes.RESPONSIBILITY, definition("responsibility"));
    PAIRS.put(Shapes.REQUIREMENT, definition("requirement"));
    PAIRS.put(Shapes.OPTION, definition("option"));
    PAIRS.put(Shapes.GROUP, definition("group"));
    PAIRS.put(Shapes.ROLE, definition("role"));
  }

  @Test
  void everyTableHasADefinitionAndEveryDefinitionATable() {
    assertThat(PAIRS.keySet()).containsAll(Shapes.VALUES);
    List<String> described = new ArrayList<>();
    SCHEMA
        .get("$defs")
        .properties()
        .forEach(
            entry -> {
              if (entry.getValue().has("properties")) {
                described.add(entry.getKey());
              }
            });
    assertThat(described).hasSize(PAIRS.size() - 1);
  }

  @Test
  void everyResultHasADefinitionInTheAssessmentSchemaAndEveryDefinitionATable() {
    assertThat(ASSESSMENT_PAIRS.keySet()).containsAll(AssessmentShapes.RESULTS);
    List<String> described = new ArrayList<>();
    ASSESSMENT_SCHEMA
        .get("$defs")
        .properties()
        .forEach(
            entry -> {
              if (entry.getValue().has("properties")) {
                described.add(entry.getKey());
              }
            });
    // readiness and points are objects keyed by mode, written by their own kinds
    assertThat(described).hasSize(ASSESSMENT_PAIRS.size() - 1 + 2);
  }

  @Test
  void theSameFieldsInTheSameOrder() {
    both(
        (shape, definition) -> {
          List<String> properties = new ArrayList<>(definition.get("properties").propertyNames());
          assertThat(properties)
              .as(shape.noun())
              .containsExactlyElementsOf(shape.fields().stream().map(Field::name).toList());
          assertThat(definition.get("additionalProperties").asBoolean(true))
              .as(shape.noun())
              .isFalse();
        });
  }

  @Test
  void theSameRequiredFields() {
    both(
        (shape, definition) -> {
          List<String> required = new ArrayList<>();
          if (definition.has("required")) {
            definition.get("required").forEach(name -> required.add(name.asString()));
          }
          assertThat(required)
              .as(shape.noun())
              .containsExactlyElementsOf(
                  shape.fields().stream().filter(Field::required).map(Field::name).toList());
        });
  }

  @Test
  void theSameTypes() {
    PAIRS.forEach(
        (shape, definition) -> {
          for (Field<?, ?, ?> field : shape.fields()) {
            JsonNode property = resolve(SCHEMA, definition.get("properties").get(field.name()));
            assertThat(typeOf(property))
                .as(shape.noun() + "." + field.name())
                .isEqualTo(field.kind().schemaType());
          }
        });
    PROFILE_PAIRS.forEach(
        (shape, definition) -> {
          for (Field<?, ?, ?> field : shape.fields()) {
            JsonNode property =
                resolve(PROFILE_SCHEMA, definition.get("properties").get(field.name()));
            assertThat(typeOf(property))
                .as(shape.noun() + "." + field.name())
                .isEqualTo(field.kind().schemaType());
          }
        });
    ASSESSMENT_PAIRS.forEach(
        (shape, definition) -> {
          for (Field<?, ?, ?> field : shape.fields()) {
            JsonNode property =
                resolve(ASSESSMENT_SCHEMA, definition.get("properties").get(field.name()));
            assertThat(typeOf(property))
                .as(shape.noun() + "." + field.name())
                .isEqualTo(field.kind().schemaType());
          }
        });
    TRANSLATION_PAIRS.forEach(
        (shape, definition) -> {
          for (Field<?, ?, ?> field : shape.fields()) {
            JsonNode property =
                resolve(TRANSLATION_SCHEMA, definition.get("properties").get(field.name()));
            assertThat(typeOf(property))
                .as(shape.noun() + "." + field.name())
                .isEqualTo(field.kind().schemaType());
          }
        });
  }

  private static void both(BiConsumer<Shape<?, ?>, JsonNode> check) {
    PAIRS.forEach(check);
    TRANSLATION_PAIRS.forEach(check);
    PROFILE_PAIRS.forEach(check);
    ASSESSMENT_PAIRS.forEach(check);
  }

  private static JsonNode assessment(String name) {
    return ASSESSMENT_SCHEMA.get("$defs").get(name);
  }

  private static JsonNode definition(String name) {
    return SCHEMA.get("$defs").get(name);
  }

  private static JsonNode translation(String name) {
    return TRANSLATION_SCHEMA.get("$defs").get(name);
  }

  private static JsonNode resolve(JsonNode schema, JsonNode property) {
    JsonNode node = property;
    while (node.has("$ref")) {
      String ref = node.get("$ref").asString();
      node = schema.get("$defs").get(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return node;
  }

  /** The JSON type a property's schema allows: its type, or that of its const or enum. */
  private static String typeOf(JsonNode property) {
    if (property.has("type")) {
      return property.get("type").asString();
    }
    JsonNode example =
        property.has("const")
            ? property.get("const")
            : property.has("enum") ? property.get("enum").get(0) : null;
    if (example != null && example.isString()) {
      return "string";
    }
    return "unknown: " + property;
  }
}
