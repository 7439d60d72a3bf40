package io.github.competency.core.assess;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueGenerator;
import io.github.competency.core.Proficiency;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.ProfileId;
import io.github.competency.core.Role;
import io.github.competency.core.Skill;
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
 * several kinds of rater on several days, some undated, some with evidence; a share of profiles
 * rate every skill at its highest step, so that every requirement is met.
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
                        group.add(generator.profile("p-" + random.nextInt(20)));
                      }
                      return new Scenario(catalogue, group, generator.profile("me"));
                    }));
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

    /** The roles that have requirements; a populated catalogue has at least one. */
    List<Role> rolesWithRequirements() {
      List<Role> roles = new ArrayList<>();
      catalogue.roles().stream().filter(r -> !r.requirements().isEmpty()).forEach(roles::add);
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
    List<Rating> ratings = new ArrayList<>();
    for (Skill skill : catalogue.skills()) {
      List<ProficiencyId> steps = stepsOf(skill);
      if (strong) {
        ratings.add(Rating.of(skill.id(), steps.get(steps.size() - 1), RaterKind.MANAGER));
        continue;
      }
      Set<List<Object>> used = new HashSet<>();
      for (int r = 0, n = random.nextInt(4); r < n; r++) {
        Rating rating = rating(skill, steps);
        if (used.add(List.of(rating.rater(), rating.date().orElse(assessedOn)))) {
          ratings.add(rating);
        }
      }
    }
    Collections.shuffle(ratings, random);
    return profile.ratings(ratings).build();
  }

  private Rating rating(Skill skill, List<ProficiencyId> steps) {
    RaterKind[] kinds = RaterKind.values();
    Rating.Builder rating =
        Rating.builder()
            .skill(skill.id())
            .proficiency(steps.get(random.nextInt(steps.size())))
            .rater(kinds[random.nextInt(kinds.length)]);
    if (random.nextInt(4) != 0) {
      rating.date(START.plusDays(random.nextInt(30)));
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
}
