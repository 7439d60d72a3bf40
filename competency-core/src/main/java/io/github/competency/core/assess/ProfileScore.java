package io.github.competency.core.assess;

import io.github.competency.core.ProfileId;
import io.github.competency.core.internal.NoBuilderStyle;
import org.immutables.value.Value;

/**
 * A profile's readiness for a role, as ranked by {@link CompiledRole#top(Iterable, int)} and
 * {@link Assessor#rank(io.github.competency.core.RoleId, ReadinessMode, Iterable, int)}.
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

  static ProfileScore of(ProfileId profile, double readiness) {
    return ImmutableProfileScore.of(profile, readiness);
  }
}
