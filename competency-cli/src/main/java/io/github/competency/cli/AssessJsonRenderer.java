package io.github.competency.cli;

import io.github.competency.core.assess.Disagreement;
import io.github.competency.core.assess.NextStep;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.core.assess.RequirementResult;
import io.github.competency.core.assess.ResponsibilityResult;
import java.io.StringWriter;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * An assessment as JSON, format {@value #FORMAT}, in the project's deterministic style: every
 * requirement with the rating that decided it and its points in each readiness mode, so that
 * each score can be traced to what made it.
 */
final class AssessJsonRenderer {

  static final String FORMAT = "competency-assessment/1";

  private static final JsonMapper MAPPER = JsonRenderer.deterministicMapper();

  private AssessJsonRenderer() {}

  static String render(AssessmentReport report) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = MAPPER.createGenerator(text)) {
      out.writeStartObject();
      out.writeStringProperty("format", FORMAT);
      out.writeStringProperty("profile", report.profile.id().value());
      out.writeStringProperty("catalogue", report.catalogue.id().value());
      out.writeStringProperty("catalogueVersion", report.catalogue.version());
      out.writeStringProperty("role", report.role.id().value());
      out.writeName("readiness");
      out.writeStartObject();
      for (ReadinessMode mode : ReadinessMode.values()) {
        out.writeNumberProperty(key(mode), report.gaps.readiness(mode));
      }
      out.writeEndObject();
      out.writeBooleanProperty("ready", report.gaps.ready());
      out.writeNumberProperty("essentialGaps", report.gaps.essentialGaps());
      out.writeName("requirements");
      out.writeStartArray();
      for (RequirementResult result : report.gaps.results()) {
        out.writeStartObject();
        out.writeStringProperty("skill", result.requirement().skill().value());
        out.writeStringProperty("required", result.requirement().proficiency().value());
        out.writeStringProperty("importance", result.requirement().importance().label());
        if (result.rating().isPresent()) {
          out.writeStringProperty("rated", result.rating().get().proficiency().value());
          out.writeStringProperty("rater", result.rating().get().rater().label());
        }
        out.writeStringProperty("status", result.status().label());
        out.writeName("points");
        out.writeStartObject();
        for (ReadinessMode mode : ReadinessMode.values()) {
          out.writeName(key(mode));
          out.writeStartArray();
          out.writeNumber(result.points(mode));
          out.writeNumber(result.maxPoints(mode));
          out.writeEndArray();
        }
        out.writeEndObject();
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeName("gaps");
      out.writeStartArray();
      for (RequirementResult gap : report.gaps.gaps()) {
        out.writeString(gap.requirement().skill().value());
      }
      out.writeEndArray();
      out.writeName("responsibilitiesMet");
      out.writeStartArray();
      for (ResponsibilityResult result : report.gaps.responsibilities()) {
        if (result.met()) {
          out.writeString(result.responsibility().value());
        }
      }
      out.writeEndArray();
      out.writeName("disagreements");
      out.writeStartArray();
      for (Disagreement d : report.agreement.disagreements()) {
        out.writeStartObject();
        out.writeStringProperty("skill", d.skill().value());
        out.writeStringProperty("self", d.self().proficiency().value());
        out.writeStringProperty("other", d.other().proficiency().value());
        out.writeStringProperty("rater", d.other().rater().label());
        out.writeNumberProperty("steps", d.steps());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeName("nextSteps");
      out.writeStartArray();
      for (NextStep next : report.nextSteps) {
        out.writeStartObject();
        out.writeStringProperty("role", next.progression().toRole().value());
        out.writeNumberProperty("proportional", next.gaps().readiness(ReadinessMode.PROPORTIONAL));
        out.writeNumberProperty("gaps", next.gaps().gaps().size());
        out.writeNumberProperty("essentialGaps", next.gaps().essentialGaps());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    }
    return text + "\n";
  }

  private static String key(ReadinessMode mode) {
    String[] words = mode.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder key = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return key.toString();
  }
}
