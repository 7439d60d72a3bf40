package io.github.competency.core;

import java.util.List;
import org.immutables.value.Value;

/**
 * Items of a catalogue, of every kind, outside a catalogue: what an {@link Overlay} adds or
 * puts in place of items with the same ids.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class Items {

  Items() {}

  /**
   * Returns the proficiency steps.
   *
   * @return the steps, in the order given
   */
  public abstract List<Proficiency> proficiencies();

  /**
   * Returns the levels.
   *
   * @return the levels, in the order given
   */
  public abstract List<Level> levels();

  /**
   * Returns the role families.
   *
   * @return the families, in the order given
   */
  public abstract List<Family> families();

  /**
   * Returns the skill categories.
   *
   * @return the categories, in the order given
   */
  public abstract List<Category> categories();

  /**
   * Returns the skills.
   *
   * @return the skills, in the order given
   */
  public abstract List<Skill> skills();

  /**
   * Returns the responsibilities.
   *
   * @return the responsibilities, in the order given
   */
  public abstract List<Responsibility> responsibilities();

  /**
   * Returns the roles.
   *
   * @return the roles, in the order given
   */
  public abstract List<Role> roles();

  /**
   * Tells whether there are no items at all.
   *
   * @return true if every list is empty
   */
  public final boolean isEmpty() {
    return proficiencies().isEmpty()
        && levels().isEmpty()
        && families().isEmpty()
        && categories().isEmpty()
        && skills().isEmpty()
        && responsibilities().isEmpty()
        && roles().isEmpty();
  }

  /**
   * Returns no items.
   *
   * @return an empty set of items
   */
  public static Items none() {
    return builder().build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Items}; not thread-safe. */
  public static final class Builder extends ImmutableItems.Builder {
    Builder() {}
  }
}
