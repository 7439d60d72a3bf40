package io.github.competency.cli;

import io.github.competency.core.CompetencyException;
import io.github.competency.core.Problem;
import io.github.competency.core.RoleId;
import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.GapReport;
import io.github.competency.core.assess.Outcome;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.tabular.InvalidSheetException;
import io.github.competency.tabular.RankedPerson;
import io.github.competency.tabular.RatingsImport;
import io.github.competency.tabular.RatingsReader;
import io.github.competency.tabular.ResultSheets;
import io.github.competency.tabular.SheetFormat;
import io.github.competency.tabular.SheetProfile;
import io.github.competency.tabular.SheetRanking;
import io.github.competency.tabular.SheetSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code assess} over a ratings sheet: a dry run, a team, one person, or a ranking. */
final class SheetAssessment {

  private SheetAssessment() {}

  /** Reports what the sheet holds and every problem; 1 if there is any. */
  static int dryRun(RatingsReader reader, Path file, PrintWriter out) {
    requireFile(file);
    SheetSummary summary = checked(file, () -> reader.check(file));
    out.println(Terminal.escape(file + ": " + describe(summary)));
    if (summary.isValid()) {
      out.println("no problems");
      return 0;
    }
    out.println(
        summary.problemCount()
            + (summary.problemCount() == 1 ? " problem" : " problems")
            + (summary.problemCount() > summary.problems().size()
                ? ", the first " + summary.problems().size() + " listed"
                : "")
            + ":");
    for (Problem problem : summary.problems()) {
      out.println("  " + Terminal.escape(problem.toString()));
    }
    return Main.FAILURE;
  }

  /** Every person of a sheet against a role; the team matrix to a file if asked. */
  static int team(
      RatingsReader reader,
      Assessor assessor,
      Path file,
      RoleId role,
      ReadinessMode mode,
      Path output,
      PrintWriter out) {
    requireFile(file);
    RatingsImport sheet = read(reader, file);
    out.println(
        Terminal.escape(
            "Team of "
                + file
                + " against "
                + assessor.catalogue().get(role).title()
                + ", by "
                + AssessmentReport.label(mode)
                + " readiness ("
                + describe(sheet.summary())
                + "):"));
    out.println();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("PERSON", "NAME", "CURRENT ROLE", "READINESS", "MET", "ESSENTIAL GAPS"));
    for (SheetProfile person : sheet.profiles()) {
      GapReport report = assessor.gaps(person.profile(), role);
      long met = report.outcomes().stream().filter(Outcome::met).count();
      rows.add(
          List.of(
              Terminal.escape(person.sheetId()),
              Terminal.escape(person.profile().name().orElse("")),
              Terminal.escape(
                  person.profile().role().map(r -> assessor.catalogue().get(r).title()).orElse("")),
              String.format(Locale.ROOT, "%.2f", report.readiness(mode)),
              met + " of " + report.outcomes().size(),
              String.valueOf(report.essentialGaps())));
    }
    Table.print(rows, out);
    if (output != null) {
      write(
          output,
          (format, stream) ->
              ResultSheets.of(assessor).matrix(role, sheet.profiles(), format, stream));
      out.println();
      out.println(Terminal.escape("wrote the team matrix to " + output));
    }
    return 0;
  }

  /** One person of a sheet, found by the sheet's id or the profile id. */
  static SheetProfile person(RatingsReader reader, Path file, String id) {
    requireFile(file);
    RatingsImport sheet = read(reader, file);
    for (SheetProfile person : sheet.profiles()) {
      if (person.sheetId().equals(id) || person.profile().id().value().equals(id)) {
        return person;
      }
    }
    List<String> ids = new ArrayList<>();
    sheet.profiles().forEach(p -> ids.add(p.sheetId()));
    throw new CompetencyException(
        file
            + ": no person '"
            + id
            + "'; the sheet's people are "
            + String.join(", ", ids.subList(0, Math.min(ids.size(), 30)))
            + (ids.size() > 30 ? ", ..." : ""));
  }

  /** The best k people of a sheet of any size, read one person at a time. */
  static int rank(
      RatingsReader reader,
      Assessor assessor,
      Path file,
      RoleId role,
      ReadinessMode mode,
      int top,
      Path output,
      PrintWriter out,
      PrintWriter err) {
    requireFile(file);
    SheetRanking ranking = checked(file, () -> reader.rank(file, role, mode, top));
    SheetSummary summary = ranking.summary();
    out.println(
        Terminal.escape(
            "Top "
                + ranking.top().size()
                + " of "
                + summary.people()
                + " people in "
                + file
                + " for "
                + assessor.catalogue().get(role).title()
                + ", by "
                + AssessmentReport.label(mode)
                + " readiness:"));
    out.println();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("#", "PERSON", "NAME", "READINESS", "MET", "ESSENTIAL GAPS"));
    for (RankedPerson person : ranking.top()) {
      rows.add(
          List.of(
              String.valueOf(person.rank()),
              Terminal.escape(person.sheetId()),
              Terminal.escape(person.name().orElse("")),
              String.format(Locale.ROOT, "%.2f", person.readiness()),
              person.met() + " of " + person.requirements(),
              String.valueOf(person.essentialGaps())));
    }
    Table.print(rows, out);
    if (summary.setAside() > 0) {
      err.println(
          Terminal.escape(
              "competency: "
                  + file
                  + ": set aside "
                  + summary.setAside()
                  + (summary.setAside() == 1 ? " person" : " people")
                  + " whose rows have problems ("
                  + summary.problemCount()
                  + (summary.problemCount() == 1 ? " problem" : " problems")
                  + "):"));
      for (Problem problem : summary.problems()) {
        err.println("  " + Terminal.escape(problem.toString()));
      }
      err.flush();
    }
    if (output != null) {
      write(output, (format, stream) -> ResultSheets.of(assessor).ranking(ranking, format, stream));
      out.println();
      out.println(Terminal.escape("wrote the ranking to " + output));
    }
    return 0;
  }

  static String describe(SheetSummary summary) {
    return summary.layout().label()
        + " layout, "
        + summary.rows()
        + " rows, "
        + summary.people()
        + (summary.people() == 1 ? " person, " : " people, ")
        + summary.ratings()
        + " ratings"
        + (summary.setAside() > 0
            ? ", " + summary.setAside() + " set aside for their problems"
            : "");
  }

  private static RatingsImport read(RatingsReader reader, Path file) {
    return checked(file, () -> reader.read(file));
  }

  private interface Reading<T> {
    T run();
  }

  private static <T> T checked(Path file, Reading<T> reading) {
    try {
      return reading.run();
    } catch (InvalidSheetException e) {
      throw new CompetencyException(file + ": " + e.getMessage(), e);
    }
  }

  private static void requireFile(Path file) {
    Inputs.file(file);
  }

  private interface Writing {
    void write(SheetFormat format, OutputStream out);
  }

  /** Writes a result to a file, in the format its name says. */
  private static void write(Path output, Writing writing) {
    try (OutputStream file = Files.newOutputStream(output)) {
      writing.write(SheetFormat.of(output), file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
    }
  }
}
