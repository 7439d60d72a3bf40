package io.github.competency.core.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** Checks dates known only in part: a year, a month or a day, in ISO 8601. */
public final class Dates {

  private static final Pattern SHAPE = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");

  private Dates() {}

  /**
   * Tells whether a text is a year ({@code 2023}), a month ({@code 2023-05}) or a day
   * ({@code 2023-05-14}) in ISO 8601, with a four-digit year.
   */
  public static boolean isPartialDate(String text) {
    if (!SHAPE.matcher(text).matches()) {
      return false;
    }
    try {
      if (text.length() == 7) {
        YearMonth.parse(text);
      } else if (text.length() == 10) {
        LocalDate.parse(text);
      }
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
