package io.github.competency.interchange;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reading exports as trees, to look inside them independently of the importer. */
final class Trees {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private Trees() {}

  static ObjectNode read(String json) {
    return (ObjectNode) JSON.readTree(json);
  }

  static String write(JsonNode tree) {
    return JSON.writeValueAsString(tree);
  }

  /** Every value of a member with the given name, anywhere in the tree. */
  static List<JsonNode> all(JsonNode tree, String name) {
    List<JsonNode> found = new ArrayList<>();
    collect(tree, name, found);
    return found;
  }

  private static void collect(JsonNode node, String name, List<JsonNode> found) {
    if (node.isObject()) {
      for (var member : node.properties()) {
        if (member.getKey().equals(name)) {
          found.add(member.getValue());
        }
        collect(member.getValue(), name, found);
      }
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, name, found));
    }
  }

  /** The {@code uri} of every record of a package (not of the external nodes it links to). */
  static List<String> recordUris(JsonNode pack) {
    List<String> uris = new ArrayList<>();
    uris.add(pack.get("CFDocument").get("uri").stringValue());
    for (String section : new String[] {"CFItems", "CFAssociations", "CFRubrics"}) {
      pack.get(section).forEach(record -> uris.add(record.get("uri").stringValue()));
    }
    pack.get("CFDefinitions")
        .get("CFItemTypes")
        .forEach(type -> uris.add(type.get("uri").stringValue()));
    for (JsonNode rubric : pack.get("CFRubrics")) {
      for (JsonNode criterion : rubric.get("CFRubricCriteria")) {
        uris.add(criterion.get("uri").stringValue());
        criterion
            .get("CFRubricCriterionLevels")
            .forEach(level -> uris.add(level.get("uri").stringValue()));
      }
    }
    return uris;
  }

  /** The CFItems of a package with the given humanCodingScheme, of the given item type title. */
  static ObjectNode item(JsonNode pack, String type, String code) {
    for (JsonNode item : pack.get("CFItems")) {
      if (item.get("CFItemType").stringValue().equals(type)
          && item.get("humanCodingScheme").stringValue().equals(code)) {
        return (ObjectNode) item;
      }
    }
    throw new AssertionError("no " + type + " " + code);
  }

  /** The associations of a package of a type whose origin is the given item. */
  static List<ObjectNode> associations(JsonNode pack, String type, JsonNode origin) {
    List<ObjectNode> found = new ArrayList<>();
    for (JsonNode association : pack.get("CFAssociations")) {
      if (association.get("associationType").stringValue().equals(type)
          && association
              .get("originNodeURI")
              .get("identifier")
              .stringValue()
              .equals(origin.get("identifier").stringValue())) {
        found.add((ObjectNode) association);
      }
    }
    return found;
  }
}
