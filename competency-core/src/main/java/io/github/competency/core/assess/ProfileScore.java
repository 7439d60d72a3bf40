package io.github.competency.core.assess;

import io.github.competency.core.ProfileId;
import io.github.competency.core.internal.NoBuilderStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A profile's readiness for a role, as ranked by {@link CompiledRole#top(Iterable, int)} and
 * {@link Assessor#rank(io.github.competency.core.RoleId, ReadinessMode, Iterable, int)}, with the
 * profile's name when known.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@NoBuilderStyle
@Value.Immutable
public abstract class ProfileScore {

  ProfileScore() {}

  /**
   * Returns the profile.
   *
   * @return its id
   */
  @Value.Parameter
  public abstract ProfileId profile();

  /**
   * Returns the readiness.
   *
   * @return a number from 0 to 1
   */
  @Value.Parameter
  public abstract double readiness();

  /**
   * Returns the name people see, when the profile gives one: the ranking of
   * {@link Profile}s keeps it, that of {@link CompactProfile}s, which carry no name, does not.
   *
   * @return the profile's display name, if known
   */
  @Value.Parameter
  public abstract Optional<String> name();

  static ProfileScore of(ProfileId profile, double readiness) {
    return ImmutableProfileScore.of(profile, readiness, Optional.empty());
  }

  static ProfileScore of(ProfileId profile, double readiness, Optional<String> name) {
    return ImmutableProfileScore.of(profile, readiness, name);
  }

  /**
   * Returns a short description.
   *
   * @return for example {@code ProfileScore[E10442 0.9375]}
   */
  @Override
  public final String toString() {
    return "ProfileScore[" + profile() + " " + readiness() + "]";
  }
}
