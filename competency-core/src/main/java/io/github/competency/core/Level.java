package io.github.competency.core;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * A rung of a career ladder, such as junior, mid-level or senior. Levels are ordered by
 * {@link #rank()}: a higher rank is further up the ladder. Ranks must differ within a catalogue.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class Level {

  Level() {}

  /**
   * Returns the id of the level.
   *
   * @return the id
   */
  public abstract LevelId id();

  /**
   * Returns the name people see.
   *
   * @return the name, never blank in a valid catalogue
   */
  public abstract String name();

  /**
   * Returns the position on the ladder; higher is more senior.
   *
   * @return the rank, at least 1 in a valid catalogue
   */
  public abstract int rank();

  /**
   * Returns what is expected of people at this level, in general terms.
   *
   * @return the summary, empty if none was given
   */
  @Value.Default
  public String summary() {
    return "";
  }

  /**
   * Returns a copy with another id.
   *
   * @param id the new id
   * @return the changed copy
   */
  public final Level withId(LevelId id) {
    Objects.requireNonNull(id, "id");
    return builder().from(this).id(id).build();
  }

  /**
   * Returns a copy with another name.
   *
   * @param name the new name
   * @return the changed copy
   */
  public final Level withName(String name) {
    Objects.requireNonNull(name, "name");
    return builder().from(this).name(name).build();
  }

  /**
   * Returns a copy with another rank.
   *
   * @param rank the new rank
   * @return the changed copy
   */
  public final Level withRank(int rank) {
    return builder().from(this).rank(rank).build();
  }

  /**
   * Returns a copy with another summary.
   *
   * @param summary the new summary
   * @return the changed copy
   */
  public final Level withSummary(String summary) {
    Objects.requireNonNull(summary, "summary");
    return builder().from(this).summary(summary).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Level}; not thread-safe. */
  public static final class Builder extends ImmutableLevel.Builder {
    Builder() {}
  }
}
