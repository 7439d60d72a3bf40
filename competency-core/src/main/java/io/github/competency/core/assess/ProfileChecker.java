package io.github.competency.core.assess;

import io.github.competency.core.Catalogue;
import io.github.competency.core.ItemId;
import io.github.competency.core.Problem;
import io.github.competency.core.Proficiency;
import io.github.competency.core.Skill;
import io.github.competency.core.UnknownIdException;
import io.github.competency.core.internal.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a profile against a catalogue and lists every problem, each with the path of the
 * offending element as the profile's JSON format spells it. It never throws on any profile.
 */
final class ProfileChecker {

  private final Catalogue catalogue;
  private final List<Problem> problems = new ArrayList<>();

  private ProfileChecker(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  static List<Problem> check(Catalogue catalogue, Profile profile) {
    ProfileChecker checker = new ProfileChecker(catalogue);
    checker.run(profile);
    return List.copyOf(checker.problems);
  }

  private void run(Profile profile) {
    if (!profile.catalogue().equals(catalogue.id())) {
      add(
          "catalogue",
          "the profile was assessed against catalogue '"
              + profile.catalogue()
              + "', not '"
              + catalogue.id()
              + "'; assess it against the catalogue it names");
    } else if (Texts.isBlank(profile.catalogueVersion())) {
      add("catalogueVersion", "must not be blank");
    } else if (!profile.catalogueVersion().equals(catalogue.version())) {
      add(
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
    profile.role().ifPresent(role -> known("role", role));

    Map<List<Object>, Integer> seen = new HashMap<>();
    for (int i = 0; i < profile.ratings().size(); i++) {
      Rating rating = profile.ratings().get(i);
      String path = "ratings[" + i + "]";
      Optional<Skill> skill = known(path + ".skill", rating.skill());
      Optional<Proficiency> step = known(path + ".proficiency", rating.proficiency());
      if (skill.isPresent() && step.isPresent() && !skill.get().isDefinedAt(rating.proficiency())) {
        add(
            path + ".proficiency",
            "skill '"
                + rating.skill()
                + "' is not defined at '"
                + rating.proficiency()
                + "'; it is defined at "
                + skill.get().definedAt().stream()
                    .map(Object::toString)
                    .collect(Collectors.joining(", ")));
      }
      rating.evidence().ifPresent(evidence -> evidence(path + ".evidence", evidence));
      List<Object> key = List.of(rating.skill(), rating.rater(), profile.dateOf(rating));
      Integer first = seen.putIfAbsent(key, i);
      if (first != null) {
        add(
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

  private void evidence(String path, Evidence evidence) {
    notBlank(path + ".text", evidence.text());
    if (evidence.text().length() > Evidence.MAX_TEXT_LENGTH) {
      add(
          path + ".text",
          "has "
              + evidence.text().length()
              + " characters; evidence is a short"
              + " text of at most "
              + Evidence.MAX_TEXT_LENGTH
              + " characters, with a link to more");
    }
  }

  /** The item, or a problem naming the known ids of its kind. */
  private <T> Optional<T> known(String path, ItemId<T> id) {
    try {
      return Optional.of(catalogue.get(id));
    } catch (UnknownIdException e) {
      add(path, e.getMessage());
      return Optional.empty();
    }
  }

  private void notBlank(String path, String text) {
    if (Texts.isBlank(text)) {
      add(path, "must not be blank");
      return;
    }
    int at = Texts.unpairedSurrogate(text);
    if (at >= 0) {
      add(
          path,
          String.format(
              Locale.ROOT,
              "has an unpaired surrogate U+%04X at index %d; texts"
                  + " must be well-formed Unicode",
              (int) text.charAt(at),
              at));
    }
  }

  private void add(String path, String message) {
    problems.add(Problem.of(path, message));
  }
}
