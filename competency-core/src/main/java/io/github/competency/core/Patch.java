package io.github.competency.core;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Changes to single fields of one item of a catalogue, as an {@link Overlay} makes them: a text
 * set, aliases or indicators added, one requirement's step or importance changed, a choice
 * group's count or options changed, a responsibility given to a role or taken from it. Which changes fit depends on the kind of
 * item; applying a patch to an item of the wrong kind is a problem.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class Patch {

  /** A text field a patch may set. */
  public enum TextField {
    /** The name of a step, level, family, category or skill. */
    NAME,
    /** The title of a responsibility or role. */
    TITLE,
    /** The description of a step, family, category, skill or responsibility. */
    DESCRIPTION,
    /** The summary of a level or role. */
    SUMMARY,
    /** The area of a responsibility. */
    AREA;

    /**
     * Returns the field's name in JSON.
     *
     * @return for example {@code "summary"}
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * What a patch changes in one requirement of a role; the fields not given stay as they are.
   * A requirement of a skill the role does not yet require is added, and then needs a step.
   *
   * @param skill the skill whose requirement changes
   * @param proficiency the new step, if it changes
   * @param importance the new importance, if it changes
   * @param weight the new weight, if it changes
   * @param note the new note, if it changes
   */
  public record RequirementChange(
      SkillId skill,
      Optional<ProficiencyId> proficiency,
      Optional<Importance> importance,
      OptionalDouble weight,
      Optional<String> note) {

    /**
     * Checks the parts.
     *
     * @param skill the skill
     * @param proficiency the new step
     * @param importance the new importance
     * @param weight the new weight
     * @param note the new note
     */
    public RequirementChange {
      Objects.requireNonNull(skill, "skill");
      Objects.requireNonNull(proficiency, "proficiency");
      Objects.requireNonNull(importance, "importance");
      Objects.requireNonNull(weight, "weight");
      Objects.requireNonNull(note, "note");
    }

    /**
     * Obtains a change of one requirement's step.
     *
     * @param skill the skill
     * @param proficiency the new step
     * @return the change
     */
    public static RequirementChange step(SkillId skill, ProficiencyId proficiency) {
      return new RequirementChange(
          skill,
          Optional.of(proficiency),
          Optional.empty(),
          OptionalDouble.empty(),
          Optional.empty());
    }
  }

  /**
   * What a patch changes in one choice group of a role; the fields not given stay as they are.
   * A group the role does not yet have is added, and then needs a title, {@code atLeast} and
   * options.
   *
   * @param group the group that changes
   * @param title the new title, if it changes
   * @param atLeast the new number of options to meet, if it changes
   * @param importance the new importance, if it changes
   * @param weight the new weight, if it changes
   * @param note the new note, if it changes
   * @param options the new options, in place of the old ones, if they change
   */
  public record GroupChange(
      GroupId group,
      Optional<String> title,
      OptionalInt atLeast,
      Optional<Importance> importance,
      OptionalDouble weight,
      Optional<String> note,
      Optional<List<Requirement>> options) {

    /**
     * Checks the parts and copies the options.
     *
     * @param group the group
     * @param title the new title
     * @param atLeast the new number of options to meet
     * @param importance the new importance
     * @param weight the new weight
     * @param note the new note
     * @param options the new options
     */
    public GroupChange {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(atLeast, "atLeast");
      Objects.requireNonNull(importance, "importance");
      Objects.requireNonNull(weight, "weight");
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(options, "options");
      options = options.map(List::copyOf);
    }

    /**
     * Obtains a change of how many options of a group must be met.
     *
     * @param group the group
     * @param atLeast the new number
     * @return the change
     */
    public static GroupChange atLeast(GroupId group, int atLeast) {
      return new GroupChange(
          group,
          Optional.empty(),
          OptionalInt.of(atLeast),
          Optional.empty(),
          OptionalDouble.empty(),
          Optional.empty(),
          Optional.empty());
    }
  }

  Patch() {}

  /**
   * Returns the item patched.
   *
   * @return its id
   */
  public abstract ItemId<?> target();

  /**
   * Returns the texts set.
   *
   * @return each new text by the field it replaces
   */
  public abstract Map<TextField, String> texts();

  /**
   * Returns aliases added to a skill.
   *
   * @return the aliases, in the order given
   */
  public abstract List<String> newAliases();

  /**
   * Returns aliases taken from a skill.
   *
   * @return the aliases, in the order given
   */
  public abstract List<String> droppedAliases();

  /**
   * Returns indicators added to a responsibility.
   *
   * @return the indicators, in the order given
   */
  public abstract List<String> newIndicators();

  /**
   * Returns skills a responsibility comes to exercise.
   *
   * @return the skills, in the order given
   */
  public abstract List<SkillId> newSkills();

  /**
   * Returns changes to requirements of a role.
   *
   * @return the changes, in the order given
   */
  public abstract List<RequirementChange> requirementChanges();

  /**
   * Returns skills a role no longer requires.
   *
   * @return the skills, in the order given
   */
  public abstract List<SkillId> droppedRequirements();

  /**
   * Returns changes to choice groups of a role.
   *
   * @return the changes, in the order given
   */
  public abstract List<GroupChange> groupChanges();

  /**
   * Returns choice groups taken from a role.
   *
   * @return the groups' ids, in the order given
   */
  public abstract List<GroupId> droppedGroups();

  /**
   * Returns responsibilities given to a role.
   *
   * @return the responsibilities, in the order given
   */
  public abstract List<ResponsibilityId> newResponsibilities();

  /**
   * Returns responsibilities taken from a role.
   *
   * @return the responsibilities, in the order given
   */
  public abstract List<ResponsibilityId> droppedResponsibilities();

  /**
   * Returns collaborators added to a role.
   *
   * @return the collaborators, in the order given
   */
  public abstract List<String> newCollaborators();

  /**
   * Returns roles a role is given as next career steps, such as a rung a company adds above the
   * shipped ladder.
   *
   * @return the roles, in the order given
   */
  public abstract List<RoleId> newProgressions();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Patch}; not thread-safe. */
  public static final class Builder extends ImmutablePatch.Builder {
    Builder() {}
  }
}
