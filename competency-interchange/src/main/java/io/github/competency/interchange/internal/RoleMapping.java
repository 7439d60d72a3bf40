package io.github.competency.interchange.internal;

import io.github.competency.core.Family;
import io.github.competency.core.FamilyId;
import io.github.competency.core.LevelId;
import io.github.competency.core.Responsibility;
import io.github.competency.core.ResponsibilityId;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.internal.json.Shape;
import io.github.competency.core.internal.json.Shapes;
import io.github.competency.interchange.internal.CaseFormat.ItemType;
import io.github.competency.interchange.internal.CaseIn.Linked;
import io.github.competency.interchange.internal.CaseIn.Relation;
import io.github.competency.interchange.internal.CasePackage.Item;
import io.github.competency.interchange.internal.Issues.Extension;
import io.github.competency.interchange.internal.ItemNames.Named;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A role, both ways: a CFItem of type Role, a child of its family's item when the catalogue
 * declares families (else of the CFDocument), {@code isRelatedTo} its level; the parent of its
 * responsibilities, then of its requirements ({@link RequirementMapping}) and its choice
 * groups ({@link GroupMapping}), numbered in that order; its career steps ({@link CareerSteps}) and references ({@link ReferenceMapping}); the
 * rest (its family's id, its collaborators, its source) in the extension.
 */
final class RoleMapping {

  /** What of a role the extension carries: all CASE has no field of its own for. */
  static final Shape<Role, Role.Builder> EXTENSION =
      Shapes.ROLE.without(
          "this project's extension of a role",
          Set.of(
              "id",
              "title",
              "level",
              "summary",
              "responsibilities",
              "requirements",
              "groups",
              "progressesTo",
              "references"));

  /** The family a role gets that names none, in a package stripped of its extensions. */
  static final String NO_FAMILY = "unassigned";

  private RoleMapping() {}

  static void items(CaseOut out) {
    for (Role role : out.catalogue.roles()) {
      String id = role.id().value();
      out.startItem(ItemType.ROLE, out.name(Names.ROLE, id), id, role.title(), role.summary());
      out.endItem(ItemType.ROLE, EXTENSION, role);
      RequirementMapping.items(out, role);
      GroupMapping.items(out, role);
    }
  }

  static void associations(CaseOut out) {
    for (Role role : out.catalogue.roles()) {
      String id = role.id().value();
      String name = out.name(Names.ROLE, id);
      CaseOut.Node node = out.item(Names.ROLE, id, role.title());
      Optional<Family> family = out.catalogue.find(role.family());
      out.childOf(
          name,
          node,
          family.isPresent()
              ? out.item(Names.FAMILY, family.get().id().value(), family.get().name())
              : out.document());
      out.catalogue
          .find(role.level())
          .ifPresent(
              level ->
                  out.associate(
                      CaseFormat.IS_RELATED_TO,
                      name,
                      node,
                      out.item(Names.LEVEL, level.id().value(), level.name()),
                      null));
      for (ResponsibilityId responsibility : role.responsibilities()) {
        String title =
            out.catalogue
                .find(responsibility)
                .map(Responsibility::title)
                .orElse(responsibility.value());
        out.childOf(
            out.name(Names.RESPONSIBILITY, responsibility.value()),
            out.item(Names.RESPONSIBILITY, responsibility.value(), title),
            node);
      }
      RequirementMapping.associations(out, role, node);
      GroupMapping.associations(out, role, node);
      CareerSteps.write(out, role, node);
      ReferenceMapping.write(out, Names.ROLE, id, role.title(), role.references());
    }
  }

  /** Reads a role; null if it lacks what a role needs (a problem each). */
  static Role read(CaseIn in, Item item, int index, Set<Item> requirements) {
    String path = "roles[" + index + "]";
    in.from(path, item.path());
    Named named = in.named(item);
    Role.Builder role =
        Role.builder().id(RoleId.of(named.slug())).title(named.name()).summary(named.description());
    Extension extension = in.extension(item.extensions(), item.path(), item.id(), EXTENSION, role);
    boolean complete = extension != Extension.BROKEN;
    List<Linked> families = in.links(Relation.FAMILY, item);
    if (!families.isEmpty()) {
      role.family(FamilyId.of(in.slug(families.get(0).item())));
      in.from(path + ".family", families.get(0).association().path());
      extras(in, families, "family", named);
    } else if (!extension.present()) {
      in.issues.warn(
          item.path(),
          item.id(),
          "the role belongs to no family: no isChildOf association to a role family item, and no"
              + " extensions."
              + CaseFormat.EXTENSION
              + ".family; '"
              + NO_FAMILY
              + "' is assumed");
      role.family(FamilyId.of(NO_FAMILY));
    }
    List<Linked> levels = in.links(Relation.LEVEL, item);
    if (levels.isEmpty()) {
      in.issues.problem(
          item.path(), "a role needs a level: an isRelatedTo association to a career level item");
      complete = false;
    } else {
      role.level(LevelId.of(in.slug(levels.get(0).item())));
      in.from(path + ".level", levels.get(0).association().path());
      extras(in, levels, "level", named);
    }
    List<Linked> responsibilities = in.links(Relation.RESPONSIBILITY, item);
    for (int k = 0; k < responsibilities.size(); k++) {
      role.addResponsibility(ResponsibilityId.of(in.slug(responsibilities.get(k).item())));
      in.from(path + ".responsibilities[" + k + "]", responsibilities.get(k).association().path());
    }
    role.requirements(RequirementMapping.read(in, item, path, requirements));
    role.groups(GroupMapping.read(in, item, path, requirements));
    role.progressesTo(CareerSteps.read(in, item, path));
    role.references(ReferenceMapping.read(in, item, path + ".references", 0));
    in.unmapped(item.path(), item.id(), item.members(), SkillMapping.EXTENDED);
    return complete ? role.build() : null;
  }

  private static void extras(CaseIn in, List<Linked> links, String what, Named role) {
    for (Linked extra : links.subList(1, links.size())) {
      in.warn(
          extra.association(),
          "role '"
              + role.slug()
              + "' already has a "
              + what
              + " ("
              + links.get(0).association().path()
              + "); the model gives a role one "
              + what);
    }
  }
}
