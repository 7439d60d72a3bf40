package io.github.competency.core.assess;

import io.github.competency.core.ProficiencyId;
import io.github.competency.core.SkillId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rater's judgement of one skill of a person: the step of the catalogue's proficiency scale
 * they reached, who said so, when, and on what evidence.
 *
 * <p>A {@link Profile} may hold several ratings of the same skill by different raters or on
 * different days; a {@link RatingRule} picks the one assessment uses. Instances are immutable
 * and thread-safe; {@code with...} methods return changed copies.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class Rating {

  Rating() {}

  /**
   * Returns the skill rated.
   *
   * @return the skill's id
   */
  public abstract SkillId skill();

  /**
   * Returns the step of the proficiency scale the person reached.
   *
   * @return the step's id
   */
  public abstract ProficiencyId proficiency();

  /**
   * Returns who gave the rating.
   *
   * @return the kind of rater; {@link RaterKind#SELF} unless set
   */
  @Value.Default
  public RaterKind rater() {
    return RaterKind.SELF;
  }

  /**
   * Returns the day of the rating; when absent, the rating counts as given on the day the
   * profile was assessed ({@link Profile#dateOf(Rating)}).
   *
   * @return the day, if given
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns what backs the rating.
   *
   * @return the evidence, if given
   */
  public abstract Optional<Evidence> evidence();

  /**
   * Obtains an undated rating without evidence.
   *
   * @param skill the skill rated
   * @param proficiency the step reached
   * @param rater who gave the rating
   * @return the rating
   */
  public static Rating of(SkillId skill, ProficiencyId proficiency, RaterKind rater) {
    return builder().skill(skill).proficiency(proficiency).rater(rater).build();
  }

  /**
   * Returns a copy at another step.
   *
   * @param proficiency the new step
   * @return the changed copy
   */
  public final Rating withProficiency(ProficiencyId proficiency) {
    Objects.requireNonNull(proficiency, "proficiency");
    return builder().from(this).proficiency(proficiency).build();
  }

  /**
   * Returns a copy given by another kind of rater.
   *
   * @param rater the new rater
   * @return the changed copy
   */
  public final Rating withRater(RaterKind rater) {
    Objects.requireNonNull(rater, "rater");
    return builder().from(this).rater(rater).build();
  }

  /**
   * Returns a copy given on another day.
   *
   * @param date the new day
   * @return the changed copy
   */
  public final Rating withDate(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return builder().from(this).date(date).build();
  }

  /**
   * Returns a copy with other evidence.
   *
   * @param evidence the new evidence
   * @return the changed copy
   */
  public final Rating withEvidence(Evidence evidence) {
    Objects.requireNonNull(evidence, "evidence");
    return builder().from(this).evidence(evidence).build();
  }

  /**
   * Returns a short description.
   *
   * @return for example {@code Rating[java expert by manager on 2026-10-28]}
   */
  @Override
  public final String toString() {
    return "Rating["
        + skill()
        + " "
        + proficiency()
        + " by "
        + rater().label()
        + date().map(d -> " on " + d).orElse("")
        + evidence().map(e -> ", with evidence").orElse("")
        + "]";
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Rating}; not thread-safe. */
  public static final class Builder extends ImmutableRating.Builder {
    Builder() {}
  }
}
