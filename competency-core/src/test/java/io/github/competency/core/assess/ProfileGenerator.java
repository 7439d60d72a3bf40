package io.github.competency.core.assess;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueGenerator;
import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.Proficiency;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.ProfileId;
import io.github.competency.core.Requirement;
import io.github.competency.core.Role;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generates valid profiles for a catalogue: some skills unrated, some rated several times by
 * several kinds of rater on several days, some undated, some with evidence; some rated only by
 * peers; some rated, as people are, at steps their skills are not defined at or on days after the
 * assessment (valid, with warnings); a share rate every skill at its highest step, so that every
 * requirement is met. It also makes the profile that meets a role exactly: every requirement,
 * and exactly n options of each choice group.
 */
public final class ProfileGenerator {

  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  private final Random random;
  private final Catalogue catalogue;

  public ProfileGenerator(Random random, Catalogue catalogue) {
    this.random = random;
    this.catalogue = catalogue;
  }

  /** A populated catalogue with a group of 0 to 12 profiles, whose ids may repeat. */
  public static Arbitrary<Scenario> scenarios() {
    return CatalogueGenerator.populatedCatalogues()
        .flatMap(
            catalogue ->
                Arbitraries.randomValue(
                    random -> {
                      ProfileGenerator generator = new ProfileGenerator(random, catalogue);
                      List<Profile> group = new ArrayList<>();
                      for (int i = 0, n = random.nextInt(13); i < n; i++) {
                        group.add(generator.profile(generator.id(random.nextInt(20))));
                      }
                      return new Scenario(catalogue, group, generator.profile("me"));
                    }));
  }

  /** Ids as HR systems give them: slugs, employee numbers, user names. */
  String id(int n) {
    return switch (random.nextInt(3)) {
      case 0 -> "p-" + n;
      case 1 -> "E" + (10000 + n);
      default -> "user_" + n + "@example.com";
    };
  }

  /** A catalogue, a group of profiles and one more profile, all valid for the catalogue. */
  public static final class Scenario {
    public final Catalogue catalogue;
    public final List<Profile> group;
    public final Profile profile;

    Scenario(Catalogue catalogue, List<Profile> group, Profile profile) {
      this.catalogue = catalogue;
      this.group = group;
      this.profile = profile;
    }

    /** The roles that ask for something; a populated catalogue has at least one. */
    List<Role> rolesWithRequirements() {
      List<Role> roles = new ArrayList<>();
      catalogue.roles().stream()
          .filter(r -> !r.requirements().isEmpty() || !r.groups().isEmpty())
          .forEach(roles::add);
      return roles;
    }

    @Override
    public String toString() {
      return catalogue + ", " + group.size() + " profiles, " + profile;
    }
  }

  /** A valid profile of the catalogue with this id. */
  public Profile profile(String id) {
    LocalDate assessedOn = START.plusDays(random.nextInt(400));
    Profile.Builder profile =
        Profile.builder()
            .id(ProfileId.of(id))
            .catalogue(catalogue.id())
            .catalogueVersion(catalogue.version())
            .assessedOn(assessedOn);
    if (random.nextBoolean()) {
      profile.name("Person " + id);
    }
    if (!catalogue.roles().isEmpty() && random.nextBoolean()) {
      profile.role(catalogue.roles().get(random.nextInt(catalogue.roles().size())).id());
    }
    boolean strong = random.nextInt(5) == 0;
    boolean peersOnly = random.nextInt(6) == 0;
    boolean asTheyCome = random.nextInt(3) == 0; // steps a skill is not defined at, late dates
    List<Rating> ratings = new ArrayList<>();
    for (Skill skill : catalogue.skills()) {
      List<ProficiencyId> steps = asTheyCome ? allSteps() : stepsOf(skill);
      if (strong) {
        ratings.add(Rating.of(skill.id(), steps.get(steps.size() - 1), RaterKind.MANAGER));
        continue;
      }
      Set<List<Object>> used = new HashSet<>();
      for (int r = 0, n = random.nextInt(4); r < n; r++) {
        Rating rating = rating(skill, steps, peersOnly, asTheyCome, assessedOn);
        if (used.add(List.of(rating.rater(), rating.date().orElse(assessedOn)))) {
          ratings.add(rating);
        }
      }
    }
    Collections.shuffle(ratings, random);
    return profile.ratings(ratings).build();
  }

  private Rating rating(
      Skill skill,
      List<ProficiencyId> steps,
      boolean peersOnly,
      boolean asTheyCome,
      LocalDate assessedOn) {
    RaterKind[] kinds = RaterKind.values();
    Rating.Builder rating =
        Rating.builder()
            .skill(skill.id())
            .proficiency(steps.get(random.nextInt(steps.size())))
            .rater(peersOnly ? RaterKind.PEER : kinds[random.nextInt(kinds.length)]);
    if (random.nextInt(4) != 0) {
      LocalDate date = START.plusDays(random.nextInt(30));
      rating.date(asTheyCome || !date.isAfter(assessedOn) ? date : assessedOn);
    }
    if (random.nextInt(3) == 0) {
      rating.evidence(
          random.nextBoolean()
              ? Evidence.of("Seen in review " + random.nextInt(99))
              : Evidence.of(
                  "Design doc", URI.create("https://example.org/doc/" + random.nextInt(9))));
    }
    return rating.build();
  }

  /**
   * A profile that meets a role exactly: every single requirement at its step or above, and for
   * each group exactly n options at their step or above and the others below or unrated; rated
   * by the most trusted tier of the rule, on the day of assessment.
   */
  Profile meeting(Role role, RatingRule rule) {
    RaterKind kind = rule.tiers().get(0).iterator().next();
    List<Rating> ratings = new ArrayList<>();
    for (Requirement requirement : role.requirements()) {
      ratings.add(Rating.of(requirement.skill(), atOrAbove(requirement), kind));
    }
    for (ChoiceGroup group : role.groups()) {
      List<Requirement> options = new ArrayList<>(group.options());
      Collections.shuffle(options, random);
      for (int i = 0; i < options.size(); i++) {
        Requirement option = options.get(i);
        if (i < group.atLeast()) {
          ratings.add(Rating.of(option.skill(), atOrAbove(option), kind));
        } else {
          below(option).ifPresent(step -> ratings.add(Rating.of(option.skill(), step, kind)));
        }
      }
    }
    Collections.shuffle(ratings, random);
    return Profile.builder()
        .id(ProfileId.of("exact"))
        .catalogue(catalogue.id())
        .catalogueVersion(catalogue.version())
        .assessedOn(START)
        .ratings(ratings)
        .build();
  }

  /** The required step or one above it that the skill is defined at. */
  private ProficiencyId atOrAbove(Requirement requirement) {
    List<ProficiencyId> steps = stepsOf(catalogue.get(requirement.skill()));
    int at = steps.indexOf(requirement.proficiency());
    return steps.get(at + random.nextInt(steps.size() - at));
  }

  /** A step below the required one, when there is one and the dice say so; else unrated. */
  private java.util.Optional<ProficiencyId> below(Requirement requirement) {
    List<ProficiencyId> steps = allSteps();
    int at = steps.indexOf(requirement.proficiency());
    if (at == 0 || random.nextBoolean()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(steps.get(random.nextInt(at)));
  }

  /** Every step of the scale, lowest first. */
  List<ProficiencyId> allSteps() {
    List<ProficiencyId> steps = new ArrayList<>();
    catalogue.scale().forEach(step -> steps.add(step.id()));
    return steps;
  }

  /** The steps at which a skill is defined, in scale order. */
  List<ProficiencyId> stepsOf(Skill skill) {
    List<ProficiencyId> steps = new ArrayList<>();
    for (Proficiency step : catalogue.scale()) {
      if (skill.isDefinedAt(step.id())) {
        steps.add(step.id());
      }
    }
    return steps;
  }

  /** The profile without the ratings checking warns about, so that it has no warning. */
  static Profile withoutWarnings(Catalogue catalogue, Profile profile) {
    List<Rating> kept = new ArrayList<>();
    for (Rating rating : profile.ratings()) {
      Skill skill = catalogue.get(rating.skill());
      boolean late = rating.date().map(d -> d.isAfter(profile.assessedOn())).orElse(false);
      if (skill.isDefinedAt(rating.proficiency()) && !late) {
        kept.add(rating);
      }
    }
    return profile.withRatings(kept);
  }

  /** The skills a role asks for, singly or as options. */
  static Set<SkillId> skillsOf(Role role) {
    Set<SkillId> skills = new HashSet<>();
    role.requirements().forEach(r -> skills.add(r.skill()));
    role.groups().forEach(g -> g.options().forEach(o -> skills.add(o.skill())));
    return skills;
  }
}
