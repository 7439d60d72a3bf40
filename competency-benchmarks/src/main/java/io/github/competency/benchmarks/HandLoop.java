package io.github.competency.benchmarks;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Proficiency;
import io.github.competency.core.Requirement;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import java.util.List;

/**
 * The practical floor: proportional readiness as a hand-written loop over one byte per skill of
 * the catalogue and a table, prepared once, of the points each skill earns at each step (zero
 * for skills the role does not require). It scores in the same whole-number points as the
 * library (see {@link io.github.competency.core.assess.ReadinessMode}), so both give the same
 * readiness; it only drops the library's checks.
 */
final class HandLoop {

  private final int[] table;
  private final int stride;
  private final double total;

  HandLoop(Catalogue catalogue, RoleId roleId) {
    Role role = catalogue.get(roleId);
    List<Proficiency> scale = catalogue.scale();
    int n = role.requirements().size();
    stride = scale.size() + 1;
    int[] skill = new int[n];
    int[] required = new int[n];
    int unit = 1;
    for (int i = 0; i < n; i++) {
      Requirement requirement = role.requirements().get(i);
      skill[i] = catalogue.skills().indexOf(catalogue.get(requirement.skill()));
      required[i] = scale.indexOf(catalogue.get(requirement.proficiency()));
      if (required[i] > 0) {
        unit = lcm(unit, required[i]);
      }
    }
    table = new int[catalogue.skills().size() * stride];
    for (int i = 0; i < n; i++) {
      for (int b = 1; b < stride; b++) {
        int r = b - 1;
        table[skill[i] * stride + b] = r >= required[i] ? unit : unit * r / required[i];
      }
    }
    total = (double) unit * n;
  }

  double readiness(byte[] steps) {
    int[] table = this.table;
    int stride = this.stride;
    long earned = 0;
    for (int j = 0, base = 0; j < steps.length; j++, base += stride) {
      earned += table[base + steps[j]];
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
