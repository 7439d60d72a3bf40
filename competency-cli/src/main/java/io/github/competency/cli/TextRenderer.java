package io.github.competency.cli;

import io.github.competency.core.Proficiency;
import io.github.competency.core.Reference;
import io.github.competency.core.Responsibility;
import io.github.competency.core.Role;
import io.github.competency.core.Category;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Plain text for a terminal: 80 columns, sections in capitals, ASCII only in the layout. */
final class TextRenderer {

  private static final int WIDTH = 80;

  private final RoleReport report;
  private final StringBuilder out = new StringBuilder();

  TextRenderer(RoleReport report) {
    this.report = report;
  }

  String render() {
    Role role = report.role;
    line(role.title().toUpperCase(Locale.ROOT));
    line(report.catalogue.title() + " " + report.catalogue.version() + " | level: "
        + report.level.name() + " | family: " + role.family());
    if (!role.summary().isEmpty()) {
      blank();
      wrap(role.summary(), "  ", "  ");
    }
    responsibilities();
    requirements();
    careerPath();
    if (!role.collaborators().isEmpty()) {
      heading("WORKS WITH");
      wrap(String.join(", ", role.collaborators()), "  ", "  ");
    }
    references();
    if (!report.source.isEmpty()) {
      blank();
      wrap("Source: " + report.source, "", "  ");
    }
    return out.toString();
  }

  private void responsibilities() {
    heading("RESPONSIBILITIES (" + report.role.responsibilities().size() + ", in "
        + report.responsibilitiesByArea.size() + " areas)");
    boolean first = true;
    for (Map.Entry<String, List<Responsibility>> area : report.responsibilitiesByArea.entrySet()) {
      if (!first) {
        blank();
      }
      first = false;
      line("  " + area.getKey());
      for (Responsibility responsibility : area.getValue()) {
        line("    * " + responsibility.title());
        if (!responsibility.description().isEmpty()) {
          wrap(responsibility.description(), "      ", "      ");
        }
        for (String indicator : responsibility.indicators()) {
          wrap("- " + indicator, "        ", "          ");
        }
      }
    }
  }

  private void requirements() {
    heading("REQUIRED SKILLS (" + report.role.requirements().size() + ")");
    line("  Scale: " + report.catalogue.scale().stream().map(Proficiency::name)
        .collect(Collectors.joining(" < ")));
    for (Map.Entry<Category, List<RoleReport.Line>> category
        : report.requirementsByCategory.entrySet()) {
      blank();
      line("  " + category.getKey().name());
      for (RoleReport.Line entry : category.getValue()) {
        line(String.format(Locale.ROOT, "    %-40s %-18s %s", dots(entry.skill.name()),
            entry.proficiency.name(), entry.requirement.importance().label()));
      }
    }
  }

  private void careerPath() {
    heading("CAREER PATH");
    line("  Ladder: " + report.ladder.stream()
        .map(r -> r.equals(report.role) ? "[" + r.title() + "]" : r.title())
        .collect(Collectors.joining(" -> ")));
    line("  Comes from: " + titles(report.previous));
    line("  Leads to:   " + titles(report.next));
    for (Role previous : report.previous) {
      List<RoleReport.Change> changes = report.changesFrom(previous);
      blank();
      wrap("Step up from " + previous.title() + ": " + changes.size()
          + " skills new or expected at a higher step", "  ", "    ");
      List<String> raised = new ArrayList<>();
      List<String> added = new ArrayList<>();
      for (RoleReport.Change change : changes) {
        if (change.before.isPresent()) {
          raised.add(change.skill.name() + " (" + change.before.get().name() + " -> "
              + change.after.name() + ")");
        } else {
          added.add(change.skill.name());
        }
      }
      if (!raised.isEmpty()) {
        line("    Higher:");
        for (String text : raised) {
          wrap("- " + text, "      ", "        ");
        }
      }
      if (!added.isEmpty()) {
        line("    New:");
        wrap(String.join(", ", added), "      ", "      ");
      }
    }
  }

  private void references() {
    if (report.role.references().isEmpty()) {
      return;
    }
    heading("EXTERNAL REFERENCES");
    Map<String, List<String>> byScheme = new LinkedHashMap<>();
    for (Reference reference : report.role.references()) {
      byScheme.computeIfAbsent(Labels.scheme(reference.scheme()), k -> new ArrayList<>())
          .add(Labels.reference(reference));
    }
    byScheme.forEach((scheme, codes) -> wrap(scheme + ": " + String.join(", ", codes), "  ",
        "    "));
  }

  private static String titles(List<Role> roles) {
    return roles.isEmpty() ? "none in this catalogue"
        : roles.stream().map(Role::title).collect(Collectors.joining(", "));
  }

  private static String dots(String name) {
    if (name.length() >= 39) {
      return name;
    }
    return name + " " + ".".repeat(39 - name.length());
  }

  private void heading(String title) {
    blank();
    line(title);
  }

  private void blank() {
    out.append('\n');
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  /** Wraps words at the width; the first line and the following ones have their own indent. */
  private void wrap(String text, String firstIndent, String nextIndent) {
    StringBuilder current = new StringBuilder(firstIndent);
    boolean empty = true;
    for (String word : text.split("\\s+")) {
      if (!empty && current.length() + 1 + word.length() > WIDTH) {
        line(current.toString());
        current = new StringBuilder(nextIndent);
        empty = true;
      }
      if (!empty) {
        current.append(' ');
      }
      current.append(word);
      empty = false;
    }
    line(current.toString());
  }
}
