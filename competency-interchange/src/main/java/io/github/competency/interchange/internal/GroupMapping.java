package io.github.competency.interchange.internal;

import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.GroupId;
import io.github.competency.core.Requirement;
import io.github.competency.core.Role;
import io.github.competency.core.internal.json.Shape;
import io.github.competency.core.internal.json.Shapes;
import io.github.competency.interchange.internal.CaseFormat.ItemType;
import io.github.competency.interchange.internal.CaseIn.Linked;
import io.github.competency.interchange.internal.CaseIn.Relation;
import io.github.competency.interchange.internal.CasePackage.Item;
import io.github.competency.interchange.internal.Issues.Extension;
import io.github.competency.interchange.internal.ItemNames.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A role's choice group ("at least n of these m"), both ways: a CFItem whose type is the group's
 * importance (Essential choice group, Optional choice group), its id in humanCodingScheme, its
 * title as its name and its note as its description; a child of the role, after the role's
 * requirements. Each option is a CFItem of type Choice option, {@code isPartOf} the group
 * (numbered by its place), {@code isRelatedTo} its skill and {@code hasSkillLevel} its step, as
 * a requirement is ({@link RequirementMapping}). How many options the role needs ({@code
 * atLeast}) and the group's weight have no CASE field and travel in the group's extension; a
 * package without it gets 1, with a warning.
 */
final class GroupMapping {

  /** What of a group the extension carries: all CASE has no field of its own for. */
  static final Shape<ChoiceGroup, ChoiceGroup.Builder> EXTENSION =
      Shapes.GROUP.without(
          "this project's extension of a choice group",
          Set.of("id", "title", "importance", "note", "options"));

  /** An option has nothing of its own in the extension. */
  private static final Shape<Requirement, Requirement.Builder> OPTION =
      Shapes.OPTION.only("this project's extension of a choice option", Set.of());

  private GroupMapping() {}

  private static String name(CaseOut out, Role role, ChoiceGroup group) {
    return out.name(Names.ROLE, role.id().value()) + "/" + Names.GROUP + "/" + group.id();
  }

  private static CaseOut.Node node(String name, String title, CaseOut out, String key) {
    String identifier = CaseOut.identifier(name);
    return new CaseOut.Node(title, identifier, out.uri("CFItems", identifier), key);
  }

  static void items(CaseOut out, Role role) {
    for (ChoiceGroup group : role.groups()) {
      ItemType type = ItemType.group(group.importance());
      String name = name(out, role, group);
      out.startItem(type, name, group.id().value(), group.title(), group.note());
      out.endItem(type, EXTENSION, group);
      for (Requirement option : group.options()) {
        out.startItem(
            ItemType.OPTION,
            name + "/" + Names.OPTION + "/" + option.skill(),
            null,
            RequirementMapping.title(out, option),
            option.note());
        out.endItem(ItemType.OPTION, null, null);
      }
    }
  }

  static void associations(CaseOut out, Role role, CaseOut.Node roleNode) {
    for (ChoiceGroup group : role.groups()) {
      String name = name(out, role, group);
      CaseOut.Node node = node(name, group.title(), out, Names.GROUP + "/" + group.id());
      out.childOf(name, node, roleNode);
      List<Requirement> options = group.options();
      for (int k = 0; k < options.size(); k++) {
        Requirement option = options.get(k);
        String optionName = name + "/" + Names.OPTION + "/" + option.skill();
        CaseOut.Node optionNode =
            node(optionName, RequirementMapping.title(out, option), out, Names.OPTION);
        out.associate(CaseFormat.IS_PART_OF, optionName, optionNode, node, k + 1);
        RequirementMapping.asks(out, optionName, optionNode, option);
      }
    }
  }

  /**
   * Reads a role's choice groups, noting each one's records under {@code path} (such as {@code
   * roles[2]}); a group already read for another role is left out with a warning, and so is an
   * option without its skill or step.
   */
  static List<ChoiceGroup> read(CaseIn in, Item role, String path, Set<Item> claimed) {
    List<ChoiceGroup> groups = new ArrayList<>();
    for (Linked link : in.links(Relation.GROUP, role)) {
      Item item = link.item();
      if (!claimed.add(item)) {
        in.warn(
            link.association(),
            "the choice group "
                + item.path()
                + " belongs to another role already; the model gives a group one role");
        continue;
      }
      String at = path + ".groups[" + groups.size() + "]";
      in.from(at, item.path());
      Named named = in.named(item);
      ChoiceGroup.Builder group =
          ChoiceGroup.builder()
              .id(GroupId.of(named.slug()))
              .title(named.name())
              .note(named.description())
              .importance(item.type().importance());
      Extension extension =
          in.extension(item.extensions(), item.path(), item.id(), EXTENSION, group);
      if (extension == Extension.ABSENT) {
        in.issues.warn(
            item.path(),
            item.id(),
            "how many of its options the choice group needs travels in extensions."
                + CaseFormat.EXTENSION
                + ".atLeast, which the package lacks; 1 is assumed");
        group.atLeast(1);
      }
      in.unmapped(item.path(), item.id(), item.members(), SkillMapping.EXTENDED);
      int options = 0;
      for (Linked option : in.links(Relation.OPTION, item)) {
        Item optionItem = option.item();
        if (!claimed.add(optionItem)) {
          in.warn(
              option.association(),
              "the option " + optionItem.path() + " belongs to another group already");
          continue;
        }
        in.extension(
            optionItem.extensions(),
            optionItem.path(),
            optionItem.id(),
            OPTION,
            Requirement.builder());
        Requirement.Builder asked =
            RequirementMapping.asked(in, optionItem, "option", at + ".options[" + options + "]");
        if (asked != null) {
          group.addOption(asked.build());
          options++;
        }
      }
      if (extension != Extension.BROKEN) {
        groups.add(group.build());
      }
    }
    return groups;
  }
}
