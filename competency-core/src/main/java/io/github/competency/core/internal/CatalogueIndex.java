package io.github.competency.core.internal;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CategoryId;
import io.github.competency.core.FamilyId;
import io.github.competency.core.Level;
import io.github.competency.core.LevelId;
import io.github.competency.core.Proficiency;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.Requirement;
import io.github.competency.core.Responsibility;
import io.github.competency.core.ResponsibilityId;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillCategory;
import io.github.competency.core.SkillId;
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
public final class CatalogueIndex {

  private final Map<SkillId, Skill> skills;
  private final Map<RoleId, Role> roles;
  private final Map<LevelId, Level> levels;
  private final Map<ProficiencyId, Proficiency> proficiencies;
  private final Map<CategoryId, SkillCategory> categories;
  private final Map<ResponsibilityId, Responsibility> responsibilities;
  private final Map<RoleId, Integer> roleOrder;
  private final List<Proficiency> proficiencyScale;
  private final List<Level> levelLadder;
  private final Map<LevelId, List<Role>> rolesByLevel;
  private final Map<FamilyId, List<Role>> rolesByFamily;
  private final Map<SkillId, List<Role>> rolesBySkill;
  private final Map<CategoryId, List<Skill>> skillsByCategory;
  private final Map<SkillId, List<Responsibility>> responsibilitiesBySkill;
  private final Map<RoleId, List<Role>> previousSteps;
  private final SkillSearch search;

  /**
   * Indexes a catalogue.
   *
   * @param catalogue a validated catalogue
   */
  public CatalogueIndex(Catalogue catalogue) {
    skills = byId(catalogue.skills(), Skill::id);
    roles = byId(catalogue.roles(), Role::id);
    levels = byId(catalogue.levels(), Level::id);
    proficiencies = byId(catalogue.proficiencies(), Proficiency::id);
    categories = byId(catalogue.categories(), SkillCategory::id);
    responsibilities = byId(catalogue.responsibilities(), Responsibility::id);
    Map<RoleId, Integer> order = new HashMap<>();
    for (Role role : catalogue.roles()) {
      order.putIfAbsent(role.id(), order.size());
    }
    roleOrder = Collections.unmodifiableMap(order);

    List<Proficiency> scale = new ArrayList<>(catalogue.proficiencies());
    scale.sort(Comparator.comparingInt(Proficiency::rank));
    proficiencyScale = List.copyOf(scale);
    List<Level> ladder = new ArrayList<>(catalogue.levels());
    ladder.sort(Comparator.comparingInt(Level::rank));
    levelLadder = List.copyOf(ladder);

    Map<LevelId, List<Role>> byLevel = new LinkedHashMap<>();
    Map<FamilyId, List<Role>> byFamily = new LinkedHashMap<>();
    Map<SkillId, List<Role>> bySkill = new LinkedHashMap<>();
    Map<RoleId, List<Role>> previous = new LinkedHashMap<>();
    for (Role role : catalogue.roles()) {
      byLevel.computeIfAbsent(role.level(), k -> new ArrayList<>()).add(role);
      byFamily.computeIfAbsent(role.family(), k -> new ArrayList<>()).add(role);
      for (Requirement requirement : role.requirements()) {
        bySkill.computeIfAbsent(requirement.skill(), k -> new ArrayList<>()).add(role);
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
    search = new SkillSearch(catalogue.skills());
  }

  public Map<SkillId, Skill> skills() {
    return skills;
  }

  public Map<RoleId, Role> roles() {
    return roles;
  }

  public Map<LevelId, Level> levels() {
    return levels;
  }

  public Map<ProficiencyId, Proficiency> proficiencies() {
    return proficiencies;
  }

  public Map<CategoryId, SkillCategory> categories() {
    return categories;
  }

  public Map<ResponsibilityId, Responsibility> responsibilities() {
    return responsibilities;
  }

  public List<Proficiency> proficiencyScale() {
    return proficiencyScale;
  }

  public List<Level> levelLadder() {
    return levelLadder;
  }

  public Map<LevelId, List<Role>> rolesByLevel() {
    return rolesByLevel;
  }

  public Map<FamilyId, List<Role>> rolesByFamily() {
    return rolesByFamily;
  }

  public Map<SkillId, List<Role>> rolesBySkill() {
    return rolesBySkill;
  }

  public Map<CategoryId, List<Skill>> skillsByCategory() {
    return skillsByCategory;
  }

  public Map<SkillId, List<Responsibility>> responsibilitiesBySkill() {
    return responsibilitiesBySkill;
  }

  public Map<RoleId, List<Role>> previousSteps() {
    return previousSteps;
  }

  public SkillSearch search() {
    return search;
  }

  /** The responsibilities of a role, resolved, in the role's order. */
  public List<Responsibility> responsibilitiesOf(Role role) {
    List<Responsibility> result = new ArrayList<>(role.responsibilities().size());
    for (ResponsibilityId id : role.responsibilities()) {
      result.add(responsibilities.get(id));
    }
    return Collections.unmodifiableList(result);
  }

  /** The roles a role leads to, resolved, in the role's order. */
  public List<Role> nextSteps(Role role) {
    List<Role> result = new ArrayList<>(role.progressesTo().size());
    for (RoleId id : role.progressesTo()) {
      result.add(roles.get(id));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Every role connected to {@code role} by career steps in one direction (all predecessors,
   * transitively) or the other (all successors), with the role itself, ordered by level rank and
   * then catalogue order.
   */
  public List<Role> ladder(Role role) {
    Set<RoleId> seen = new HashSet<>();
    List<Role> result = new ArrayList<>();
    seen.add(role.id());
    result.add(role);
    walk(role, r -> nextSteps(r), seen, result);
    walk(role, r -> previousSteps.getOrDefault(r.id(), List.of()), seen, result);
    result.sort(Comparator.<Role>comparingInt(r -> levels.get(r.level()).rank())
        .thenComparingInt(r -> roleOrder.get(r.id())));
    return Collections.unmodifiableList(result);
  }

  private static void walk(Role start, Function<Role, List<Role>> steps, Set<RoleId> seen,
      List<Role> result) {
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

  private static <K, V> Map<K, V> byId(List<V> items, Function<V, K> id) {
    Map<K, V> map = new HashMap<>();
    for (V item : items) {
      map.putIfAbsent(id.apply(item), item);
    }
    return Collections.unmodifiableMap(map);
  }

  private static <K, V> Map<K, List<V>> freeze(Map<K, List<V>> map) {
    Map<K, List<V>> frozen = new HashMap<>();
    map.forEach((key, value) -> frozen.put(key, List.copyOf(value)));
    return Collections.unmodifiableMap(frozen);
  }
}
