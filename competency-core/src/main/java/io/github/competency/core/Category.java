package io.github.competency.core;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * A group of related skills, such as programming languages or databases.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class Category {

  Category() {}

  /**
   * Returns the id of the category.
   *
   * @return the id
   */
  public abstract CategoryId id();

  /**
   * Returns the name people see.
   *
   * @return the name, never blank in a valid catalogue
   */
  public abstract String name();

  /**
   * Returns what the skills of this category have in common.
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
  public final Category withId(CategoryId id) {
    Objects.requireNonNull(id, "id");
    return builder().from(this).id(id).build();
  }

  /**
   * Returns a copy with another name.
   *
   * @param name the new name
   * @return the changed copy
   */
  public final Category withName(String name) {
    Objects.requireNonNull(name, "name");
    return builder().from(this).name(name).build();
  }

  /**
   * Returns a copy with another description.
   *
   * @param description the new description
   * @return the changed copy
   */
  public final Category withDescription(String description) {
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

  /** Builds a {@link Category}; not thread-safe. */
  public static final class Builder extends ImmutableCategory.Builder {
    Builder() {}
  }
}
