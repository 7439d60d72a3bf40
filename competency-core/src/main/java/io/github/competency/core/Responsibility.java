package io.github.competency.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something a role is accountable for, such as running the services it builds, with the
 * observable indicators that show it is being met and the skills it exercises.
 *
 * <p>Responsibilities are grouped into areas (free text such as "Performance") for display.
 * Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class Responsibility {

  Responsibility() {}

  /**
   * Returns the id of the responsibility.
   *
   * @return the id
   */
  public abstract ResponsibilityId id();

  /**
   * Returns the short title people see.
   *
   * @return the title, never blank in a valid catalogue
   */
  public abstract String title();

  /**
   * Returns the area the responsibility is grouped under.
   *
   * @return the area, never blank in a valid catalogue
   */
  public abstract String area();

  /**
   * Returns what the responsibility involves.
   *
   * @return the description, empty if none was given
   */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * Returns observable signs that the responsibility is being met.
   *
   * @return the indicators, in the order given
   */
  public abstract List<String> indicators();

  /**
   * Returns the skills the responsibility exercises.
   *
   * @return the skills' ids, in the order given
   */
  public abstract List<SkillId> skills();

  /**
   * Returns where the responsibility comes from.
   *
   * @return the source, if known
   */
  public abstract Optional<Source> source();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Responsibility}; not thread-safe. */
  public static final class Builder extends ImmutableResponsibility.Builder {
    Builder() {}
  }
}
