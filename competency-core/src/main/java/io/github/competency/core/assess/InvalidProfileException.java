package io.github.competency.core.assess;

import io.github.competency.core.Problem;
import io.github.competency.core.ProfileId;
import io.github.competency.core.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a profile does not fit the catalogue it is assessed against, or cannot be read: it
 * names the profile when its id is known and lists every problem found, each with its path as
 * the profile's JSON format spells it, such as {@code ratings[3].skill}. The message reads, for
 * example, {@code invalid profile 'E10442': 2 problems} followed by the problems.
 */
public final class InvalidProfileException extends ValidationException {

  private static final long serialVersionUID = 2L;

  /** The profile's id, kept as text so that the exception stays serializable. */
  private final String profile;

  /**
   * Creates an exception listing problems of a profile whose id is not known, such as a
   * document that cannot be read.
   *
   * @param problems what is wrong, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidProfileException(List<Problem> problems) {
    super("profile", problems);
    this.profile = null;
  }

  /**
   * Creates an exception listing the problems of one profile.
   *
   * @param profile the profile's id
   * @param problems what is wrong, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidProfileException(ProfileId profile, List<Problem> problems) {
    super("profile '" + Objects.requireNonNull(profile, "profile") + "'", problems);
    this.profile = profile.value();
  }

  /**
   * Returns the profile the problems belong to.
   *
   * @return its id, or empty if it is not known (a document that could not be read)
   */
  public Optional<ProfileId> profile() {
    return Optional.ofNullable(profile).map(ProfileId::of);
  }
}
