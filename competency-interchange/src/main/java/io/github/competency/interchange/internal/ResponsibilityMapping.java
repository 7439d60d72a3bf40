package io.github.competency.interchange.internal;

import io.github.competency.core.Responsibility;
import io.github.competency.core.ResponsibilityId;
import io.github.competency.core.Role;
import io.github.competency.core.internal.json.Shape;
import io.github.competency.core.internal.json.Shapes;
import io.github.competency.interchange.internal.CaseFormat.ItemType;
import io.github.competency.interchange.internal.CasePackage.Item;
import io.github.competency.interchange.internal.CasePackage.Link;
import io.github.competency.interchange.internal.ItemNames.Named;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A responsibility, both ways: a CFItem of type Responsibility whose {@code conceptKeywordsURI}
 * names its area, a CFConcept of CFDefinitions (so that the area stays in CASE's own fields);
 * a child of each role that lists it ({@link RoleMapping}), or of the CFDocument if none does;
 * its skills ({@link ResponsibilitySkills}); the rest (its indicators, its source) in the
 * extension.
 */
final class ResponsibilityMapping {

  /** What of a responsibility the extension carries: all CASE has no field of its own for. */
  static final Shape<Responsibility, Responsibility.Builder> EXTENSION =
      Shapes.RESPONSIBILITY.without(
          "this project's extension of a responsibility",
          Set.of("id", "title", "area", "description", "skills"));

  private static final Set<String> MEMBERS =
      SkillMapping.plus(SkillMapping.EXTENDED, "conceptKeywordsURI");

  /** The area a responsibility without one gets. */
  static final String NO_AREA = "General";

  private ResponsibilityMapping() {}

  static void items(CaseOut out) {
    for (Responsibility responsibility : out.catalogue.responsibilities()) {
      String id = responsibility.id().value();
      out.startItem(
          ItemType.RESPONSIBILITY,
          out.name(Names.RESPONSIBILITY, id),
          id,
          responsibility.title(),
          responsibility.description());
      out.out.writeName("conceptKeywordsURI");
      out.link(responsibility.area(), area(responsibility.area(), out), "CFConcepts");
      out.endItem(ItemType.RESPONSIBILITY, EXTENSION, responsibility);
    }
  }

  /** The identifier of an area's CFConcept. */
  private static String area(String area, CaseOut out) {
    return CaseOut.identifier(out.name(Names.AREA, area));
  }

  static void associations(CaseOut out) {
    Set<ResponsibilityId> inRoles = new HashSet<>();
    for (Role role : out.catalogue.roles()) {
      inRoles.addAll(role.responsibilities());
    }
    for (Responsibility responsibility : out.catalogue.responsibilities()) {
      if (!inRoles.contains(responsibility.id())) {
        PlainItems.childOfDocument(
            out, ItemType.RESPONSIBILITY, responsibility.id().value(), responsibility.title());
      }
      ResponsibilitySkills.write(out, responsibility);
    }
  }

  /** The CFConcepts of the areas, in the order the responsibilities first name them. */
  static void concepts(CaseOut out) {
    Set<String> areas = new LinkedHashSet<>();
    out.catalogue.responsibilities().forEach(r -> areas.add(r.area()));
    if (areas.isEmpty()) {
      return;
    }
    var json = out.out;
    json.writeName("CFConcepts");
    json.writeStartArray();
    int position = 1;
    for (String area : areas) {
      String identifier = area(area, out);
      json.writeStartObject();
      json.writeStringProperty("identifier", identifier);
      json.writeStringProperty("uri", out.uri("CFConcepts", identifier));
      json.writeStringProperty("title", area);
      json.writeStringProperty("hierarchyCode", Integer.toString(position++));
      json.writeStringProperty("lastChangeDateTime", out.time());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  static Responsibility read(CaseIn in, Item item, int index) {
    String path = "responsibilities[" + index + "]";
    in.from(path, item.path());
    Named named = in.named(item);
    Responsibility.Builder responsibility =
        Responsibility.builder()
            .id(ResponsibilityId.of(named.slug()))
            .title(named.name())
            .description(named.description());
    Link concept = item.concept();
    String area = concept == null ? null : in.pack.concepts().get(concept.identifier());
    if (area == null && concept != null) {
      area = concept.title();
    }
    if (area == null) {
      in.issues.warn(
          item.path(),
          item.id(),
          "the responsibility names no area (a conceptKeywordsURI with a title); '"
              + NO_AREA
              + "' is assumed");
      area = NO_AREA;
    } else {
      in.from(path + ".area", item.path() + ".conceptKeywordsURI");
    }
    responsibility.area(area);
    in.extension(item.extensions(), item.path(), item.id(), EXTENSION, responsibility);
    responsibility.skills(ResponsibilitySkills.read(in, item, path));
    in.unmapped(item.path(), item.id(), item.members(), MEMBERS);
    return responsibility.build();
  }
}
