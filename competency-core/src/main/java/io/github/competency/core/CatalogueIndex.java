package io.github.competency.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The lookup tables of a valid catalogue, built once on first use. Every map and list is
 * unmodifiable; lists keep catalogue order.
 */
final class CatalogueIndex {

  /** Every item by its id; ids of different kinds are never equal, so one map serves all. */
  private final Map<ItemId<?>, Object> items = new HashMap<>();

  private final Map<RoleId, Integer> roleOrder = new HashMap<>();
  private final List<Proficiency> scale;
  private final List<Level> ladder;
  private final Map<LevelId, List<Role>> rolesByLevel;
  private final Map<FamilyId, List<Role>> rolesByFamily;
  private final Map<SkillId, List<Role>> rolesBySkill;
  private final Map<CategoryId, List<Skill>> skillsByCategory;
  private final Map<SkillId, List<Responsibility>> responsibilitiesBySkill;
  private final Map<RoleId, List<Role>> previousSteps;

  CatalogueIndex(Catalogue catalogue) {
    catalogue.proficiencies().forEach(p -> items.putIfAbsent(p.id(), p));
    catalogue.levels().forEach(l -> items.putIfAbsent(l.id(), l));
    catalogue.families().forEach(f -> items.putIfAbsent(f.id(), f));
    catalogue.categories().forEach(c -> items.putIfAbsent(c.id(), c));
    catalogue.skills().forEach(s -> items.putIfAbsent(s.id(), s));
    catalogue.responsibilities().forEach(r -> items.putIfAbsent(r.id(), r));
    catalogue.roles().forEach(r -> items.putIfAbsent(r.id(), r));
    for (Role role : catalogue.roles()) {
      roleOrder.putIfAbsent(role.id(), roleOrder.size());
    }

    List<Proficiency> steps = new ArrayList<>(catalogue.proficiencies());
    steps.sort(Comparator.comparingInt(Proficiency::rank));
    scale = List.copyOf(steps);
    List<Level> rungs = new ArrayList<>(catalogue.levels());
    rungs.sort(Comparator.comparingInt(Level::rank));
    ladder = List.copyOf(rungs);

    Map<LevelId, List<Role>> byLevel = new LinkedHashMap<>();
    Map<FamilyId, List<Role>> byFamily = new LinkedHashMap<>();
    Map<SkillId, List<Role>> bySkill = new LinkedHashMap<>();
    Map<RoleId, List<Role>> previous = new LinkedHashMap<>();
    catalogue.families().forEach(f -> byFamily.put(f.id(), new ArrayList<>()));
    for (Role role : catalogue.roles()) {
      byLevel.computeIfAbsent(role.level(), k -> new ArrayList<>()).add(role);
      byFamily.computeIfAbsent(role.family(), k -> new ArrayList<>()).add(role);
      for (Requirement requirement : role.requirements()) {
        bySkill.computeIfAbsent(requirement.skill(), k -> new ArrayList<>()).add(role);
      }
      for (ChoiceGroup group : role.groups()) {
        for (Requirement option : group.options()) {
          bySkill.computeIfAbsent(option.skill(), k -> new ArrayList<>()).add(role);
        }
      }
      for (RoleId next : role.progressesTo()) {
        previous.computeIfAbsent(next, k -> new ArrayList<>()).add(role);
      }
    }
    rolesByLevel = freeze(byLevel);
    rolesByFamily = freeze(byFamily);
    rolesBySkill = freeze(bySkill);
    previousSteps = freeze(previous);

    Map<CategoryId, List<Skill>> byCategory = new LinkedHashMap<>();
    for (Skill skill : catalogue.skills()) {
      byCategory.computeIfAbsent(skill.category(), k -> new ArrayList<>()).add(skill);
    }
    skillsByCategory = freeze(byCategory);

    Map<SkillId, List<Responsibility>> exercising = new LinkedHashMap<>();
    for (Responsibility responsibility : catalogue.responsibilities()) {
      for (SkillId skill : responsibility.skills()) {
        exercising.computeIfAbsent(skill, k -> new ArrayList<>()).add(responsibility);
      }
    }
    responsibilitiesBySkill = freeze(exercising);
  }

  /** The item with this id, or null; its type is the one the id names. */
  @SuppressWarnings("unchecked")
  <T> T item(ItemId<T> id) {
    return (T) items.get(id);
  }

  /** The ids known of the same kind as {@code id}, for messages. */
  List<String> known(ItemId<?> id) {
    List<String> known = new ArrayList<>();
    for (ItemId<?> candidate : items.keySet()) {
      if (candidate.getClass() == id.getClass()) {
        known.add(candidate.value());
      }
    }
    return known;
  }

  List<Proficiency> scale() {
    return scale;
  }

  List<Level> ladder() {
    return ladder;
  }

  Map<LevelId, List<Role>> rolesByLevel() {
    return rolesByLevel;
  }

  Map<FamilyId, List<Role>> rolesByFamily() {
    return rolesByFamily;
  }

  Map<SkillId, List<Role>> rolesBySkill() {
    return rolesBySkill;
  }

  Map<CategoryId, List<Skill>> skillsByCategory() {
    return skillsByCategory;
  }

  Map<SkillId, List<Responsibility>> responsibilitiesBySkill() {
    return responsibilitiesBySkill;
  }

  Map<RoleId, List<Role>> previousSteps() {
    return previousSteps;
  }

  /** The responsibilities of a role, resolved, in the role's order. */
  List<Responsibility> responsibilitiesOf(Role role) {
    List<Responsibility> result = new ArrayList<>(role.responsibilities().size());
    for (ResponsibilityId id : role.responsibilities()) {
      result.add(item(id));
    }
    return Collections.unmodifiableList(result);
  }

  /** The roles a role leads to, resolved, in the role's order. */
  List<Role> nextSteps(Role role) {
    List<Role> result = new ArrayList<>(role.progressesTo().size());
    for (RoleId id : role.progressesTo()) {
      result.add(item(id));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Every role connected to {@code role} by career steps in one direction (all predecessors,
   * transitively) or the other (all successors), with the role itself, ordered by level rank and
   * then catalogue order.
   */
  List<Role> careerPath(Role role) {
    Set<RoleId> seen = new HashSet<>();
    List<Role> result = new ArrayList<>();
    seen.add(role.id());
    result.add(role);
    walk(role, this::nextSteps, seen, result);
    walk(role, r -> previousSteps.getOrDefault(r.id(), List.of()), seen, result);
    result.sort(
        Comparator.<Role>comparingInt(r -> item(r.level()).rank())
            .thenComparingInt(r -> roleOrder.get(r.id())));
    return Collections.unmodifiableList(result);
  }

  private static void walk(
      Role start, Function<Role, List<Role>> steps, Set<RoleId> seen, List<Role> result) {
    Deque<Role> todo = new ArrayDeque<>();
    todo.push(start);
    while (!todo.isEmpty()) {
      for (Role next : steps.apply(todo.pop())) {
        if (seen.add(next.id())) {
          result.add(next);
          todo.push(next);
        }
      }
    }
  }

  private static <K, V> Map<K, List<V>> freeze(Map<K, List<V>> map) {
    Map<K, List<V>> frozen = new HashMap<>();
    map.forEach((key, value) -> frozen.put(key, List.copyOf(value)));
    return Collections.unmodifiableMap(frozen);
  }
}
