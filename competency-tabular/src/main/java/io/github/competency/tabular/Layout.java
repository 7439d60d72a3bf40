package io.github.competency.tabular;

import java.util.Locale;

/** How a ratings sheet is laid out. */
public enum Layout {
  /**
   * One row per rating: a person, a skill and a rating in each row, with the rater, date and
   * evidence beside them, as HR systems export ratings.
   */
  LONG,
  /**
   * One row per person and rater, one column per skill, as teams keep their sheets: the rating
   * of each skill in its column, blank where a skill was not rated.
   */
  WIDE;

  /**
   * Returns the name used on the command line and in mapping files.
   *
   * @return {@code "long"} or {@code "wide"}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
