package io.github.competency.core;

import java.util.List;
import java.util.Objects;
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
   * Returns a copy with another id.
   *
   * @param id the new id
   * @return the changed copy
   */
  public final Responsibility withId(ResponsibilityId id) {
    Objects.requireNonNull(id, "id");
    return builder().from(this).id(id).build();
  }

  /**
   * Returns a copy with another title.
   *
   * @param title the new title
   * @return the changed copy
   */
  public final Responsibility withTitle(String title) {
    Objects.requireNonNull(title, "title");
    return builder().from(this).title(title).build();
  }

  /**
   * Returns a copy with another area.
   *
   * @param area the new area
   * @return the changed copy
   */
  public final Responsibility withArea(String area) {
    Objects.requireNonNull(area, "area");
    return builder().from(this).area(area).build();
  }

  /**
   * Returns a copy with another description.
   *
   * @param description the new description
   * @return the changed copy
   */
  public final Responsibility withDescription(String description) {
    Objects.requireNonNull(description, "description");
    return builder().from(this).description(description).build();
  }

  /**
   * Returns a copy with another indicators.
   *
   * @param indicators the new indicators
   * @return the changed copy
   */
  public final Responsibility withIndicators(Iterable<String> indicators) {
    Objects.requireNonNull(indicators, "indicators");
    return builder().from(this).indicators(indicators).build();
  }

  /**
   * Returns a copy with another skills.
   *
   * @param skills the new skills
   * @return the changed copy
   */
  public final Responsibility withSkills(Iterable<SkillId> skills) {
    Objects.requireNonNull(skills, "skills");
    return builder().from(this).skills(skills).build();
  }

  /**
   * Returns a copy with another source.
   *
   * @param source the new source
   * @return the changed copy
   */
  public final Responsibility withSource(Source source) {
    Objects.requireNonNull(source, "source");
    return builder().from(this).source(source).build();
  }

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
