package io.github.competency.cli;

import io.github.competency.core.CompetencyException;
import io.github.competency.core.assess.RaterKind;
import io.github.competency.tabular.InvalidSheetException;
import io.github.competency.tabular.Layout;
import io.github.competency.tabular.RatingsReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How a ratings sheet is read: the options of {@code assess --ratings} and of sheet ranking. */
final class SheetOptions {

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description =
          "A mapping file: the sheet's own column headers, skills, rating texts and the options"
              + " below as 'key = value' lines (see the README).")
  Path mapping;

  @Option(
      names = "--sheet",
      paramLabel = "NAME",
      description = "The worksheet of a workbook to read (default: the first).")
  String sheet;

  @Option(
      names = "--layout",
      paramLabel = "LAYOUT",
      description = "long (a row per rating) or wide (a column per skill); recognised by default.")
  Layout layout;

  @Option(
      names = "--separator",
      paramLabel = "CHAR",
      description = "The CSV field separator: , ; or tab (detected by default).")
  String separator;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "The encoding of a CSV file without a byte-order mark (default: UTF-8).")
  String encoding;

  @Option(
      names = "--numbering",
      paramLabel = "N",
      description = "The number of the lowest step of the scale in the sheet (default: 1).")
  Integer numbering;

  @Option(
      names = "--date-format",
      paramLabel = "PATTERN",
      description = "A date pattern besides ISO dates and 30.11.2026, such as dd/MM/yyyy.")
  String dateFormat;

  @Option(
      names = "--assessed-on",
      paramLabel = "DATE",
      description = "The day of the assessment, for ratings without a date.")
  LocalDate assessedOn;

  @Option(
      names = "--rater-kind",
      paramLabel = "KIND",
      description = "The rater of ratings without a rater kind column (default: self).")
  RaterKind raterKind;

  @Option(
      names = "--ignore-column",
      paramLabel = "HEADER",
      description = "A column of the sheet to ignore; repeatable.")
  List<String> ignored = new ArrayList<>();

  /** The reader, configured by the mapping file first and the options after it. */
  RatingsReader apply(RatingsReader reader, CommandSpec spec) {
    RatingsReader configured = reader;
    try {
      if (mapping != null) {
        configured = configured.withMapping(Inputs.file(mapping));
      }
    } catch (InvalidSheetException e) {
      throw new CompetencyException(mapping + ": " + e.getMessage(), e);
    }
    try {
      if (sheet != null) {
        configured = configured.withSheet(sheet);
      }
      if (layout != null) {
        configured = configured.withLayout(layout);
      }
      if (separator != null) {
        char c = separator.equalsIgnoreCase("tab") || separator.equals("\\t") ? '\t' : 0;
        if (c == 0 && separator.length() != 1) {
          throw new IllegalArgumentException(
              "--separator '" + separator + "' is not one character or 'tab'");
        }
        configured = configured.withSeparator(c == 0 ? separator.charAt(0) : c);
      }
      if (encoding != null) {
        configured = configured.withCharset(Charset.forName(encoding));
      }
      if (numbering != null) {
        configured = configured.withNumbering(numbering);
      }
      if (dateFormat != null) {
        configured = configured.withDateFormat(dateFormat);
      }
      if (assessedOn != null) {
        configured = configured.withAssessedOn(assessedOn);
      }
      if (raterKind != null) {
        configured = configured.withRaterKind(raterKind);
      }
      if (!ignored.isEmpty()) {
        configured = configured.withIgnoredColumns(ignored.toArray(String[]::new));
      }
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new ParameterException(spec.commandLine(), "unknown encoding '" + encoding + "'");
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    return configured;
  }

  /** Whether any of these options was given. */
  boolean given() {
    return mapping != null
        || sheet != null
        || layout != null
        || separator != null
        || encoding != null
        || numbering != null
        || dateFormat != null
        || assessedOn != null
        || raterKind != null
        || !ignored.isEmpty();
  }

  /** Whether a file given to --rank is a sheet rather than JSON profiles. */
  static boolean isSheet(Path file) {
    String name =
        file.getFileName() == null
            ? ""
            : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".csv")
        || name.endsWith(".tsv")
        || name.endsWith(".txt")
        || name.endsWith(".xlsx")
        || name.endsWith(".xlsm");
  }
}
