package io.github.competency.tabular;

import io.github.competency.core.Problem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What reading a ratings sheet found: how many rows, people and ratings, the layout and the
 * columns it recognised, and the problems, each at its cell.
 *
 * <p>{@link RatingsReader#check} (a dry run) and {@link RatingsReader#forEach} return it; when
 * streaming, a person whose rows have a problem is set aside (not passed on) and counted here,
 * and the reading goes on. The problems listed stop at {@link SheetLimits#maxProblems()}; {@link
 * #problemCount()} counts all of them.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SheetSummary {

  private final Layout layout;
  private final Map<String, String> columns;
  private final long rows;
  private final long people;
  private final long ratings;
  private final long setAside;
  private final List<String> setAsideIds;
  private final List<Problem> problems;
  private final long problemCount;

  SheetSummary(
      Layout layout,
      Map<String, String> columns,
      long rows,
      long people,
      long ratings,
      long setAside,
      List<String> setAsideIds,
      List<Problem> problems,
      long problemCount) {
    this.layout = layout;
    this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    this.rows = rows;
    this.people = people;
    this.ratings = ratings;
    this.setAside = setAside;
    this.setAsideIds = List.copyOf(setAsideIds);
    this.problems = List.copyOf(problems);
    this.problemCount = problemCount;
  }

  /**
   * Returns the layout the sheet was read in.
   *
   * @return the layout, given or recognised
   */
  public Layout layout() {
    return layout;
  }

  /**
   * Returns what each column of the sheet was read as, in the sheet's order.
   *
   * @return for example {@code "A" -> "person id"}, {@code "F" -> "skill postgresql"}, {@code
   *     "G" -> "ignored"}
   */
  public Map<String, String> columns() {
    return columns;
  }

  /**
   * Returns the number of rows read, header excluded and blank rows not counted.
   *
   * @return the rows
   */
  public long rows() {
    return rows;
  }

  /**
   * Returns the number of people whose profiles were made (or, in a dry run, could be made).
   *
   * @return the people
   */
  public long people() {
    return people;
  }

  /**
   * Returns the number of ratings in those profiles.
   *
   * @return the ratings
   */
  public long ratings() {
    return ratings;
  }

  /**
   * Returns how many people were set aside because their rows have problems.
   *
   * @return the count
   */
  public long setAside() {
    return setAside;
  }

  /**
   * Returns the sheet ids of the people set aside, as far as the problem limit lists them.
   *
   * @return the ids, in the sheet's order
   */
  public List<String> setAsideIds() {
    return setAsideIds;
  }

  /**
   * Returns the problems found, at most {@link SheetLimits#maxProblems()} of them.
   *
   * @return the problems, in the sheet's order
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns how many problems were found, listed or not.
   *
   * @return the count
   */
  public long problemCount() {
    return problemCount;
  }

  /**
   * Tells whether the sheet had no problem.
   *
   * @return true if valid
   */
  public boolean isValid() {
    return problemCount == 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SheetSummary that
        && layout == that.layout
        && columns.equals(that.columns)
        && rows == that.rows
        && people == that.people
        && ratings == that.ratings
        && setAside == that.setAside
        && setAsideIds.equals(that.setAsideIds)
        && problems.equals(that.problems)
        && problemCount == that.problemCount;
  }

  @Override
  public int hashCode() {
    return Objects.hash(layout, columns, rows, people, ratings, setAside, problems, problemCount);
  }

  @Override
  public String toString() {
    return "SheetSummary["
        + layout.label()
        + ", "
        + rows
        + " rows, "
        + people
        + " people, "
        + ratings
        + " ratings, "
        + setAside
        + " set aside, "
        + problemCount
        + " problems]";
  }
}
