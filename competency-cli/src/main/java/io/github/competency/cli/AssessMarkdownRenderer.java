package io.github.competency.cli;

import io.github.competency.core.assess.Disagreement;
import io.github.competency.core.assess.NextStep;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.core.assess.RequirementResult;
import java.util.Locale;

/** An assessment as Markdown: readiness, then every requirement with its status. */
final class AssessMarkdownRenderer {

  private final AssessmentReport report;
  private final StringBuilder out = new StringBuilder();

  AssessMarkdownRenderer(AssessmentReport report) {
    this.report = report;
  }

  String render() {
    line("# " + text(report.who()) + " against " + text(report.role.title()));
    blank();
    line(
        "*"
            + text(report.catalogue.title())
            + " "
            + text(report.catalogue.version())
            + "* · assessed "
            + report.profile.assessedOn()
            + report.current.map(r -> " · now " + text(r.title())).orElse(""));
    blank();
    line("## Readiness");
    blank();
    line("| Mode | Readiness |");
    line("|---|---|");
    for (ReadinessMode mode : ReadinessMode.values()) {
      line(
          String.format(
              Locale.ROOT,
              "| %s | %.2f |",
              AssessmentReport.label(mode),
              report.gaps.readiness(mode)));
    }
    blank();
    line(
        report.met()
            + " of "
            + report.gaps.results().size()
            + " requirements met; "
            + (report.gaps.ready()
                ? "**ready**: every essential requirement is met."
                : "**not ready**: "
                    + report.gaps.essentialGaps()
                    + " essential requirements not met."));
    blank();
    line("## Gaps, most useful first");
    blank();
    line("| Skill | Rated | To reach | Status | Importance |");
    line("|---|---|---|---|---|");
    for (RequirementResult gap : report.gaps.gaps()) {
      row(gap);
    }
    blank();
    line("## Requirements met");
    blank();
    line("| Skill | Rated | To reach | Status | Importance |");
    line("|---|---|---|---|---|");
    for (RequirementResult result : report.gaps.results()) {
      if (result.met()) {
        row(result);
      }
    }
    if (!report.agreement.disagreements().isEmpty()) {
      blank();
      line("## Self and assessors " + report.agreement.threshold() + " or more steps apart");
      blank();
      for (Disagreement d : report.agreement.disagreements()) {
        line(
            "- "
                + text(report.catalogue.get(d.skill()).name())
                + ": self "
                + text(report.catalogue.get(d.self().proficiency()).name())
                + ", "
                + d.other().rater().label()
                + " "
                + text(report.catalogue.get(d.other().proficiency()).name()));
      }
    }
    if (!report.nextSteps.isEmpty()) {
      blank();
      line("## Next steps");
      blank();
      for (NextStep next : report.nextSteps) {
        line(
            String.format(
                Locale.ROOT,
                "- %s: readiness %.2f (proportional), %d gaps, %d " + "essential",
                text(report.catalogue.get(next.progression().toRole()).title()),
                next.gaps().readiness(ReadinessMode.PROPORTIONAL),
                next.gaps().gaps().size(),
                next.gaps().essentialGaps()));
      }
    }
    return out.toString();
  }

  private void row(RequirementResult result) {
    line(
        "| "
            + text(report.skill(result).name())
            + " | "
            + text(report.step(result))
            + " | "
            + text(report.target(result).name())
            + " | "
            + report.status(result)
            + " | "
            + result.requirement().importance().label()
            + " |");
  }

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
