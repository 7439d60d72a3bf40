package io.github.competency.cli;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Problem;
import io.github.competency.core.ProfileId;
import io.github.competency.core.RoleId;
import io.github.competency.core.assess.Disagreement;
import io.github.competency.core.assess.GroupResult;
import io.github.competency.core.assess.NextStep;
import io.github.competency.core.assess.Outcome;
import io.github.competency.core.assess.ProfileScore;
import io.github.competency.core.assess.Ranker;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.core.assess.RequirementResult;
import io.github.competency.core.assess.ResponsibilityResult;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * An assessment as JSON, format {@value #FORMAT}, in the project's deterministic style: every
 * requirement and every choice group (with its options) with the ratings that decided it and
 * its points in each readiness mode, so that each score can be traced to what made it; the gaps
 * most useful first, each with its note; the profile's warnings. The ranking of many profiles
 * ({@code --rank}) is a document of the same format with a {@code ranking} instead (see
 * {@link AssessCommand}).
 */
final class AssessJsonRenderer {

  static final String FORMAT = "competency-assessment/1";

  private static final JsonMapper MAPPER = JsonRenderer.deterministicMapper();

  /** For entries of one line each. */
  private static final JsonMapper COMPACT = JsonMapper.builder().build();

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
        requirement(out, result, true);
      }
      out.writeEndArray();
      out.writeName("groups");
      out.writeStartArray();
      for (GroupResult group : report.gaps.groups()) {
        out.writeStartObject();
        out.writeStringProperty("group", group.group().id().value());
        out.writeStringProperty("title", group.group().title());
        out.writeNumberProperty("atLeast", group.group().atLeast());
        out.writeStringProperty("importance", group.importance().label());
        if (!group.note().isEmpty()) {
          out.writeStringProperty("note", group.note());
        }
        out.writeStringProperty("status", group.status().label());
        skills(out, "met", group.metOptions());
        skills(out, "counted", group.counted());
        skills(out, "closest", group.closest());
        points(out, group);
        out.writeName("options");
        out.writeStartArray();
        for (RequirementResult option : group.options()) {
          requirement(out, option, false);
        }
        out.writeEndArray();
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeName("gaps");
      out.writeStartArray();
      for (Outcome gap : report.gaps.gaps()) {
        out.writeStartObject();
        if (gap instanceof GroupResult group) {
          out.writeStringProperty("group", group.group().id().value());
          skills(out, "closest", group.closest());
        } else {
          RequirementResult single = (RequirementResult) gap;
          out.writeStringProperty("skill", single.requirement().skill().value());
          out.writeStringProperty("target", single.target().value());
        }
        out.writeStringProperty("importance", gap.importance().label());
        out.writeNumberProperty("shortfall", gap.shortfall());
        if (!gap.note().isEmpty()) {
          out.writeStringProperty("note", gap.note());
        }
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeName("warnings");
      out.writeStartArray();
      for (Problem warning : report.warnings()) {
        out.writeStartObject();
        out.writeStringProperty("path", warning.path());
        out.writeStringProperty("message", warning.message());
        out.writeEndObject();
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

  /** One profile set aside by a ranking, as a compact JSON object on one line. */
  static String setAside(String where, ProfileId profile, List<Problem> problems) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = COMPACT.createGenerator(text)) {
      out.writeStartObject();
      out.writeStringProperty("where", where);
      if (profile != null) {
        out.writeStringProperty("profile", profile.value());
      }
      out.writeName("problems");
      out.writeStartArray();
      for (Problem problem : problems) {
        out.writeStartObject();
        out.writeStringProperty("path", problem.path());
        out.writeStringProperty("message", problem.message());
        if (problem.line().isPresent() && problem.column().isPresent()) {
          out.writeNumberProperty("line", problem.line().getAsInt());
          out.writeNumberProperty("column", problem.column().getAsInt());
        }
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    }
    return text.toString();
  }

  /**
   * A ranking of many profiles, format {@value #FORMAT}: the catalogue, role and mode, then
   * under {@code ranking} the number ranked and set aside, the top profiles, and every profile
   * set aside with where it was and its problems.
   */
  static void ranking(
      Writer text,
      Catalogue catalogue,
      RoleId role,
      ReadinessMode mode,
      Ranker ranker,
      long setAside,
      SetAsideSpool spool) {
    Writer kept =
        new java.io.FilterWriter(text) {
          @Override
          public void close() throws java.io.IOException {
            flush(); // the generator closes what it writes to; standard output stays open
          }
        };
    try (JsonGenerator out = MAPPER.createGenerator(kept)) {
      out.writeStartObject();
      out.writeStringProperty("format", FORMAT);
      out.writeStringProperty("catalogue", catalogue.id().value());
      out.writeStringProperty("catalogueVersion", catalogue.version());
      out.writeStringProperty("role", role.value());
      out.writeStringProperty("mode", key(mode));
      out.writeName("ranking");
      out.writeStartObject();
      out.writeNumberProperty("ranked", ranker.ranked());
      out.writeNumberProperty("setAside", setAside);
      out.writeName("top");
      out.writeStartArray();
      List<ProfileScore> top = ranker.top();
      for (int i = 0; i < top.size(); i++) {
        ProfileScore score = top.get(i);
        out.writeStartObject();
        out.writeNumberProperty("rank", i + 1);
        out.writeStringProperty("profile", score.profile().value());
        if (score.name().isPresent()) {
          out.writeStringProperty("name", score.name().get());
        }
        out.writeNumberProperty("readiness", score.readiness());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeName("setAsideProfiles");
      out.writeStartArray();
      spool.forEach(out::writeRawValue);
      out.writeEndArray();
      out.writeEndObject();
      out.writeEndObject();
    }
    try {
      text.write('\n');
      text.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A requirement or an option: what it asks, the rating that decided it, its points. */
  private static void requirement(JsonGenerator out, RequirementResult result, boolean single) {
    out.writeStartObject();
    out.writeStringProperty("skill", result.requirement().skill().value());
    out.writeStringProperty("required", result.requirement().proficiency().value());
    if (single) {
      out.writeStringProperty("importance", result.importance().label());
    }
    if (!result.note().isEmpty()) {
      out.writeStringProperty("note", result.note());
    }
    if (result.rating().isPresent()) {
      out.writeStringProperty("rated", result.rating().get().proficiency().value());
      out.writeStringProperty("rater", result.rating().get().rater().label());
    }
    out.writeStringProperty("status", result.status().label());
    if (single) {
      points(out, result);
    }
    out.writeEndObject();
  }

  /** Points earned and possible in each mode, as [earned, possible]. */
  private static void points(JsonGenerator out, Outcome outcome) {
    out.writeName("points");
    out.writeStartObject();
    for (ReadinessMode mode : ReadinessMode.values()) {
      out.writeName(key(mode));
      out.writeStartArray();
      out.writeNumber(outcome.points(mode));
      out.writeNumber(outcome.maxPoints(mode));
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private static void skills(JsonGenerator out, String name, List<RequirementResult> options) {
    out.writeName(name);
    out.writeStartArray();
    for (RequirementResult option : options) {
      out.writeString(option.requirement().skill().value());
    }
    out.writeEndArray();
  }

  static String key(ReadinessMode mode) {
    String[] words = mode.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder key = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return key.toString();
  }
}
