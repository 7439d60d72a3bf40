package io.github.competency.interchange.internal;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Reference;
import io.github.competency.core.Skill;
import io.github.competency.core.internal.json.Field;
import io.github.competency.core.internal.json.Kind;
import io.github.competency.core.internal.json.Shape;
import io.github.competency.core.internal.json.Shapes;
import java.util.Map;
import java.util.Set;

/** What the RSD export and import share. */
final class RsdFormat {

  /** The JSON-LD context of Rich Skill Descriptors. */
  static final String CONTEXT = "https://rsd.openskillsnetwork.org/context-v1.json";

  /** The type of a skill. */
  static final String SKILL_TYPE = "RichSkillDescriptor";

  /** The type of a collection of skills. */
  static final String COLLECTION_TYPE = "RichSkillCollection";

  /** The member that holds what RSD has no place for. */
  static final String EXTENSION = "competency";

  /** The member of a descriptor's extension that names its catalogue. */
  static final String CATALOGUE = "catalogue";

  /** The status written. */
  static final String STATUS = "published";

  /** What of a catalogue a collection's extension carries: its id, version and language. */
  static final Shape<Catalogue, Catalogue.Builder> COLLECTION =
      Shapes.CATALOGUE.only(
          "this project's extension of a collection", Set.of("id", "version", "language"));

  /**
   * What of a skill a descriptor's extension carries besides the catalogue's id: its id, its
   * category's id and its source. (The steps a skill is defined at and its behaviours are left
   * out: descriptors carry no proficiency scale.)
   */
  static final Shape<Skill, Skill.Builder> SKILL =
      Shapes.SKILL.only(
          "this project's extension of a descriptor", Set.of("id", "category", "source"));

  /** The same, as read: the catalogue's id too, which the import does not use. */
  static final Shape<Skill, Skill.Builder> SKILL_READ =
      SKILL.plus(Field.optional(CATALOGUE, Kind.STRING, (b, v) -> {}, s -> null));

  /** Reference schemes that name occupations, and the RSD framework names written for them. */
  static final Map<String, String> OCCUPATION_FRAMEWORKS =
      Map.of(
          Reference.ONET_SOC, "o*net",
          Reference.ISCO_08, "isco",
          Reference.ESCO, "esco");

  private RsdFormat() {}
}
