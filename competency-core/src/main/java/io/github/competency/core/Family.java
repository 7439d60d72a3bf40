package io.github.competency.core;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * A family of roles that share a discipline and a track, such as backend engineering as an
 * individual contributor, or engineering management. Roles point at their family by id
 * ({@link Role#family()}); a catalogue that declares families lets each one be named and
 * explained.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class Family {

  Family() {}

  /**
   * Returns the id of the family.
   *
   * @return the id
   */
  public abstract FamilyId id();

  /**
   * Returns the name people see.
   *
   * @return the name, never blank in a valid catalogue
   */
  public abstract String name();

  /**
   * Returns what the roles of the family have in common, such as their discipline and track.
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
  public final Family withId(FamilyId id) {
    Objects.requireNonNull(id, "id");
    return builder().from(this).id(id).build();
  }

  /**
   * Returns a copy with another name.
   *
   * @param name the new name
   * @return the changed copy
   */
  public final Family withName(String name) {
    Objects.requireNonNull(name, "name");
    return builder().from(this).name(name).build();
  }

  /**
   * Returns a copy with another description.
   *
   * @param description the new description
   * @return the changed copy
   */
  public final Family withDescription(String description) {
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

  /** Builds a {@link Family}; not thread-safe. */
  public static final class Builder extends ImmutableFamily.Builder {
    Builder() {}
  }
}
