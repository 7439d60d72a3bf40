package io.github.competency.tabular;

import io.github.competency.core.CompetencyException;
import io.github.competency.core.Problem;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.SkillId;
import io.github.competency.core.assess.RaterKind;
import io.github.competency.tabular.internal.Names;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Applies a mapping file to a reader; see {@link RatingsReader#withMapping(String, String)}. */
final class Mapping {

  private Mapping() {}

  static RatingsReader apply(RatingsReader reader, String text, String name) {
    List<Problem> problems = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    RatingsReader result = reader;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = name + " line " + (i + 1);
      int equals = line.indexOf('=');
      if (equals < 0) {
        problems.add(Problem.of(where, "expected 'key = value', found " + Names.quote(line)));
        continue;
      }
      String key = line.substring(0, equals).strip();
      String value = line.substring(equals + 1).strip();
      try {
        result = one(result, key, value);
      } catch (IllegalArgumentException | CompetencyException | DateTimeParseException e) {
        problems.add(Problem.of(where, e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidSheetException(problems);
    }
    return result;
  }

  private static RatingsReader one(RatingsReader reader, String key, String value) {
    String lower = key.toLowerCase(Locale.ROOT);
    if (lower.startsWith("column.")) {
      String label = lower.substring("column.".length());
      for (RatingColumn column : RatingColumn.values()) {
        if (column.label().equals(label)) {
          return reader.withColumn(column, value);
        }
      }
      List<String> labels = new ArrayList<>();
      for (RatingColumn column : RatingColumn.values()) {
        labels.add(column.label());
      }
      throw new IllegalArgumentException(
          "unknown column " + Names.quote(label) + "; columns are " + String.join(", ", labels));
    }
    if (lower.startsWith("skill.")) {
      return reader.withSkillColumn(key.substring("skill.".length()), SkillId.of(value));
    }
    if (lower.startsWith("rating.")) {
      String text = key.substring("rating.".length());
      return value.isEmpty()
          ? reader.withNotRatedText(text)
          : reader.withRatingText(text, ProficiencyId.of(value));
    }
    if (lower.startsWith("rater.")) {
      String text = key.substring("rater.".length());
      for (RaterKind kind : RaterKind.values()) {
        if (kind.label().equals(value.toLowerCase(Locale.ROOT))) {
          return reader.withRaterText(text, kind);
        }
      }
      throw new IllegalArgumentException(
          "unknown rater kind "
              + Names.quote(value)
              + "; kinds are self, peer, manager, assessment");
    }
    switch (lower) {
      case "ignore":
        for (String header : value.split(";")) {
          if (!header.isBlank()) {
            reader = reader.withIgnoredColumns(header.strip());
          }
        }
        return reader;
      case "numbering":
        try {
          return reader.withNumbering(Integer.parseInt(value));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "numbering " + Names.quote(value) + " is not a whole number");
        }
      case "layout":
        for (Layout layout : Layout.values()) {
          if (layout.label().equals(value.toLowerCase(Locale.ROOT))) {
            return reader.withLayout(layout);
          }
        }
        throw new IllegalArgumentException(
            "unknown layout " + Names.quote(value) + "; layouts are long and wide");
      case "separator":
        if (value.equalsIgnoreCase("tab") || value.equals("\\t")) {
          return reader.withSeparator('\t');
        }
        if (value.length() != 1) {
          throw new IllegalArgumentException(
              "separator " + Names.quote(value) + " is not one character (or tab)");
        }
        return reader.withSeparator(value.charAt(0));
      case "encoding":
        try {
          return reader.withCharset(Charset.forName(value));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          throw new IllegalArgumentException("unknown encoding " + Names.quote(value));
        }
      case "sheet":
        return reader.withSheet(value);
      case "date-format":
        return reader.withDateFormat(value);
      case "assessed-on":
        return reader.withAssessedOn(LocalDate.parse(value));
      case "rater-kind":
        for (RaterKind kind : RaterKind.values()) {
          if (kind.label().equals(value.toLowerCase(Locale.ROOT))) {
            return reader.withRaterKind(kind);
          }
        }
        throw new IllegalArgumentException(
            "unknown rater kind "
                + Names.quote(value)
                + "; kinds are self, peer, manager, assessment");
      default:
        throw new IllegalArgumentException(
            "unknown key "
                + Names.quote(key)
                + "; keys are column.NAME, skill.HEADER, rating.TEXT, rater.TEXT, ignore, numbering,"
                + " layout,"
                + " separator, encoding, sheet, date-format, assessed-on, rater-kind");
    }
  }
}
