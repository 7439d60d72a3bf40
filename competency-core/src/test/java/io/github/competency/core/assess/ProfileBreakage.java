package io.github.competency.core.assess;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueId;
import io.github.competency.core.Proficiency;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.RoleId;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One way to break a valid profile, and the path at which checking must report it: as a
 * problem, or for the two {@linkplain #warning() warnings} (a step the skill is not defined at,
 * a rating dated after the assessment) as a warning. Each breakage that touches a rating takes a
 * rating no other breakage has taken, so that several can be applied to one profile
 * independently.
 */
enum ProfileBreakage {
  OTHER_CATALOGUE {
    @Override
    Optional<String> applyTo(Draft draft) {
      draft.profile.catalogue(CatalogueId.of("zz-other-catalogue"));
      return Optional.of("catalogue");
    }
  },
  BLANK_NAME {
    @Override
    Optional<String> applyTo(Draft draft) {
      draft.profile.name(" \t");
      return Optional.of("name");
    }
  },
  UNKNOWN_ROLE {
    @Override
    Optional<String> applyTo(Draft draft) {
      draft.profile.role(RoleId.of("zz-no-such-role"));
      return Optional.of("role");
    }
  },
  UNKNOWN_SKILL {
    @Override
    Optional<String> applyTo(Draft draft) {
      return draft
          .take(r -> true)
          .map(
              i -> {
                draft.ratings.set(
                    i,
                    Rating.builder()
                        .from(draft.ratings.get(i))
                        .skill(SkillId.of("zz-no-such-skill"))
                        .build());
                return "ratings[" + i + "].skill";
              });
    }
  },
  UNKNOWN_STEP {
    @Override
    Optional<String> applyTo(Draft draft) {
      return draft
          .take(r -> true)
          .map(
              i -> {
                draft.ratings.set(
                    i,
                    Rating.builder()
                        .from(draft.ratings.get(i))
                        .proficiency(ProficiencyId.of("zz-no-such-step"))
                        .build());
                return "ratings[" + i + "].proficiency";
              });
    }
  },
  STEP_NOT_DEFINED {
    @Override
    boolean warning() {
      return true;
    }

    @Override
    Optional<String> applyTo(Draft draft) {
      return draft
          .take(r -> undefinedStep(draft.catalogue, r.skill()).isPresent())
          .map(
              i -> {
                Rating rating = draft.ratings.get(i);
                draft.ratings.set(
                    i,
                    Rating.builder()
                        .from(rating)
                        .proficiency(undefinedStep(draft.catalogue, rating.skill()).get())
                        .build());
                return "ratings[" + i + "].proficiency";
              });
    }
  },
  DATED_AFTER_ASSESSMENT {
    @Override
    boolean warning() {
      return true;
    }

    @Override
    Optional<String> applyTo(Draft draft) {
      return draft
          .take(r -> true)
          .map(
              i -> {
                draft.ratings.set(
                    i,
                    Rating.builder()
                        .from(draft.ratings.get(i))
                        .date(draft.assessedOn.plusYears(5)) // later than any generated date
                        .build());
                return "ratings[" + i + "].date";
              });
    }
  },
  BLANK_EVIDENCE {
    @Override
    Optional<String> applyTo(Draft draft) {
      return draft
          .take(r -> true)
          .map(
              i -> {
                draft.ratings.set(
                    i,
                    Rating.builder().from(draft.ratings.get(i)).evidence(Evidence.of("")).build());
                return "ratings[" + i + "].evidence.text";
              });
    }
  },
  DUPLICATE_RATING {
    @Override
    Optional<String> applyTo(Draft draft) {
      return draft
          .take(r -> true)
          .map(
              i -> {
                draft.appended.add(
                    Rating.builder().from(draft.ratings.get(i)).evidence(Optional.empty()).build());
                return "ratings[" + (draft.ratings.size() + draft.appended.size() - 1) + "]";
              });
    }
  };

  /**
   * Breaks the draft.
   *
   * @return the path of the problem, or empty if this profile offers nothing to break this way
   */
  abstract Optional<String> applyTo(Draft draft);

  /** Whether checking reports this breakage as a warning rather than a problem. */
  boolean warning() {
    return false;
  }

  static Optional<ProficiencyId> undefinedStep(Catalogue catalogue, SkillId id) {
    Skill skill = catalogue.get(id);
    return catalogue.scale().stream()
        .map(Proficiency::id)
        .filter(p -> !skill.isDefinedAt(p))
        .findFirst();
  }

  /** A profile being broken: its fields, its ratings and ratings to append at the end. */
  static final class Draft {
    final Catalogue catalogue;
    final Profile.Builder profile;
    final List<Rating> ratings;
    final List<Rating> appended = new ArrayList<>();
    final java.time.LocalDate assessedOn;
    private final boolean[] taken;

    /** A draft of a valid profile without warnings. */
    Draft(Catalogue catalogue, Profile valid) {
      this.catalogue = catalogue;
      this.assessedOn = valid.assessedOn();
      this.profile = Profile.builder().from(valid);
      this.ratings = new ArrayList<>(valid.ratings());
      this.taken = new boolean[ratings.size()];
    }

    /** Takes the first untaken rating that matches, if any. */
    Optional<Integer> take(Predicate<Rating> which) {
      for (int i = 0; i < ratings.size(); i++) {
        if (!taken[i] && which.test(ratings.get(i))) {
          taken[i] = true;
          return Optional.of(i);
        }
      }
      return Optional.empty();
    }

    Profile build() {
      List<Rating> all = new ArrayList<>(ratings);
      all.addAll(appended);
      return profile.ratings(all).build();
    }
  }
}
