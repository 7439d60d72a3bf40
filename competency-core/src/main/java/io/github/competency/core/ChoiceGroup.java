package io.github.competency.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What a role asks of a choice among skills: at least {@linkplain #atLeast() n} of the group's
 * {@linkplain #options() m options}, each a skill at a step. "One of Java, C#, Python or
 * Node.js" is a group with {@code atLeast} 1 and four options; "two of these four
 * specialisms" has {@code atLeast} 2. Assessment counts a group as one requirement, met when n
 * of its options are met, with the group's own importance and weight.
 *
 * <pre>{@code
 * ChoiceGroup language = ChoiceGroup.of(
 *     GroupId.of("backend-language"), "A backend language", 1, Importance.ESSENTIAL,
 *     List.of(Requirement.of(java, practitioner), Requirement.of(python, practitioner)));
 * Role senior = role.with(language);
 * }</pre>
 *
 * <p>An option is a {@link Requirement} whose skill, step and note count; its importance and
 * weight are the group's, and a valid catalogue refuses an option that sets either. A skill is
 * required at most once in a role, across its requirements and every option of its groups.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class ChoiceGroup {

  ChoiceGroup() {}

  /**
   * Returns the id of the group, unique within its role.
   *
   * @return the id
   */
  public abstract GroupId id();

  /**
   * Returns what the group asks for, in a few words, such as "A backend language".
   *
   * @return the title, never blank in a valid catalogue
   */
  public abstract String title();

  /**
   * Returns how many options must be met for the group to be met.
   *
   * @return n, between 1 and the number of options in a valid catalogue
   */
  public abstract int atLeast();

  /**
   * Returns how much the group matters, as one requirement of its role.
   *
   * @return the importance; {@link Importance#ESSENTIAL} unless set
   */
  @Value.Default
  public Importance importance() {
    return Importance.ESSENTIAL;
  }

  /**
   * Returns the weight of the group among the role's requirements.
   *
   * @return a positive, finite weight, if one was given
   */
  public abstract OptionalDouble weight();

  /**
   * Returns what this role expects of the choice beyond its title, such as "any one of them,
   * used in production".
   *
   * @return the note, empty if none was given
   */
  @Value.Default
  public String note() {
    return "";
  }

  /**
   * Returns the options to choose from.
   *
   * @return the options, in the order given, at most one per skill
   */
  public abstract List<Requirement> options();

  /**
   * Returns the option for one skill.
   *
   * @param skill the skill
   * @return the option, or empty if the group does not offer the skill
   */
  public final Optional<Requirement> option(SkillId skill) {
    Objects.requireNonNull(skill, "skill");
    for (Requirement option : options()) {
      if (option.skill().equals(skill)) {
        return Optional.of(option);
      }
    }
    return Optional.empty();
  }

  /**
   * Obtains a group without a weight or note.
   *
   * @param id the id
   * @param title what the group asks for
   * @param atLeast how many options must be met
   * @param importance how much the group matters
   * @param options the options
   * @return the group
   */
  public static ChoiceGroup of(
      GroupId id, String title, int atLeast, Importance importance, List<Requirement> options) {
    Objects.requireNonNull(options, "options");
    return builder()
        .id(id)
        .title(title)
        .atLeast(atLeast)
        .importance(importance)
        .options(options)
        .build();
  }

  /**
   * Returns a copy with another id.
   *
   * @param id the new id
   * @return the changed copy
   */
  public final ChoiceGroup withId(GroupId id) {
    Objects.requireNonNull(id, "id");
    return builder().from(this).id(id).build();
  }

  /**
   * Returns a copy with another title.
   *
   * @param title the new title
   * @return the changed copy
   */
  public final ChoiceGroup withTitle(String title) {
    Objects.requireNonNull(title, "title");
    return builder().from(this).title(title).build();
  }

  /**
   * Returns a copy that asks for another number of options.
   *
   * @param atLeast how many options must be met
   * @return the changed copy
   */
  public final ChoiceGroup withAtLeast(int atLeast) {
    return builder().from(this).atLeast(atLeast).build();
  }

  /**
   * Returns a copy with another importance.
   *
   * @param importance the new importance
   * @return the changed copy
   */
  public final ChoiceGroup withImportance(Importance importance) {
    Objects.requireNonNull(importance, "importance");
    return builder().from(this).importance(importance).build();
  }

  /**
   * Returns a copy with another weight.
   *
   * @param weight the new weight
   * @return the changed copy
   */
  public final ChoiceGroup withWeight(double weight) {
    return builder().from(this).weight(weight).build();
  }

  /**
   * Returns a copy with another note.
   *
   * @param note the new note
   * @return the changed copy
   */
  public final ChoiceGroup withNote(String note) {
    Objects.requireNonNull(note, "note");
    return builder().from(this).note(note).build();
  }

  /**
   * Returns a copy with other options.
   *
   * @param options the new options
   * @return the changed copy
   */
  public final ChoiceGroup withOptions(Iterable<Requirement> options) {
    Objects.requireNonNull(options, "options");
    return builder().from(this).options(options).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChoiceGroup}; not thread-safe. */
  public static final class Builder extends ImmutableChoiceGroup.Builder {
    Builder() {}
  }
}
