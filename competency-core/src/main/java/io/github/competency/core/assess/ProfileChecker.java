package io.github.competency.core.assess;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Problem;
import io.github.competency.core.Proficiency;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.RoleId;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import io.github.competency.core.internal.Suggestions;
import io.github.competency.core.internal.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a profile against a catalogue and lists every problem and every warning apart, each
 * with the path of the offending element as the profile's JSON format spells it. It never
 * throws on any profile.
 */
final class ProfileChecker {

  private final Catalogue catalogue;
  private final Positions positions;
  private final boolean strict;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();

  private ProfileChecker(Catalogue catalogue, Positions positions, boolean strict) {
    this.catalogue = catalogue;
    this.positions = positions;
    this.strict = strict;
  }

  static ProfileCheck check(
      Catalogue catalogue, Positions positions, Profile profile, boolean strict) {
    ProfileChecker checker = new ProfileChecker(catalogue, positions, strict);
    checker.run(profile);
    return ImmutableProfileCheck.builder()
        .profile(profile.id())
        .problems(checker.problems)
        .warnings(checker.warnings)
        .build();
  }

  private void run(Profile profile) {
    if (!profile.catalogue().equals(catalogue.id())) {
      problem(
          "catalogue",
          "the profile was assessed against catalogue '"
              + profile.catalogue()
              + "', not '"
              + catalogue.id()
              + "'; assess it against the catalogue it names");
    } else if (Texts.isBlank(profile.catalogueVersion())) {
      problem("catalogueVersion", "must not be blank");
    } else if (!profile.catalogueVersion().equals(catalogue.version())) {
      problem(
          "catalogueVersion",
          "the profile was assessed against version '"
              + Texts.abbreviate(profile.catalogueVersion())
              + "' of catalogue '"
              + catalogue.id()
              + "', not version '"
              + catalogue.version()
              + "'; rate it again against this version");
    }
    profile.name().ifPresent(name -> notBlank("name", name));
    profile.role().ifPresent(this::role);

    Map<List<Object>, Integer> seen = new HashMap<>();
    for (int i = 0; i < profile.ratings().size(); i++) {
      Rating rating = profile.ratings().get(i);
      String path = "ratings[" + i + "]";
      Optional<Skill> skill = skill(path + ".skill", rating.skill());
      Optional<Proficiency> step = step(path + ".proficiency", rating.proficiency());
      if (skill.isPresent() && step.isPresent() && !skill.get().isDefinedAt(rating.proficiency())) {
        warning(
            path + ".proficiency",
            "skill '"
                + rating.skill()
                + "' is not defined at '"
                + rating.proficiency()
                + "' (it is defined at "
                + inScaleOrder(skill.get())
                + "); the rating counts at that step's place on the scale");
      }
      rating
          .date()
          .filter(date -> date.isAfter(profile.assessedOn()))
          .ifPresent(date -> warning(path + ".date", afterAssessment(date, profile.assessedOn())));
      rating.evidence().ifPresent(evidence -> evidence(path + ".evidence", evidence));
      List<Object> key = List.of(rating.skill(), rating.rater(), profile.dateOf(rating));
      Integer first = seen.putIfAbsent(key, i);
      if (first != null) {
        problem(
            path,
            "repeats ratings["
                + first
                + "]: skill '"
                + rating.skill()
                + "' rated by "
                + rating.rater().label()
                + " on "
                + profile.dateOf(rating)
                + "; keep one rating per"
                + " skill, rater and day");
      }
    }
  }

  private static String afterAssessment(LocalDate date, LocalDate assessedOn) {
    return "the rating is dated "
        + date
        + ", after the day the profile was assessed ("
        + assessedOn
        + "); check the date, or assess the profile again";
  }

  /** The steps a skill is defined at, lowest first. */
  private String inScaleOrder(Skill skill) {
    return skill.definedAt().stream()
        .sorted(java.util.Comparator.comparingInt(positions::step))
        .map(ProficiencyId::toString)
        .collect(Collectors.joining(", "));
  }

  private void evidence(String path, Evidence evidence) {
    notBlank(path + ".text", evidence.text());
    if (evidence.text().length() > Evidence.MAX_TEXT_LENGTH) {
      problem(
          path + ".text",
          "has "
              + evidence.text().length()
              + " characters; evidence is a short"
              + " text of at most "
              + Evidence.MAX_TEXT_LENGTH
              + " characters, with a link to more");
    }
  }

  private void role(RoleId role) {
    if (catalogue.find(role).isEmpty()) {
      Suggestions suggestions = Suggestions.forId(role.value());
      catalogue
          .roles()
          .forEach(
              r ->
                  suggestions
                      .consider(r.id().value(), r.id().value())
                      .consider(r.id().value(), r.title()));
      problem(
          "role",
          unknown("role", role, suggestions, catalogue.roles().stream().map(r -> r.id()).toList()));
    }
  }

  private Optional<Skill> skill(String path, SkillId id) {
    Optional<Skill> skill = catalogue.find(id);
    if (skill.isEmpty()) {
      Suggestions suggestions = Suggestions.forId(id.value());
      for (Skill known : catalogue.skills()) {
        String value = known.id().value();
        suggestions.consider(value, value).consider(value, known.name());
        known.aliases().forEach(alias -> suggestions.consider(value, alias));
      }
      problem(
          path,
          unknown("skill", id, suggestions, catalogue.skills().stream().map(k -> k.id()).toList()));
    }
    return skill;
  }

  private Optional<Proficiency> step(String path, ProficiencyId id) {
    Optional<Proficiency> step = catalogue.find(id);
    if (step.isEmpty()) {
      Suggestions suggestions = Suggestions.forId(id.value());
      for (Proficiency known : catalogue.scale()) {
        suggestions
            .consider(known.id().value(), known.id().value())
            .consider(known.id().value(), known.name());
      }
      String scale =
          catalogue.scale().stream().map(p -> p.id().value()).collect(Collectors.joining(", "));
      String sentence = suggestions.sentence();
      problem(
          path,
          "catalogue '"
              + catalogue.id()
              + "' has no proficiency '"
              + id
              + "'; "
              + (sentence.isEmpty() ? "" : sentence + " ")
              + "(the scale: "
              + scale
              + ")");
    }
    return step;
  }

  /** The most known ids a message lists when nothing is spelled alike. */
  private static final int LISTED = 20;

  /**
   * "catalogue 'c' has no skill 'x'; did you mean 'y'?", or the known ids (all of them, in
   * catalogue order, when there are few).
   */
  private String unknown(
      String kind, Object id, Suggestions suggestions, List<? extends Object> known) {
    String sentence = suggestions.sentence();
    String rest;
    if (!sentence.isEmpty()) {
      rest = sentence;
    } else if (known.isEmpty()) {
      rest = "it has none";
    } else if (known.size() <= LISTED) {
      rest = "known: " + known.stream().map(Object::toString).collect(Collectors.joining(", "));
    } else {
      rest = "it has " + Counts.of(known.size(), kind) + ", none spelled alike";
    }
    return "catalogue '" + catalogue.id() + "' has no " + kind + " '" + id + "'; " + rest;
  }

  private void notBlank(String path, String text) {
    if (Texts.isBlank(text)) {
      problem(path, "must not be blank");
      return;
    }
    int at = Texts.unpairedSurrogate(text);
    if (at >= 0) {
      problem(
          path,
          String.format(
              Locale.ROOT,
              "has an unpaired surrogate U+%04X at index %d; texts"
                  + " must be well-formed Unicode",
              (int) text.charAt(at),
              at));
    }
  }

  private void problem(String path, String message) {
    problems.add(Problem.of(path, message));
  }

  private void warning(String path, String message) {
    (strict ? problems : warnings).add(Problem.of(path, message));
  }
}
