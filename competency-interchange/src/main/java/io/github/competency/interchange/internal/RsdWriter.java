package io.github.competency.interchange.internal;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Reference;
import io.github.competency.core.Role;
import io.github.competency.core.Skill;
import io.github.competency.core.Source;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the skills of a catalogue as Rich Skill Descriptors in a collection, following the
 * mapping documented in the package {@code io.github.competency.interchange}. Not thread-safe;
 * one writer writes one catalogue.
 */
public final class RsdWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Catalogue catalogue;
  private final URI base;
  private final String time;
  private final String collection;

  private RsdWriter(Catalogue catalogue, URI base, Instant time) {
    this.catalogue = catalogue;
    this.base = base;
    this.time = time.toString();
    this.collection = Names.uuid(catalogue.id().value()).toString();
  }

  /**
   * Writes every skill of a catalogue, in a collection that is the catalogue.
   *
   * @param catalogue the catalogue
   * @param settings the base URI of every {@code id}, and the time written as the records'
   *     creation, update and publication dates
   * @return the collection
   */
  public static ObjectNode collection(Catalogue catalogue, Settings settings) {
    return new RsdWriter(catalogue, settings.baseUri(), settings.timestamp()).collection();
  }

  /**
   * Writes one skill of a catalogue.
   *
   * @param catalogue the catalogue
   * @param skill one of its skills
   * @param settings the base URI and the time
   * @return the descriptor
   */
  public static ObjectNode skill(Catalogue catalogue, Skill skill, Settings settings) {
    return new RsdWriter(catalogue, settings.baseUri(), settings.timestamp()).skill(skill);
  }

  private ObjectNode collection() {
    ObjectNode node = NODES.objectNode();
    node.put("@context", RsdFormat.CONTEXT);
    node.put("type", RsdFormat.COLLECTION_TYPE);
    node.put("id", base + "collections/" + collection);
    node.put("uuid", collection);
    node.put("name", catalogue.title());
    if (!catalogue.description().isEmpty()) {
      node.put("description", catalogue.description());
    }
    node.put("author", author(Optional.empty()));
    node.put("status", RsdFormat.STATUS);
    dates(node);
    ArrayNode skills = node.putArray("skills");
    catalogue.skills().forEach(skill -> skills.add(skill(skill)));
    ObjectNode extension = node.putObject(RsdFormat.EXTENSION);
    extension.put("id", catalogue.id().value());
    extension.put("version", catalogue.version());
    extension.put("language", catalogue.language().toLanguageTag());
    return node;
  }

  private ObjectNode skill(Skill skill) {
    String uuid =
        Names.uuid(Names.item(catalogue.id().value(), Names.SKILL, skill.id().value())).toString();
    ObjectNode node = NODES.objectNode();
    node.put("@context", RsdFormat.CONTEXT);
    node.put("type", RsdFormat.SKILL_TYPE);
    node.put("id", base + "skills/" + uuid);
    node.put("uuid", uuid);
    node.put("skillName", skill.name());
    node.put("skillStatement", skill.description());
    node.put("author", author(skill.source()));
    catalogue.find(skill.category()).ifPresent(category -> node.put("category", category.name()));
    ArrayNode keywords = node.putArray("keywords");
    skill.aliases().forEach(keywords::add);
    ArrayNode alignments = node.putArray("alignments");
    for (Reference reference : skill.references()) {
      ObjectNode alignment = alignments.addObject();
      reference.uri().ifPresent(uri -> alignment.put("id", uri.toString()));
      alignment.put("skillName", reference.code());
      alignment.putObject("isPartOf").put("name", reference.scheme());
      reference.rank().ifPresent(rank -> alignment.put("rank", rank));
    }
    node.putArray("standards");
    ArrayNode occupations = node.putArray("occupations");
    Set<String> seen = new LinkedHashSet<>();
    for (Role role : catalogue.rolesRequiring(skill.id())) {
      for (Reference reference : role.references()) {
        String framework = RsdFormat.OCCUPATION_FRAMEWORKS.get(reference.scheme());
        if (framework != null && seen.add(framework + " " + reference.code())) {
          ObjectNode occupation = occupations.addObject();
          reference.uri().ifPresent(uri -> occupation.put("id", uri.toString()));
          occupation.put("code", reference.code());
          occupation.put("frameworkName", framework);
        }
      }
    }
    ObjectNode member = node.putArray("collections").addObject();
    member.put("uuid", collection);
    member.put("name", catalogue.title());
    node.put("status", RsdFormat.STATUS);
    dates(node);
    ObjectNode extension = node.putObject(RsdFormat.EXTENSION);
    extension.put("catalogue", catalogue.id().value());
    extension.put("id", skill.id().value());
    extension.put("category", skill.category().value());
    skill.source().ifPresent(source -> extension.set("source", CaseWriter.source(source)));
    return node;
  }

  private String author(Optional<Source> own) {
    return own.flatMap(Source::publisher)
        .or(() -> catalogue.source().flatMap(Source::publisher))
        .orElse(catalogue.title());
  }

  private void dates(ObjectNode node) {
    node.put("creationDate", time);
    node.put("updateDate", time);
    node.put("publishDate", time);
  }
}
