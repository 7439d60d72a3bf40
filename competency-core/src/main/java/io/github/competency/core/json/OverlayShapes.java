package io.github.competency.core.json;

import io.github.competency.core.CatalogueId;
import io.github.competency.core.GroupId;
import io.github.competency.core.Importance;
import io.github.competency.core.ItemId;
import io.github.competency.core.Items;
import io.github.competency.core.Overlay;
import io.github.competency.core.OverlayId;
import io.github.competency.core.Patch;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.Requirement;
import io.github.competency.core.SkillId;
import io.github.competency.core.internal.json.Field;
import io.github.competency.core.internal.json.Kind;
import io.github.competency.core.internal.json.Shape;
import io.github.competency.core.internal.json.Shapes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The tables of the {@value #FORMAT} format: an overlay's base, the items it adds and replaces
 * (in the catalogue format's own shapes), the ids it removes and the fields it patches, by
 * kind of item.
 */
final class OverlayShapes {

  /** The format's name and version. */
  static final String FORMAT = "competency-overlay/1";

  private OverlayShapes() {}

  /** An overlay's id. */
  static final Shapes.IdKind<OverlayId> OVERLAY_ID =
      Shapes.IdKind.of(OverlayId.class, "overlay", OverlayId::of);

  // ------------------------------------------------------------------ base

  /** The base of an overlay while it is read. */
  static final class Base {
    CatalogueId catalogue;
    List<String> versions = List.of();
  }

  static final Shape<Base, Base> BASE =
      new Shape<>(
          Base.class,
          "base",
          "a",
          Base::new,
          b -> b,
          Field.required(
              "catalogue", Shapes.CATALOGUE_ID.kind(), (b, v) -> b.catalogue = v, b -> b.catalogue),
          Field.many(
              "versions", Kind.list(Kind.STRING), (b, v) -> b.versions = v, b -> b.versions));

  // ------------------------------------------------------------------ items added or replaced

  static final Shape<Items, Items.Builder> ITEMS =
      new Shape<>(
          Items.class,
          "set of items",
          "a",
          Items::builder,
          Items.Builder::build,
          Field.many(
              "proficiencies",
              Kind.list(Kind.object(Shapes.PROFICIENCY)),
              Items.Builder::proficiencies,
              Items::proficiencies),
          Field.many(
              "levels", Kind.list(Kind.object(Shapes.LEVEL)), Items.Builder::levels, Items::levels),
          Field.many(
              "families",
              Kind.list(Kind.object(Shapes.FAMILY)),
              Items.Builder::families,
              Items::families),
          Field.many(
              "categories",
              Kind.list(Kind.object(Shapes.CATEGORY)),
              Items.Builder::categories,
              Items::categories),
          Field.many(
              "skills", Kind.list(Kind.object(Shapes.SKILL)), Items.Builder::skills, Items::skills),
          Field.many(
              "responsibilities",
              Kind.list(Kind.object(Shapes.RESPONSIBILITY)),
              Items.Builder::responsibilities,
              Items::responsibilities),
          Field.many(
              "roles", Kind.list(Kind.object(Shapes.ROLE)), Items.Builder::roles, Items::roles));

  // ------------------------------------------------------------------ ids removed

  /** The sections of a catalogue and the id type of each, in the format's order. */
  record Section(String name, Shapes.IdKind<? extends ItemId<?>> id) {}

  static final List<Section> SECTIONS =
      List.of(
          new Section("proficiencies", Shapes.PROFICIENCY_ID),
          new Section("levels", Shapes.LEVEL_ID),
          new Section("families", Shapes.FAMILY_ID),
          new Section("categories", Shapes.CATEGORY_ID),
          new Section("skills", Shapes.SKILL_ID),
          new Section("responsibilities", Shapes.RESPONSIBILITY_ID),
          new Section("roles", Shapes.ROLE_ID));

  /** Ids by section, while they are read or written. */
  static final class Removals {
    final Map<String, List<ItemId<?>>> sections = new LinkedHashMap<>();

    static Removals of(List<ItemId<?>> ids) {
      Removals removals = new Removals();
      for (Section section : SECTIONS) {
        List<ItemId<?>> inSection =
            ids.stream().filter(id -> section.id().type().isInstance(id)).toList();
        if (!inSection.isEmpty()) {
          removals.sections.put(section.name(), inSection);
        }
      }
      return removals;
    }

    List<ItemId<?>> all() {
      List<ItemId<?>> all = new ArrayList<>();
      sections.values().forEach(all::addAll);
      return all;
    }
  }

  @SuppressWarnings("unchecked")
  private static Field<Removals, Removals, List<ItemId<?>>> removal(Section section) {
    Kind<ItemId<?>> id = (Kind<ItemId<?>>) (Kind<?>) section.id().kind();
    return Field.optional(
        section.name(),
        Kind.list(id),
        (r, v) -> r.sections.put(section.name(), v),
        r -> r.sections.get(section.name()));
  }

  static final Shape<Removals, Removals> REMOVALS =
      new Shape<>(
          Removals.class,
          "set of removals",
          "a",
          Removals::new,
          r -> r,
          removal(SECTIONS.get(0)),
          removal(SECTIONS.get(1)),
          removal(SECTIONS.get(2)),
          removal(SECTIONS.get(3)),
          removal(SECTIONS.get(4)),
          removal(SECTIONS.get(5)),
          removal(SECTIONS.get(6)));

  // ------------------------------------------------------------------ patches

  /** The target a patch read inside a section gets until the section's key is known. */
  private static final SkillId PENDING = SkillId.of("pending");

  /** Collects a change of one requirement while it is read. */
  static final class RequirementBuilder {
    private Optional<ProficiencyId> proficiency = Optional.empty();
    private Optional<Importance> importance = Optional.empty();
    private OptionalDouble weight = OptionalDouble.empty();
    private Optional<String> note = Optional.empty();

    Patch.RequirementChange build() {
      return new Patch.RequirementChange(PENDING, proficiency, importance, weight, note);
    }
  }

  static final Shape<Patch.RequirementChange, RequirementBuilder> REQUIREMENT =
      new Shape<>(
          Patch.RequirementChange.class,
          "requirement change",
          "a",
          RequirementBuilder::new,
          RequirementBuilder::build,
          Field.optional(
              "proficiency",
              Shapes.PROFICIENCY_ID.kind(),
              (b, v) -> b.proficiency = Optional.of(v),
              c -> c.proficiency().orElse(null)),
          Field.optional(
              "importance",
              Kind.IMPORTANCE,
              (b, v) -> b.importance = Optional.of(v),
              c -> c.importance().orElse(null)),
          Field.optional(
              "weight",
              Kind.NUMBER,
              (b, v) -> b.weight = OptionalDouble.of(v),
              c -> Field.orNull(c.weight())),
          Field.optional(
              "note", Kind.STRING, (b, v) -> b.note = Optional.of(v), c -> c.note().orElse(null)));

  /** The target a group change read inside a role's patch gets until its key is known. */
  private static final GroupId PENDING_GROUP = GroupId.of("pending");

  /** Collects a change of one choice group while it is read. */
  static final class GroupBuilder {
    private Optional<String> title = Optional.empty();
    private OptionalInt atLeast = OptionalInt.empty();
    private Optional<Importance> importance = Optional.empty();
    private OptionalDouble weight = OptionalDouble.empty();
    private Optional<String> note = Optional.empty();
    private Optional<List<Requirement>> options = Optional.empty();

    Patch.GroupChange build() {
      return new Patch.GroupChange(
          PENDING_GROUP, title, atLeast, importance, weight, note, options);
    }
  }

  static final Shape<Patch.GroupChange, GroupBuilder> GROUP =
      new Shape<>(
          Patch.GroupChange.class,
          "choice group change",
          "a",
          GroupBuilder::new,
          GroupBuilder::build,
          Field.optional(
              "title",
              Kind.STRING,
              (b, v) -> b.title = Optional.of(v),
              c -> c.title().orElse(null)),
          Field.optional(
              "atLeast",
              Kind.INTEGER,
              (b, v) -> b.atLeast = OptionalInt.of(v),
              c -> c.atLeast().isPresent() ? c.atLeast().getAsInt() : null),
          Field.optional(
              "importance",
              Kind.IMPORTANCE,
              (b, v) -> b.importance = Optional.of(v),
              c -> c.importance().orElse(null)),
          Field.optional(
              "weight",
              Kind.NUMBER,
              (b, v) -> b.weight = OptionalDouble.of(v),
              c -> Field.orNull(c.weight())),
          Field.optional(
              "note", Kind.STRING, (b, v) -> b.note = Optional.of(v), c -> c.note().orElse(null)),
          Field.optional(
              "options",
              Kind.list(Kind.object(Shapes.OPTION)),
              (b, v) -> b.options = Optional.of(v),
              c -> c.options().orElse(null)));

  private static Field<Patch, Patch.Builder, Map<String, Patch.GroupChange>> groups() {
    return Field.optional(
        "groups",
        Kind.idMap("group", Kind.object(GROUP)),
        (b, changes) ->
            changes.forEach(
                (group, c) ->
                    b.addGroupChange(
                        new Patch.GroupChange(
                            GroupId.of(group),
                            c.title(),
                            c.atLeast(),
                            c.importance(),
                            c.weight(),
                            c.note(),
                            c.options()))),
        p -> {
          Map<String, Patch.GroupChange> byId = new LinkedHashMap<>();
          p.groupChanges().forEach(c -> byId.put(c.group().value(), c));
          return byId.isEmpty() ? null : byId;
        });
  }

  private static Field<Patch, Patch.Builder, String> text(Patch.TextField field) {
    return Field.optional(
        field.label(), Kind.STRING, (b, v) -> b.putText(field, v), p -> p.texts().get(field));
  }

  private static Field<Patch, Patch.Builder, Map<String, Patch.RequirementChange>> requirements() {
    return Field.optional(
        "requirements",
        Kind.idMap("skill", Kind.object(REQUIREMENT)),
        (b, changes) ->
            changes.forEach(
                (skill, c) ->
                    b.addRequirementChange(
                        new Patch.RequirementChange(
                            SkillId.of(skill),
                            c.proficiency(),
                            c.importance(),
                            c.weight(),
                            c.note()))),
        p -> {
          Map<String, Patch.RequirementChange> byId = new LinkedHashMap<>();
          p.requirementChanges().forEach(c -> byId.put(c.skill().value(), c));
          return byId.isEmpty() ? null : byId;
        });
  }

  private static Shape<Patch, Patch.Builder> patch(
      String noun, List<Field<Patch, Patch.Builder, ?>> fields) {
    return Shape.of(Patch.class, noun, "a", Patch::builder, b -> b.target(PENDING).build(), fields);
  }

  static final Shape<Patch, Patch.Builder> PROFICIENCY_PATCH =
      patch(
          "patch of a proficiency " + "step",
          List.of(text(Patch.TextField.NAME), text(Patch.TextField.DESCRIPTION)));
  static final Shape<Patch, Patch.Builder> LEVEL_PATCH =
      patch("patch of a level", List.of(text(Patch.TextField.NAME), text(Patch.TextField.SUMMARY)));
  static final Shape<Patch, Patch.Builder> FAMILY_PATCH =
      patch(
          "patch of a role family",
          List.of(text(Patch.TextField.NAME), text(Patch.TextField.DESCRIPTION)));
  static final Shape<Patch, Patch.Builder> CATEGORY_PATCH =
      patch(
          "patch of a skill category",
          List.of(text(Patch.TextField.NAME), text(Patch.TextField.DESCRIPTION)));
  static final Shape<Patch, Patch.Builder> SKILL_PATCH =
      patch(
          "patch of a skill",
          List.of(
              text(Patch.TextField.NAME),
              text(Patch.TextField.DESCRIPTION),
              Field.many(
                  "addAliases",
                  Kind.list(Kind.STRING),
                  Patch.Builder::newAliases,
                  Patch::newAliases),
              Field.many(
                  "removeAliases",
                  Kind.list(Kind.STRING),
                  Patch.Builder::droppedAliases,
                  Patch::droppedAliases)));
  static final Shape<Patch, Patch.Builder> RESPONSIBILITY_PATCH =
      patch(
          "patch of a responsibility",
          List.of(
              text(Patch.TextField.TITLE),
              text(Patch.TextField.AREA),
              text(Patch.TextField.DESCRIPTION),
              Field.many(
                  "addIndicators",
                  Kind.list(Kind.STRING),
                  Patch.Builder::newIndicators,
                  Patch::newIndicators),
              Field.many(
                  "addSkills",
                  Kind.list(Shapes.SKILL_ID.kind()),
                  Patch.Builder::newSkills,
                  Patch::newSkills)));
  static final Shape<Patch, Patch.Builder> ROLE_PATCH =
      patch(
          "patch of a role",
          List.of(
              text(Patch.TextField.TITLE),
              text(Patch.TextField.SUMMARY),
              requirements(),
              Field.many(
                  "removeRequirements",
                  Kind.list(Shapes.SKILL_ID.kind()),
                  Patch.Builder::droppedRequirements,
                  Patch::droppedRequirements),
              groups(),
              Field.many(
                  "removeGroups",
                  Kind.list(Shapes.GROUP_ID.kind()),
                  Patch.Builder::droppedGroups,
                  Patch::droppedGroups),
              Field.many(
                  "addResponsibilities",
                  Kind.list(Shapes.RESPONSIBILITY_ID.kind()),
                  Patch.Builder::newResponsibilities,
                  Patch::newResponsibilities),
              Field.many(
                  "removeResponsibilities",
                  Kind.list(Shapes.RESPONSIBILITY_ID.kind()),
                  Patch.Builder::droppedResponsibilities,
                  Patch::droppedResponsibilities),
              Field.many(
                  "addCollaborators",
                  Kind.list(Kind.STRING),
                  Patch.Builder::newCollaborators,
                  Patch::newCollaborators),
              Field.many(
                  "addProgressesTo",
                  Kind.list(Shapes.ROLE_ID.kind()),
                  Patch.Builder::newProgressions,
                  Patch::newProgressions)));

  /** Patches by section and target id, while they are read or written. */
  static final class Patches {
    final Map<String, Map<String, Patch>> sections = new LinkedHashMap<>();

    static Patches of(List<Patch> patches) {
      Patches grouped = new Patches();
      for (Section section : SECTIONS) {
        Map<String, Patch> byId = new LinkedHashMap<>();
        patches.stream()
            .filter(p -> section.id().type().isInstance(p.target()))
            .forEach(p -> byId.merge(p.target().value(), p, Patches::merge));
        if (!byId.isEmpty()) {
          grouped.sections.put(section.name(), byId);
        }
      }
      return grouped;
    }

    /** Two patches of one item as one: the lists joined, the later texts winning. */
    private static Patch merge(Patch first, Patch second) {
      return Patch.builder()
          .from(first)
          .putAllTexts(second.texts())
          .addAllNewAliases(second.newAliases())
          .addAllDroppedAliases(second.droppedAliases())
          .addAllNewIndicators(second.newIndicators())
          .addAllNewSkills(second.newSkills())
          .addAllRequirementChanges(second.requirementChanges())
          .addAllDroppedRequirements(second.droppedRequirements())
          .addAllGroupChanges(second.groupChanges())
          .addAllDroppedGroups(second.droppedGroups())
          .addAllNewResponsibilities(second.newResponsibilities())
          .addAllDroppedResponsibilities(second.droppedResponsibilities())
          .addAllNewCollaborators(second.newCollaborators())
          .addAllNewProgressions(second.newProgressions())
          .build();
    }

    List<Patch> all() {
      List<Patch> all = new ArrayList<>();
      for (Section section : SECTIONS) {
        Map<String, Patch> byId = sections.getOrDefault(section.name(), Map.of());
        byId.forEach(
            (id, patch) ->
                all.add(Patch.builder().from(patch).target(section.id().of().apply(id)).build()));
      }
      return all;
    }
  }

  private static Field<Patches, Patches, Map<String, Patch>> patches(
      Section section, Shape<Patch, Patch.Builder> shape) {
    return Field.optional(
        section.name(),
        Kind.idMap(section.id().noun(), Kind.object(shape)),
        (p, v) -> p.sections.put(section.name(), v),
        p -> p.sections.get(section.name()));
  }

  static final Shape<Patches, Patches> PATCHES =
      new Shape<>(
          Patches.class,
          "set of patches",
          "a",
          Patches::new,
          p -> p,
          patches(SECTIONS.get(0), PROFICIENCY_PATCH),
          patches(SECTIONS.get(1), LEVEL_PATCH),
          patches(SECTIONS.get(2), FAMILY_PATCH),
          patches(SECTIONS.get(3), CATEGORY_PATCH),
          patches(SECTIONS.get(4), SKILL_PATCH),
          patches(SECTIONS.get(5), RESPONSIBILITY_PATCH),
          patches(SECTIONS.get(6), ROLE_PATCH));

  // ------------------------------------------------------------------ the document

  /** The whole overlay while it is read. */
  static final class Document {
    OverlayId id;
    String title = "";
    Base base;
    Items add = Items.none();
    Items replace = Items.none();
    Removals remove = new Removals();
    Patches patch = new Patches();

    Overlay build() {
      return Overlay.builder()
          .id(id)
          .title(title)
          .base(base.catalogue)
          .versions(base.versions)
          .add(add)
          .replace(replace)
          .remove(remove.all())
          .patches(patch.all())
          .build();
    }

    static Document of(Overlay overlay) {
      Document document = new Document();
      document.id = overlay.id();
      document.title = overlay.title();
      document.base = new Base();
      document.base.catalogue = overlay.base();
      document.base.versions = overlay.versions();
      document.add = overlay.add();
      document.replace = overlay.replace();
      document.remove = Removals.of(overlay.remove());
      document.patch = Patches.of(overlay.patches());
      return document;
    }
  }

  private static <T> T unlessEmpty(T value, Function<T, Boolean> empty) {
    return empty.apply(value) ? null : value;
  }

  static final Shape<Document, Document> OVERLAY =
      new Shape<>(
          Document.class,
          "overlay",
          "an",
          Document::new,
          d -> d,
          Field.required(
              "format",
              Kind.format(FORMAT, "competency-overlay/", "competency overlay"),
              (d, v) -> {},
              d -> FORMAT),
          Field.required("id", OVERLAY_ID.kind(), (d, v) -> d.id = v, d -> d.id),
          Field.text("title", (d, v) -> d.title = v, d -> d.title),
          Field.required("base", Kind.object(BASE), (d, v) -> d.base = v, d -> d.base),
          Field.optional(
              "add",
              Kind.object(ITEMS),
              (d, v) -> d.add = v,
              d -> unlessEmpty(d.add, Items::isEmpty)),
          Field.optional(
              "replace",
              Kind.object(ITEMS),
              (d, v) -> d.replace = v,
              d -> unlessEmpty(d.replace, Items::isEmpty)),
          Field.optional(
              "remove",
              Kind.object(REMOVALS),
              (d, v) -> d.remove = v,
              d -> unlessEmpty(d.remove, r -> r.sections.isEmpty())),
          Field.optional(
              "patch",
              Kind.object(PATCHES),
              (d, v) -> d.patch = v,
              d -> unlessEmpty(d.patch, p -> p.sections.isEmpty())));
}
