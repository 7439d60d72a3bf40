package io.github.competency.tabular;

import io.github.competency.core.RoleId;
import io.github.competency.core.assess.ReadinessMode;
import java.util.List;
import java.util.Objects;

/**
 * The people of a ratings sheet most ready for a role, read one person at a time: made by {@link
 * RatingsReader#rank}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SheetRanking {

  private final RoleId role;
  private final ReadinessMode mode;
  private final List<RankedPerson> top;
  private final SheetSummary summary;

  SheetRanking(RoleId role, ReadinessMode mode, List<RankedPerson> top, SheetSummary summary) {
    this.role = role;
    this.mode = mode;
    this.top = List.copyOf(top);
    this.summary = summary;
  }

  /**
   * Returns the role ranked for.
   *
   * @return the role's id
   */
  public RoleId role() {
    return role;
  }

  /**
   * Returns the readiness mode ranked by.
   *
   * @return the mode
   */
  public ReadinessMode mode() {
    return mode;
  }

  /**
   * Returns the best people, most ready first; equal readiness is ordered by profile id.
   *
   * @return at most k people
   */
  public List<RankedPerson> top() {
    return top;
  }

  /**
   * Returns what reading the sheet found, with the people set aside for their problems.
   *
   * @return the summary
   */
  public SheetSummary summary() {
    return summary;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SheetRanking that
        && role.equals(that.role)
        && mode == that.mode
        && top.equals(that.top)
        && summary.equals(that.summary);
  }

  @Override
  public int hashCode() {
    return Objects.hash(role, mode, top, summary);
  }

  @Override
  public String toString() {
    return "SheetRanking[" + role + ", top " + top.size() + " of " + summary.people() + "]";
  }
}
