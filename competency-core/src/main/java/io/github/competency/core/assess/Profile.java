package io.github.competency.core.assess;

import io.github.competency.core.CatalogueId;
import io.github.competency.core.ProfileId;
import io.github.competency.core.RoleId;
import io.github.competency.core.SkillId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a person can do, as rated against one version of one catalogue: who they are, the role
 * they hold (if any), when they were assessed, and their {@link Rating}s.
 *
 * <p>A profile is a record of what raters said; whether it makes sense depends on the catalogue
 * it names. {@link Assessor#check(Profile)} lists every problem at once (unknown skills or
 * steps, a step at which a skill is not defined, duplicate ratings, another catalogue, blank
 * texts), each with its path as the JSON format spells it, such as {@code ratings[3].skill};
 * every other method of {@link Assessor} that takes a profile checks it first and throws
 * {@link InvalidProfileException}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class Profile {

  Profile() {}

  /**
   * Returns the id of the profile.
   *
   * @return the id
   */
  public abstract ProfileId id();

  /**
   * Returns the name people see, such as the person's full name.
   *
   * @return the display name, if given
   */
  public abstract Optional<String> name();

  /**
   * Returns the catalogue the person was assessed against.
   *
   * @return the catalogue's id
   */
  public abstract CatalogueId catalogue();

  /**
   * Returns the version of that catalogue, such as {@code 1.0.0}.
   *
   * @return the version
   */
  public abstract String catalogueVersion();

  /**
   * Returns the role the person holds now, from which their next career steps are found.
   *
   * @return the role's id, if the person holds a role of the catalogue
   */
  public abstract Optional<RoleId> role();

  /**
   * Returns the day the person was assessed.
   *
   * @return the day
   */
  public abstract LocalDate assessedOn();

  /**
   * Returns the ratings, several per skill if several raters gave one.
   *
   * @return the ratings, in the order given
   */
  public abstract List<Rating> ratings();

  /**
   * Returns the ratings of one skill.
   *
   * @param skill a skill's id
   * @return its ratings, in the order given; empty if the skill was not rated
   */
  public final List<Rating> ratingsOf(SkillId skill) {
    Objects.requireNonNull(skill, "skill");
    List<Rating> result = new ArrayList<>();
    for (Rating rating : ratings()) {
      if (rating.skill().equals(skill)) {
        result.add(rating);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns the day a rating counts as given: its own date, or the day the profile was assessed
   * if it has none.
   *
   * @param rating a rating, normally one of this profile's
   * @return the day
   */
  public final LocalDate dateOf(Rating rating) {
    Objects.requireNonNull(rating, "rating");
    return rating.date().orElse(assessedOn());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Profile}; not thread-safe. */
  public static final class Builder extends ImmutableProfile.Builder {
    Builder() {}
  }
}
