package io.github.competency.cli;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Importance;
import io.github.competency.core.Problem;
import io.github.competency.core.Proficiency;
import io.github.competency.core.Responsibility;
import io.github.competency.core.ResponsibilityId;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.Skill;
import io.github.competency.core.assess.Agreement;
import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.GapReport;
import io.github.competency.core.assess.GroupResult;
import io.github.competency.core.assess.NextStep;
import io.github.competency.core.assess.Outcome;
import io.github.competency.core.assess.Profile;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.core.assess.RequirementResult;
import io.github.competency.core.assess.RequirementStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A profile assessed against a role, with everything the views print resolved. */
final class AssessmentReport {

  final Catalogue catalogue;
  final Profile profile;
  final Role role;
  final GapReport gaps;
  final Agreement agreement;
  final Optional<Role> current;
  final List<NextStep> nextSteps;

  AssessmentReport(Assessor assessor, Profile profile, RoleId role) {
    this.catalogue = assessor.catalogue();
    this.profile = profile;
    this.role = catalogue.get(role);
    this.gaps = assessor.gaps(profile, role);
    this.agreement = assessor.agreement(profile);
    this.current = profile.role().map(catalogue::get);
    this.nextSteps = current.isPresent() ? assessor.nextSteps(profile) : List.of();
  }

  String who() {
    return profile
        .name()
        .map(name -> name + " (" + profile.id() + ")")
        .orElse(profile.id().value());
  }

  static String label(ReadinessMode mode) {
    return mode.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** "1 requirement", "2 requirements": a count with its noun. */
  static String count(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  Skill skill(RequirementResult result) {
    return catalogue.get(result.requirement().skill());
  }

  /** What the outcome is about: a skill's name, or a choice group's title. */
  String name(Outcome outcome) {
    if (outcome instanceof GroupResult group) {
      return group.group().title();
    }
    return skill((RequirementResult) outcome).name();
  }

  /** A group by its options' names: "Two of A, B, C or D". */
  String choice(GroupResult group) {
    List<String> names =
        group.options().stream().map(o -> catalogue.get(o.requirement().skill()).name()).toList();
    return TextRenderer.ofCount(group.group().atLeast(), names);
  }

  String step(RequirementResult result) {
    return result.rating().map(r -> catalogue.get(r.proficiency()).name()).orElse("not rated");
  }

  /** The rated column: the step, or for a group how many options are met. */
  String rated(Outcome outcome) {
    if (outcome instanceof GroupResult group) {
      return group.metOptions().size() + " of " + group.group().atLeast() + " met";
    }
    return step((RequirementResult) outcome);
  }

  /** The target column: the step to reach, or for a group how many of its options. */
  String target(Outcome outcome) {
    if (outcome instanceof GroupResult group) {
      return group.group().atLeast() + " of " + group.options().size();
    }
    return target((RequirementResult) outcome).name();
  }

  Proficiency target(RequirementResult result) {
    return catalogue.get(result.target());
  }

  String status(Outcome outcome) {
    if (outcome instanceof GroupResult group) {
      if (group.met()) {
        return "met by " + names(group.metOptions());
      }
      return "closest: "
          + String.join(
              ", ",
              group.closest().stream().map(o -> skill(o).name() + " (" + status(o) + ")").toList());
    }
    RequirementResult result = (RequirementResult) outcome;
    if (result.status() == RequirementStatus.MET) {
      return "met";
    }
    if (result.status() == RequirementStatus.NOT_RATED) {
      return "not rated";
    }
    return "below by " + count(result.shortfall(), "step");
  }

  /** The options of a group closest to being met, each with its rating and target. */
  String closest(GroupResult group) {
    return String.join(
        "; ",
        group.closest().stream()
            .map(o -> skill(o).name() + ": " + step(o) + " -> " + target(o).name())
            .toList());
  }

  private String names(List<RequirementResult> options) {
    return String.join(", ", options.stream().map(o -> skill(o).name()).toList());
  }

  boolean essential(Outcome outcome) {
    return outcome.importance() == Importance.ESSENTIAL;
  }

  long met() {
    return gaps.outcomes().stream().filter(Outcome::met).count();
  }

  /** "12 of 48 requirements met (7 choice groups count as one each)". */
  String metSummary() {
    String groups =
        gaps.groups().isEmpty()
            ? ""
            : " (" + count(gaps.groups().size(), "choice group") + ", each counted as one)";
    return met() + " of " + count(gaps.outcomes().size(), "requirement") + " met" + groups;
  }

  /** "ready: ..." or "not ready: 1 essential requirement not met". */
  String readySummary() {
    if (gaps.ready()) {
      return "ready: every essential requirement is met";
    }
    if (gaps.outcomes().isEmpty()) {
      return "not ready: the role asks for nothing to be ready by";
    }
    if (gaps.essentialGaps() == 0) {
      return "not ready: no requirement is met";
    }
    return "not ready: " + count(gaps.essentialGaps(), "essential requirement") + " not met";
  }

  List<Problem> warnings() {
    return gaps.warnings();
  }

  Responsibility responsibility(ResponsibilityId id) {
    return catalogue.get(id);
  }
}
