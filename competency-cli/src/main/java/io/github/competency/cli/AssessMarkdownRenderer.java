package io.github.competency.cli;

import io.github.competency.core.Problem;
import io.github.competency.core.assess.Disagreement;
import io.github.competency.core.assess.GroupResult;
import io.github.competency.core.assess.NextStep;
import io.github.competency.core.assess.Outcome;
import io.github.competency.core.assess.ReadinessMode;
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
    if (!report.warnings().isEmpty()) {
      line("## Warnings");
      blank();
      for (Problem warning : report.warnings()) {
        line("- `" + warning.path() + "`: " + text(warning.message()));
      }
      blank();
    }
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
    String ready = report.readySummary();
    int colon = ready.indexOf(':');
    line(
        text(report.metSummary())
            + "; **"
            + ready.substring(0, colon)
            + "**"
            + text(ready.substring(colon))
            + ".");
    blank();
    line("## Gaps, most useful first");
    blank();
    line(HEADER);
    line("|---|---|---|---|---|---|");
    for (Outcome gap : report.gaps.gaps()) {
      row(gap);
    }
    blank();
    line("## Requirements met");
    blank();
    line(HEADER);
    line("|---|---|---|---|---|---|");
    for (Outcome outcome : report.gaps.outcomes()) {
      if (outcome.met()) {
        row(outcome);
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
                "- %s: readiness %.2f (proportional), %s, %d essential",
                text(report.catalogue.get(next.progression().toRole()).title()),
                next.gaps().readiness(ReadinessMode.PROPORTIONAL),
                AssessmentReport.count(next.gaps().gaps().size(), "gap"),
                next.gaps().essentialGaps()));
      }
    }
    return out.toString();
  }

  private static final String HEADER =
      "| Requirement | Rated | To reach | Status | Importance | Note |";

  private void row(Outcome outcome) {
    String name = text(report.name(outcome));
    if (outcome instanceof GroupResult group) {
      name += ": " + text(report.choice(group));
    }
    line(
        "| "
            + name
            + " | "
            + text(report.rated(outcome))
            + " | "
            + text(report.target(outcome))
            + " | "
            + text(report.status(outcome))
            + " | "
            + outcome.importance().label()
            + " | "
            + text(outcome.note())
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
