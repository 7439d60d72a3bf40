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
 * <pre>{@code
 * Profile jane = Profile.builder()
 *     .id(ProfileId.of("E10442"))                    // the HR system's employee number
 *     .name("Jane Doe")
 *     .catalogue(catalogue.id())
 *     .catalogueVersion(catalogue.version())
 *     .role(RoleId.of("mid-level-backend-engineer"))
 *     .assessedOn(LocalDate.of(2026, 10, 28))
 *     .addRating(Rating.of(SkillId.of("java"), ProficiencyId.of("expert"), RaterKind.MANAGER))
 *     .addRating(Rating.builder()
 *         .skill(SkillId.of("postgresql"))
 *         .proficiency(ProficiencyId.of("practitioner"))
 *         .rater(RaterKind.PEER)
 *         .date(LocalDate.of(2026, 10, 20))
 *         .evidence(Evidence.of("Tuned the billing queries"))
 *         .build())
 *     .build();
 * Profile later = jane.withAssessedOn(LocalDate.of(2027, 4, 1))
 *     .with(Rating.of(SkillId.of("aws"), ProficiencyId.of("working"), RaterKind.SELF));
 * }</pre>
 *
 * <p>A profile is a record of what raters said; whether it makes sense depends on the catalogue
 * it names. {@link Assessor#check(Profile)} lists every problem at once (unknown skills or
 * steps, duplicate ratings, another catalogue, blank texts) and, apart, every warning (a rating
 * at a step the skill has no description for, a rating dated after the assessment), each with
 * its path as the JSON format spells it, such as {@code ratings[3].skill}; every other method of
 * {@link Assessor} that takes a profile checks it first and throws {@link
 * InvalidProfileException} for a problem, while a warning does not stop it.
 *
 * <p>Instances are immutable and thread-safe; {@code with...} methods return changed copies.
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
   * Returns a copy with another id.
   *
   * @param id the new id
   * @return the changed copy
   */
  public final Profile withId(ProfileId id) {
    Objects.requireNonNull(id, "id");
    return builder().from(this).id(id).build();
  }

  /**
   * Returns a copy with another display name.
   *
   * @param name the new name
   * @return the changed copy
   */
  public final Profile withName(String name) {
    Objects.requireNonNull(name, "name");
    return builder().from(this).name(name).build();
  }

  /**
   * Returns a copy assessed against another catalogue or version of it.
   *
   * @param catalogue the catalogue's id
   * @param version its version
   * @return the changed copy
   */
  public final Profile withCatalogue(CatalogueId catalogue, String version) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(version, "version");
    return builder().from(this).catalogue(catalogue).catalogueVersion(version).build();
  }

  /**
   * Returns a copy that holds another role.
   *
   * @param role the role the person holds now
   * @return the changed copy
   */
  public final Profile withRole(RoleId role) {
    Objects.requireNonNull(role, "role");
    return builder().from(this).role(role).build();
  }

  /**
   * Returns a copy that holds no role.
   *
   * @return the changed copy
   */
  public final Profile withoutRole() {
    return builder().from(this).role(Optional.empty()).build();
  }

  /**
   * Returns a copy assessed on another day.
   *
   * @param assessedOn the day
   * @return the changed copy
   */
  public final Profile withAssessedOn(LocalDate assessedOn) {
    Objects.requireNonNull(assessedOn, "assessedOn");
    return builder().from(this).assessedOn(assessedOn).build();
  }

  /**
   * Returns a copy with other ratings.
   *
   * @param ratings the new ratings
   * @return the changed copy
   */
  public final Profile withRatings(Iterable<Rating> ratings) {
    Objects.requireNonNull(ratings, "ratings");
    return builder().from(this).ratings(ratings).build();
  }

  /**
   * Returns a copy with one more rating, after the others.
   *
   * @param rating the rating to add
   * @return the changed copy
   */
  public final Profile with(Rating rating) {
    Objects.requireNonNull(rating, "rating");
    return builder().from(this).addRating(rating).build();
  }

  /**
   * Returns a copy without the ratings of one skill.
   *
   * @param skill the skill
   * @return the changed copy, or this profile if it does not rate the skill
   */
  public final Profile withoutRatingsOf(SkillId skill) {
    Objects.requireNonNull(skill, "skill");
    List<Rating> kept = new ArrayList<>();
    for (Rating rating : ratings()) {
      if (!rating.skill().equals(skill)) {
        kept.add(rating);
      }
    }
    return kept.size() == ratings().size() ? this : withRatings(kept);
  }

  /**
   * Returns a short description.
   *
   * @return for example {@code Profile[E10442 Jane Doe, senior-backend-engineer 2.0.0, assessed
   *     2026-10-28, 12 ratings]}
   */
  @Override
  public final String toString() {
    return "Profile["
        + id()
        + name().map(n -> " " + n).orElse("")
        + ", "
        + catalogue()
        + " "
        + catalogueVersion()
        + ", assessed "
        + assessedOn()
        + ", "
        + Counts.of(ratings().size(), "rating")
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

  /** Builds a {@link Profile}; not thread-safe. */
  public static final class Builder extends ImmutableProfile.Builder {
    Builder() {}
  }
}
