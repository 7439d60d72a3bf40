package io.github.competency.core;

import io.github.competency.core.internal.Texts;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names one translatable text of a catalogue: a field of the catalogue or of one item, one
 * behaviour of a skill, one indicator of a responsibility, one collaborator of a role, the
 * note of one requirement, or the title or note of one choice group. It is spelled as the path of the text in the
 * {@code competency-translation/1} format, such as {@code skills.sql.behaviours.working} or
 * {@code responsibilities.design-data-storage.indicators[2]}.
 *
 * <p>Instances are immutable and thread-safe; keys are equal when their paths are.
 */
public final class TextKey implements Comparable<TextKey> {

  private final String path;

  private TextKey(String path) {
    this.path = path;
  }

  /**
   * Names a text field of the catalogue itself: {@code title} or {@code description}.
   *
   * @param field the field
   * @return the key, such as {@code catalogueTexts.title}
   */
  public static TextKey ofCatalogue(String field) {
    Objects.requireNonNull(field, "field");
    return new TextKey("catalogueTexts." + field);
  }

  /**
   * Names a text field of an item, such as a skill's {@code name} or a role's {@code summary}.
   *
   * @param item the item's id
   * @param field the field: {@code name}, {@code title}, {@code description}, {@code summary} or
   *     {@code area}, as the item has it
   * @return the key, such as {@code skills.sql.name}
   */
  public static TextKey of(ItemId<?> item, String field) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(field, "field");
    return new TextKey(section(item) + "." + item.value() + "." + field);
  }

  /**
   * Names the behaviour text of a skill at a step.
   *
   * @param skill the skill
   * @param step the step
   * @return the key, such as {@code skills.sql.behaviours.working}
   */
  public static TextKey behaviour(SkillId skill, ProficiencyId step) {
    Objects.requireNonNull(skill, "skill");
    Objects.requireNonNull(step, "step");
    return new TextKey("skills." + skill.value() + ".behaviours." + step.value());
  }

  /**
   * Names one indicator of a responsibility.
   *
   * @param responsibility the responsibility
   * @param index the indicator's position, from 0
   * @return the key, such as {@code responsibilities.run-services.indicators[2]}
   */
  public static TextKey indicator(ResponsibilityId responsibility, int index) {
    Objects.requireNonNull(responsibility, "responsibility");
    return new TextKey("responsibilities." + responsibility.value() + ".indicators[" + index + "]");
  }

  /**
   * Names one collaborator of a role.
   *
   * @param role the role
   * @param index the collaborator's position, from 0
   * @return the key, such as {@code roles.senior-backend-engineer.collaborators[0]}
   */
  public static TextKey collaborator(RoleId role, int index) {
    Objects.requireNonNull(role, "role");
    return new TextKey("roles." + role.value() + ".collaborators[" + index + "]");
  }

  /**
   * Names the note of a role's requirement of a skill.
   *
   * @param role the role
   * @param skill the skill the requirement asks for
   * @return the key, such as {@code roles.senior-backend-engineer.notes.java}
   */
  public static TextKey note(RoleId role, SkillId skill) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(skill, "skill");
    return new TextKey("roles." + role.value() + ".notes." + skill.value());
  }

  /**
   * Names the title of a role's choice group.
   *
   * @param role the role
   * @param group the group
   * @return the key, such as {@code roles.senior-backend-engineer.groupTitles.backend-language}
   */
  public static TextKey groupTitle(RoleId role, GroupId group) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(group, "group");
    return new TextKey("roles." + role.value() + ".groupTitles." + group.value());
  }

  /**
   * Names the note of a role's choice group.
   *
   * @param role the role
   * @param group the group
   * @return the key, such as {@code roles.senior-backend-engineer.groupNotes.backend-language}
   */
  public static TextKey groupNote(RoleId role, GroupId group) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(group, "group");
    return new TextKey("roles." + role.value() + ".groupNotes." + group.value());
  }

  /**
   * Reads a key from its path.
   *
   * @param path a path such as {@code skills.sql.name}, {@code catalogueTexts.title},
   *     {@code skills.sql.behaviours.working}, {@code roles.lead.notes.java},
   *     {@code roles.lead.groupTitles.language} or
   *     {@code responsibilities.run-services.indicators[2]}
   * @return the key
   * @throws IllegalArgumentException if the path names no text of a catalogue
   */
  public static TextKey parse(String path) {
    Objects.requireNonNull(path, "path");
    if (!PATH.matcher(path).matches()) {
      throw new IllegalArgumentException(
          "'"
              + Texts.abbreviate(path)
              + "' names no text of a "
              + "catalogue; a text key reads like 'skills.sql.name' or "
              + "'responsibilities.run-services.indicators[2]'");
    }
    return new TextKey(path);
  }

  private static final String ID = "[a-z0-9]+(?:-[a-z0-9]+)*";
  private static final Pattern PATH =
      Pattern.compile(
          "catalogueTexts\\.(?:title|description)"
              + "|(?:proficiencies|families|categories)\\."
              + ID
              + "\\.(?:name|description)"
              + "|levels\\."
              + ID
              + "\\.(?:name|summary)"
              + "|skills\\."
              + ID
              + "\\.(?:name|description|behaviours\\."
              + ID
              + ")"
              + "|responsibilities\\."
              + ID
              + "\\.(?:title|area|description|indicators\\[(?:0|[1-9][0-9]{0,8})\\])"
              + "|roles\\."
              + ID
              + "\\.(?:title|summary|collaborators\\[(?:0|[1-9][0-9]{0,8})\\]"
              + "|(?:notes|groupTitles|groupNotes)\\."
              + ID
              + ")");

  /** The section of the translation format that holds texts of an item of this kind. */
  static String section(ItemId<?> item) {
    if (item instanceof ProficiencyId) {
      return "proficiencies";
    } else if (item instanceof LevelId) {
      return "levels";
    } else if (item instanceof FamilyId) {
      return "families";
    } else if (item instanceof CategoryId) {
      return "categories";
    } else if (item instanceof SkillId) {
      return "skills";
    } else if (item instanceof ResponsibilityId) {
      return "responsibilities";
    }
    return "roles";
  }

  /**
   * Returns the path of the text in the translation format.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Compares keys by their paths.
   *
   * @param other another key
   * @return the comparison of the paths
   */
  @Override
  public int compareTo(TextKey other) {
    return path.compareTo(other.path);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TextKey key && key.path.equals(path);
  }

  @Override
  public int hashCode() {
    return path.hashCode();
  }

  /**
   * Returns the path.
   *
   * @return the path of the text in the translation format
   */
  @Override
  public String toString() {
    return path;
  }
}
