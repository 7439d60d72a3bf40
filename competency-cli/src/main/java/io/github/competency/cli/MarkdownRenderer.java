package io.github.competency.cli;

import io.github.competency.core.Reference;
import io.github.competency.core.Requirement;
import io.github.competency.core.Responsibility;
import io.github.competency.core.Role;
import io.github.competency.core.Skill;
import io.github.competency.core.Category;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * GitHub-flavoured Markdown: the role's responsibilities, then a competency matrix with one
 * row per skill the ladder requires and one column per role on the ladder.
 */
final class MarkdownRenderer {

  private final RoleReport report;
  private final StringBuilder out = new StringBuilder();

  MarkdownRenderer(RoleReport report) {
    this.report = report;
  }

  String render() {
    Role role = report.role;
    line("# " + text(role.title()));
    blank();
    line("*" + text(report.catalogue.title()) + " " + text(report.catalogue.version())
        + "* · Level: **" + text(report.level.name()) + "** · Family: `" + role.family() + "`");
    if (!role.summary().isEmpty()) {
      blank();
      line(text(role.summary()));
    }
    responsibilities();
    matrix();
    careerPath();
    if (!role.collaborators().isEmpty()) {
      blank();
      line("## Works with");
      blank();
      role.collaborators().forEach(c -> line("- " + text(c)));
    }
    references();
    if (!report.source.isEmpty()) {
      blank();
      line("## Source");
      blank();
      line(text(report.source));
    }
    return out.toString();
  }

  private void responsibilities() {
    blank();
    line("## Responsibilities");
    for (Map.Entry<String, List<Responsibility>> area : report.responsibilitiesByArea.entrySet()) {
      blank();
      line("### " + text(area.getKey()));
      blank();
      for (Responsibility responsibility : area.getValue()) {
        String description = responsibility.description().isEmpty() ? ""
            : " — " + text(responsibility.description());
        line("- **" + text(responsibility.title()) + "**" + description);
        for (String indicator : responsibility.indicators()) {
          line("  - " + text(indicator));
        }
      }
    }
  }

  private void matrix() {
    List<Role> ladder = report.ladder;
    blank();
    line("## Competency matrix");
    blank();
    line("Expected proficiency at each step of the ladder, on the scale "
        + report.catalogue.scale().stream().map(p -> text(p.name()))
            .collect(Collectors.joining(" < "))
        + ". Requirements are essential unless marked *(optional)*; — means not required.");
    blank();
    StringBuilder header = new StringBuilder("| Skill |");
    StringBuilder rule = new StringBuilder("|---|");
    for (Role step : ladder) {
      header.append(' ').append(bold(step, text(step.title()))).append(" |");
      rule.append("---|");
    }
    line(header.toString());
    line(rule.toString());
    for (Category category : report.catalogue.categories()) {
      List<Skill> skills = report.catalogue.skillsIn(category.id()).stream()
          .filter(skill -> ladder.stream().anyMatch(r -> r.requirement(skill.id()).isPresent()))
          .collect(Collectors.toList());
      if (skills.isEmpty()) {
        continue;
      }
      line("| **" + text(category.name()) + "** |" + " |".repeat(ladder.size()));
      for (Skill skill : skills) {
        StringBuilder row = new StringBuilder("| " + text(skill.name()) + " |");
        for (Role step : ladder) {
          row.append(' ').append(cell(step, step.requirement(skill.id()))).append(" |");
        }
        line(row.toString());
      }
    }
  }

  private String cell(Role step, Optional<Requirement> requirement) {
    if (requirement.isEmpty()) {
      return "—";
    }
    String name = text(report.catalogue.get(requirement.get().proficiency()).name());
    String optional = requirement.get().importance().label().equals("optional")
        ? " *(optional)*" : "";
    return bold(step, name) + optional;
  }

  private String bold(Role step, String text) {
    return step.equals(report.role) ? "**" + text + "**" : text;
  }

  private void careerPath() {
    blank();
    line("## Career path");
    blank();
    line(report.ladder.stream().map(r -> bold(r, text(r.title())))
        .collect(Collectors.joining(" → ")));
    for (Role previous : report.previous) {
      List<RoleReport.Change> changes = report.changesFrom(previous);
      blank();
      line("From " + text(previous.title()) + ", " + changes.size()
          + " skills are new or expected at a higher step:");
      blank();
      for (RoleReport.Change change : changes) {
        String before = change.before.map(p -> text(p.name())).orElse("not required");
        line("- " + text(change.skill.name()) + ": " + before + " → " + text(change.after.name()));
      }
    }
  }

  private void references() {
    if (report.role.references().isEmpty()) {
      return;
    }
    blank();
    line("## External references");
    blank();
    line("| Framework | Code | Level | Link |");
    line("|---|---|---|---|");
    for (Reference reference : report.role.references()) {
      line("| " + text(Labels.scheme(reference.scheme())) + " | " + text(reference.code()) + " | "
          + (reference.rank().isPresent() ? String.valueOf(reference.rank().getAsInt()) : "")
          + " | " + reference.uri().map(uri -> "<" + uri + ">").orElse("") + " |");
    }
  }

  /** Escapes what Markdown would read as markup in a table cell or inline text. */
  private static String text(String value) {
    StringBuilder escaped = new StringBuilder(value.length());
    for (char c : value.replace('\n', ' ').toCharArray()) {
      if ("\\`*_[]<>|#".indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  private void blank() {
    out.append('\n');
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
