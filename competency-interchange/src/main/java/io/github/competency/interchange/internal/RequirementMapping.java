package io.github.competency.interchange.internal;

import io.github.competency.core.Proficiency;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.Requirement;
import io.github.competency.core.Role;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import io.github.competency.core.internal.json.Shape;
import io.github.competency.core.internal.json.Shapes;
import io.github.competency.interchange.internal.CaseFormat.ItemType;
import io.github.competency.interchange.internal.CaseIn.Linked;
import io.github.competency.interchange.internal.CaseIn.Relation;
import io.github.competency.interchange.internal.CasePackage.Item;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A role's requirement of a skill, both ways, in CASE's own structures so that a CASE tool that
 * keeps only those keeps it: a CFItem whose type is its importance (Essential requirement,
 * Optional requirement), named after the skill and the step and described by the requirement's
 * note; a child of the role, numbered by its place among the role's children (after its
 * responsibilities); {@code isRelatedTo} the skill; {@code hasSkillLevel} the step of the
 * proficiency scale it asks for, which is a CFItem too ({@link ScaleMapping}). Only the weight is
 * in the extension.
 */
final class RequirementMapping {

  /** What of a requirement the extension carries: all CASE has no field of its own for. */
  static final Shape<Requirement, Requirement.Builder> EXTENSION =
      Shapes.REQUIREMENT.without(
          "this project's extension of a requirement",
          Set.of("skill", "proficiency", "importance", "note"));

  private RequirementMapping() {}

  /** The name of a requirement, hashed into its item's identifier. */
  private static String name(CaseOut out, Role role, SkillId skill) {
    return out.name(Names.ROLE, role.id().value()) + "/" + Names.REQUIREMENT + "/" + skill;
  }

  /** The name written for a requirement or an option: its skill's and its step's. */
  static String title(CaseOut out, Requirement requirement) {
    String skill =
        out.catalogue
            .find(requirement.skill())
            .map(Skill::name)
            .orElse(requirement.skill().value());
    String step =
        out.catalogue
            .find(requirement.proficiency())
            .map(Proficiency::name)
            .orElse(requirement.proficiency().value());
    return skill + ": " + step;
  }

  /** The node of a requirement's item. */
  private static CaseOut.Node node(CaseOut out, Role role, Requirement requirement) {
    String identifier = CaseOut.identifier(name(out, role, requirement.skill()));
    return new CaseOut.Node(
        title(out, requirement),
        identifier,
        out.uri("CFItems", identifier),
        Names.REQUIREMENT + "/" + role.id() + "/" + requirement.skill());
  }

  static void items(CaseOut out, Role role) {
    for (Requirement requirement : role.requirements()) {
      ItemType type = ItemType.requirement(requirement.importance());
      out.startItem(
          type,
          name(out, role, requirement.skill()),
          null,
          title(out, requirement),
          requirement.note());
      out.endItem(type, EXTENSION, requirement);
    }
  }

  static void associations(CaseOut out, Role role, CaseOut.Node roleNode) {
    for (Requirement requirement : role.requirements()) {
      String name = name(out, role, requirement.skill());
      CaseOut.Node node = node(out, role, requirement);
      out.childOf(name, node, roleNode);
      asks(out, name, node, requirement);
    }
  }

  /** Writes what a requirement or an option asks for: its skill, and the step. */
  static void asks(CaseOut out, String name, CaseOut.Node node, Requirement requirement) {
    String skill = requirement.skill().value();
    out.associate(
        CaseFormat.IS_RELATED_TO,
        name,
        node,
        out.item(
            Names.SKILL,
            skill,
            out.catalogue.find(requirement.skill()).map(Skill::name).orElse(skill)),
        null);
    String step = requirement.proficiency().value();
    out.associate(
        CaseFormat.HAS_SKILL_LEVEL,
        name,
        node,
        out.item(
            Names.PROFICIENCY,
            step,
            out.catalogue.find(requirement.proficiency()).map(Proficiency::name).orElse(step)),
        null);
  }

  /** The requirement items the roles of a package claimed, to warn about the others. */
  static Set<Item> claimed() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  /**
   * Reads a role's requirements from its requirement items, noting each one's records under
   * {@code path} (such as {@code roles[2]}); a requirement without its skill or step is left out
   * with a warning.
   */
  static List<Requirement> read(CaseIn in, Item role, String path, Set<Item> claimed) {
    List<Requirement> requirements = new ArrayList<>();
    for (Linked link : in.links(Relation.REQUIREMENT, role)) {
      Item item = link.item();
      if (!claimed.add(item)) {
        in.warn(
            link.association(),
            "the requirement "
                + item.path()
                + " belongs to another role already; the model gives a requirement one role");
        continue;
      }
      String at = path + ".requirements[" + requirements.size() + "]";
      Requirement.Builder requirement = asked(in, item, "requirement", at);
      if (requirement != null) {
        requirement.importance(item.type().importance());
        in.extension(item.extensions(), item.path(), item.id(), EXTENSION, requirement);
        requirements.add(requirement.build());
      }
    }
    return requirements;
  }

  /**
   * What a requirement or an option asks for: the skill it {@code isRelatedTo}, the step it
   * {@code hasSkillLevel}, and its note, which is its item's description; noting its records
   * under {@code at} (such as {@code roles[2].requirements[4]}). Null, with a warning, if it
   * names no skill or no step.
   */
  static Requirement.Builder asked(CaseIn in, Item item, String kind, String at) {
    Linked skill = one(in, item, Relation.SKILL, kind, "skill", "an isRelatedTo association");
    Linked step =
        one(
            in,
            item,
            Relation.STEP,
            kind,
            "step of the proficiency scale",
            "a hasSkillLevel association");
    in.unmapped(item.path(), item.id(), item.members(), SkillMapping.EXTENDED);
    if (skill == null || step == null) {
      return null;
    }
    in.from(at, item.path());
    in.from(at + ".skill", skill.association().path());
    in.from(at + ".proficiency", step.association().path());
    return Requirement.builder()
        .skill(SkillId.of(in.slug(skill.item())))
        .proficiency(ProficiencyId.of(in.slug(step.item())))
        .note(in.named(item).description());
  }

  /** The one association of a relation an item owns; warns if it has none or more. */
  private static Linked one(
      CaseIn in, Item item, Relation relation, String kind, String what, String how) {
    List<Linked> links = in.links(relation, item);
    if (links.isEmpty()) {
      in.issues.warn(
          item.path(),
          item.id(),
          "the " + kind + " names no " + what + " (" + how + "); it is left out");
      return null;
    }
    for (Linked extra : links.subList(1, links.size())) {
      in.warn(
          extra.association(),
          "the "
              + kind
              + " "
              + item.path()
              + " asks for one "
              + what
              + " already ("
              + links.get(0).association().path()
              + "); this one is left out");
    }
    return links.get(0);
  }
}
