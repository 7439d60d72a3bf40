package io.github.competency.cli;

import io.github.competency.core.Category;
import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.Importance;
import io.github.competency.core.Reference;
import io.github.competency.core.Requirement;
import io.github.competency.core.Responsibility;
import io.github.competency.core.Role;
import io.github.competency.core.Skill;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    line(
        "*"
            + text(report.catalogue.title())
            + " "
            + text(report.catalogue.version())
            + "* · Level: **"
            + text(report.level.name())
            + "** ("
            + report.levelPosition()
            + ") · Family: "
            + text(report.familyName()));
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
        String description =
            responsibility.description().isEmpty()
                ? ""
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
    line(
        "Expected proficiency at each step of the career path, on the scale "
            + report.catalogue.scale().stream()
                .map(p -> text(p.name()))
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
      List<List<Skill>> rows = rows(report.catalogue.skillsIn(category.id()), ladder);
      if (rows.isEmpty()) {
        continue;
      }
      line("| **" + text(category.name()) + "** |" + " |".repeat(ladder.size()));
      for (List<Skill> row : rows) {
        StringBuilder cells = new StringBuilder("| " + text(rowName(row, ladder)) + " |");
        for (Role step : ladder) {
          cells.append(' ').append(cell(step, row)).append(" |");
        }
        line(cells.toString());
      }
    }
  }

  /**
   * The rows of a category: skills some role of the path asks for, one per row, except that the
   * options of a choice group of the same id share a row.
   */
  private static List<List<Skill>> rows(List<Skill> skills, List<Role> ladder) {
    Map<Object, List<Skill>> rows = new LinkedHashMap<>();
    for (Skill skill : skills) {
      if (ladder.stream().noneMatch(r -> r.asksFor(skill.id()))) {
        continue;
      }
      Object key =
          ladder.stream()
              .map(r -> r.groupOf(skill.id()))
              .flatMap(Optional::stream)
              .findFirst()
              .<Object>map(ChoiceGroup::id)
              .orElse(skill);
      rows.computeIfAbsent(key, k -> new ArrayList<>()).add(skill);
    }
    return new ArrayList<>(rows.values());
  }

  private static String rowName(List<Skill> row, List<Role> ladder) {
    int atLeast =
        ladder.stream()
            .map(r -> r.groupOf(row.get(0).id()))
            .flatMap(Optional::stream)
            .findFirst()
            .map(ChoiceGroup::atLeast)
            .orElse(row.size());
    return TextRenderer.ofCount(atLeast, row.stream().map(Skill::name).toList());
  }

  /** What a role asks of a skill, as a requirement or a group's option, with its importance. */
  private static Optional<Requirement> asked(Role role, Skill skill) {
    Optional<Requirement> own = role.requirement(skill.id());
    if (own.isPresent()) {
      return own;
    }
    return role.groupOf(skill.id())
        .map(g -> g.option(skill.id()).orElseThrow().withImportance(g.importance()));
  }

  private String cell(Role step, List<Skill> row) {
    List<Requirement> asked =
        row.stream().map(s -> asked(step, s)).flatMap(Optional::stream).toList();
    if (asked.isEmpty()) {
      return "—";
    }
    String name =
        asked.stream()
            .map(r -> text(report.catalogue.get(r.proficiency()).name()))
            .distinct()
            .collect(Collectors.joining(" / "));
    boolean optional = asked.stream().allMatch(r -> r.importance() == Importance.OPTIONAL);
    return bold(step, name) + (optional ? " *(optional)*" : "");
  }

  private String bold(Role step, String text) {
    return step.equals(report.role) ? "**" + text + "**" : text;
  }

  private void careerPath() {
    blank();
    line("## Career path");
    blank();
    line(
        report.ladder.stream()
            .map(r -> bold(r, text(r.title())))
            .collect(Collectors.joining(" → ")));
    for (Role previous : report.previous) {
      List<RoleReport.Change> changes = report.changesFrom(previous);
      List<Responsibility> added = report.responsibilitiesAddedSince(previous);
      blank();
      line("From " + text(previous.title()) + ", " + added.size() + " new responsibilities:");
      blank();
      added.forEach(r -> line("- " + text(r.title())));
      blank();
      line("And these skills:");
      blank();
      Map<String, List<String>> byMove = new LinkedHashMap<>();
      for (RoleReport.Change change : changes) {
        String move =
            change
                .before()
                .map(p -> text(p.name()) + " → " + text(change.after().name()))
                .orElse("new, at " + text(change.after().name()));
        byMove
            .computeIfAbsent(move, k -> new ArrayList<>())
            .add(text(TextRenderer.choice(change.choice())));
      }
      byMove.forEach((move, names) -> line("- " + move + ": " + String.join("; ", names)));
    }
  }

  private void references() {
    if (report.role.references().isEmpty()) {
      return;
    }
    blank();
    line("## External references");
    blank();
    line("| Framework | Code | Rank | Link |");
    line("|---|---|---|---|");
    for (Reference reference : report.role.references()) {
      line(
          "| "
              + text(Labels.scheme(reference.scheme()))
              + " | "
              + text(reference.code())
              + " | "
              + (reference.rank().isPresent() ? String.valueOf(reference.rank().getAsInt()) : "")
              + " | "
              + reference.uri().map(uri -> "<" + uri + ">").orElse("")
              + " |");
    }
  }

  /** Escapes what Markdown would read as markup in a table cell or inline text. */
  private static String text(String value) {
    return Labels.markdown(value);
  }

  private void blank() {
    out.append('\n');
  }

  private void line(String text) {
    out.append(Terminal.escape(text)).append('\n');
  }
}
