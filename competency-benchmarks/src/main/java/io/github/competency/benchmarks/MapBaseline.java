package io.github.competency.benchmarks;

import io.github.competency.core.Catalogue;
import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.Requirement;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import java.util.Arrays;
import java.util.Map;

/**
 * The straightforward implementation of proportional readiness, as an application would write
 * it without the library's compiled path: ratings in a {@code Map<String, Integer>} from skill id
 * to the rank of the step, requirements as (skill id, rank) pairs, and SAP's formula
 * {@code min(1, (rating - lowest) / (required - lowest))} per requirement in floating point; a
 * choice group scores the average of its best n options, found by sorting their scores; then the
 * average over requirements and groups. (On a scale whose ranks are 1, 2, 3 ..., as the shipped
 * catalogue's, ranks and positions on the scale coincide.)
 */
final class MapBaseline {

  private final String[] skills;
  private final int[] required;
  private final String[][] optionSkills;
  private final int[][] optionRequired;
  private final int[] atLeast;
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
    int groups = role.groups().size();
    optionSkills = new String[groups][];
    optionRequired = new int[groups][];
    atLeast = new int[groups];
    for (int g = 0; g < groups; g++) {
      ChoiceGroup group = role.groups().get(g);
      atLeast[g] = group.atLeast();
      optionSkills[g] = new String[group.options().size()];
      optionRequired[g] = new int[group.options().size()];
      for (int o = 0; o < group.options().size(); o++) {
        optionSkills[g][o] = group.options().get(o).skill().value();
        optionRequired[g][o] = catalogue.get(group.options().get(o).proficiency()).rank();
      }
    }
  }

  private double score(Map<String, Integer> ratings, String skill, int required) {
    Integer rank = ratings.get(skill);
    if (rank == null) {
      return 0;
    }
    int span = required - lowest;
    return span == 0 ? 1.0 : Math.min(1.0, (double) (rank - lowest) / span);
  }

  double readiness(Map<String, Integer> ratings) {
    double sum = 0;
    for (int i = 0; i < skills.length; i++) {
      sum += score(ratings, skills[i], required[i]);
    }
    for (int g = 0; g < atLeast.length; g++) {
      double[] scores = new double[optionSkills[g].length];
      for (int o = 0; o < scores.length; o++) {
        scores[o] = score(ratings, optionSkills[g][o], optionRequired[g][o]);
      }
      Arrays.sort(scores);
      double best = 0;
      for (int k = 0; k < atLeast[g]; k++) {
        best += scores[scores.length - 1 - k];
      }
      sum += best / atLeast[g];
    }
    int count = skills.length + atLeast.length;
    return count == 0 ? 1.0 : sum / count;
  }
}
