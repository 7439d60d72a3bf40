package io.github.competency.cli;

import io.github.competency.core.Problem;
import io.github.competency.core.assess.Disagreement;
import io.github.competency.core.assess.GroupResult;
import io.github.competency.core.assess.NextStep;
import io.github.competency.core.assess.Outcome;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.core.assess.ResponsibilityResult;
import java.util.List;
import java.util.Locale;

/** An assessment as text for a terminal: readiness, the gaps in order, next steps. */
final class AssessTextRenderer {

  private final AssessmentReport report;
  private final StringBuilder out = new StringBuilder();

  AssessTextRenderer(AssessmentReport report) {
    this.report = report;
  }

  String render() {
    line(
        "ASSESSMENT OF "
            + report.who().toUpperCase(Locale.ROOT)
            + " AGAINST "
            + report.role.title().toUpperCase(Locale.ROOT));
    line(
        report.catalogue.title()
            + " "
            + report.catalogue.version()
            + " | assessed "
            + report.profile.assessedOn()
            + report.current.map(r -> " | now " + r.title()).orElse(""));
    if (!report.warnings().isEmpty()) {
      heading("WARNINGS (" + report.warnings().size() + ")");
      for (Problem warning : report.warnings()) {
        wrap(warning.path() + ": " + warning.message(), "  ", "    ");
      }
    }
    heading("READINESS");
    for (ReadinessMode mode : ReadinessMode.values()) {
      line(
          String.format(
              Locale.ROOT,
              "  %-22s %5.2f",
              AssessmentReport.label(mode),
              report.gaps.readiness(mode)));
    }
    wrap(report.metSummary() + "; " + report.readySummary(), "  ", "    ");
    List<Outcome> gaps = report.gaps.gaps();
    heading("GAPS, MOST USEFUL FIRST (" + gaps.size() + ")");
    for (Outcome gap : gaps) {
      line(
          String.format(
              Locale.ROOT,
              "  %-34s %-18s -> %-18s %s",
              cut(report.name(gap)),
              report.rated(gap),
              report.target(gap),
              report.essential(gap) ? "essential" : "optional"));
      if (gap instanceof GroupResult group) {
        wrap(report.choice(group), "      ", "        ");
        wrap("Closest: " + report.closest(group), "      ", "        ");
      }
      if (!gap.note().isEmpty()) {
        wrap("Note: " + gap.note(), "      ", "        ");
      }
    }
    List<ResponsibilityResult> covered =
        report.gaps.responsibilities().stream().filter(ResponsibilityResult::met).toList();
    heading(
        "RESPONSIBILITIES WITH EVERY SKILL MET ("
            + covered.size()
            + " of "
            + report.gaps.responsibilities().size()
            + ")");
    for (ResponsibilityResult result : covered) {
      line("  " + report.responsibility(result.responsibility()).title());
    }
    if (!report.agreement.disagreements().isEmpty()) {
      heading("SELF AND ASSESSORS " + report.agreement.threshold() + "+ STEPS APART");
      for (Disagreement d : report.agreement.disagreements()) {
        line(
            "  "
                + report.catalogue.get(d.skill()).name()
                + ": self "
                + report.catalogue.get(d.self().proficiency()).name()
                + ", "
                + d.other().rater().label()
                + " "
                + report.catalogue.get(d.other().proficiency()).name());
      }
    }
    if (!report.nextSteps.isEmpty()) {
      heading("NEXT STEPS FROM " + report.current.orElseThrow().title().toUpperCase(Locale.ROOT));
      for (NextStep next : report.nextSteps) {
        line(
            String.format(
                Locale.ROOT,
                "  %s: readiness %.2f (proportional), %s, %d "
                    + "essential; %d requirements new and %d raised%s",
                report.catalogue.get(next.progression().toRole()).title(),
                next.gaps().readiness(ReadinessMode.PROPORTIONAL),
                AssessmentReport.count(next.gaps().gaps().size(), "gap"),
                next.gaps().essentialGaps(),
                next.progression().added().size(),
                next.progression().raised().size(),
                groupChanges(next)));
      }
    }
    blank();
    line("Readiness modes: binary is the share of requirements met; proportional gives partial");
    line("credit per step (SAP's formula); the weighted modes weigh essential requirements 2 and");
    line("optional ones 1 unless the catalogue gives weights.");
    return out.toString();
  }

  /** "; 2 choice groups new and 2 changed", or nothing when the groups stay the same. */
  static String groupChanges(NextStep next) {
    int added = next.progression().groupsAdded().size();
    int changed = next.progression().groupsChanged().size();
    if (added == 0 && changed == 0) {
      return "";
    }
    return "; "
        + AssessmentReport.count(added, "choice group")
        + " new and "
        + changed
        + " changed";
  }

  /** Words of a text on lines of at most {@value #WIDTH} characters. */
  private void wrap(String text, String first, String rest) {
    StringBuilder current = new StringBuilder(first);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (!empty && current.length() + 1 + word.length() > WIDTH) {
        line(current.toString());
        current = new StringBuilder(rest);
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

  private static final int WIDTH = 96;

  private static String cut(String text) {
    return text.length() <= 34 ? text : text.substring(0, 33) + "…";
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
}
