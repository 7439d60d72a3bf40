package io.github.competency.cli;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Importance;
import io.github.competency.core.Proficiency;
import io.github.competency.core.Responsibility;
import io.github.competency.core.ResponsibilityId;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.Skill;
import io.github.competency.core.assess.Agreement;
import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.GapReport;
import io.github.competency.core.assess.NextStep;
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

  Skill skill(RequirementResult result) {
    return catalogue.get(result.requirement().skill());
  }

  String step(RequirementResult result) {
    return result.rating().map(r -> catalogue.get(r.proficiency()).name()).orElse("not rated");
  }

  Proficiency target(RequirementResult result) {
    return catalogue.get(result.target());
  }

  String status(RequirementResult result) {
    if (result.status() == RequirementStatus.MET) {
      return "met";
    }
    if (result.status() == RequirementStatus.NOT_RATED) {
      return "not rated";
    }
    return "below by " + result.shortfall() + (result.shortfall() == 1 ? " step" : " steps");
  }

  boolean essential(RequirementResult result) {
    return result.requirement().importance() == Importance.ESSENTIAL;
  }

  long met() {
    return gaps.results().stream().filter(RequirementResult::met).count();
  }

  Responsibility responsibility(ResponsibilityId id) {
    return catalogue.get(id);
  }
}
