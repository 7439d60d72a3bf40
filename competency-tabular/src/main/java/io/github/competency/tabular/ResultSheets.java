package io.github.competency.tabular;

import io.github.competency.core.Catalogue;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.ProfileId;
import io.github.competency.core.Requirement;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.GapReport;
import io.github.competency.core.assess.GroupCoverage;
import io.github.competency.core.assess.GroupResult;
import io.github.competency.core.assess.Outcome;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.core.assess.RequirementCoverage;
import io.github.competency.core.assess.RequirementResult;
import io.github.competency.core.assess.TeamCoverage;
import io.github.competency.tabular.internal.CsvOut;
import io.github.competency.tabular.internal.XlsxOut;
import io.github.competency.tabular.internal.XlsxOut.Fill;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Assessment results as sheets an HR manager opens: a ranking, a person's gaps, a team's matrix
 * of people and skills, and a team's coverage of a role, each as CSV or as an XLSX workbook.
 *
 * <p>Both formats have a header row and show steps by the scale's names, not by ids. Workbooks
 * also freeze the header (and the columns that name people or skills), size columns to their
 * content, and fill cells by gap: green met, amber one step short, red further short, grey not
 * rated. CSV files are comma separated with CRLF line ends in UTF-8 with a byte-order mark, which
 * spreadsheets need to show accents; a text that a spreadsheet would run as a formula (starting
 * with =, +, -, @) gets a leading apostrophe. Rows are in the order given: most ready first for
 * rankings, most useful first for gaps (as {@link GapReport#gaps()} orders them, then the met
 * requirements in the role's order), people in the order given for matrices.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ResultSheets {

  private final Catalogue catalogue;
  private final Assessor assessor;

  private ResultSheets(Assessor assessor) {
    this.assessor = assessor;
    this.catalogue = assessor.catalogue();
  }

  /**
   * Obtains a writer of results assessed by an assessor.
   *
   * @param assessor the assessor, whose catalogue names the steps and skills
   * @return the writer
   */
  public static ResultSheets of(Assessor assessor) {
    return new ResultSheets(Objects.requireNonNull(assessor, "assessor"));
  }

  /**
   * Writes a ranking: rank, person, name, current role, readiness, requirements met, essential
   * gaps.
   *
   * @param ranking the ranking
   * @param format CSV or XLSX
   * @param out where the bytes go; not closed
   */
  public void ranking(SheetRanking ranking, SheetFormat format, OutputStream out) {
    Objects.requireNonNull(ranking, "ranking");
    Grid grid =
        new Grid(
            "Ranking",
            List.of(
                "rank",
                "person",
                "name",
                "current role",
                readinessHeader(ranking.mode()),
                "requirements met",
                "essential gaps"),
            2);
    for (RankedPerson person : ranking.top()) {
      grid.row(
          Cell.number(person.rank()),
          Cell.text(person.sheetId()),
          Cell.text(person.name().orElse("")),
          Cell.text(person.currentRole().map(r -> catalogue.get(r).title()).orElse("")),
          Cell.decimal(person.readiness()),
          Cell.text(person.met() + " of " + person.requirements()),
          Cell.number(person.essentialGaps()));
    }
    emit(grid, format, out);
  }

  /**
   * Writes a person's gap report against a role: each requirement with its importance, the step
   * required, the rating, the steps short, and who rated it when.
   *
   * @param report the gap report
   * @param format CSV or XLSX
   * @param out where the bytes go; not closed
   */
  public void gaps(GapReport report, SheetFormat format, OutputStream out) {
    Objects.requireNonNull(report, "report");
    Grid grid =
        new Grid(
            "Gaps",
            List.of(
                "skill",
                "importance",
                "required",
                "rating",
                "steps short",
                "status",
                "rated by",
                "rated on"),
            1);
    // the single requirements, gaps first; then each choice group's options, named with the group
    List<RequirementResult> ordered = new ArrayList<>();
    for (Outcome gap : report.gaps()) {
      if (gap instanceof RequirementResult single) {
        ordered.add(single);
      }
    }
    for (RequirementResult result : report.results()) {
      if (!ordered.contains(result)) {
        ordered.add(result);
      }
    }
    Map<RequirementResult, String> groupOf = new HashMap<>();
    for (GroupResult group : report.groups()) {
      for (RequirementResult option : group.options()) {
        ordered.add(option);
        groupOf.put(option, group.group().title() + ": ");
      }
    }
    for (RequirementResult result : ordered) {
      Fill fill = fill(result);
      grid.row(
          Cell.text(
              groupOf.getOrDefault(result, "")
                  + catalogue.get(result.requirement().skill()).name()),
          Cell.text(result.importance().name().toLowerCase(Locale.ROOT)),
          Cell.text(step(result.requirement().proficiency())),
          Cell.text(result.rating().map(r -> step(r.proficiency())).orElse("not rated"), fill),
          Cell.number(result.shortfall()),
          Cell.text(result.status().label()),
          Cell.text(result.rating().map(r -> r.rater().label()).orElse("")),
          Cell.text(result.rating().flatMap(r -> r.date()).map(Object::toString).orElse("")));
    }
    emit(grid, format, out);
  }

  /**
   * Writes a team's matrix for a role: a row per person, a column per requirement of the role
   * holding the person's rating, with the required step in the second row; workbooks fill each
   * rating by its gap, CSV files have a column of steps short after each skill.
   *
   * @param role a role of the catalogue
   * @param team the people, in the order to show them
   * @param format CSV or XLSX
   * @param out where the bytes go; not closed
   * @throws io.github.competency.core.assess.InvalidProfileException if a profile does not fit
   *     the catalogue
   */
  public void matrix(RoleId role, List<SheetProfile> team, SheetFormat format, OutputStream out) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(team, "team");
    Role required = catalogue.get(role);
    boolean csv = format == SheetFormat.CSV;
    List<String> header = new ArrayList<>(List.of("person", "name"));
    for (Requirement requirement : required.requirements()) {
      String skill = catalogue.get(requirement.skill()).name();
      header.add(skill);
      if (csv) {
        header.add(skill + " steps short");
      }
    }
    Grid grid = new Grid("Matrix", header, 2);
    List<Cell> requiredRow = new ArrayList<>(List.of(Cell.text("required"), Cell.text("")));
    for (Requirement requirement : required.requirements()) {
      requiredRow.add(Cell.text(step(requirement.proficiency())));
      if (csv) {
        requiredRow.add(Cell.text(""));
      }
    }
    grid.row(requiredRow.toArray(new Cell[0]));
    for (SheetProfile person : team) {
      GapReport report = assessor.gaps(person.profile(), role);
      List<Cell> row =
          new ArrayList<>(
              List.of(Cell.text(person.sheetId()), Cell.text(person.profile().name().orElse(""))));
      for (RequirementResult result : report.results()) {
        row.add(
            Cell.text(
                result.rating().map(r -> step(r.proficiency())).orElse("not rated"), fill(result)));
        if (csv) {
          row.add(Cell.number(result.shortfall()));
        }
      }
      grid.row(row.toArray(new Cell[0]));
    }
    emit(grid, format, out);
  }

  /**
   * Writes a team's coverage of a role: each requirement, how many people meet it and who, and
   * whether no one or only one person does.
   *
   * @param coverage the coverage
   * @param team the people, to name them
   * @param format CSV or XLSX
   * @param out where the bytes go; not closed
   */
  public void coverage(
      TeamCoverage coverage, List<SheetProfile> team, SheetFormat format, OutputStream out) {
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(team, "team");
    Map<ProfileId, String> names = new HashMap<>();
    for (SheetProfile person : team) {
      names.putIfAbsent(person.profile().id(), person.profile().name().orElse(person.sheetId()));
    }
    Grid grid =
        new Grid(
            "Coverage",
            List.of("skill", "required", "importance", "people meeting it", "status", "met by"),
            1);
    for (RequirementCoverage requirement : coverage.requirements()) {
      int count = requirement.metBy().size();
      List<String> who = new ArrayList<>();
      requirement.metBy().forEach(id -> who.add(names.getOrDefault(id, id.value())));
      grid.row(
          Cell.text(catalogue.get(requirement.requirement().skill()).name()),
          Cell.text(step(requirement.requirement().proficiency())),
          Cell.text(requirement.requirement().importance().name().toLowerCase(Locale.ROOT)),
          Cell.number(count),
          Cell.text(
              count == 0 ? "no one" : count == 1 ? "one person" : "covered",
              count == 0 ? Fill.FAR : count == 1 ? Fill.CLOSE : Fill.MET),
          Cell.text(String.join(", ", who)));
    }
    for (GroupCoverage group : coverage.groups()) {
      int count = group.metBy().size();
      List<String> who = new ArrayList<>();
      group.metBy().forEach(id -> who.add(names.getOrDefault(id, id.value())));
      grid.row(
          Cell.text(group.group().title()),
          Cell.text(group.group().atLeast() + " of " + group.options().size()),
          Cell.text(group.importance().name().toLowerCase(Locale.ROOT)),
          Cell.number(count),
          Cell.text(
              count == 0 ? "no one" : count == 1 ? "one person" : "covered",
              count == 0 ? Fill.FAR : count == 1 ? Fill.CLOSE : Fill.MET),
          Cell.text(String.join(", ", who)));
    }
    emit(grid, format, out);
  }

  private String step(ProficiencyId step) {
    return catalogue.get(step).name();
  }

  private static String readinessHeader(ReadinessMode mode) {
    return "readiness (" + mode.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
  }

  private static Fill fill(RequirementResult result) {
    return switch (result.status()) {
      case MET -> Fill.MET;
      case NOT_RATED -> Fill.MISSING;
      default -> result.shortfall() <= 1 ? Fill.CLOSE : Fill.FAR;
    };
  }

  // ---------------------------------------------------------------- the grid and its formats

  /** A cell: a text with a fill, or a number. */
  private record Cell(String text, Number number, boolean decimal, Fill fill) {
    static Cell text(String text) {
      return new Cell(text, null, false, Fill.NONE);
    }

    static Cell text(String text, Fill fill) {
      return new Cell(text, null, false, fill);
    }

    static Cell number(long number) {
      return new Cell(null, number, false, Fill.NONE);
    }

    static Cell decimal(double number) {
      return new Cell(null, number, true, Fill.NONE);
    }
  }

  /** A sheet before it is written in a format. */
  private static final class Grid {
    final String name;
    final List<String> header;
    final int frozen;
    final List<Cell[]> rows = new ArrayList<>();

    Grid(String name, List<String> header, int frozen) {
      this.name = name;
      this.header = header;
      this.frozen = frozen;
    }

    void row(Cell... cells) {
      rows.add(cells);
    }
  }

  private static void emit(Grid grid, SheetFormat format, OutputStream out) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    if (format == SheetFormat.CSV) {
      try {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CsvOut csv = new CsvOut(text, ',')) {
          grid.header.forEach(csv::text);
          csv.end();
          for (Cell[] row : grid.rows) {
            for (Cell cell : row) {
              if (cell.text() != null) {
                csv.text(cell.text());
              } else if (cell.decimal()) {
                csv.plain(String.format(Locale.ROOT, "%.2f", cell.number().doubleValue()));
              } else {
                csv.plain(cell.number().toString());
              }
            }
            csv.end();
          }
        }
        text.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    try (XlsxOut book = new XlsxOut(out)) {
      XlsxOut.Sheet sheet = book.sheet(grid.name, grid.header, grid.frozen);
      for (Cell[] row : grid.rows) {
        int r = sheet.next();
        for (int c = 0; c < row.length; c++) {
          Cell cell = row[c];
          if (cell.text() != null) {
            sheet.text(r, c, cell.text(), cell.fill());
          } else if (cell.decimal()) {
            sheet.decimal(r, c, cell.number().doubleValue());
          } else {
            sheet.number(r, c, cell.number());
          }
        }
      }
      sheet.finish();
    }
  }
}
