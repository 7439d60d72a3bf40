package io.github.competency.cli;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Problem;
import io.github.competency.core.ProfileId;
import io.github.competency.core.RoleId;
import io.github.competency.core.assess.ProfileScore;
import io.github.competency.core.assess.Ranker;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.core.json.AssessmentJson;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code assess --rank --format json}: a ranking written as it is streamed, with the profiles set
 * aside kept in a {@link SetAsideSpool} rather than in memory. The document is of format
 * {@value #FORMAT}, in the shape the library's host mapper gives a ranking.
 */
final class RankingJsonRenderer {

  static final String FORMAT = AssessmentJson.FORMAT;

  private static final JsonMapper MAPPER = JsonRenderer.deterministicMapper();

  /** For entries of one line each. */
  private static final JsonMapper COMPACT = JsonMapper.builder().build();

  private RankingJsonRenderer() {}

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
   * A ranking of many profiles, format {@value #FORMAT}: the shape of a {@link
   * io.github.competency.core.assess.Ranking} as a host mapper writes it (role, mode, the number
   * ranked, the top profiles, every profile set aside), with the catalogue, and for each profile
   * set aside where it was: its file, or its file and line.
   */
  static void ranking(
      Writer text,
      Catalogue catalogue,
      RoleId role,
      ReadinessMode mode,
      Ranker ranker,
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
      out.writeNumberProperty("ranked", ranker.ranked());
      out.writeName("top");
      out.writeStartArray();
      for (ProfileScore score : ranker.top()) {
        out.writeStartObject();
        out.writeStringProperty("profile", score.profile().value());
        if (score.name().isPresent()) {
          out.writeStringProperty("name", score.name().get());
        }
        out.writeNumberProperty("readiness", score.readiness());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeName("setAside");
      out.writeStartArray();
      spool.forEach(out::writeRawValue);
      out.writeEndArray();
      out.writeEndObject();
    }
    try {
      text.write('\n');
      text.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
