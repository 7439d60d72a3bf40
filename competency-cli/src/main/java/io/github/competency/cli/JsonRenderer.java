package io.github.competency.cli;

import io.github.competency.core.Category;
import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.Level;
import io.github.competency.core.Proficiency;
import io.github.competency.core.Reference;
import io.github.competency.core.Requirement;
import io.github.competency.core.Responsibility;
import io.github.competency.core.Role;
import io.github.competency.core.SkillId;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A role sheet as JSON, format {@value #FORMAT}: the role with its level, responsibilities by
 * area, requirements by category with skill and step resolved, career path and references.
 * Written in the project's deterministic style: fixed field order, two-space indentation,
 * {@code \n} line ends and a final newline.
 */
final class JsonRenderer {

  /** The name and version of the role sheet format, its first field. */
  static final String FORMAT = "competency-role-sheet/1";

  private static final JsonMapper MAPPER = deterministicMapper();

  private JsonRenderer() {}

  static String render(RoleReport report) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = MAPPER.createGenerator(text)) {
      out.writeStartObject();
      out.writeStringProperty("format", FORMAT);
      out.writeName("catalogue");
      out.writeStartObject();
      out.writeStringProperty("id", report.catalogue.id().value());
      out.writeStringProperty("version", report.catalogue.version());
      out.writeStringProperty("title", report.catalogue.title());
      out.writeStringProperty("language", report.catalogue.language().toLanguageTag());
      out.writeEndObject();

      Role role = report.role;
      out.writeName("role");
      out.writeStartObject();
      out.writeStringProperty("id", role.id().value());
      out.writeStringProperty("title", role.title());
      out.writeStringProperty("family", role.family().value());
      out.writeStringProperty("familyName", report.familyName());
      out.writeName("level");
      level(out, report.level);
      out.writeStringProperty("summary", role.summary());
      out.writeEndObject();

      out.writeName("responsibilities");
      out.writeStartArray();
      for (Map.Entry<String, List<Responsibility>> area :
          report.responsibilitiesByArea.entrySet()) {
        out.writeStartObject();
        out.writeStringProperty("area", area.getKey());
        out.writeName("items");
        out.writeStartArray();
        for (Responsibility responsibility : area.getValue()) {
          responsibility(out, responsibility);
        }
        out.writeEndArray();
        out.writeEndObject();
      }
      out.writeEndArray();

      out.writeName("requirements");
      out.writeStartArray();
      for (Map.Entry<Category, List<RoleReport.Line>> category :
          report.requirementsByCategory.entrySet()) {
        out.writeStartObject();
        out.writeStringProperty("category", category.getKey().id().value());
        out.writeStringProperty("categoryName", category.getKey().name());
        out.writeName("skills");
        out.writeStartArray();
        for (RoleReport.Line line : category.getValue()) {
          out.writeStartObject();
          out.writeStringProperty("skill", line.skill().id().value());
          out.writeStringProperty("name", line.skill().name());
          out.writeName("proficiency");
          proficiency(out, line.proficiency());
          out.writeStringProperty("importance", line.requirement().importance().label());
          if (line.requirement().weight().isPresent()) {
            out.writeNumberProperty("weight", line.requirement().weight().getAsDouble());
          }
          if (!line.requirement().note().isEmpty()) {
            out.writeStringProperty("note", line.requirement().note());
          }
          if (line.group().isPresent()) {
            out.writeStringProperty("group", line.group().get().id().value());
          }
          out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
      }
      out.writeEndArray();

      if (!report.role.groups().isEmpty()) {
        out.writeName("groups");
        out.writeStartArray();
        for (ChoiceGroup group : report.role.groups()) {
          out.writeStartObject();
          out.writeStringProperty("id", group.id().value());
          out.writeStringProperty("title", group.title());
          out.writeNumberProperty("atLeast", group.atLeast());
          out.writeStringProperty("importance", group.importance().label());
          if (group.weight().isPresent()) {
            out.writeNumberProperty("weight", group.weight().getAsDouble());
          }
          if (!group.note().isEmpty()) {
            out.writeStringProperty("note", group.note());
          }
          out.writeName("options");
          out.writeStartArray();
          for (Requirement option : group.options()) {
            out.writeString(option.skill().value());
          }
          out.writeEndArray();
          out.writeEndObject();
        }
        out.writeEndArray();
      }

      out.writeName("careerPath");
      out.writeStartObject();
      ids(out, "previous", report.previous);
      ids(out, "next", report.next);
      ids(out, "ladder", report.ladder);
      out.writeEndObject();

      out.writeName("collaborators");
      out.writeStartArray();
      for (String collaborator : role.collaborators()) {
        out.writeString(collaborator);
      }
      out.writeEndArray();

      out.writeName("references");
      out.writeStartArray();
      for (Reference reference : role.references()) {
        out.writeStartObject();
        out.writeStringProperty("scheme", reference.scheme());
        out.writeStringProperty("code", reference.code());
        if (reference.rank().isPresent()) {
          out.writeNumberProperty("rank", reference.rank().getAsInt());
        }
        reference.uri().ifPresent(uri -> out.writeStringProperty("uri", uri.toString()));
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    }
    return text + "\n";
  }

  /** A mapper that writes in the project's deterministic layout. */
  static JsonMapper deterministicMapper() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    JsonFactory factory = JsonFactory.builder().characterEscapes(new TerminalEscapes()).build();
    return JsonMapper.builder(factory)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultPrettyPrinter(printer)
        .build();
  }

  /**
   * JSON's own escapes, and {@code \}{@code uXXXX} for what else {@link Terminal#unsafe} finds:
   * DEL, C1 controls, bidirectional overrides and isolates, line and paragraph separators. The
   * document means the same; a terminal shows it as it is.
   */
  private static final class TerminalEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    TerminalEscapes() {
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
      return c <= Character.MAX_VALUE && Terminal.unsafe((char) c)
          ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", c))
          : null;
    }
  }

  private static void responsibility(JsonGenerator out, Responsibility responsibility) {
    out.writeStartObject();
    out.writeStringProperty("id", responsibility.id().value());
    out.writeStringProperty("title", responsibility.title());
    out.writeStringProperty("description", responsibility.description());
    out.writeName("indicators");
    out.writeStartArray();
    for (String indicator : responsibility.indicators()) {
      out.writeString(indicator);
    }
    out.writeEndArray();
    out.writeName("skills");
    out.writeStartArray();
    for (SkillId skill : responsibility.skills()) {
      out.writeString(skill.value());
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void level(JsonGenerator out, Level level) {
    out.writeStartObject();
    out.writeStringProperty("id", level.id().value());
    out.writeStringProperty("name", level.name());
    out.writeNumberProperty("rank", level.rank());
    out.writeEndObject();
  }

  private static void proficiency(JsonGenerator out, Proficiency proficiency) {
    out.writeStartObject();
    out.writeStringProperty("id", proficiency.id().value());
    out.writeStringProperty("name", proficiency.name());
    out.writeNumberProperty("rank", proficiency.rank());
    out.writeEndObject();
  }

  private static void ids(JsonGenerator out, String name, List<Role> roles) {
    out.writeName(name);
    out.writeStartArray();
    for (Role role : roles) {
      out.writeString(role.id().value());
    }
    out.writeEndArray();
  }
}
