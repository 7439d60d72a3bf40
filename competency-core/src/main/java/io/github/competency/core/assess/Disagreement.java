package io.github.competency.core.assess;

import io.github.competency.core.SkillId;
import org.immutables.value.Value;

/**
 * A skill on which a person's own rating and another rater's differ by several steps of the
 * scale: one line of an {@link Agreement} report.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class Disagreement {

  Disagreement() {}

  /**
   * Returns the skill.
   *
   * @return the skill's id
   */
  public abstract SkillId skill();

  /**
   * Returns the person's latest rating of themselves.
   *
   * @return the self rating
   */
  public abstract Rating self();

  /**
   * Returns the other rater's latest rating: a peer's, a manager's or an assessment's.
   *
   * @return the other rating
   */
  public abstract Rating other();

  /**
   * Returns how many steps of the scale the self rating lies above the other one.
   *
   * @return positive when the person rates themselves higher, negative when lower
   */
  public abstract int steps();
}
