package io.github.competency.interchange.internal;

import io.github.competency.core.Catalogue;
import io.github.competency.interchange.internal.CaseFormat.ItemType;
import java.io.OutputStream;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a catalogue as a CASE 1.1 CFPackage, following the mapping documented in the package
 * {@code io.github.competency.interchange}: the CFDocument, then the CFItems and the
 * CFAssociations (one walk over the catalogue each, every mapping writing its own records), the
 * item types and areas, and the rubrics; streamed, in the core's deterministic layout.
 */
public final class CaseWriter {

  private CaseWriter() {}

  /**
   * Writes a catalogue as a package to a stream, which is flushed but not closed.
   *
   * @param catalogue the catalogue
   * @param settings the base URI and the time of the export
   * @param out the stream
   */
  public static void write(Catalogue catalogue, Settings settings, OutputStream out) {
    settings.documents().write(out, "the CASE package", json -> write(catalogue, settings, json));
  }

  /**
   * Writes a catalogue as a package's text.
   *
   * @param catalogue the catalogue
   * @param settings the base URI and the time of the export
   * @return the text, with a final newline
   */
  public static String toJson(Catalogue catalogue, Settings settings) {
    return settings
        .documents()
        .toJson("the CASE package", json -> write(catalogue, settings, json));
  }

  private static void write(Catalogue catalogue, Settings settings, JsonGenerator json) {
    CaseOut out = new CaseOut(catalogue, settings, json);
    json.writeStartObject();
    json.writeName(CasePackage.DOCUMENT);
    DocumentMapping.write(out);
    json.writeName("CFItems");
    json.writeStartArray();
    ScaleMapping.items(out);
    PlainItems.items(out);
    SkillMapping.items(out);
    ResponsibilityMapping.items(out);
    RoleMapping.items(out);
    json.writeEndArray();
    json.writeName("CFAssociations");
    json.writeStartArray();
    ScaleMapping.associations(out);
    PlainItems.associations(out);
    SkillMapping.associations(out);
    ResponsibilityMapping.associations(out);
    RoleMapping.associations(out);
    json.writeEndArray();
    json.writeName("CFDefinitions");
    json.writeStartObject();
    ResponsibilityMapping.concepts(out);
    json.writeName("CFItemTypes");
    json.writeStartArray();
    for (ItemType type : out.types()) {
      json.writeStartObject();
      json.writeStringProperty("identifier", type.identifier());
      json.writeStringProperty("uri", out.uri("CFItemTypes", type.identifier()));
      json.writeStringProperty("title", type.title());
      json.writeStringProperty("description", type.description());
      json.writeStringProperty("hierarchyCode", type.hierarchyCode());
      json.writeStringProperty("typeCode", type.typeCode());
      json.writeStringProperty("lastChangeDateTime", out.time());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeName("CFRubrics");
    json.writeStartArray();
    ScaleMapping.rubrics(out);
    json.writeEndArray();
    json.writeEndObject();
  }
}
