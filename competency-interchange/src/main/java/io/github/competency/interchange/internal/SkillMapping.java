package io.github.competency.interchange.internal;

import io.github.competency.core.CategoryId;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.Reference;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import io.github.competency.core.internal.json.Kind;
import io.github.competency.core.internal.json.Shape;
import io.github.competency.core.internal.json.Shapes;
import io.github.competency.interchange.internal.CaseFormat.ItemType;
import io.github.competency.interchange.internal.CaseIn.Linked;
import io.github.competency.interchange.internal.CaseIn.Relation;
import io.github.competency.interchange.internal.CasePackage.Item;
import io.github.competency.interchange.internal.ItemNames.Named;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A skill, both ways: a CFItem of type Skill (id, name, description as every item has them, its
 * aliases as {@code conceptKeywords}), a child of its category, its references as {@code
 * exactMatchOf} ({@link ReferenceMapping}), its behaviours as a rubric ({@link ScaleMapping}) and
 * the rest (the steps it is defined at, its source) in the extension. Another framework's item
 * without children becomes a skill: its code and alternative label are aliases too, and the item
 * itself its first reference.
 */
final class SkillMapping {

  /** What of a skill the extension carries: all CASE has no field of its own for. */
  static final Shape<Skill, Skill.Builder> EXTENSION =
      Shapes.SKILL.without(
          "this project's extension of a skill",
          Set.of("id", "name", "category", "description", "aliases", "behaviours", "references"));

  /** The members of every item that the mapping uses or that say nothing to the model. */
  static final Set<String> ITEM_MEMBERS =
      Set.of(
          "identifier",
          "uri",
          "fullStatement",
          "abbreviatedStatement",
          "humanCodingScheme",
          "language",
          "lastChangeDateTime",
          "CFDocumentURI",
          "CFItemAssociationURI");

  /** And those of this project's items. */
  static final Set<String> OUR_MEMBERS = plus(ITEM_MEMBERS, "CFItemType", "CFItemTypeURI");

  /** And those of this project's items that may have an extension. */
  static final Set<String> EXTENDED = plus(OUR_MEMBERS, "extensions");

  private static final Set<String> OUR_SKILL = plus(EXTENDED, "conceptKeywords");
  private static final Set<String> OTHER_SKILL =
      plus(ITEM_MEMBERS, "conceptKeywords", "notes", "listEnumeration", "alternativeLabel");

  private SkillMapping() {}

  static void items(CaseOut out) {
    for (Skill skill : out.catalogue.skills()) {
      String id = skill.id().value();
      out.startItem(
          ItemType.SKILL, out.name(Names.SKILL, id), id, skill.name(), skill.description());
      out.strings("conceptKeywords", skill.aliases());
      out.endItem(ItemType.SKILL, EXTENSION, skill);
    }
  }

  static void associations(CaseOut out) {
    for (Skill skill : out.catalogue.skills()) {
      String id = skill.id().value();
      CaseOut.Node node = out.item(Names.SKILL, id, skill.name());
      out.catalogue
          .find(skill.category())
          .ifPresent(
              category ->
                  out.childOf(
                      out.name(Names.SKILL, id),
                      node,
                      out.item(Names.CATEGORY, category.id().value(), category.name())));
      ReferenceMapping.write(out, Names.SKILL, id, skill.name(), skill.references());
    }
  }

  static Skill read(
      CaseIn in,
      Item item,
      ScaleMapping.Scale scale,
      int index,
      Supplier<CategoryId> defaultCategory) {
    String path = "skills[" + index + "]";
    in.from(path, item.path());
    Named named = in.named(item);
    Skill.Builder skill =
        Skill.builder()
            .id(SkillId.of(named.slug()))
            .name(named.name())
            .description(named.description());
    int offset = 0;
    if (item.ours()) {
      skill.aliases(item.keywords());
      in.extension(item.extensions(), item.path(), item.id(), EXTENSION, skill);
    } else {
      List<String> aliases = new ArrayList<>();
      for (String alias : new String[] {named.code(), item.alternativeLabel()}) {
        if (alias != null && !alias.isBlank() && !alias.equals(named.name())) {
          aliases.add(alias);
        }
      }
      aliases.addAll(item.keywords());
      skill.aliases(new LinkedHashSet<>(aliases));
      Reference.Builder identity =
          Reference.builder().scheme(CaseFormat.CASE_SCHEME).code(item.identifier());
      URI uri = item.uri() == null ? null : Kind.absoluteUri(item.uri());
      if (uri != null) {
        identity.uri(uri);
      }
      skill.addReference(identity.build());
      offset = 1;
    }
    List<Linked> parents = in.links(Relation.CATEGORY, item);
    if (parents.isEmpty()) {
      skill.category(defaultCategory.get());
    } else {
      Linked first = parents.get(0);
      skill.category(CategoryId.of(in.slug(first.item())));
      in.from(path + ".category", first.association().path());
      for (Linked extra : parents.subList(1, parents.size())) {
        in.warn(
            extra.association(),
            "skill '"
                + named.slug()
                + "' belongs to category '"
                + in.slug(first.item())
                + "' ("
                + first.association().path()
                + "); the model gives a skill one category");
      }
    }
    skill.addAllReferences(ReferenceMapping.read(in, item, path + ".references", offset));
    Map<ProficiencyId, String> behaviours = scale.behaviours().getOrDefault(item, Map.of());
    skill.behaviours(behaviours);
    behaviours
        .keySet()
        .forEach(
            step ->
                in.from(path + ".behaviours." + step, scale.behaviourPaths().get(item).get(step)));
    in.unmapped(item.path(), item.id(), item.members(), item.ours() ? OUR_SKILL : OTHER_SKILL);
    return skill.build();
  }

  static Set<String> plus(Set<String> members, String... more) {
    Set<String> all = new HashSet<>(members);
    all.addAll(java.util.Arrays.asList(more));
    return Set.copyOf(all);
  }
}
