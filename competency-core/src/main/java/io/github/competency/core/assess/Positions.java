package io.github.competency.core.assess;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Proficiency;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where each step sits on a catalogue's scale and each skill in its skill list. */
final class Positions {

  private final Map<ProficiencyId, Integer> steps = new HashMap<>();
  private final Map<SkillId, Integer> skills = new HashMap<>();

  Positions(Catalogue catalogue) {
    List<Proficiency> scale = catalogue.scale();
    for (int i = 0; i < scale.size(); i++) {
      steps.put(scale.get(i).id(), i);
    }
    List<Skill> list = catalogue.skills();
    for (int i = 0; i < list.size(); i++) {
      skills.put(list.get(i).id(), i);
    }
  }

  /** The position of a step on the scale, lowest 0; -1 if the scale has no such step. */
  int step(ProficiencyId step) {
    Integer position = steps.get(step);
    return position == null ? -1 : position;
  }

  /** The position of a skill in the catalogue's list; -1 if there is none. */
  int skill(SkillId skill) {
    Integer position = skills.get(skill);
    return position == null ? -1 : position;
  }

  int skillCount() {
    return skills.size();
  }

  int stepCount() {
    return steps.size();
  }
}
