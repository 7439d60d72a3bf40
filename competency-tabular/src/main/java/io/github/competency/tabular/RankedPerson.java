package io.github.competency.tabular;

import io.github.competency.core.ProfileId;
import io.github.competency.core.RoleId;
import java.util.Objects;
import java.util.Optional;

/**
 * A person among the best for a role, with what to show beside the score: the sheet's id, the
 * name, the current role, and how many requirements the person meets.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RankedPerson {

  private final int rank;
  private final String sheetId;
  private final ProfileId profile;
  private final Optional<String> name;
  private final Optional<RoleId> currentRole;
  private final double readiness;
  private final int met;
  private final int requirements;
  private final int essentialGaps;

  RankedPerson(
      int rank,
      String sheetId,
      ProfileId profile,
      Optional<String> name,
      Optional<RoleId> currentRole,
      double readiness,
      int met,
      int requirements,
      int essentialGaps) {
    this.rank = rank;
    this.sheetId = sheetId;
    this.profile = profile;
    this.name = name;
    this.currentRole = currentRole;
    this.readiness = readiness;
    this.met = met;
    this.requirements = requirements;
    this.essentialGaps = essentialGaps;
  }

  /**
   * Returns the place in the ranking.
   *
   * @return 1 for the most ready
   */
  public int rank() {
    return rank;
  }

  /**
   * Returns the person's id as the sheet spells it.
   *
   * @return for example {@code E10442}
   */
  public String sheetId() {
    return sheetId;
  }

  /**
   * Returns the profile's id.
   *
   * @return the id
   */
  public ProfileId profile() {
    return profile;
  }

  /**
   * Returns the person's name.
   *
   * @return the name, if the sheet gives one
   */
  public Optional<String> name() {
    return name;
  }

  /**
   * Returns the role the person holds now.
   *
   * @return the role, if the sheet gives one
   */
  public Optional<RoleId> currentRole() {
    return currentRole;
  }

  /**
   * Returns the readiness for the role ranked for.
   *
   * @return a number from 0 to 1
   */
  public double readiness() {
    return readiness;
  }

  /**
   * Returns how many of the role's requirements the person meets.
   *
   * @return the count
   */
  public int met() {
    return met;
  }

  /**
   * Returns how many requirements the role has.
   *
   * @return the count
   */
  public int requirements() {
    return requirements;
  }

  /**
   * Returns how many essential requirements the person does not meet.
   *
   * @return the count
   */
  public int essentialGaps() {
    return essentialGaps;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RankedPerson that
        && rank == that.rank
        && sheetId.equals(that.sheetId)
        && profile.equals(that.profile)
        && name.equals(that.name)
        && currentRole.equals(that.currentRole)
        && Double.compare(readiness, that.readiness) == 0
        && met == that.met
        && requirements == that.requirements
        && essentialGaps == that.essentialGaps;
  }

  @Override
  public int hashCode() {
    return Objects.hash(rank, sheetId, profile, readiness);
  }

  @Override
  public String toString() {
    return "RankedPerson[" + rank + ". " + sheetId + " " + readiness + "]";
  }
}
