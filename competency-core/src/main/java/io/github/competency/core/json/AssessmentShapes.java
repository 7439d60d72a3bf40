package io.github.competency.core.json;

import io.github.competency.core.Catalogue;
import io.github.competency.core.assess.Agreement;
import io.github.competency.core.assess.CompactProfile;
import io.github.competency.core.assess.Coverage;
import io.github.competency.core.assess.Disagreement;
import io.github.competency.core.assess.GapReport;
import io.github.competency.core.assess.GroupChange;
import io.github.competency.core.assess.GroupCoverage;
import io.github.competency.core.assess.GroupResult;
import io.github.competency.core.assess.Helpers;
import io.github.competency.core.assess.NextStep;
import io.github.competency.core.assess.Outcome;
import io.github.competency.core.assess.ProfileCheck;
import io.github.competency.core.assess.ProfileScore;
import io.github.competency.core.assess.Progression;
import io.github.competency.core.assess.Ranking;
import io.github.competency.core.assess.RaterKind;
import io.github.competency.core.assess.Rating;
import io.github.competency.core.assess.RatingRule;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.core.assess.RequirementChange;
import io.github.competency.core.assess.RequirementCoverage;
import io.github.competency.core.assess.RequirementResult;
import io.github.competency.core.assess.RequirementStatus;
import io.github.competency.core.assess.ResponsibilityResult;
import io.github.competency.core.assess.SetAside;
import io.github.competency.core.assess.TeamCoverage;
import io.github.competency.core.internal.json.Field;
import io.github.competency.core.internal.json.Kind;
import io.github.competency.core.internal.json.Shape;
import io.github.competency.core.internal.json.Shapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tables of the {@value #FORMAT} format: every result of assessment described once, in the
 * order its fields are written. {@link AssessmentJson} writes the document from these, the
 * host-mapper module writes each result alone in the same shape, and a test checks the shipped
 * JSON Schema against them. A field added to a table here appears in every one of them.
 *
 * <p>Results are written, never read: they are computed from a catalogue and a profile.
 */
final class AssessmentShapes {

  /** The format's name and version, the value of every document's {@code format} field. */
  static final String FORMAT = "competency-assessment/1";

  private AssessmentShapes() {}

  /** The whole document: one profile assessed against one role of a catalogue. */
  record Assessment(
      Catalogue catalogue, GapReport gaps, Agreement agreement, List<NextStep> nextSteps) {}

  // ------------------------------------------------------------------------------- names

  /** The name of a readiness mode in JSON: {@code binary}, ..., {@code weightedProportional}. */
  static String key(ReadinessMode mode) {
    String[] words = mode.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder key = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return key.toString();
  }

  /** A readiness mode by its name in JSON, or null. */
  static ReadinessMode mode(String key) {
    for (ReadinessMode mode : ReadinessMode.values()) {
      if (key(mode).equals(key)) {
        return mode;
      }
    }
    return null;
  }

  static final Kind<RequirementStatus> STATUS =
      Kind.textual(
          AssessmentShapes::status,
          RequirementStatus::label,
          text -> "'" + text + "' is not a status; use 'met', 'below' or 'not-rated'");

  private static RequirementStatus status(String text) {
    for (RequirementStatus status : RequirementStatus.values()) {
      if (status.label().equals(text)) {
        return status;
      }
    }
    return null;
  }

  static final Kind<ReadinessMode> MODE =
      Kind.textual(
          AssessmentShapes::mode,
          AssessmentShapes::key,
          text ->
              "'"
                  + text
                  + "' is not a readiness mode; use 'binary', 'proportional', "
                  + "'weightedBinary' or 'weightedProportional'");

  // ------------------------------------------------------------------------------- values

  /** Readiness in every mode, by the mode's name: {@code {"binary": 0.5, ...}}. */
  static final Kind<GapReport> READINESS =
      Kind.out(
          "object",
          (out, report) -> {
            out.writeStartObject();
            for (ReadinessMode mode : ReadinessMode.values()) {
              out.writeNumberProperty(key(mode), report.readiness(mode));
            }
            out.writeEndObject();
          });

  /** A result's points in every mode, as [earned, worth]: {@code {"binary": [0, 1], ...}}. */
  static final Kind<Outcome> POINTS =
      Kind.out(
          "object",
          (out, result) -> {
            out.writeStartObject();
            for (ReadinessMode mode : ReadinessMode.values()) {
              out.writeName(key(mode));
              out.writeStartArray();
              out.writeNumber(result.points(mode));
              out.writeNumber(result.maxPoints(mode));
              out.writeEndArray();
            }
            out.writeEndObject();
          });

  static final Shape<RequirementResult, Void> REQUIREMENT_RESULT =
      Shape.out(
          RequirementResult.class,
          "requirement result",
          "a",
          List.of(
              Field.out("skill", Shapes.SKILL_ID.kind(), r -> r.requirement().skill()),
              Field.out("required", Shapes.PROFICIENCY_ID.kind(), RequirementResult::target),
              Field.out("importance", Kind.IMPORTANCE, RequirementResult::importance),
              Field.outIfPresent("note", Kind.STRING, r -> nonEmpty(r.note())),
              Field.outIfPresent(
                  "rated",
                  Shapes.PROFICIENCY_ID.kind(),
                  r -> r.rating().map(Rating::proficiency).orElse(null)),
              Field.outIfPresent(
                  "rater", ProfileShapes.RATER, r -> r.rating().map(Rating::rater).orElse(null)),
              Field.out("status", STATUS, RequirementResult::status),
              Field.out("points", POINTS, r -> r)));

  /** A list of the skills of some results of options, by their ids. */
  static final Kind<List<RequirementResult>> OPTION_SKILLS =
      Kind.out(
          "array",
          (out, options) -> {
            out.writeStartArray();
            for (RequirementResult option : options) {
              out.writeString(option.requirement().skill().value());
            }
            out.writeEndArray();
          });

  static final Shape<GroupResult, Void> GROUP_RESULT =
      Shape.out(
          GroupResult.class,
          "group result",
          "a",
          List.of(
              Field.out("group", Shapes.GROUP_ID.kind(), g -> g.group().id()),
              Field.out("title", Kind.STRING, g -> g.group().title()),
              Field.out("atLeast", Kind.INTEGER, g -> g.group().atLeast()),
              Field.out("importance", Kind.IMPORTANCE, GroupResult::importance),
              Field.outIfPresent("note", Kind.STRING, g -> nonEmpty(g.note())),
              Field.out("status", STATUS, GroupResult::status),
              Field.out("met", OPTION_SKILLS, GroupResult::metOptions),
              Field.out("counted", OPTION_SKILLS, GroupResult::counted),
              Field.out("closest", OPTION_SKILLS, GroupResult::closest),
              Field.out("points", POINTS, g -> g),
              Field.out(
                  "options", Kind.list(Kind.object(REQUIREMENT_RESULT)), GroupResult::options)));

  /** One gap: a requirement by its skill and step to reach, or a group with its closest options. */
  static final Kind<Outcome> GAP =
      Kind.out(
          "object",
          (out, gap) -> {
            out.writeStartObject();
            if (gap instanceof GroupResult group) {
              out.writeStringProperty("group", group.group().id().value());
              out.writeName("closest");
              OPTION_SKILLS.write(out, group.closest(), Kind.WriteContext.ID_ORDER);
            } else {
              RequirementResult single = (RequirementResult) gap;
              out.writeStringProperty("skill", single.requirement().skill().value());
              out.writeStringProperty("target", single.target().value());
            }
            out.writeStringProperty("importance", gap.importance().label());
            out.writeNumberProperty("shortfall", gap.shortfall());
            if (!gap.note().isEmpty()) {
              out.writeStringProperty("note", gap.note());
            }
            out.writeEndObject();
          });

  private static String nonEmpty(String text) {
    return text.isEmpty() ? null : text;
  }

  static final Shape<ResponsibilityResult, Void> RESPONSIBILITY_RESULT =
      Shape.out(
          ResponsibilityResult.class,
          "responsibility result",
          "a",
          List.of(
              Field.out(
                  "responsibility",
                  Shapes.RESPONSIBILITY_ID.kind(),
                  ResponsibilityResult::responsibility),
              Field.out("met", Kind.BOOLEAN, ResponsibilityResult::met),
              Field.out("unmet", Kind.list(Shapes.SKILL_ID.kind()), ResponsibilityResult::unmet)));

  static final Shape<GapReport, Void> GAP_REPORT =
      Shape.out(
          GapReport.class,
          "gap report",
          "a",
          List.of(
              Field.out("profile", ProfileShapes.PROFILE_ID.kind(), GapReport::profile),
              Field.out("role", Shapes.ROLE_ID.kind(), GapReport::role),
              Field.out("readiness", READINESS, r -> r),
              Field.out("ready", Kind.BOOLEAN, GapReport::ready),
              Field.out("essentialGaps", Kind.INTEGER, GapReport::essentialGaps),
              Field.out(
                  "requirements", Kind.list(Kind.object(REQUIREMENT_RESULT)), GapReport::results),
              Field.out("groups", Kind.list(Kind.object(GROUP_RESULT)), GapReport::groups),
              Field.out("gaps", Kind.list(GAP), GapReport::gaps),
              Field.out(
                  "warnings", Kind.list(Kind.object(ProblemShape.PROBLEM)), GapReport::warnings),
              Field.out(
                  "responsibilitiesMet",
                  Kind.list(Shapes.RESPONSIBILITY_ID.kind()),
                  r ->
                      r.responsibilities().stream()
                          .filter(ResponsibilityResult::met)
                          .map(ResponsibilityResult::responsibility)
                          .toList())));

  static final Shape<Disagreement, Void> DISAGREEMENT =
      Shape.out(
          Disagreement.class,
          "disagreement",
          "a",
          List.of(
              Field.out("skill", Shapes.SKILL_ID.kind(), Disagreement::skill),
              Field.out("self", Shapes.PROFICIENCY_ID.kind(), d -> d.self().proficiency()),
              Field.out("other", Shapes.PROFICIENCY_ID.kind(), d -> d.other().proficiency()),
              Field.out("rater", ProfileShapes.RATER, d -> d.other().rater()),
              Field.out("steps", Kind.INTEGER, Disagreement::steps)));

  static final Shape<Agreement, Void> AGREEMENT =
      Shape.out(
          Agreement.class,
          "agreement report",
          "an",
          List.of(
              Field.out("profile", ProfileShapes.PROFILE_ID.kind(), Agreement::profile),
              Field.out("threshold", Kind.INTEGER, Agreement::threshold),
              Field.out("comparisons", Kind.INTEGER, Agreement::comparisons),
              Field.out(
                  "disagreements",
                  Kind.list(Kind.object(DISAGREEMENT)),
                  Agreement::disagreements)));

  static final Shape<NextStep, Void> NEXT_STEP =
      Shape.out(
          NextStep.class,
          "next step",
          "a",
          List.of(
              Field.out("role", Shapes.ROLE_ID.kind(), n -> n.progression().toRole()),
              Field.out(
                  "proportional", Kind.NUMBER, n -> n.gaps().readiness(ReadinessMode.PROPORTIONAL)),
              Field.out("gaps", Kind.INTEGER, n -> n.gaps().gaps().size()),
              Field.out("essentialGaps", Kind.INTEGER, n -> n.gaps().essentialGaps())));

  static final Shape<RequirementChange, Void> REQUIREMENT_CHANGE =
      Shape.out(
          RequirementChange.class,
          "requirement change",
          "a",
          List.of(
              Field.out("skill", Shapes.SKILL_ID.kind(), RequirementChange::skill),
              Field.out("before", Kind.object(Shapes.REQUIREMENT), RequirementChange::before),
              Field.out("after", Kind.object(Shapes.REQUIREMENT), RequirementChange::after),
              Field.out("steps", Kind.INTEGER, RequirementChange::steps)));

  static final Shape<GroupChange, Void> GROUP_CHANGE =
      Shape.out(
          GroupChange.class,
          "group change",
          "a",
          List.of(
              Field.out("group", Shapes.GROUP_ID.kind(), GroupChange::id),
              Field.out("before", Kind.object(Shapes.GROUP), GroupChange::before),
              Field.out("after", Kind.object(Shapes.GROUP), GroupChange::after)));

  static final Shape<Progression, Void> PROGRESSION =
      Shape.out(
          Progression.class,
          "progression",
          "a",
          List.of(
              Field.out("from", Shapes.ROLE_ID.kind(), Progression::fromRole),
              Field.out("to", Shapes.ROLE_ID.kind(), Progression::toRole),
              Field.out(
                  "responsibilitiesAdded",
                  Kind.list(Shapes.RESPONSIBILITY_ID.kind()),
                  Progression::responsibilitiesAdded),
              Field.out(
                  "responsibilitiesDropped",
                  Kind.list(Shapes.RESPONSIBILITY_ID.kind()),
                  Progression::responsibilitiesDropped),
              Field.out("added", Kind.list(Kind.object(Shapes.REQUIREMENT)), Progression::added),
              Field.out("raised", Kind.list(Kind.object(REQUIREMENT_CHANGE)), Progression::raised),
              Field.out(
                  "lowered", Kind.list(Kind.object(REQUIREMENT_CHANGE)), Progression::lowered),
              Field.out(
                  "changed", Kind.list(Kind.object(REQUIREMENT_CHANGE)), Progression::changed),
              Field.out(
                  "dropped", Kind.list(Kind.object(Shapes.REQUIREMENT)), Progression::dropped),
              Field.out(
                  "groupsAdded", Kind.list(Kind.object(Shapes.GROUP)), Progression::groupsAdded),
              Field.out(
                  "groupsChanged",
                  Kind.list(Kind.object(GROUP_CHANGE)),
                  Progression::groupsChanged),
              Field.out(
                  "groupsDropped",
                  Kind.list(Kind.object(Shapes.GROUP)),
                  Progression::groupsDropped)));

  static final Shape<RequirementCoverage, Void> REQUIREMENT_COVERAGE =
      Shape.out(
          RequirementCoverage.class,
          "requirement coverage",
          "a",
          List.of(
              Field.out("skill", Shapes.SKILL_ID.kind(), c -> c.requirement().skill()),
              Field.out(
                  "required", Shapes.PROFICIENCY_ID.kind(), c -> c.requirement().proficiency()),
              Field.out("importance", Kind.IMPORTANCE, RequirementCoverage::importance),
              Field.out(
                  "metBy",
                  Kind.list(ProfileShapes.PROFILE_ID.kind()),
                  RequirementCoverage::metBy)));

  static final Shape<GroupCoverage, Void> GROUP_COVERAGE =
      Shape.out(
          GroupCoverage.class,
          "group coverage",
          "a",
          List.of(
              Field.out("group", Shapes.GROUP_ID.kind(), c -> c.group().id()),
              Field.out("atLeast", Kind.INTEGER, c -> c.group().atLeast()),
              Field.out("importance", Kind.IMPORTANCE, GroupCoverage::importance),
              Field.out("metBy", Kind.list(ProfileShapes.PROFILE_ID.kind()), GroupCoverage::metBy),
              Field.out(
                  "options",
                  Kind.list(Kind.object(REQUIREMENT_COVERAGE)),
                  GroupCoverage::options)));

  /** A line of a team's coverage by what it is about: {@code {"skill": ...}} or {@code {"group": ...}}. */
  static final Kind<Coverage> LINE =
      Kind.out(
          "object",
          (out, line) -> {
            out.writeStartObject();
            if (line instanceof GroupCoverage group) {
              out.writeStringProperty("group", group.group().id().value());
            } else {
              out.writeStringProperty(
                  "skill", ((RequirementCoverage) line).requirement().skill().value());
            }
            out.writeEndObject();
          });

  static final Shape<SetAside, Void> SET_ASIDE =
      Shape.out(
          SetAside.class,
          "set-aside profile",
          "a",
          List.of(
              Field.out("profile", ProfileShapes.PROFILE_ID.kind(), SetAside::profile),
              Field.out(
                  "problems", Kind.list(Kind.object(ProblemShape.PROBLEM)), SetAside::problems)));

  static final Shape<TeamCoverage, Void> TEAM_COVERAGE =
      Shape.out(
          TeamCoverage.class,
          "team coverage",
          "a",
          List.of(
              Field.out("role", Shapes.ROLE_ID.kind(), TeamCoverage::role),
              Field.out("people", Kind.INTEGER, TeamCoverage::people),
              Field.out(
                  "requirements",
                  Kind.list(Kind.object(REQUIREMENT_COVERAGE)),
                  TeamCoverage::requirements),
              Field.out("groups", Kind.list(Kind.object(GROUP_COVERAGE)), TeamCoverage::groups),
              Field.out("uncovered", Kind.list(LINE), TeamCoverage::uncovered),
              Field.out("singlePoints", Kind.list(LINE), TeamCoverage::singlePoints),
              Field.out("setAside", Kind.list(Kind.object(SET_ASIDE)), TeamCoverage::setAside)));

  static final Shape<ProfileScore, Void> PROFILE_SCORE =
      Shape.out(
          ProfileScore.class,
          "profile score",
          "a",
          List.of(
              Field.out("profile", ProfileShapes.PROFILE_ID.kind(), ProfileScore::profile),
              Field.outIfPresent("name", Kind.STRING, p -> p.name().orElse(null)),
              Field.out("readiness", Kind.NUMBER, ProfileScore::readiness)));

  static final Shape<Ranking, Void> RANKING =
      Shape.out(
          Ranking.class,
          "ranking",
          "a",
          List.of(
              Field.out("role", Shapes.ROLE_ID.kind(), Ranking::role),
              Field.out("mode", MODE, Ranking::mode),
              Field.out("ranked", Kind.LONG, Ranking::ranked),
              Field.out("top", Kind.list(Kind.object(PROFILE_SCORE)), Ranking::top),
              Field.out("setAside", Kind.list(Kind.object(SET_ASIDE)), Ranking::setAside)));

  static final Shape<Helpers, Void> HELPERS =
      Shape.out(
          Helpers.class,
          "helpers",
          "",
          List.of(
              Field.out(
                  "profiles",
                  Kind.list(ProfileShapes.PROFILE_ID.kind()),
                  h ->
                      h.profiles().stream()
                          .map(io.github.competency.core.assess.Profile::id)
                          .toList()),
              Field.out("setAside", Kind.list(Kind.object(SET_ASIDE)), Helpers::setAside)));

  static final Shape<ProfileCheck, Void> PROFILE_CHECK =
      Shape.out(
          ProfileCheck.class,
          "profile check",
          "a",
          List.of(
              Field.out("profile", ProfileShapes.PROFILE_ID.kind(), ProfileCheck::profile),
              Field.out("valid", Kind.BOOLEAN, ProfileCheck::valid),
              Field.out(
                  "problems", Kind.list(Kind.object(ProblemShape.PROBLEM)), ProfileCheck::problems),
              Field.out(
                  "warnings",
                  Kind.list(Kind.object(ProblemShape.PROBLEM)),
                  ProfileCheck::warnings)));

  static final Shape<CompactProfile, Void> COMPACT_PROFILE =
      Shape.out(
          CompactProfile.class,
          "compact profile",
          "a",
          List.of(
              Field.out("profile", ProfileShapes.PROFILE_ID.kind(), CompactProfile::id),
              Field.out(
                  "steps",
                  Kind.out(
                      "object",
                      (out, steps) -> {
                        out.writeStartObject();
                        steps.forEach(
                            (skill, step) -> out.writeStringProperty(skill.value(), step.value()));
                        out.writeEndObject();
                      }),
                  CompactProfile::steps)));

  static final Shape<RatingRule, Void> RATING_RULE =
      Shape.out(
          RatingRule.class,
          "rating rule",
          "a",
          List.of(
              Field.out(
                  "tiers",
                  Kind.list(Kind.list(ProfileShapes.RATER)),
                  r -> r.tiers().stream().map(AssessmentShapes::tier).toList())));

  private static List<RaterKind> tier(Set<RaterKind> tier) {
    List<RaterKind> kinds = new ArrayList<>();
    for (RaterKind kind : RaterKind.values()) {
      if (tier.contains(kind)) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  // ------------------------------------------------------------------------------- the document

  /** The document: the gap report's fields, with the catalogue, disagreements and next steps. */
  static final Shape<Assessment, Void> ASSESSMENT =
      Shape.out(Assessment.class, "assessment", "an", document());

  private static List<Field<Assessment, Void, ?>> document() {
    List<Field<Assessment, Void, ?>> fields = new ArrayList<>();
    fields.add(Field.out("format", Kind.STRING, a -> FORMAT));
    for (Field<GapReport, Void, ?> field : GAP_REPORT.fields()) {
      fields.add(field.on(Assessment::gaps));
      if (field.name().equals("profile")) {
        fields.add(Field.out("catalogue", Shapes.CATALOGUE_ID.kind(), a -> a.catalogue().id()));
        fields.add(Field.out("catalogueVersion", Kind.STRING, a -> a.catalogue().version()));
      }
    }
    fields.add(field(AGREEMENT, "disagreements").on(Assessment::agreement));
    fields.add(Field.out("nextSteps", Kind.list(Kind.object(NEXT_STEP)), Assessment::nextSteps));
    return fields;
  }

  private static <V> Field<V, Void, ?> field(Shape<V, Void> shape, String name) {
    return shape.fields().stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(shape.noun() + " has no field " + name));
  }

  /** Every result a host mapper writes alone. */
  static final List<Shape<?, Void>> RESULTS =
      List.of(
          REQUIREMENT_RESULT,
          GROUP_RESULT,
          RESPONSIBILITY_RESULT,
          GAP_REPORT,
          DISAGREEMENT,
          AGREEMENT,
          NEXT_STEP,
          REQUIREMENT_CHANGE,
          GROUP_CHANGE,
          PROGRESSION,
          REQUIREMENT_COVERAGE,
          GROUP_COVERAGE,
          TEAM_COVERAGE,
          SET_ASIDE,
          PROFILE_SCORE,
          RANKING,
          HELPERS,
          PROFILE_CHECK,
          COMPACT_PROFILE,
          RATING_RULE);
}
