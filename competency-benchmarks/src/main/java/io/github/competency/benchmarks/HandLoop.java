package io.github.competency.benchmarks;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Proficiency;
import io.github.competency.core.Requirement;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.Skill;
import java.util.List;

/**
 * The practical floor: proportional readiness as a hand-written loop over one byte per skill
 * and a table of the points each requirement earns at each step, prepared once. It scores in
 * the same whole-number points as the library (see
 * {@link io.github.competency.core.assess.ReadinessMode}), so both give the same readiness;
 * it only drops the library's checks and its exact handling of the last unit below 1.
 */
final class HandLoop {

  private final int[] skill;
  private final int[] table;
  private final int stride;
  private final double total;

  HandLoop(Catalogue catalogue, RoleId roleId) {
    Role role = catalogue.get(roleId);
    List<Proficiency> scale = catalogue.scale();
    List<Skill> skills = catalogue.skills();
    int n = role.requirements().size();
    stride = scale.size() + 1;
    skill = new int[n];
    int[] required = new int[n];
    int unit = 1;
    for (int i = 0; i < n; i++) {
      Requirement requirement = role.requirements().get(i);
      skill[i] = skills.indexOf(catalogue.get(requirement.skill()));
      required[i] = scale.indexOf(catalogue.get(requirement.proficiency()));
      if (required[i] > 0) {
        unit = lcm(unit, required[i]);
      }
    }
    table = new int[n * stride];
    for (int i = 0; i < n; i++) {
      for (int b = 1; b < stride; b++) {
        int r = b - 1;
        table[i * stride + b] = r >= required[i] ? unit : unit * r / required[i];
      }
    }
    total = (double) unit * n;
  }

  double readiness(byte[] steps) {
    int[] skill = this.skill;
    int[] table = this.table;
    long earned = 0;
    for (int i = 0, base = 0; i < skill.length; i++, base += stride) {
      earned += table[base + steps[skill[i]]];
    }
    return earned / total;
  }

  private static int lcm(int a, int b) {
    int x = a;
    int y = b;
    while (y != 0) {
      int t = x % y;
      x = y;
      y = t;
    }
    return a / x * b;
  }
}
