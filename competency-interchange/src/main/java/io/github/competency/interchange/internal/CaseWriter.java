package io.github.competency.interchange.internal;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Category;
import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.Family;
import io.github.competency.core.Level;
import io.github.competency.core.Proficiency;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.Reference;
import io.github.competency.core.Requirement;
import io.github.competency.core.Responsibility;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import io.github.competency.core.Source;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a catalogue as a CASE 1.1 CFPackage tree, following the mapping documented in the
 * package {@code io.github.competency.interchange}. Members are put in a fixed order; sets and
 * maps keyed by proficiency step are written in the order of the scale, so equal catalogues
 * give equal trees. Not thread-safe; one writer writes one package.
 */
public final class CaseWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String DOCUMENT = "document";

  private final Catalogue catalogue;
  private final String id;
  private final URI base;
  private final String time;
  private final String language;
  private final ObjectNode document;
  private final ArrayNode associations = NODES.arrayNode();
  private final Map<String, Integer> children = new HashMap<>();
  private final Comparator<ProficiencyId> scaleOrder;

  private CaseWriter(Catalogue catalogue, URI base, Instant time) {
    this.catalogue = catalogue;
    this.id = catalogue.id().value();
    this.base = base;
    this.time = time.toString();
    this.language = catalogue.language().toLanguageTag();
    this.document = link(catalogue.title(), Names.uuid(id).toString(), "CFDocuments");
    this.scaleOrder =
        Comparator.<ProficiencyId>comparingInt(
                step -> catalogue.find(step).map(Proficiency::rank).orElse(Integer.MAX_VALUE))
            .thenComparing(Comparator.naturalOrder());
  }

  /**
   * Writes a catalogue as a package.
   *
   * @param catalogue the catalogue
   * @param settings the base URI of every {@code uri}, and the time written as every record's
   *     {@code lastChangeDateTime}
   * @return the package
   */
  public static ObjectNode write(Catalogue catalogue, Settings settings) {
    return new CaseWriter(catalogue, settings.baseUri(), settings.timestamp()).write();
  }

  private ObjectNode write() {
    ObjectNode root = NODES.objectNode();
    root.set("CFDocument", cfDocument());
    ArrayNode items = root.putArray("CFItems");
    List<String> kinds = new ArrayList<>();
    for (Level level : catalogue.levels()) {
      items.add(level(level));
    }
    kind(kinds, Names.LEVEL, catalogue.levels());
    for (Family family : catalogue.families()) {
      items.add(family(family));
    }
    kind(kinds, Names.FAMILY, catalogue.families());
    for (Category category : catalogue.categories()) {
      items.add(category(category));
    }
    kind(kinds, Names.CATEGORY, catalogue.categories());
    for (Skill skill : catalogue.skills()) {
      items.add(skill(skill));
    }
    kind(kinds, Names.SKILL, catalogue.skills());
    for (Responsibility responsibility : catalogue.responsibilities()) {
      items.add(responsibility(responsibility));
    }
    kind(kinds, Names.RESPONSIBILITY, catalogue.responsibilities());
    for (Role role : catalogue.roles()) {
      items.add(role(role));
    }
    kind(kinds, Names.ROLE, catalogue.roles());
    root.set("CFAssociations", associations);
    ObjectNode definitions = root.putObject("CFDefinitions");
    ArrayNode types = definitions.putArray("CFItemTypes");
    for (String kind : kinds) {
      types.add(itemType(CaseFormat.type(kind)));
    }
    ArrayNode rubrics = root.putArray("CFRubrics");
    if (!catalogue.proficiencies().isEmpty()) {
      rubrics.add(scaleRubric());
    }
    for (Skill skill : catalogue.skills()) {
      if (!skill.behaviours().isEmpty()) {
        rubrics.add(skillRubric(skill));
      }
    }
    return root;
  }

  private static void kind(List<String> kinds, String kind, List<?> items) {
    if (!items.isEmpty()) {
      kinds.add(kind);
    }
  }

  // ------------------------------------------------------------------------------- document

  private ObjectNode cfDocument() {
    ObjectNode doc = NODES.objectNode();
    doc.put("identifier", document.get("identifier").stringValue());
    doc.put("uri", document.get("uri").stringValue());
    Optional<Source> source = catalogue.source();
    doc.put("creator", source.flatMap(Source::publisher).orElse(catalogue.title()));
    doc.put("title", catalogue.title());
    doc.put("lastChangeDateTime", time);
    source
        .flatMap(Source::uri)
        .filter(Uris::isPlain)
        .ifPresent(uri -> doc.put("officialSourceURL", uri.toString()));
    source.flatMap(Source::publisher).ifPresent(publisher -> doc.put("publisher", publisher));
    text(doc, "description", catalogue.description());
    doc.put("language", language);
    doc.put("version", catalogue.version());
    doc.put("caseVersion", "1.1");
    source.flatMap(CaseWriter::citation).ifPresent(notes -> doc.put("notes", notes));
    ObjectNode extension = extension(doc);
    extension.put("id", id);
    source.ifPresent(
        s -> {
          ObjectNode rest = extension.putObject("source");
          s.title().ifPresent(title -> rest.put("title", title));
          s.publisherKind().ifPresent(kind -> rest.put("publisherKind", kind));
          s.uri()
              .filter(uri -> !Uris.isPlain(uri))
              .ifPresent(uri -> rest.put("uri", uri.toString()));
          s.date().ifPresent(date -> rest.put("date", date));
          s.section().ifPresent(section -> rest.put("section", section));
        });
    return doc;
  }

  /** The source as one readable sentence, for CASE readers that do not know the extension. */
  private static Optional<String> citation(Source source) {
    List<String> parts = new ArrayList<>();
    source.title().ifPresent(parts::add);
    source
        .publisher()
        .ifPresent(
            publisher ->
                parts.add(
                    publisher + source.publisherKind().map(kind -> " (" + kind + ")").orElse("")));
    source.date().ifPresent(parts::add);
    source.section().ifPresent(section -> parts.add("section: " + section));
    return parts.isEmpty() ? Optional.empty() : Optional.of("Source: " + String.join(", ", parts));
  }

  // ------------------------------------------------------------------------------- items

  private ObjectNode item(String kind, String itemId, String name, String description) {
    ObjectNode item = NODES.objectNode();
    item.put("identifier", itemIdentifier(kind, itemId));
    item.put("uri", uri("CFItems", itemIdentifier(kind, itemId)));
    if (description.isEmpty()) {
      item.put("fullStatement", name);
    } else {
      item.put("fullStatement", description);
      item.put("abbreviatedStatement", name);
    }
    item.put("humanCodingScheme", itemId);
    return item;
  }

  private void typed(ObjectNode item, String kind) {
    CaseFormat.ItemType type = CaseFormat.type(kind);
    item.put("CFItemType", type.title());
    item.set("CFItemTypeURI", typeLink(type));
    item.put("language", language);
    item.put("lastChangeDateTime", time);
  }

  private ObjectNode level(Level level) {
    ObjectNode item = item(Names.LEVEL, level.id().value(), level.name(), level.summary());
    item.put("listEnumeration", Integer.toString(level.rank()));
    typed(item, Names.LEVEL);
    childOf(Names.LEVEL, level.id().value(), level.name(), document, DOCUMENT);
    return item;
  }

  private ObjectNode family(Family family) {
    ObjectNode item = item(Names.FAMILY, family.id().value(), family.name(), family.description());
    typed(item, Names.FAMILY);
    childOf(Names.FAMILY, family.id().value(), family.name(), document, DOCUMENT);
    return item;
  }

  private ObjectNode category(Category category) {
    ObjectNode item =
        item(Names.CATEGORY, category.id().value(), category.name(), category.description());
    typed(item, Names.CATEGORY);
    childOf(Names.CATEGORY, category.id().value(), category.name(), document, DOCUMENT);
    return item;
  }

  private ObjectNode skill(Skill skill) {
    String skillId = skill.id().value();
    ObjectNode item = item(Names.SKILL, skillId, skill.name(), skill.description());
    if (!skill.aliases().isEmpty()) {
      ArrayNode keywords = item.putArray("conceptKeywords");
      skill.aliases().forEach(keywords::add);
    }
    typed(item, Names.SKILL);
    if (!skill.definedAt().isEmpty()) {
      ArrayNode steps = extension(item).putArray("definedAt");
      skill.definedAt().stream().sorted(scaleOrder).forEach(step -> steps.add(step.value()));
    }
    skill.source().ifPresent(source -> extension(item).set("source", source(source)));
    catalogue
        .find(skill.category())
        .ifPresent(
            category ->
                childOf(
                    Names.SKILL,
                    skillId,
                    skill.name(),
                    itemLink(Names.CATEGORY, category.id().value(), category.name()),
                    Names.CATEGORY + "/" + category.id()));
    references(Names.SKILL, skillId, skill.name(), skill.references());
    return item;
  }

  private ObjectNode responsibility(Responsibility responsibility) {
    String responsibilityId = responsibility.id().value();
    String title = responsibility.title();
    ObjectNode item =
        item(Names.RESPONSIBILITY, responsibilityId, title, responsibility.description());
    typed(item, Names.RESPONSIBILITY);
    ObjectNode extension = extension(item);
    extension.put("area", responsibility.area());
    if (!responsibility.indicators().isEmpty()) {
      ArrayNode indicators = extension.putArray("indicators");
      responsibility.indicators().forEach(indicators::add);
    }
    responsibility.source().ifPresent(source -> extension.set("source", source(source)));
    boolean inRole = false;
    for (Role role : catalogue.roles()) {
      int position = role.responsibilities().indexOf(responsibility.id());
      if (position >= 0) {
        inRole = true;
        associate(
            CaseFormat.IS_CHILD_OF,
            itemLink(Names.RESPONSIBILITY, responsibilityId, title),
            itemLink(Names.ROLE, role.id().value(), role.title()),
            position + 1,
            name(
                Names.RESPONSIBILITY,
                responsibilityId,
                CaseFormat.IS_CHILD_OF,
                Names.ROLE + "/" + role.id().value()));
      }
    }
    if (!inRole) {
      childOf(Names.RESPONSIBILITY, responsibilityId, title, document, DOCUMENT);
    }
    List<SkillId> skills = responsibility.skills();
    for (int k = 0; k < skills.size(); k++) {
      SkillId skill = skills.get(k);
      associate(
          CaseFormat.IS_RELATED_TO,
          itemLink(Names.RESPONSIBILITY, responsibilityId, title),
          skillLink(skill),
          k + 1,
          name(
              Names.RESPONSIBILITY,
              responsibilityId,
              CaseFormat.IS_RELATED_TO,
              Names.SKILL + "/" + skill.value()));
    }
    return item;
  }

  private ObjectNode role(Role role) {
    String roleId = role.id().value();
    ObjectNode item = item(Names.ROLE, roleId, role.title(), role.summary());
    typed(item, Names.ROLE);
    ObjectNode origin = itemLink(Names.ROLE, roleId, role.title());
    Optional<Family> family = catalogue.find(role.family());
    if (family.isPresent()) {
      childOf(
          Names.ROLE,
          roleId,
          role.title(),
          itemLink(Names.FAMILY, family.get().id().value(), family.get().name()),
          Names.FAMILY + "/" + family.get().id());
    } else {
      extension(item).put("family", role.family().value());
      childOf(Names.ROLE, roleId, role.title(), document, DOCUMENT);
    }
    if (!role.collaborators().isEmpty()) {
      ArrayNode collaborators = extension(item).putArray("collaborators");
      role.collaborators().forEach(collaborators::add);
    }
    role.source().ifPresent(source -> extension(item).set("source", source(source)));
    catalogue
        .find(role.level())
        .ifPresent(
            level ->
                associate(
                    CaseFormat.IS_RELATED_TO,
                    origin,
                    itemLink(Names.LEVEL, level.id().value(), level.name()),
                    null,
                    name(
                        Names.ROLE,
                        roleId,
                        CaseFormat.IS_RELATED_TO,
                        Names.LEVEL + "/" + level.id())));
    List<Requirement> requirements = role.requirements();
    for (int k = 0; k < requirements.size(); k++) {
      Requirement requirement = requirements.get(k);
      ObjectNode association =
          associate(
              CaseFormat.IS_RELATED_TO,
              origin,
              skillLink(requirement.skill()),
              k + 1,
              name(
                  Names.ROLE,
                  roleId,
                  CaseFormat.IS_RELATED_TO,
                  Names.SKILL + "/" + requirement.skill()));
      text(association, "notes", requirement.note());
      ObjectNode extension = extension(association);
      extension.put("proficiency", requirement.proficiency().value());
      extension.put("importance", requirement.importance().label());
      requirement.weight().ifPresent(weight -> extension.put("weight", weight));
    }
    int sequence = requirements.size();
    if (!role.groups().isEmpty()) {
      ArrayNode groups = extension(item).putArray("groups");
      for (ChoiceGroup group : role.groups()) {
        ObjectNode described = groups.addObject();
        described.put("id", group.id().value());
        described.put("title", group.title());
        described.put("atLeast", group.atLeast());
        described.put("importance", group.importance().label());
        group.weight().ifPresent(weight -> described.put("weight", weight));
        if (!group.note().isEmpty()) {
          described.put("note", group.note());
        }
        for (Requirement option : group.options()) {
          ObjectNode association =
              associate(
                  CaseFormat.IS_RELATED_TO,
                  origin,
                  skillLink(option.skill()),
                  ++sequence,
                  name(
                      Names.ROLE,
                      roleId,
                      CaseFormat.IS_RELATED_TO,
                      Names.SKILL + "/" + option.skill()));
          text(association, "notes", option.note());
          ObjectNode extension = extension(association);
          extension.put("proficiency", option.proficiency().value());
          extension.put("group", group.id().value());
        }
      }
    }
    List<RoleId> next = role.progressesTo();
    for (int k = 0; k < next.size(); k++) {
      RoleId target = next.get(k);
      String title = catalogue.find(target).map(Role::title).orElse(target.value());
      associate(
          CaseFormat.PRECEDES,
          origin,
          itemLink(Names.ROLE, target.value(), title),
          k + 1,
          name(Names.ROLE, roleId, CaseFormat.PRECEDES, Names.ROLE + "/" + target));
    }
    references(Names.ROLE, roleId, role.title(), role.references());
    return item;
  }

  private ObjectNode itemType(CaseFormat.ItemType type) {
    ObjectNode node = NODES.objectNode();
    node.put("identifier", type.identifier());
    node.put("uri", uri("CFItemTypes", type.identifier()));
    node.put("title", type.title());
    node.put("description", type.description());
    node.put("hierarchyCode", type.hierarchyCode());
    node.put("typeCode", type.typeCode());
    node.put("lastChangeDateTime", time);
    return node;
  }

  // ------------------------------------------------------------------------------- associations

  /**
   * Writes that an item is a child of the document or of another item, numbered among the
   * parent's children in the order written.
   */
  private void childOf(String kind, String itemId, String title, ObjectNode parent, String target) {
    int position = children.merge(target, 1, Integer::sum);
    associate(
        CaseFormat.IS_CHILD_OF,
        itemLink(kind, itemId, title),
        parent,
        position,
        name(kind, itemId, CaseFormat.IS_CHILD_OF, target));
  }

  private void references(String kind, String itemId, String title, List<Reference> references) {
    for (int k = 0; k < references.size(); k++) {
      Reference reference = references.get(k);
      ObjectNode target = NODES.objectNode();
      target.put("title", reference.scheme() + " " + reference.code());
      target.put("identifier", reference.code());
      target.put(
          "uri",
          reference
              .uri()
              .filter(Uris::isPlain)
              .map(URI::toString)
              .orElseGet(
                  () ->
                      base
                          + "references/"
                          + reference.scheme()
                          + "/"
                          + Uris.encode(reference.code())));
      ObjectNode association =
          associate(
              CaseFormat.EXACT_MATCH_OF,
              itemLink(kind, itemId, title),
              target,
              k + 1,
              name(kind, itemId, CaseFormat.EXACT_MATCH_OF, Integer.toString(k + 1)));
      ObjectNode extension = extension(association);
      extension.put("scheme", reference.scheme());
      extension.put("code", reference.code());
      reference.rank().ifPresent(rank -> extension.put("rank", rank));
      reference.uri().ifPresent(uri -> extension.put("uri", uri.toString()));
    }
  }

  private ObjectNode associate(
      String type, ObjectNode origin, ObjectNode destination, Integer sequence, String name) {
    ObjectNode association = NODES.objectNode();
    String identifier = Names.uuid(name).toString();
    association.put("identifier", identifier);
    association.put("associationType", type);
    if (sequence != null) {
      association.put("sequenceNumber", sequence.intValue());
    }
    association.put("uri", uri("CFAssociations", identifier));
    association.set("originNodeURI", origin);
    association.set("destinationNodeURI", destination);
    association.put("lastChangeDateTime", time);
    associations.add(association);
    return association;
  }

  /**
   * The name of an association: its origin item, its type and what tells it apart from the
   * origin's other associations of that type (the target, or a position).
   */
  private String name(String kind, String itemId, String type, String target) {
    return Names.item(id, kind, itemId) + "/" + type + "/" + target;
  }

  // ------------------------------------------------------------------------------- rubrics

  private ObjectNode scaleRubric() {
    String name = id + "/rubric/proficiency-scale";
    ObjectNode rubric = rubric(name, "Proficiency scale");
    ObjectNode criterion = criterion(rubric, name);
    criterion.put("category", "Proficiency scale");
    ArrayNode levels = criterion.putArray("CFRubricCriterionLevels");
    List<Proficiency> steps = catalogue.proficiencies();
    for (int k = 0; k < steps.size(); k++) {
      Proficiency step = steps.get(k);
      levels.add(
          criterionLevel(
              criterion,
              Names.item(id, Names.PROFICIENCY, step.id().value()),
              step,
              step.description(),
              k));
    }
    return rubric;
  }

  private ObjectNode skillRubric(Skill skill) {
    String name = Names.item(id, Names.SKILL, skill.id().value()) + "/rubric";
    ObjectNode rubric = rubric(name, skill.name());
    ObjectNode criterion = criterion(rubric, name);
    ObjectNode item = skillLink(skill.id());
    criterion.set("CFItemURI", item);
    ArrayNode levels = criterion.putArray("CFRubricCriterionLevels");
    List<ProficiencyId> steps = new ArrayList<>(skill.behaviours().keySet());
    steps.sort(scaleOrder);
    for (int k = 0; k < steps.size(); k++) {
      ProficiencyId stepId = steps.get(k);
      Proficiency step = catalogue.find(stepId).orElseThrow();
      levels.add(
          criterionLevel(
              criterion, name + "/" + stepId.value(), step, skill.behaviours().get(stepId), k));
    }
    return rubric;
  }

  private ObjectNode rubric(String name, String title) {
    ObjectNode rubric = NODES.objectNode();
    String identifier = Names.uuid(name).toString();
    rubric.put("identifier", identifier);
    rubric.put("uri", uri("CFRubrics", identifier));
    rubric.put("title", title);
    rubric.put("lastChangeDateTime", time);
    rubric.putArray("CFRubricCriteria");
    return rubric;
  }

  private ObjectNode criterion(ObjectNode rubric, String name) {
    ObjectNode criterion = NODES.objectNode();
    String identifier = Names.uuid(name + "/criterion").toString();
    criterion.put("identifier", identifier);
    criterion.put("uri", uri("CFRubricCriteria", identifier));
    criterion.put("position", 1);
    criterion.put("rubricId", rubric.get("identifier").stringValue());
    criterion.put("lastChangeDateTime", time);
    ((ArrayNode) rubric.get("CFRubricCriteria")).add(criterion);
    return criterion;
  }

  private ObjectNode criterionLevel(
      ObjectNode criterion, String name, Proficiency step, String description, int index) {
    ObjectNode level = NODES.objectNode();
    String identifier = Names.uuid(name).toString();
    level.put("identifier", identifier);
    level.put("uri", uri("CFRubricCriterionLevels", identifier));
    text(level, "description", description);
    level.put("quality", step.name());
    level.put("score", step.rank());
    level.put("position", index + 1);
    level.put("rubricCriterionId", criterion.get("identifier").stringValue());
    level.put("lastChangeDateTime", time);
    ObjectNode extension = NODES.objectNode();
    extension.putObject(CaseFormat.EXTENSION).put("proficiency", step.id().value());
    level.putArray("extensions").add(extension);
    return level;
  }

  // ------------------------------------------------------------------------------- helpers

  private String itemIdentifier(String kind, String itemId) {
    return Names.uuid(Names.item(id, kind, itemId)).toString();
  }

  private ObjectNode itemLink(String kind, String itemId, String title) {
    return link(title, itemIdentifier(kind, itemId), "CFItems");
  }

  private ObjectNode skillLink(SkillId skill) {
    String name = catalogue.find(skill).map(Skill::name).orElse(skill.value());
    return itemLink(Names.SKILL, skill.value(), name);
  }

  private ObjectNode typeLink(CaseFormat.ItemType type) {
    return link(type.title(), type.identifier(), "CFItemTypes");
  }

  private ObjectNode link(String title, String identifier, String collection) {
    ObjectNode link = NODES.objectNode();
    link.put("title", title);
    link.put("identifier", identifier);
    link.put("uri", uri(collection, identifier));
    return link;
  }

  private String uri(String collection, String identifier) {
    return base + collection + "/" + identifier;
  }

  private static ObjectNode extension(ObjectNode node) {
    ObjectNode extensions =
        node.has("extensions") ? (ObjectNode) node.get("extensions") : node.putObject("extensions");
    return extensions.has(CaseFormat.EXTENSION)
        ? (ObjectNode) extensions.get(CaseFormat.EXTENSION)
        : extensions.putObject(CaseFormat.EXTENSION);
  }

  /** A source in full, as an item's extension holds it. */
  static ObjectNode source(Source source) {
    ObjectNode node = NODES.objectNode();
    source.title().ifPresent(title -> node.put("title", title));
    source.publisher().ifPresent(publisher -> node.put("publisher", publisher));
    source.publisherKind().ifPresent(kind -> node.put("publisherKind", kind));
    source.uri().ifPresent(uri -> node.put("uri", uri.toString()));
    source.date().ifPresent(date -> node.put("date", date));
    source.section().ifPresent(section -> node.put("section", section));
    return node;
  }

  private static void text(ObjectNode node, String name, String text) {
    if (!text.isEmpty()) {
      node.put(name, text);
    }
  }

  /** URIs as CASE wants them. */
  static final class Uris {
    private Uris() {}

    /** Tells whether a URI can stand in a CASE field of format uri as it is: absolute ASCII. */
    static boolean isPlain(URI uri) {
      return uri.isAbsolute() && uri.toString().equals(uri.toASCIIString());
    }

    /** Percent-encodes every byte of the UTF-8 form except RFC 3986's unreserved characters. */
    static String encode(String text) {
      StringBuilder out = new StringBuilder();
      for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
        char c = (char) (b & 0xff);
        if ((c >= 'a' && c <= 'z')
            || (c >= 'A' && c <= 'Z')
            || (c >= '0' && c <= '9')
            || c == '-'
            || c == '.'
            || c == '_'
            || c == '~') {
          out.append(c);
        } else {
          out.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
        }
      }
      return out.toString();
    }
  }
}
