package io.github.competency.interchange.internal;

import io.github.competency.core.Responsibility;
import io.github.competency.core.SkillId;
import io.github.competency.interchange.internal.CaseIn.Linked;
import io.github.competency.interchange.internal.CaseIn.Relation;
import io.github.competency.interchange.internal.CasePackage.Item;
import java.util.ArrayList;
import java.util.List;

/**
 * The skills a responsibility exercises, both ways: an {@code isRelatedTo} association from the
 * responsibility to each skill, numbered by its place.
 */
final class ResponsibilitySkills {

  private ResponsibilitySkills() {}

  static void write(CaseOut out, Responsibility responsibility) {
    String id = responsibility.id().value();
    String name = out.name(Names.RESPONSIBILITY, id);
    CaseOut.Node origin = out.item(Names.RESPONSIBILITY, id, responsibility.title());
    List<SkillId> skills = responsibility.skills();
    for (int k = 0; k < skills.size(); k++) {
      SkillId skill = skills.get(k);
      String title = out.catalogue.find(skill).map(s -> s.name()).orElse(skill.value());
      out.associate(
          CaseFormat.IS_RELATED_TO,
          name,
          origin,
          out.item(Names.SKILL, skill.value(), title),
          k + 1);
    }
  }

  /** Reads the skills of a responsibility, noting each one's record under {@code path}. */
  static List<SkillId> read(CaseIn in, Item responsibility, String path) {
    List<SkillId> skills = new ArrayList<>();
    for (Linked link : in.links(Relation.SKILL, responsibility)) {
      in.from(path + ".skills[" + skills.size() + "]", link.association().path());
      skills.add(SkillId.of(in.slug(link.item())));
    }
    return skills;
  }
}
