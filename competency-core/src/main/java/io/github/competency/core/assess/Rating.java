package io.github.competency.core.assess;

import io.github.competency.core.ProficiencyId;
import io.github.competency.core.SkillId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rater's judgement of one skill of a person: the step of the catalogue's proficiency scale
 * they reached, who said so, when, and on what evidence.
 *
 * <p>A {@link Profile} may hold several ratings of the same skill by different raters or on
 * different days; a {@link RatingRule} picks the one assessment uses. Instances are immutable
 * and thread-safe.
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
