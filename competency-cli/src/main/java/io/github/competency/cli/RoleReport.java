package io.github.competency.cli;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Category;
import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.Family;
import io.github.competency.core.Importance;
import io.github.competency.core.Level;
import io.github.competency.core.Proficiency;
import io.github.competency.core.Requirement;
import io.github.competency.core.Responsibility;
import io.github.competency.core.Role;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import io.github.competency.core.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A role with everything it refers to resolved, in the order a reader needs it.
 *
 * <p>The options of a choice group are shown together as one choice ({@link Choice}): "one of
 * Java, C#, Python or Node.js" reads as one line instead of four demands.
 */
final class RoleReport {

  /**
   * One requirement with its skill and step resolved; an option of a choice group carries the
   * group, and the group's importance.
   */
  record Line(
      Requirement requirement, Skill skill, Proficiency proficiency, Optional<ChoiceGroup> group) {
    Line(Requirement requirement, Skill skill, Proficiency proficiency) {
      this(requirement, skill, proficiency, Optional.empty());
    }
  }

  /** Requirements read together: one requirement, or the options of one choice group. */
  record Choice(List<Line> lines) {
    String names() {
      return lines.stream().map(l -> l.skill().name()).collect(Collectors.joining(", "));
    }

    boolean isGroup() {
      return first().group().isPresent();
    }

    Line first() {
      return lines.get(0);
    }

    String note() {
      return first().group().map(ChoiceGroup::note).orElse(first().requirement().note());
    }

    /** The steps asked for, as one name if all are the same. */
    String steps() {
      return lines.stream()
          .map(l -> l.proficiency().name())
          .distinct()
          .collect(Collectors.joining(" / "));
    }
  }

  /** What changes for a group of skills on the step from the previous role. */
  record Change(Choice choice, Optional<Proficiency> before, Proficiency after) {}

  final Catalogue catalogue;
  final Role role;
  final Level level;
  final Optional<Family> family;
  final Map<String, List<Responsibility>> responsibilitiesByArea = new LinkedHashMap<>();
  final Map<Category, List<Line>> requirementsByCategory = new LinkedHashMap<>();

  /** Essential requirements by step, most proficient first, in catalogue order within a step. */
  final Map<Proficiency, List<Line>> essentialByStep = new LinkedHashMap<>();

  /** Optional requirements of their own, in the role's order. */
  final List<Choice> optional;

  /** The role's choice groups, each with its options. */
  final List<Choice> groups;

  final List<Role> previous;
  final List<Role> next;
  final List<Role> ladder;

  /** Where the role comes from, falling back to the catalogue's source; empty if unknown. */
  final String source;

  RoleReport(Catalogue catalogue, Role role) {
    this.catalogue = catalogue;
    this.role = role;
    this.level = catalogue.get(role.level());
    this.family = catalogue.find(role.family());
    for (Responsibility responsibility : catalogue.responsibilitiesOf(role.id())) {
      responsibilitiesByArea
          .computeIfAbsent(responsibility.area(), k -> new ArrayList<>())
          .add(responsibility);
    }
    List<Line> all = lines(catalogue, role);
    for (Category category : catalogue.categories()) {
      List<Line> lines =
          all.stream().filter(l -> l.skill().category().equals(category.id())).toList();
      if (!lines.isEmpty()) {
        requirementsByCategory.put(category, lines);
      }
    }
    List<Proficiency> descending = new ArrayList<>(catalogue.scale());
    Collections.reverse(descending);
    for (Proficiency step : descending) {
      List<Line> lines =
          all.stream()
              .filter(
                  l ->
                      l.group().isEmpty()
                          && l.requirement().importance() == Importance.ESSENTIAL
                          && l.proficiency().equals(step))
              .toList();
      if (!lines.isEmpty()) {
        essentialByStep.put(step, lines);
      }
    }
    this.groups = choices(all.stream().filter(l -> l.group().isPresent()).toList());
    this.optional =
        choices(
            all.stream()
                .filter(
                    l -> l.group().isEmpty() && l.requirement().importance() == Importance.OPTIONAL)
                .toList());
    this.previous = catalogue.previousSteps(role.id());
    this.next = catalogue.nextSteps(role.id());
    this.ladder = catalogue.careerPath(role.id());
    Source catalogueSource = catalogue.source().orElse(Source.builder().build());
    this.source = Labels.source(role.source().orElse(catalogueSource), catalogueSource);
  }

  /** The role's requirements and its groups' options, resolved, in the role's order. */
  static List<Line> lines(Catalogue catalogue, Role role) {
    List<Line> all = new ArrayList<>();
    for (Requirement requirement : role.requirements()) {
      all.add(
          new Line(
              requirement,
              catalogue.get(requirement.skill()),
              catalogue.get(requirement.proficiency())));
    }
    for (ChoiceGroup group : role.groups()) {
      for (Requirement option : group.options()) {
        all.add(
            new Line(
                option.withImportance(group.importance()),
                catalogue.get(option.skill()),
                catalogue.get(option.proficiency()),
                Optional.of(group)));
      }
    }
    return all;
  }

  /** Puts the options of one choice group together; keeps the first one's place. */
  static List<Choice> choices(List<Line> lines) {
    Map<Object, List<Line>> groups = new LinkedHashMap<>();
    for (Line line : lines) {
      Object key = line.group().<Object>map(ChoiceGroup::id).orElse(line);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
    }
    return groups.values().stream().map(Choice::new).toList();
  }

  /** Position on the ladder: "level 3 of 3". */
  String levelPosition() {
    List<Level> rungs = catalogue.ladder();
    return "level " + (rungs.indexOf(level) + 1) + " of " + rungs.size();
  }

  String familyName() {
    return family.map(Family::name).orElse(role.family().value());
  }

  /** The role's requirements and groups, each group counted once. */
  int requirementCount() {
    return role.requirements().size() + role.groups().size();
  }

  int essentialCount() {
    return (int)
        (role.requirements().stream().filter(r -> r.importance() == Importance.ESSENTIAL).count()
            + role.groups().stream().filter(g -> g.importance() == Importance.ESSENTIAL).count());
  }

  /**
   * What the role asks for that {@code from} does not, or asks for at a higher step; skills
   * grouped as in {@link #choices} move together.
   */
  List<Change> changesFrom(Role from) {
    List<Line> changed = new ArrayList<>();
    List<Optional<Proficiency>> before = new ArrayList<>();
    Map<SkillId, Requirement> asked = new LinkedHashMap<>();
    lines(catalogue, from).forEach(l -> asked.put(l.skill().id(), l.requirement()));
    for (Line line : lines(catalogue, role)) {
      Proficiency after = line.proficiency();
      Optional<Proficiency> was =
          Optional.ofNullable(asked.get(line.skill().id()))
              .map(r -> catalogue.get(r.proficiency()));
      if (was.isEmpty() || was.get().rank() < after.rank()) {
        changed.add(line);
        before.add(was);
      }
    }
    Map<SkillId, Optional<Proficiency>> wasBySkill = new LinkedHashMap<>();
    for (int i = 0; i < changed.size(); i++) {
      wasBySkill.put(changed.get(i).skill().id(), before.get(i));
    }
    List<Change> changes = new ArrayList<>();
    Map<String, List<Line>> byMove = new LinkedHashMap<>();
    for (Line line : changed) {
      Optional<Proficiency> was = wasBySkill.get(line.skill().id());
      String move = was.map(p -> p.id().value()).orElse("") + ">" + line.proficiency().id();
      byMove.computeIfAbsent(move, k -> new ArrayList<>()).add(line);
    }
    for (List<Line> lines : byMove.values()) {
      for (Choice choice : choices(lines)) {
        changes.add(
            new Change(
                choice, wasBySkill.get(choice.first().skill().id()), choice.first().proficiency()));
      }
    }
    return changes;
  }

  /** Responsibilities of the role that {@code from} does not have. */
  List<Responsibility> responsibilitiesAddedSince(Role from) {
    return catalogue.responsibilitiesOf(role.id()).stream()
        .filter(r -> !from.responsibilities().contains(r.id()))
        .toList();
  }
}
