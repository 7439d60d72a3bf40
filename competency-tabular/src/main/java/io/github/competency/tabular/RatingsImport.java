package io.github.competency.tabular;

import java.util.List;
import java.util.Objects;

/**
 * A ratings sheet read whole: a profile for each person, in the order people first appear, and
 * the summary of the reading. Made by {@link RatingsReader#read}, only for a sheet without
 * problems.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RatingsImport {

  private final List<SheetProfile> profiles;
  private final SheetSummary summary;

  RatingsImport(List<SheetProfile> profiles, SheetSummary summary) {
    this.profiles = List.copyOf(profiles);
    this.summary = summary;
  }

  /**
   * Returns the profiles.
   *
   * @return one per person, in the order people first appear in the sheet
   */
  public List<SheetProfile> profiles() {
    return profiles;
  }

  /**
   * Returns the summary: rows, people, ratings, the layout and the columns recognised.
   *
   * @return the summary
   */
  public SheetSummary summary() {
    return summary;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RatingsImport that
        && profiles.equals(that.profiles)
        && summary.equals(that.summary);
  }

  @Override
  public int hashCode() {
    return Objects.hash(profiles, summary);
  }

  @Override
  public String toString() {
    return "RatingsImport[" + profiles.size() + " profiles, " + summary + "]";
  }
}
