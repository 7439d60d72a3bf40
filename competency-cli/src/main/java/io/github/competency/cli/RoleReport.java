package io.github.competency.cli;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Level;
import io.github.competency.core.Proficiency;
import io.github.competency.core.Requirement;
import io.github.competency.core.Responsibility;
import io.github.competency.core.Role;
import io.github.competency.core.Skill;
import io.github.competency.core.Category;
import io.github.competency.core.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A role with everything it refers to resolved, in the order a reader needs it. */
final class RoleReport {

  /** One requirement with its skill and step resolved. */
  static final class Line {
    final Requirement requirement;
    final Skill skill;
    final Proficiency proficiency;

    Line(Requirement requirement, Skill skill, Proficiency proficiency) {
      this.requirement = requirement;
      this.skill = skill;
      this.proficiency = proficiency;
    }
  }

  /** What changes for a skill on the step from the previous role. */
  static final class Change {
    final Skill skill;
    final Optional<Proficiency> before;
    final Proficiency after;

    Change(Skill skill, Optional<Proficiency> before, Proficiency after) {
      this.skill = skill;
      this.before = before;
      this.after = after;
    }
  }

  final Catalogue catalogue;
  final Role role;
  final Level level;
  final Map<String, List<Responsibility>> responsibilitiesByArea = new LinkedHashMap<>();
  final Map<Category, List<Line>> requirementsByCategory = new LinkedHashMap<>();
  final List<Role> previous;
  final List<Role> next;
  final List<Role> ladder;
  /** Where the role comes from, falling back to the catalogue's source; empty if unknown. */
  final String source;

  RoleReport(Catalogue catalogue, Role role) {
    this.catalogue = catalogue;
    this.role = role;
    this.level = catalogue.get(role.level());
    for (Responsibility responsibility : catalogue.responsibilitiesOf(role.id())) {
      responsibilitiesByArea.computeIfAbsent(responsibility.area(), k -> new ArrayList<>())
          .add(responsibility);
    }
    for (Category category : catalogue.categories()) {
      List<Line> lines = new ArrayList<>();
      for (Requirement requirement : role.requirements()) {
        Skill skill = catalogue.get(requirement.skill());
        if (skill.category().equals(category.id())) {
          lines.add(new Line(requirement, skill, catalogue.get(requirement.proficiency())));
        }
      }
      if (!lines.isEmpty()) {
        requirementsByCategory.put(category, lines);
      }
    }
    this.previous = catalogue.previousSteps(role.id());
    this.next = catalogue.nextSteps(role.id());
    this.ladder = catalogue.careerPath(role.id());
    Source catalogueSource = catalogue.source().orElse(Source.builder().build());
    this.source = Labels.source(role.source().orElse(catalogueSource), catalogueSource);
  }

  /** Skills the role asks for that {@code from} does not ask for, or asks for at a lower step. */
  List<Change> changesFrom(Role from) {
    List<Change> changes = new ArrayList<>();
    for (Requirement requirement : role.requirements()) {
      Proficiency after = catalogue.get(requirement.proficiency());
      Optional<Proficiency> before = from.requirement(requirement.skill())
          .map(r -> catalogue.get(r.proficiency()));
      if (before.isEmpty() || before.get().rank() < after.rank()) {
        changes.add(new Change(catalogue.get(requirement.skill()), before, after));
      }
    }
    return changes;
  }
}
