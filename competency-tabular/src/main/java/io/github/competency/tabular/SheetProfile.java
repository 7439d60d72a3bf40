package io.github.competency.tabular;

import io.github.competency.core.assess.Profile;
import java.util.Objects;

/**
 * A profile read from a ratings sheet, with the person's id as the sheet spells it and where the
 * person's rows start.
 *
 * <p>Profile ids are lowercase slugs; a sheet's ids are made into them by a documented rule
 * (see {@link RatingsReader#profileId(String)}), so {@code E10442} becomes {@code e10442}. The
 * sheet's own spelling is kept here, to show beside results.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SheetProfile {

  private final Profile profile;
  private final String sheetId;
  private final String where;

  SheetProfile(Profile profile, String sheetId, String where) {
    this.profile = profile;
    this.sheetId = sheetId;
    this.where = where;
  }

  /**
   * Returns the profile, checked against the reader's catalogue.
   *
   * @return the profile
   */
  public Profile profile() {
    return profile;
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
   * Returns where the person's first row is.
   *
   * @return for example {@code line 2} or {@code row 2}
   */
  public String where() {
    return where;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SheetProfile that
        && profile.equals(that.profile)
        && sheetId.equals(that.sheetId)
        && where.equals(that.where);
  }

  @Override
  public int hashCode() {
    return Objects.hash(profile, sheetId, where);
  }

  @Override
  public String toString() {
    return "SheetProfile["
        + sheetId
        + " at "
        + where
        + ": "
        + profile.ratings().size()
        + " ratings]";
  }
}
