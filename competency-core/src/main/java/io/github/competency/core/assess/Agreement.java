package io.github.competency.core.assess;

import io.github.competency.core.ProfileId;
import java.util.List;
import org.immutables.value.Value;

/**
 * Where a person's ratings of themselves and other raters' ratings of them agree: for every
 * skill rated both by the person ({@link RaterKind#SELF}) and by a peer, a manager or an
 * assessment, the latest self rating is compared with the latest rating of each other kind of
 * rater, and those that differ by {@link #threshold()} steps of the scale or more are listed.
 *
 * <p>Testimony alone favours those who rate themselves generously; this report shows where it
 * and the assessors part. Made by {@link Assessor#agreement(Profile)}. Instances are immutable and
 * thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class Agreement {

  Agreement() {}

  /**
   * Returns whose profile was compared.
   *
   * @return the profile's id
   */
  public abstract ProfileId profile();

  /**
   * Returns the smallest difference, in steps of the scale, that is listed.
   *
   * @return at least 1
   */
  public abstract int threshold();

  /**
   * Returns how many pairs of a self rating and another kind of rater's rating of the same skill
   * were compared.
   *
   * @return the number of comparisons
   */
  public abstract int comparisons();

  /**
   * Returns the comparisons that differ by {@link #threshold()} steps or more.
   *
   * @return the disagreements, by the order in which the profile first rates each skill, then
   *     peer, manager, assessment
   */
  public abstract List<Disagreement> disagreements();
}
