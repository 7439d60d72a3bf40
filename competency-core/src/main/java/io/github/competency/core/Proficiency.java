package io.github.competency.core;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * A step of a catalogue's proficiency scale, such as SFIA's levels 1 to 7 or a four-step scale
 * from awareness to expert. Steps are ordered by {@link #rank()}: a higher rank is more
 * proficient. A catalogue's scale may have any number of steps; ranks must differ.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class Proficiency {

  Proficiency() {}

  /**
   * Returns the id of the step.
   *
   * @return the id
   */
  public abstract ProficiencyId id();

  /**
   * Returns the name people see.
   *
   * @return the name, never blank in a valid catalogue
   */
  public abstract String name();

  /**
   * Returns the position on the scale; higher is more proficient.
   *
   * @return the rank, at least 1 in a valid catalogue
   */
  public abstract int rank();

  /**
   * Returns what a person at this step can do, in general terms.
   *
   * @return the description, empty if none was given
   */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * Returns a copy with another id.
   *
   * @param id the new id
   * @return the changed copy
   */
  public final Proficiency withId(ProficiencyId id) {
    Objects.requireNonNull(id, "id");
    return builder().from(this).id(id).build();
  }

  /**
   * Returns a copy with another name.
   *
   * @param name the new name
   * @return the changed copy
   */
  public final Proficiency withName(String name) {
    Objects.requireNonNull(name, "name");
    return builder().from(this).name(name).build();
  }

  /**
   * Returns a copy with another rank.
   *
   * @param rank the new rank
   * @return the changed copy
   */
  public final Proficiency withRank(int rank) {
    return builder().from(this).rank(rank).build();
  }

  /**
   * Returns a copy with another description.
   *
   * @param description the new description
   * @return the changed copy
   */
  public final Proficiency withDescription(String description) {
    Objects.requireNonNull(description, "description");
    return builder().from(this).description(description).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Proficiency}; not thread-safe. */
  public static final class Builder extends ImmutableProficiency.Builder {
    Builder() {}
  }
}
