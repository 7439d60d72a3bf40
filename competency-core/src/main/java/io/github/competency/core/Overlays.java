package io.github.competency.core;

import io.github.competency.core.internal.Texts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Applies {@link Overlay}s to a catalogue, in order, and keeps where each changed item comes
 * from.
 *
 * <p>Each overlay is applied to the result of the ones before it: it must name that catalogue
 * and one of its versions; what it removes, replaces and patches must exist, what it adds must
 * be new; and the catalogue it leaves must be valid as a whole. Every problem is reported at
 * once, at its path in the overlay ({@code add.skills[0].category},
 * {@code patch.roles.senior-backend-engineer.requirements.sql}), in a
 * {@link ValidationException} naming the overlay; a problem the whole catalogue shows is
 * traced back to the item the overlay added, replaced or patched, or to what it removed.
 *
 * <p>This class holds no state; it is thread-safe.
 */
public final class Overlays {

  private Overlays() {}

  /** How an overlay changed an item. */
  public enum How {
    /** The overlay added the item. */
    ADDED,
    /** The overlay put the item in place of the base's. */
    REPLACED,
    /** The overlay changed fields of the item. */
    PATCHED
  }

  /**
   * One change an overlay made to an item.
   *
   * @param overlay the overlay
   * @param how what it did
   */
  public record Change(OverlayId overlay, How how) {
    /**
     * Checks the parts.
     *
     * @param overlay the overlay
     * @param how what it did
     */
    public Change {
      Objects.requireNonNull(overlay, "overlay");
      Objects.requireNonNull(how, "how");
    }
  }

  /**
   * A catalogue with overlays applied, and what each overlay did to which item.
   *
   * @param catalogue the catalogue after every overlay
   * @param changes for each item an overlay added, replaced or patched, what was done, in the
   *     order the overlays were applied; items not listed are the base's
   * @param removed the ids of base items the overlays removed, with the overlay that did
   */
  public record Layered(
      Catalogue catalogue,
      Map<ItemId<?>, List<Change>> changes,
      Map<ItemId<?>, OverlayId> removed) {

    /**
     * Checks and copies the parts.
     *
     * @param catalogue the catalogue
     * @param changes the changes by item
     * @param removed the removals
     */
    public Layered {
      Objects.requireNonNull(catalogue, "catalogue");
      Map<ItemId<?>, List<Change>> copy = new LinkedHashMap<>();
      Objects.requireNonNull(changes, "changes")
          .forEach((id, list) -> copy.put(id, List.copyOf(list)));
      changes = Collections.unmodifiableMap(copy);
      removed =
          Collections.unmodifiableMap(
              new LinkedHashMap<>(Objects.requireNonNull(removed, "removed")));
    }

    /**
     * Returns what the overlays did to an item.
     *
     * @param id the item's id
     * @return the changes in order; empty if the item is the base's as it was
     */
    public List<Change> changesOf(ItemId<?> id) {
      Objects.requireNonNull(id, "id");
      return changes.getOrDefault(id, List.of());
    }
  }

  /**
   * Applies overlays to a catalogue, in order.
   *
   * @param base the catalogue
   * @param overlays the overlays, the first applied first
   * @return the result and where its items come from
   * @throws ValidationException listing every problem of the first overlay that does not fit,
   *     at its paths in that overlay
   */
  public static Layered apply(Catalogue base, List<Overlay> overlays) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(overlays, "overlays");
    Catalogue current = base;
    Map<ItemId<?>, List<Change>> changes = new LinkedHashMap<>();
    Map<ItemId<?>, OverlayId> removed = new LinkedHashMap<>();
    for (Overlay overlay : overlays) {
      Objects.requireNonNull(overlay, "overlays element");
      Step step = new Step(current, overlay);
      current = step.apply();
      step.touched.forEach(
          (id, touch) ->
              changes
                  .computeIfAbsent(id, k -> new ArrayList<>())
                  .add(new Change(overlay.id(), touch.how)));
      for (ItemId<?> id : step.removedHere.keySet()) {
        if (changes.remove(id) == null) {
          removed.put(id, overlay.id());
        }
      }
    }
    return new Layered(current, changes, removed);
  }

  /** Where an overlay touched an item: how, and the item's path in the overlay. */
  private record Touch(How how, String path) {}

  /** One overlay applied to one catalogue. */
  private static final class Step {
    private final Catalogue catalogue;
    private final Overlay overlay;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<ItemId<?>, Touch> touched = new LinkedHashMap<>();
    private final Map<ItemId<?>, String> removedHere = new LinkedHashMap<>();
    private final Lists lists;

    Step(Catalogue catalogue, Overlay overlay) {
      this.catalogue = catalogue;
      this.overlay = overlay;
      this.lists = new Lists(catalogue);
    }

    Catalogue apply() {
      if (!overlay.base().equals(catalogue.id())) {
        problem(
            "base.catalogue",
            "this overlay applies to the catalogue '"
                + overlay.base()
                + "', not to '"
                + catalogue.id()
                + "'");
      } else if (!overlay.appliesTo(catalogue.version())) {
        problem(
            "base.versions",
            "this overlay applies to versions "
                + String.join(", ", overlay.versions())
                + " of '"
                + catalogue.id()
                + "', not to "
                + catalogue.version());
      }
      if (!problems.isEmpty()) {
        throw failure();
      }
      remove();
      items("replace", overlay.replace(), true);
      items("add", overlay.add(), false);
      for (Patch patch : overlay.patches()) {
        patch(patch);
      }
      if (!problems.isEmpty()) {
        throw failure();
      }
      try {
        return lists.build();
      } catch (InvalidCatalogueException e) {
        e.problems().forEach(this::trace);
        throw failure();
      }
    }

    private void remove() {
      List<String> paths = OverlayCheck.removalPaths(overlay.remove());
      for (int i = 0; i < overlay.remove().size(); i++) {
        ItemId<?> id = overlay.remove().get(i);
        String path = paths.get(i);
        if (!lists.remove(id)) {
          problem(
              path,
              "the catalogue has no " + ((AbstractId<?>) id).kind() + " '" + id + "' to remove");
        } else {
          removedHere.put(id, path);
        }
      }
    }

    private void items(String operation, Items items, boolean replace) {
      put(operation, "proficiencies", items.proficiencies(), Proficiency::id, replace);
      put(operation, "levels", items.levels(), Level::id, replace);
      put(operation, "families", items.families(), Family::id, replace);
      put(operation, "categories", items.categories(), Category::id, replace);
      put(operation, "skills", items.skills(), Skill::id, replace);
      put(operation, "responsibilities", items.responsibilities(), Responsibility::id, replace);
      put(operation, "roles", items.roles(), Role::id, replace);
    }

    private <T> void put(
        String operation,
        String section,
        List<T> items,
        Function<T, ItemId<?>> id,
        boolean replace) {
      for (int i = 0; i < items.size(); i++) {
        T item = items.get(i);
        ItemId<?> key = id.apply(item);
        String path = operation + "." + section + "[" + i + "]";
        boolean exists = lists.has(key);
        if (replace && !exists) {
          problem(
              path + ".id",
              "the catalogue has no "
                  + ((AbstractId<?>) key).kind()
                  + " '"
                  + key
                  + "' to replace; add it instead");
        } else if (!replace && exists) {
          problem(
              path + ".id",
              "the catalogue already has the "
                  + ((AbstractId<?>) key).kind()
                  + " '"
                  + key
                  + "'; replace it instead");
        } else {
          lists.put(key, item);
          touched.put(key, new Touch(replace ? How.REPLACED : How.ADDED, path));
        }
      }
    }

    private void patch(Patch patch) {
      ItemId<?> id = patch.target();
      String path = "patch." + TextKey.section(id) + "." + id;
      Optional<Object> item = lists.get(id);
      if (item.isEmpty()) {
        problem(
            path, "the catalogue has no " + ((AbstractId<?>) id).kind() + " '" + id + "' to patch");
        return;
      }
      Object patched = new Patcher(path, problems).apply(item.get(), patch, catalogue);
      if (patched != null) {
        lists.put(id, patched);
        touched.putIfAbsent(id, new Touch(How.PATCHED, path));
      }
    }

    /** Traces a problem of the whole catalogue back to where the overlay caused it. */
    private void trace(Problem problem) {
      String path = problem.path();
      int dot = path.indexOf('.');
      String item = dot < 0 ? path : path.substring(0, dot);
      String rest = dot < 0 ? "" : path.substring(dot);
      ItemId<?> id = lists.idAt(item);
      Touch touch = id == null ? null : touched.get(id);
      if (touch != null) {
        problems.add(
            Problem.of(
                touch.how == How.PATCHED ? touch.path : touch.path + rest, problem.message()));
        return;
      }
      for (Map.Entry<ItemId<?>, String> removal : removedHere.entrySet()) {
        if (problem.message().contains("'" + removal.getKey() + "'")) {
          problems.add(
              Problem.of(
                  removal.getValue(), problem.message() + " (in the catalogue at " + path + ")"));
          return;
        }
      }
      problems.add(Problem.of("$", problem.message() + " (in the catalogue at " + path + ")"));
    }

    private void problem(String path, String message) {
      problems.add(Problem.of(path, message));
    }

    private ValidationException failure() {
      return new ValidationException("overlay '" + overlay.id() + "'", problems);
    }
  }

  /** The item lists of a catalogue being changed, by kind. */
  private static final class Lists {
    private final Catalogue base;
    private final Map<String, List<Object>> sections = new LinkedHashMap<>();

    Lists(Catalogue base) {
      this.base = base;
      sections.put("proficiencies", new ArrayList<>(base.proficiencies()));
      sections.put("levels", new ArrayList<>(base.levels()));
      sections.put("families", new ArrayList<>(base.families()));
      sections.put("categories", new ArrayList<>(base.categories()));
      sections.put("skills", new ArrayList<>(base.skills()));
      sections.put("responsibilities", new ArrayList<>(base.responsibilities()));
      sections.put("roles", new ArrayList<>(base.roles()));
    }

    private static ItemId<?> idOf(Object item) {
      if (item instanceof Proficiency p) {
        return p.id();
      } else if (item instanceof Level l) {
        return l.id();
      } else if (item instanceof Family f) {
        return f.id();
      } else if (item instanceof Category c) {
        return c.id();
      } else if (item instanceof Skill s) {
        return s.id();
      } else if (item instanceof Responsibility r) {
        return r.id();
      }
      return ((Role) item).id();
    }

    private List<Object> list(ItemId<?> id) {
      return sections.get(TextKey.section(id));
    }

    private int indexOf(ItemId<?> id) {
      List<Object> list = list(id);
      for (int i = 0; i < list.size(); i++) {
        if (idOf(list.get(i)).equals(id)) {
          return i;
        }
      }
      return -1;
    }

    boolean has(ItemId<?> id) {
      return indexOf(id) >= 0;
    }

    Optional<Object> get(ItemId<?> id) {
      int at = indexOf(id);
      return at < 0 ? Optional.empty() : Optional.of(list(id).get(at));
    }

    void put(ItemId<?> id, Object item) {
      int at = indexOf(id);
      if (at < 0) {
        list(id).add(item);
      } else {
        list(id).set(at, item);
      }
    }

    boolean remove(ItemId<?> id) {
      int at = indexOf(id);
      if (at >= 0) {
        list(id).remove(at);
      }
      return at >= 0;
    }

    /** The id of the item at a path of the catalogue format, such as {@code roles[3]}. */
    ItemId<?> idAt(String path) {
      int bracket = path.indexOf('[');
      if (bracket < 0 || !path.endsWith("]")) {
        return null;
      }
      List<Object> list = sections.get(path.substring(0, bracket));
      try {
        int index = Integer.parseInt(path.substring(bracket + 1, path.length() - 1));
        return list == null || index >= list.size() ? null : idOf(list.get(index));
      } catch (NumberFormatException e) {
        return null;
      }
    }

    @SuppressWarnings("unchecked")
    Catalogue build() {
      return Catalogue.builder()
          .from(base)
          .proficiencies((List<Proficiency>) (List<?>) sections.get("proficiencies"))
          .levels((List<Level>) (List<?>) sections.get("levels"))
          .families((List<Family>) (List<?>) sections.get("families"))
          .categories((List<Category>) (List<?>) sections.get("categories"))
          .skills((List<Skill>) (List<?>) sections.get("skills"))
          .responsibilities((List<Responsibility>) (List<?>) sections.get("responsibilities"))
          .roles((List<Role>) (List<?>) sections.get("roles"))
          .build();
    }
  }

  /** Applies one patch to one item, reporting changes that do not fit its kind. */
  private static final class Patcher {
    private final String path;
    private final List<Problem> problems;
    private final int before;

    Patcher(String path, List<Problem> problems) {
      this.path = path;
      this.problems = problems;
      this.before = problems.size();
    }

    Object apply(Object item, Patch patch, Catalogue catalogue) {
      Object result = item;
      if (item instanceof Proficiency p) {
        result =
            Proficiency.builder()
                .from(p)
                .name(text(patch, Patch.TextField.NAME, p.name()))
                .description(text(patch, Patch.TextField.DESCRIPTION, p.description()))
                .build();
        only(patch, Patch.TextField.NAME, Patch.TextField.DESCRIPTION);
      } else if (item instanceof Level l) {
        result =
            Level.builder()
                .from(l)
                .name(text(patch, Patch.TextField.NAME, l.name()))
                .summary(text(patch, Patch.TextField.SUMMARY, l.summary()))
                .build();
        only(patch, Patch.TextField.NAME, Patch.TextField.SUMMARY);
      } else if (item instanceof Family f) {
        result =
            Family.builder()
                .from(f)
                .name(text(patch, Patch.TextField.NAME, f.name()))
                .description(text(patch, Patch.TextField.DESCRIPTION, f.description()))
                .build();
        only(patch, Patch.TextField.NAME, Patch.TextField.DESCRIPTION);
      } else if (item instanceof Category c) {
        result =
            Category.builder()
                .from(c)
                .name(text(patch, Patch.TextField.NAME, c.name()))
                .description(text(patch, Patch.TextField.DESCRIPTION, c.description()))
                .build();
        only(patch, Patch.TextField.NAME, Patch.TextField.DESCRIPTION);
      } else if (item instanceof Skill s) {
        result = skill(s, patch);
      } else if (item instanceof Responsibility r) {
        result = responsibility(r, patch);
      } else {
        result = role((Role) item, patch, catalogue);
      }
      notFor(item, patch);
      return problems.size() == before ? result : null;
    }

    private Skill skill(Skill s, Patch patch) {
      only(patch, Patch.TextField.NAME, Patch.TextField.DESCRIPTION);
      List<String> aliases = new ArrayList<>(s.aliases());
      for (int i = 0; i < patch.droppedAliases().size(); i++) {
        if (!aliases.remove(patch.droppedAliases().get(i))) {
          problems.add(
              Problem.of(
                  path + ".removeAliases[" + i + "]",
                  "the skill '"
                      + s.id()
                      + "' has no alias '"
                      + Texts.abbreviate(patch.droppedAliases().get(i))
                      + "'"));
        }
      }
      patch.newAliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
      return Skill.builder()
          .from(s)
          .name(text(patch, Patch.TextField.NAME, s.name()))
          .description(text(patch, Patch.TextField.DESCRIPTION, s.description()))
          .aliases(aliases)
          .build();
    }

    private Responsibility responsibility(Responsibility r, Patch patch) {
      only(patch, Patch.TextField.TITLE, Patch.TextField.AREA, Patch.TextField.DESCRIPTION);
      List<String> indicators = new ArrayList<>(r.indicators());
      indicators.addAll(patch.newIndicators());
      List<SkillId> skills = new ArrayList<>(r.skills());
      patch.newSkills().stream().filter(s -> !skills.contains(s)).forEach(skills::add);
      return Responsibility.builder()
          .from(r)
          .title(text(patch, Patch.TextField.TITLE, r.title()))
          .area(text(patch, Patch.TextField.AREA, r.area()))
          .description(text(patch, Patch.TextField.DESCRIPTION, r.description()))
          .indicators(indicators)
          .skills(skills)
          .build();
    }

    private Role role(Role r, Patch patch, Catalogue catalogue) {
      only(patch, Patch.TextField.TITLE, Patch.TextField.SUMMARY);
      Role result =
          Role.builder()
              .from(r)
              .title(text(patch, Patch.TextField.TITLE, r.title()))
              .summary(text(patch, Patch.TextField.SUMMARY, r.summary()))
              .build();
      for (int i = 0; i < patch.droppedRequirements().size(); i++) {
        SkillId skill = patch.droppedRequirements().get(i);
        if (result.requirement(skill).isEmpty()) {
          problems.add(
              Problem.of(
                  path + ".removeRequirements[" + i + "]",
                  "the role '" + r.id() + "' does not require the skill '" + skill + "'"));
        }
        result = result.withoutRequirement(skill);
      }
      for (Patch.RequirementChange change : patch.requirementChanges()) {
        Optional<Requirement> was = result.requirement(change.skill());
        if (was.isEmpty() && change.proficiency().isEmpty()) {
          problems.add(
              Problem.of(
                  path + ".requirements." + change.skill(),
                  "the role '"
                      + r.id()
                      + "' does not require the skill '"
                      + change.skill()
                      + "' yet; give the "
                      + "proficiency its new requirement asks for"));
          continue;
        }
        Requirement.Builder requirement = Requirement.builder();
        was.ifPresentOrElse(requirement::from, () -> requirement.skill(change.skill()));
        change.proficiency().ifPresent(requirement::proficiency);
        change.importance().ifPresent(requirement::importance);
        if (change.weight().isPresent()) {
          requirement.weight(change.weight().getAsDouble());
        }
        change.note().ifPresent(requirement::note);
        result = result.with(requirement.build());
      }
      for (int i = 0; i < patch.droppedGroups().size(); i++) {
        GroupId group = patch.droppedGroups().get(i);
        if (result.group(group).isEmpty()) {
          problems.add(
              Problem.of(
                  path + ".removeGroups[" + i + "]",
                  "the role '" + r.id() + "' has no choice group '" + group + "'"));
        }
        result = result.withoutGroup(group);
      }
      for (Patch.GroupChange change : patch.groupChanges()) {
        Optional<ChoiceGroup> was = result.group(change.group());
        if (was.isEmpty()
            && (change.title().isEmpty()
                || change.atLeast().isEmpty()
                || change.options().isEmpty())) {
          problems.add(
              Problem.of(
                  path + ".groups." + change.group(),
                  "the role '"
                      + r.id()
                      + "' has no choice group '"
                      + change.group()
                      + "' yet; give the title, atLeast and options of the new group"));
          continue;
        }
        ChoiceGroup.Builder group = ChoiceGroup.builder();
        was.ifPresentOrElse(group::from, () -> group.id(change.group()));
        change.title().ifPresent(group::title);
        if (change.atLeast().isPresent()) {
          group.atLeast(change.atLeast().getAsInt());
        }
        change.importance().ifPresent(group::importance);
        if (change.weight().isPresent()) {
          group.weight(change.weight().getAsDouble());
        }
        change.note().ifPresent(group::note);
        change.options().ifPresent(group::options);
        result = result.with(group.build());
      }
      List<ResponsibilityId> responsibilities = new ArrayList<>(result.responsibilities());
      for (int i = 0; i < patch.droppedResponsibilities().size(); i++) {
        if (!responsibilities.remove(patch.droppedResponsibilities().get(i))) {
          problems.add(
              Problem.of(
                  path + ".removeResponsibilities[" + i + "]",
                  "the role '"
                      + r.id()
                      + "' does not have the responsibility '"
                      + patch.droppedResponsibilities().get(i)
                      + "'"));
        }
      }
      patch.newResponsibilities().stream()
          .filter(id -> !responsibilities.contains(id))
          .forEach(responsibilities::add);
      List<String> collaborators = new ArrayList<>(result.collaborators());
      patch.newCollaborators().stream()
          .filter(c -> !collaborators.contains(c))
          .forEach(collaborators::add);
      List<RoleId> progressesTo = new ArrayList<>(result.progressesTo());
      patch.newProgressions().stream()
          .filter(id -> !progressesTo.contains(id))
          .forEach(progressesTo::add);
      return result
          .withResponsibilities(responsibilities)
          .withCollaborators(collaborators)
          .withProgressesTo(progressesTo);
    }

    private static String text(Patch patch, Patch.TextField field, String current) {
      return patch.texts().getOrDefault(field, current);
    }

    /** Reports texts set that the item does not have. */
    private void only(Patch patch, Patch.TextField... fields) {
      List<Patch.TextField> allowed = List.of(fields);
      for (Patch.TextField field : patch.texts().keySet()) {
        if (!allowed.contains(field)) {
          problems.add(
              Problem.of(
                  path + "." + field.label(),
                  "this item has no field '"
                      + field.label()
                      + "' to set; it has "
                      + String.join(", ", allowed.stream().map(Patch.TextField::label).toList())));
        }
      }
    }

    /** Reports list changes that the item's kind does not have. */
    private void notFor(Object item, Patch patch) {
      boolean skill = item instanceof Skill;
      boolean responsibility = item instanceof Responsibility;
      boolean role = item instanceof Role;
      refuse(!skill, patch.newAliases(), "addAliases", "skill");
      refuse(!skill, patch.droppedAliases(), "removeAliases", "skill");
      refuse(!responsibility, patch.newIndicators(), "addIndicators", "responsibility");
      refuse(!responsibility, patch.newSkills(), "addSkills", "responsibility");
      refuse(!role, patch.requirementChanges(), "requirements", "role");
      refuse(!role, patch.droppedRequirements(), "removeRequirements", "role");
      refuse(!role, patch.groupChanges(), "groups", "role");
      refuse(!role, patch.droppedGroups(), "removeGroups", "role");
      refuse(!role, patch.newResponsibilities(), "addResponsibilities", "role");
      refuse(!role, patch.droppedResponsibilities(), "removeResponsibilities", "role");
      refuse(!role, patch.newCollaborators(), "addCollaborators", "role");
      refuse(!role, patch.newProgressions(), "addProgressesTo", "role");
    }

    private void refuse(boolean wrongKind, List<?> changes, String field, String kind) {
      if (wrongKind && !changes.isEmpty()) {
        problems.add(
            Problem.of(
                path + "." + field, "only a " + kind + " can be patched with '" + field + "'"));
      }
    }
  }
}
