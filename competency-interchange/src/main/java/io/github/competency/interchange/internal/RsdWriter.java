package io.github.competency.interchange.internal;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Reference;
import io.github.competency.core.Role;
import io.github.competency.core.Skill;
import io.github.competency.core.Source;
import io.github.competency.core.internal.json.Kind;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the skills of a catalogue as Rich Skill Descriptors in a collection, following the
 * mapping documented in the package {@code io.github.competency.interchange}; streamed, in the
 * core's deterministic layout. What RSD has no field for goes in the member {@code competency},
 * with the core's fields ({@link RsdFormat}).
 */
public final class RsdWriter {

  private final Catalogue catalogue;
  private final JsonGenerator out;
  private final String base;
  private final String time;
  private final String collection;

  private RsdWriter(Catalogue catalogue, Settings settings, JsonGenerator out) {
    this.catalogue = catalogue;
    this.out = out;
    this.base = settings.baseUri().toString();
    this.time = settings.timestamp().toString();
    this.collection = Names.uuid(catalogue.id().value()).toString();
  }

  /**
   * Writes every skill of a catalogue, in a collection that is the catalogue, to a stream, which
   * is flushed but not closed.
   *
   * @param catalogue the catalogue
   * @param settings the base URI of every {@code id}, and the time written as the records'
   *     creation, update and publication dates
   * @param stream the stream
   */
  public static void collection(Catalogue catalogue, Settings settings, OutputStream stream) {
    settings
        .documents()
        .write(
            stream,
            "the skill collection",
            json -> new RsdWriter(catalogue, settings, json).collection());
  }

  /**
   * Writes every skill of a catalogue, in a collection that is the catalogue, as text.
   *
   * @param catalogue the catalogue
   * @param settings the base URI and the time
   * @return the text, with a final newline
   */
  public static String collection(Catalogue catalogue, Settings settings) {
    return settings
        .documents()
        .toJson(
            "the skill collection", json -> new RsdWriter(catalogue, settings, json).collection());
  }

  /**
   * Writes one skill of a catalogue as text.
   *
   * @param catalogue the catalogue
   * @param skill one of its skills
   * @param settings the base URI and the time
   * @return the descriptor, with a final newline
   */
  public static String skill(Catalogue catalogue, Skill skill, Settings settings) {
    return settings
        .documents()
        .toJson("the skill", json -> new RsdWriter(catalogue, settings, json).skill(skill));
  }

  private void collection() {
    out.writeStartObject();
    out.writeStringProperty("@context", RsdFormat.CONTEXT);
    out.writeStringProperty("type", RsdFormat.COLLECTION_TYPE);
    out.writeStringProperty("id", base + "collections/" + collection);
    out.writeStringProperty("uuid", collection);
    out.writeStringProperty("name", catalogue.title());
    if (!catalogue.description().isEmpty()) {
      out.writeStringProperty("description", catalogue.description());
    }
    out.writeStringProperty("author", author(Optional.empty()));
    out.writeStringProperty("status", RsdFormat.STATUS);
    dates();
    out.writeName("skills");
    out.writeStartArray();
    catalogue.skills().forEach(this::skill);
    out.writeEndArray();
    out.writeName(RsdFormat.EXTENSION);
    RsdFormat.COLLECTION.write(out, catalogue, Kind.WriteContext.ID_ORDER);
    out.writeEndObject();
  }

  private void skill(Skill skill) {
    String uuid =
        Names.uuid(Names.item(catalogue.id().value(), Names.SKILL, skill.id().value())).toString();
    out.writeStartObject();
    out.writeStringProperty("@context", RsdFormat.CONTEXT);
    out.writeStringProperty("type", RsdFormat.SKILL_TYPE);
    out.writeStringProperty("id", base + "skills/" + uuid);
    out.writeStringProperty("uuid", uuid);
    out.writeStringProperty("skillName", skill.name());
    out.writeStringProperty("skillStatement", skill.description());
    out.writeStringProperty("author", author(skill.source()));
    catalogue
        .find(skill.category())
        .ifPresent(category -> out.writeStringProperty("category", category.name()));
    out.writeName("keywords");
    out.writeStartArray();
    skill.aliases().forEach(out::writeString);
    out.writeEndArray();
    out.writeName("alignments");
    out.writeStartArray();
    for (Reference reference : skill.references()) {
      out.writeStartObject();
      reference.uri().ifPresent(uri -> out.writeStringProperty("id", uri.toString()));
      out.writeStringProperty("skillName", reference.code());
      out.writeName("isPartOf");
      out.writeStartObject();
      out.writeStringProperty("name", reference.scheme());
      out.writeEndObject();
      if (reference.rank().isPresent()) {
        out.writeNumberProperty("rank", reference.rank().getAsInt());
      }
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeName("standards");
    out.writeStartArray();
    out.writeEndArray();
    out.writeName("occupations");
    out.writeStartArray();
    Set<String> seen = new LinkedHashSet<>();
    for (Role role : catalogue.rolesRequiring(skill.id())) {
      for (Reference reference : role.references()) {
        String framework = RsdFormat.OCCUPATION_FRAMEWORKS.get(reference.scheme());
        if (framework != null && seen.add(framework + " " + reference.code())) {
          out.writeStartObject();
          reference.uri().ifPresent(uri -> out.writeStringProperty("id", uri.toString()));
          out.writeStringProperty("code", reference.code());
          out.writeStringProperty("frameworkName", framework);
          out.writeEndObject();
        }
      }
    }
    out.writeEndArray();
    out.writeName("collections");
    out.writeStartArray();
    out.writeStartObject();
    out.writeStringProperty("uuid", collection);
    out.writeStringProperty("name", catalogue.title());
    out.writeEndObject();
    out.writeEndArray();
    out.writeStringProperty("status", RsdFormat.STATUS);
    dates();
    out.writeName(RsdFormat.EXTENSION);
    out.writeStartObject();
    out.writeStringProperty(RsdFormat.CATALOGUE, catalogue.id().value());
    RsdFormat.SKILL.writeFields(out, skill, Kind.WriteContext.ID_ORDER);
    out.writeEndObject();
    out.writeEndObject();
  }

  private String author(Optional<Source> own) {
    return own.flatMap(Source::publisher)
        .or(() -> catalogue.source().flatMap(Source::publisher))
        .orElse(catalogue.title());
  }

  private void dates() {
    out.writeStringProperty("creationDate", time);
    out.writeStringProperty("updateDate", time);
    out.writeStringProperty("publishDate", time);
  }
}
