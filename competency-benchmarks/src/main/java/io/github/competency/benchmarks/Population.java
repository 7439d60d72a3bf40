package io.github.competency.benchmarks;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Proficiency;
import io.github.competency.core.ProfileId;
import io.github.competency.core.Skill;
import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.CompactProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The same random people in the three shapes the benchmarks score: compact profiles for the
 * library, {@code Map<String, Integer>} (skill id to step rank) for the straightforward baseline
 * and one byte per skill for the hand-written loop. Each skill is rated with probability 0.8 at a
 * step drawn uniformly from those at which it is defined. Seeded, so every run scores the same
 * people.
 */
final class Population {

  private final Catalogue catalogue;
  private final List<Proficiency> scale;
  private final SplittableRandom random;

  Population(Catalogue catalogue, long seed) {
    this.catalogue = catalogue;
    this.scale = catalogue.scale();
    this.random = new SplittableRandom(seed);
  }

  /** One person: for each skill of the catalogue, 0 if not rated, else 1 + the step's position. */
  byte[] nextPerson() {
    List<Skill> skills = catalogue.skills();
    byte[] steps = new byte[skills.size()];
    for (int s = 0; s < steps.length; s++) {
      if (random.nextInt(10) < 8) {
        List<Integer> defined = new ArrayList<>();
        for (int p = 0; p < scale.size(); p++) {
          if (skills.get(s).isDefinedAt(scale.get(p).id())) {
            defined.add(p);
          }
        }
        steps[s] = (byte) (1 + defined.get(random.nextInt(defined.size())));
      }
    }
    return steps;
  }

  static ProfileId id(int i) {
    return ProfileId.of(String.format("p-%07d", i));
  }

  /** The person as the library's compact profile, built through its public builder. */
  CompactProfile compact(Assessor assessor, ProfileId id, byte[] person) {
    CompactProfile.Builder builder = assessor.compactBuilder(id);
    for (int s = 0; s < person.length; s++) {
      if (person[s] != 0) {
        builder.rate(catalogue.skills().get(s).id(), scale.get(person[s] - 1).id());
      }
    }
    return builder.build();
  }

  /** The person as a straightforward implementation would hold them: skill id to step rank. */
  Map<String, Integer> map(byte[] person) {
    Map<String, Integer> ratings = new HashMap<>();
    for (int s = 0; s < person.length; s++) {
      if (person[s] != 0) {
        ratings.put(catalogue.skills().get(s).id().value(), scale.get(person[s] - 1).rank());
      }
    }
    return ratings;
  }
}
