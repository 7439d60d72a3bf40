package io.github.competency.cli;

import io.github.competency.core.Category;
import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.Proficiency;
import io.github.competency.core.Reference;
import io.github.competency.core.Responsibility;
import io.github.competency.core.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Plain text for a terminal: 80 columns, sections in capitals, ASCII only in the layout. The
 * summary fits a role on a few screens: responsibilities by title, skills by the step
 * required, what changes from the previous role. The detailed view adds descriptions,
 * indicators, and what each required skill looks like at its step.
 */
final class TextRenderer {

  private static final int WIDTH = 80;

  private final RoleReport report;
  private final boolean detail;
  private final StringBuilder out = new StringBuilder();

  TextRenderer(RoleReport report, boolean detail) {
    this.report = report;
    this.detail = detail;
  }

  String render() {
    Role role = report.role;
    line(role.title().toUpperCase(Locale.ROOT));
    wrap(
        report.catalogue.title()
            + " "
            + report.catalogue.version()
            + " | "
            + report.level.name()
            + ", "
            + report.levelPosition()
            + " | "
            + report.familyName(),
        "",
        "  ");
    if (!role.summary().isEmpty()) {
      blank();
      wrap(role.summary(), "  ", "  ");
    }
    responsibilities();
    if (detail) {
      requirementsByCategory();
    } else {
      requirementsByStep();
    }
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
    if (!detail) {
      blank();
      line("Descriptions, indicators and each skill's expected behaviour: add --detail.");
    }
    return out.toString();
  }

  private void responsibilities() {
    heading(
        "RESPONSIBILITIES ("
            + report.role.responsibilities().size()
            + " in "
            + report.responsibilitiesByArea.size()
            + (report.responsibilitiesByArea.size() == 1 ? " area)" : " areas)"));
    boolean first = true;
    for (Map.Entry<String, List<Responsibility>> area : report.responsibilitiesByArea.entrySet()) {
      if (!detail) {
        wrap(
            area.getKey()
                + ": "
                + area.getValue().stream()
                    .map(Responsibility::title)
                    .collect(Collectors.joining("; ")),
            "  ",
            "    ");
        continue;
      }
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

  private String requiredHeading() {
    int essential = report.essentialCount();
    int all = report.requirementCount();
    return "REQUIRED SKILLS ("
        + all
        + ": "
        + essential
        + " essential, "
        + (all - essential)
        + " optional)";
  }

  private String scale() {
    return "Scale: "
        + report.catalogue.scale().stream()
            .map(Proficiency::name)
            .collect(Collectors.joining(" < "));
  }

  /** The summary: essential skills listed under the step they are needed at, then choices. */
  private void requirementsByStep() {
    heading(requiredHeading());
    line("  " + scale());
    for (Map.Entry<Proficiency, List<RoleReport.Line>> step : report.essentialByStep.entrySet()) {
      blank();
      line("  " + step.getKey().name());
      wrap(
          step.getValue().stream().map(l -> l.skill().name()).collect(Collectors.joining(", ")),
          "    ",
          "    ");
    }
    if (!report.groups.isEmpty()) {
      blank();
      line("  Choices");
      for (RoleReport.Choice choice : report.groups) {
        String importance = choice.first().requirement().importance().label();
        wrap(choice(choice) + ": " + choice.steps() + " (" + importance + ")", "    ", "      ");
      }
    }
    if (!report.optional.isEmpty()) {
      blank();
      line("  Optional");
      for (RoleReport.Choice choice : report.optional) {
        wrap(choice(choice) + ": " + choice.steps(), "    ", "      ");
      }
    }
  }

  /** The details: every requirement by category, with its note and the step's behaviour. */
  private void requirementsByCategory() {
    heading(requiredHeading());
    line("  " + scale());
    for (Map.Entry<Category, List<RoleReport.Line>> category :
        report.requirementsByCategory.entrySet()) {
      blank();
      line("  " + category.getKey().name());
      for (RoleReport.Line entry : category.getValue()) {
        line(
            String.format(
                Locale.ROOT,
                "    %-40s %-18s %s",
                dots(entry.skill().name()),
                entry.proficiency().name(),
                entry.requirement().importance().label()));
        if (entry.group().isPresent()) {
          ChoiceGroup group = entry.group().get();
          List<String> names =
              group.options().stream().map(o -> report.catalogue.get(o.skill()).name()).toList();
          String note = group.note().isEmpty() ? "" : ": " + group.note();
          wrap("Choice: " + ofCount(group.atLeast(), names) + note, "      ", "        ");
        }
        if (!entry.requirement().note().isEmpty()) {
          wrap("Note: " + entry.requirement().note(), "      ", "        ");
        }
        String behaviour = entry.skill().behaviours().get(entry.proficiency().id());
        if (behaviour != null) {
          wrap("At this step: " + behaviour, "      ", "        ");
        }
      }
    }
  }

  /** A choice by its names: "One of A, B or C", "Two of ...", from the group's count. */
  static String choice(RoleReport.Choice choice) {
    if (!choice.isGroup()) {
      return choice.first().skill().name();
    }
    List<String> names = choice.lines().stream().map(l -> l.skill().name()).toList();
    return ofCount(choice.first().group().orElseThrow().atLeast(), names);
  }

  private static final String[] COUNTS = {
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"
  };

  /** "One of A, B or C", "Two of A, B or C", "All of A and B" for a list of names. */
  static String ofCount(int atLeast, List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    String last = names.get(names.size() - 1);
    String rest = String.join(", ", names.subList(0, names.size() - 1));
    if (atLeast >= names.size()) {
      return "All of " + rest + " and " + last;
    }
    String count = atLeast <= COUNTS.length ? COUNTS[atLeast - 1] : String.valueOf(atLeast);
    return count + " of " + rest + " or " + last;
  }

  private void careerPath() {
    heading("CAREER PATH");
    wrap(
        report.ladder.stream()
            .map(r -> r.equals(report.role) ? "[" + r.title() + "]" : r.title())
            .collect(Collectors.joining(" -> ")),
        "  ",
        "    ");
    if (report.previous.isEmpty()) {
      line("  Comes from: none in this catalogue");
    }
    line("  Leads to:   " + titles(report.next));
    for (Role previous : report.previous) {
      stepUp(previous);
    }
  }

  private void stepUp(Role previous) {
    List<RoleReport.Change> changes = report.changesFrom(previous);
    List<Responsibility> added = report.responsibilitiesAddedSince(previous);
    long newSkills =
        changes.stream()
            .filter(c -> c.before().isEmpty())
            .mapToLong(c -> c.choice().lines().size())
            .sum();
    long higher =
        changes.stream()
            .filter(c -> c.before().isPresent())
            .mapToLong(c -> c.choice().lines().size())
            .sum();
    blank();
    wrap(
        "Step up from "
            + previous.title()
            + ": "
            + added.size()
            + " new responsibilities, "
            + newSkills
            + " new skills, "
            + higher
            + " skills at a higher step",
        "  ",
        "    ");
    Map<String, List<String>> byMove = new LinkedHashMap<>();
    for (RoleReport.Change change : changes) {
      String move =
          change
              .before()
              .map(p -> p.name() + " -> " + change.after().name())
              .orElse("New, at " + change.after().name());
      byMove.computeIfAbsent(move, k -> new ArrayList<>()).add(choice(change.choice()));
    }
    byMove.forEach((move, names) -> wrap(move + ": " + String.join("; ", names), "    ", "      "));
    if (detail && !added.isEmpty()) {
      wrap(
          "New responsibilities: "
              + added.stream().map(Responsibility::title).collect(Collectors.joining("; ")),
          "    ",
          "      ");
    }
  }

  private void references() {
    if (report.role.references().isEmpty()) {
      return;
    }
    heading("EXTERNAL REFERENCES");
    Map<String, List<String>> byScheme = new LinkedHashMap<>();
    for (Reference reference : report.role.references()) {
      byScheme
          .computeIfAbsent(Labels.scheme(reference.scheme()), k -> new ArrayList<>())
          .add(Labels.reference(reference));
    }
    byScheme.forEach(
        (scheme, codes) -> wrap(scheme + ": " + String.join(", ", codes), "  ", "    "));
  }

  private static String titles(List<Role> roles) {
    return roles.isEmpty()
        ? "none in this catalogue"
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
    out.append(Terminal.escape(text)).append('\n');
  }

  /** Wraps words at the width; the first line and the following ones have their own indent. */
  private void wrap(String text, String firstIndent, String nextIndent) {
    StringBuilder current = new StringBuilder(firstIndent);
    boolean empty = true;
    // escaped first: a line break in a value shows as \n, it does not break the line
    for (String word : Terminal.escape(text).split("\\s+")) {
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
