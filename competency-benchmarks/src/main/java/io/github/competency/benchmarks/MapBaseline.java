package io.github.competency.benchmarks;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Requirement;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import java.util.Map;

/**
 * The straightforward implementation of proportional readiness, as an application would write
 * it without the library's compiled path: ratings in a {@code Map<String, Integer>} from skill id
 * to the rank of the step, requirements as (skill id, rank) pairs, and SAP's formula
 * {@code min(1, (rating - lowest) / (required - lowest))} per requirement in floating point,
 * averaged. (On a scale whose ranks are 1, 2, 3 ..., as the shipped catalogue's, ranks and
 * positions on the scale coincide.)
 */
final class MapBaseline {

  private final String[] skills;
  private final int[] required;
  private final int lowest;

  MapBaseline(Catalogue catalogue, RoleId roleId) {
    Role role = catalogue.get(roleId);
    lowest = catalogue.scale().get(0).rank();
    int n = role.requirements().size();
    skills = new String[n];
    required = new int[n];
    for (int i = 0; i < n; i++) {
      Requirement requirement = role.requirements().get(i);
      skills[i] = requirement.skill().value();
      required[i] = catalogue.get(requirement.proficiency()).rank();
    }
  }

  double readiness(Map<String, Integer> ratings) {
    double sum = 0;
    for (int i = 0; i < skills.length; i++) {
      Integer rank = ratings.get(skills[i]);
      if (rank != null) {
        int span = required[i] - lowest;
        sum += span == 0 ? 1.0 : Math.min(1.0, (double) (rank - lowest) / span);
      }
    }
    return skills.length == 0 ? 1.0 : sum / skills.length;
  }
}
