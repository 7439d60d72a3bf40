package io.github.competency.interchange.internal;

import io.github.competency.core.Reference;
import java.util.Map;

/** What the RSD export and import share. */
public final class RsdFormat {

  /** The JSON-LD context of Rich Skill Descriptors. */
  public static final String CONTEXT = "https://rsd.openskillsnetwork.org/context-v1.json";

  /** The type of a skill. */
  public static final String SKILL_TYPE = "RichSkillDescriptor";

  /** The type of a collection of skills. */
  public static final String COLLECTION_TYPE = "RichSkillCollection";

  /** The member that holds what RSD has no place for. */
  public static final String EXTENSION = "competency";

  /** The status written. */
  public static final String STATUS = "published";

  /** Reference schemes that name occupations, and the RSD framework names written for them. */
  public static final Map<String, String> OCCUPATION_FRAMEWORKS =
      Map.of(
          Reference.ONET_SOC, "o*net",
          Reference.ISCO_08, "isco",
          Reference.ESCO, "esco");

  private RsdFormat() {}
}
