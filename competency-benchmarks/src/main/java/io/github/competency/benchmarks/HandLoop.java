package io.github.competency.benchmarks;

import io.github.competency.core.Catalogue;
import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.Proficiency;
import io.github.competency.core.Requirement;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import java.util.List;

/**
 * The practical floor: proportional readiness as a hand-written loop over one byte per skill of
 * the catalogue, with tables prepared once: the points each skill earns at each step as a single
 * requirement (zero for skills the role does not require singly), and for each choice group the
 * points each option earns at each step. A group of one takes its best option; a group of n the
 * average of its n best, looked up in a table, prepared once, of its points for every
 * combination of its options' steps. It scores in the same
 * whole-number points as the library (see {@link io.github.competency.core.assess.ReadinessMode}
 * and {@link io.github.competency.core.assess.GroupResult}), so both give the same readiness; it
 * only drops the library's checks.
 */
final class HandLoop {

  private final int[] table;
  private final int stride;
  private final int[][] optionSkill;
  private final int[][] optionTable;
  private final int[] atLeast;
  private final int[][] groupTable;
  private final double total;

  HandLoop(Catalogue catalogue, RoleId roleId) {
    Role role = catalogue.get(roleId);
    List<Proficiency> scale = catalogue.scale();
    stride = scale.size() + 1;
    int n = role.requirements().size();
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
    List<ChoiceGroup> groups = role.groups();
    int counts = 1;
    for (ChoiceGroup group : groups) {
      counts = lcm(counts, group.atLeast());
      for (Requirement option : group.options()) {
        int step = scale.indexOf(catalogue.get(option.proficiency()));
        if (step > 0) {
          unit = lcm(unit, step);
        }
      }
    }
    unit *= counts; // so that a group's average of its best n is a whole number
    table = new int[catalogue.skills().size() * stride];
    for (int i = 0; i < n; i++) {
      for (int b = 1; b < stride; b++) {
        table[skill[i] * stride + b] = points(required[i], b - 1, unit);
      }
    }
    optionSkill = new int[groups.size()][];
    optionTable = new int[groups.size()][];
    atLeast = new int[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      ChoiceGroup group = groups.get(g);
      atLeast[g] = group.atLeast();
      int m = group.options().size();
      optionSkill[g] = new int[m];
      optionTable[g] = new int[m * stride];
      for (int o = 0; o < m; o++) {
        Requirement option = group.options().get(o);
        optionSkill[g][o] = catalogue.skills().indexOf(catalogue.get(option.skill()));
        int step = scale.indexOf(catalogue.get(option.proficiency()));
        for (int b = 1; b < stride; b++) {
          optionTable[g][o * stride + b] = points(step, b - 1, unit);
        }
      }
    }
    groupTable = new int[groups.size()][];
    for (int g = 0; g < groups.size(); g++) {
      if (atLeast[g] > 1) {
        groupTable[g] = table(g);
      }
    }
    total = (double) unit * (n + groups.size());
  }

  /** The points of group g for every combination of its options' steps, the first the lowest digit. */
  private int[] table(int g) {
    int m = optionSkill[g].length;
    int size = (int) Math.pow(stride, m);
    int[] table = new int[size];
    int[] values = new int[m];
    for (int code = 0; code < size; code++) {
      for (int o = 0, rest = code; o < m; o++, rest /= stride) {
        values[o] = optionTable[g][o * stride + rest % stride];
      }
      int[] sorted = values.clone();
      java.util.Arrays.sort(sorted);
      int sum = 0;
      for (int k = 0; k < atLeast[g]; k++) {
        sum += sorted[m - 1 - k];
      }
      table[code] = sum / atLeast[g];
    }
    return table;
  }

  private static int points(int required, int rating, int unit) {
    return rating >= required ? unit : unit * rating / required;
  }

  double readiness(byte[] steps) {
    int[] table = this.table;
    int stride = this.stride;
    long earned = 0;
    for (int j = 0, base = 0; j < steps.length; j++, base += stride) {
      earned += table[base + steps[j]];
    }
    for (int g = 0; g < atLeast.length; g++) {
      int[] skills = optionSkill[g];
      int[] points = optionTable[g];
      if (atLeast[g] == 1) {
        int best = 0;
        for (int o = 0; o < skills.length; o++) {
          best = Math.max(best, points[o * stride + steps[skills[o]]]);
        }
        earned += best;
      } else {
        // a table of the group's points by its options' steps, prepared once
        int code = 0;
        for (int o = skills.length - 1; o >= 0; o--) {
          code = code * stride + steps[skills[o]];
        }
        earned += groupTable[g][code];
      }
    }
    return earned == total ? 1.0 : Math.min(Math.nextDown(1.0), earned / total);
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
