package io.github.competency.core.assess;

import org.immutables.value.Value;

/**
 * A next career step for a person: what the next role adds to the person's role, and how far
 * the person is from it. Made by {@link Assessor#nextSteps(Profile)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class NextStep {

  NextStep() {}

  /**
   * Returns what changes from the person's role to the next one.
   *
   * @return the progression
   */
  public abstract Progression progression();

  /**
   * Returns how far the person is from the next role.
   *
   * @return the gap report against the next role
   */
  public abstract GapReport gaps();
}
