package io.github.competency.seniorbackend;

import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.Importance;
import io.github.competency.core.Requirement;
import io.github.competency.core.Role;
import io.github.competency.core.SkillId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a role asks of a skill, whether as a requirement of its own or as an option of a group. */
final class Ladder {

  private Ladder() {}

  /** The requirement of a skill in a role: its own, or the option of the group that offers it. */
  static Optional<Requirement> requirement(Role role, SkillId skill) {
    return role.requirement(skill)
        .or(
            () ->
                role.groupOf(skill)
                    .flatMap(
                        group ->
                            group.options().stream()
                                .filter(option -> option.skill().equals(skill))
                                .findFirst()));
  }

  /** Every requirement of a role, its own and its groups' options, in document order. */
  static List<Requirement> all(Role role) {
    List<Requirement> all = new ArrayList<>(role.requirements());
    role.groups().forEach(group -> all.addAll(group.options()));
    return all;
  }

  /**
   * The weight a skill carries in a role: the requirement's or its group's weight, else 2 for
   * essential and 1 for optional, as the assessor counts by default.
   */
  static double weight(Role role, SkillId skill) {
    Optional<Requirement> own = role.requirement(skill);
    if (own.isPresent()) {
      return own.get().weight().orElse(own.get().importance() == Importance.ESSENTIAL ? 2 : 1);
    }
    ChoiceGroup group = role.groupOf(skill).orElseThrow();
    return group.weight().orElse(group.importance() == Importance.ESSENTIAL ? 2 : 1);
  }

  /** The essential requirements of a role, a group counting once: what one review must assess. */
  static int core(Role role) {
    long own =
        role.requirements().stream().filter(r -> r.importance() == Importance.ESSENTIAL).count();
    long groups =
        role.groups().stream().filter(g -> g.importance() == Importance.ESSENTIAL).count();
    return (int) (own + groups);
  }
}
