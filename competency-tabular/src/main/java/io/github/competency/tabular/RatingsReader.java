package io.github.competency.tabular;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Problem;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.ProfileId;
import io.github.competency.core.RoleId;
import io.github.competency.core.SkillId;
import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.CompactProfile;
import io.github.competency.core.assess.CompiledRole;
import io.github.competency.core.assess.GapReport;
import io.github.competency.core.assess.Outcome;
import io.github.competency.core.assess.Profile;
import io.github.competency.core.assess.RaterKind;
import io.github.competency.core.assess.Rating;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.tabular.internal.CsvRows;
import io.github.competency.tabular.internal.Names;
import io.github.competency.tabular.internal.Rows;
import io.github.competency.tabular.internal.SheetFailure;
import io.github.competency.tabular.internal.TextInput;
import io.github.competency.tabular.internal.XlsxGuard;
import io.github.competency.tabular.internal.XlsxRows;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reads people's ratings from CSV and XLSX sheets into {@linkplain SheetProfile profiles} of one
 * catalogue, checking every row as strictly as the JSON formats are checked.
 *
 * <pre>{@code
 * RatingsReader reader = RatingsReader.of(SeniorBackendEngineer.catalogue());
 * RatingsImport sheet = reader.read(Path.of("examples/sheets/team-ratings.csv"));
 * for (SheetProfile person : sheet.profiles()) { ... }
 *
 * reader.check(file);                       // a dry run: every problem, nothing kept
 * reader.forEach(file, person -> { ... });  // one person at a time, for any number of rows
 * }</pre>
 *
 * <h2>What a sheet may look like</h2>
 *
 * <ul>
 *   <li><b>Layout</b>: {@linkplain Layout#LONG long} (a row per rating) when the sheet has a skill
 *       and a rating column, otherwise {@linkplain Layout#WIDE wide} (a row per person and rater,
 *       a column per skill); or as given.
 *   <li><b>Columns</b> are found by their headers in the first non-blank row, ignoring case,
 *       accents, spaces and punctuation: the {@linkplain RatingColumn#headers() defaults}, or
 *       those a mapping gives. Only the person column is required (without an id column, the
 *       name is the id), and in the long layout the skill and rating columns. A column that is
 *       none of these, nor a skill in the wide layout, is a problem unless it is {@linkplain
 *       #withIgnoredColumns ignored}.
 *   <li><b>Skills</b> by the catalogue's skill id, name or alias (its name search, ignoring case
 *       and accents), or as a mapping says; a near miss gets a "did you mean".
 *   <li><b>Ratings</b> by step id or step name, or by number: 1 for the lowest step of the scale,
 *       2 for the next, and so on ({@linkplain #withNumbering another first number}), or by an
 *       {@linkplain #withRatingText explicit map}. A blank cell is "not rated".
 *   <li><b>Raters</b>: self, peer, manager or assessment (also "self assessment", "colleague",
 *       "line manager", "supervisor", "test"); without a rater kind column, every rating is of
 *       the {@linkplain #withRaterKind default kind}, self.
 *   <li><b>Dates</b>: ISO dates ({@code 2026-11-30}, a time after it is ignored), {@code
 *       30.11.2026}, date cells of a workbook, or a {@linkplain #withDateFormat given pattern}. A
 *       profile is assessed on the latest day of its ratings, or on the {@linkplain
 *       #withAssessedOn given day}.
 *   <li><b>CSV</b>: comma, semicolon or tab separated (detected from the header line, or from an
 *       Excel {@code sep=;} line, or given); UTF-8 with or without a byte-order mark, or a given
 *       encoding, decoded strictly; any line ends; quoted cells with line breaks.
 *   <li><b>XLSX</b>: the first worksheet or a named one.
 * </ul>
 *
 * <h2>Problems</h2>
 *
 * Every problem is reported at its cell: {@code B17} in a worksheet, {@code line 17, field 2} in
 * a CSV file (the line a record starts on): unknown skills, steps, raters and roles, bad dates and
 * addresses, duplicate ratings (one skill, rater and day), a person's name or role given two ways,
 * missing and unknown columns: the rules of {@link Assessor#check}, applied cell by cell, so that
 * every profile passed on passes that check. {@link #read} throws {@link InvalidSheetException} listing every one; {@link #check}
 * returns them; {@link #forEach} sets aside each person whose rows have one and goes on.
 *
 * <h2>People and their ids</h2>
 *
 * A person's rows are those with the same id. {@link #read} and {@link #check} take them in any
 * order. {@link #forEach} holds one person at a time, so it needs each person's rows together
 * (as an export sorted by person gives them): a person whose rows come back after another
 * person's is reported there and the later rows are set aside (the earlier ones were passed on).
 * It remembers 16 bytes per person to tell.
 *
 * <p>Profile ids are lowercase slugs; {@link #profileId(String)} makes one from a sheet's id, and
 * the sheet's spelling is kept in {@link SheetProfile#sheetId()}.
 *
 * <p>Instances are immutable and thread-safe; {@code with...} methods return changed copies.
 */
public final class RatingsReader {

  private final Catalogue catalogue;
  private final Assessor assessor;
  private final Settings settings;

  private RatingsReader(Catalogue catalogue, Assessor assessor, Settings settings) {
    this.catalogue = catalogue;
    this.assessor = assessor;
    this.settings = settings;
  }

  /** Everything a reader is told; copied by each {@code with...}, never changed once shared. */
  static final class Settings {
    Layout layout;
    final Map<RatingColumn, String> columns = new EnumMap<>(RatingColumn.class);
    final Map<String, SkillId> skillColumns = new LinkedHashMap<>();
    final Set<String> ignored = new LinkedHashSet<>();
    int firstNumber = 1;
    final Map<String, Optional<ProficiencyId>> ratingTexts = new LinkedHashMap<>();
    final Map<String, RaterKind> raterTexts = new LinkedHashMap<>();
    char separator;
    Charset charset = StandardCharsets.UTF_8;
    String sheet;
    LocalDate assessedOn;
    RaterKind raterKind = RaterKind.SELF;
    DateTimeFormatter dateFormat;
    String datePattern;
    SheetLimits limits = SheetLimits.defaults();

    Settings copy() {
      Settings copy = new Settings();
      copy.layout = layout;
      copy.columns.putAll(columns);
      copy.skillColumns.putAll(skillColumns);
      copy.ignored.addAll(ignored);
      copy.firstNumber = firstNumber;
      copy.ratingTexts.putAll(ratingTexts);
      copy.raterTexts.putAll(raterTexts);
      copy.separator = separator;
      copy.charset = charset;
      copy.sheet = sheet;
      copy.assessedOn = assessedOn;
      copy.raterKind = raterKind;
      copy.dateFormat = dateFormat;
      copy.datePattern = datePattern;
      copy.limits = limits;
      return copy;
    }
  }

  /**
   * Obtains a reader of ratings against a catalogue, with the defaults described above.
   *
   * @param catalogue the catalogue the ratings refer to
   * @return the reader
   */
  public static RatingsReader of(Catalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    return new RatingsReader(catalogue, Assessor.of(catalogue), new Settings());
  }

  /**
   * Returns the catalogue ratings are read against.
   *
   * @return the catalogue
   */
  public Catalogue catalogue() {
    return catalogue;
  }

  private RatingsReader with(Consumer<Settings> change) {
    Settings copy = settings.copy();
    change.accept(copy);
    return new RatingsReader(catalogue, assessor, copy);
  }

  /**
   * Returns a copy that reads sheets in one layout instead of recognising it.
   *
   * @param layout the layout
   * @return the changed copy
   */
  public RatingsReader withLayout(Layout layout) {
    Objects.requireNonNull(layout, "layout");
    return with(s -> s.layout = layout);
  }

  /**
   * Returns a copy that finds a column under a header of the sheet's own, instead of under its
   * default headers.
   *
   * @param column the column
   * @param header the sheet's header for it, such as {@code "Mitarbeiter-Nr."}
   * @return the changed copy
   * @throws IllegalArgumentException if the header has no letter or digit
   */
  public RatingsReader withColumn(RatingColumn column, String header) {
    Objects.requireNonNull(column, "column");
    requireKey(header, "header");
    return with(s -> s.columns.put(column, header));
  }

  /**
   * Returns a copy that reads a column of a wide sheet as the ratings of a skill, whatever its
   * header says.
   *
   * @param header the column's header
   * @param skill the skill, which must be in the catalogue
   * @return the changed copy
   * @throws io.github.competency.core.UnknownIdException if the catalogue has no such skill
   * @throws IllegalArgumentException if the header has no letter or digit
   */
  public RatingsReader withSkillColumn(String header, SkillId skill) {
    Objects.requireNonNull(skill, "skill");
    catalogue.get(skill);
    String key = requireKey(header, "header");
    return with(s -> s.skillColumns.put(key, skill));
  }

  /**
   * Returns a copy that ignores columns of the sheet, such as a department.
   *
   * @param headers the headers of the columns to ignore
   * @return the changed copy
   * @throws IllegalArgumentException if a header has no letter or digit
   */
  public RatingsReader withIgnoredColumns(String... headers) {
    Objects.requireNonNull(headers, "headers");
    List<String> keys = new ArrayList<>();
    for (String header : headers) {
      keys.add(requireKey(header, "header"));
    }
    return with(s -> s.ignored.addAll(keys));
  }

  /**
   * Returns a copy that reads a number as the step of that rank in the scale's order counted
   * from another first number: with 0, a rating of 0 is the lowest step.
   *
   * @param lowest the number of the lowest step (1 unless changed)
   * @return the changed copy
   */
  public RatingsReader withNumbering(int lowest) {
    return with(s -> s.firstNumber = lowest);
  }

  /**
   * Returns a copy that reads a rating text as a step, before any other reading of it: for
   * scales such as "A/B/C" or numbers that do not count steps from the lowest.
   *
   * @param text the text, compared ignoring case, accents and spaces
   * @param step a step of the catalogue's scale
   * @return the changed copy
   * @throws io.github.competency.core.UnknownIdException if the scale has no such step
   * @throws IllegalArgumentException if the text has no letter or digit
   */
  public RatingsReader withRatingText(String text, ProficiencyId step) {
    Objects.requireNonNull(step, "step");
    catalogue.get(step);
    String key = requireKey(text, "text");
    return with(s -> s.ratingTexts.put(key, Optional.of(step)));
  }

  /**
   * Returns a copy that reads a rating text, such as {@code n/a} or {@code 0}, as "not rated",
   * like a blank cell.
   *
   * @param text the text, compared ignoring case, accents and spaces; a text of punctuation only,
   *     such as {@code -}, as it is
   * @return the changed copy
   * @throws IllegalArgumentException if the text is blank
   */
  public RatingsReader withNotRatedText(String text) {
    String key = requireKey(text, "text");
    return with(s -> s.ratingTexts.put(key, Optional.empty()));
  }

  /**
   * Returns a copy that reads a rater kind text of the sheet's own, such as {@code Führungskraft},
   * as a kind of rater.
   *
   * @param text the text, compared ignoring case, accents and spaces
   * @param kind the kind of rater it means
   * @return the changed copy
   * @throws IllegalArgumentException if the text is blank
   */
  public RatingsReader withRaterText(String text, RaterKind kind) {
    Objects.requireNonNull(kind, "kind");
    String key = requireKey(text, "text");
    return with(s -> s.raterTexts.put(key, kind));
  }

  /**
   * Returns a copy that splits CSV records at a given separator instead of detecting it.
   *
   * @param separator such as {@code ';'} or {@code '\t'}
   * @return the changed copy
   * @throws IllegalArgumentException for a quote, a line break or a letter or digit
   */
  public RatingsReader withSeparator(char separator) {
    if (separator == '"'
        || separator == '\n'
        || separator == '\r'
        || Character.isLetterOrDigit(separator)) {
      throw new IllegalArgumentException(
          "'" + separator + "' cannot separate fields; use a comma, semicolon or tab");
    }
    return with(s -> s.separator = separator);
  }

  /**
   * Returns a copy that reads CSV files without a byte-order mark in another encoding than
   * UTF-8, such as windows-1252 for files an older Excel saved.
   *
   * @param charset the encoding
   * @return the changed copy
   */
  public RatingsReader withCharset(Charset charset) {
    Objects.requireNonNull(charset, "charset");
    return with(s -> s.charset = charset);
  }

  /**
   * Returns a copy that reads a named worksheet of a workbook instead of the first.
   *
   * @param name the worksheet's name
   * @return the changed copy
   */
  public RatingsReader withSheet(String name) {
    Objects.requireNonNull(name, "name");
    return with(s -> s.sheet = name);
  }

  /**
   * Returns a copy that assesses profiles whose ratings have no date on a given day.
   *
   * @param day the day
   * @return the changed copy
   */
  public RatingsReader withAssessedOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return with(s -> s.assessedOn = day);
  }

  /**
   * Returns a copy that gives ratings without a rater kind another kind than self.
   *
   * @param kind the kind of rater
   * @return the changed copy
   */
  public RatingsReader withRaterKind(RaterKind kind) {
    Objects.requireNonNull(kind, "kind");
    return with(s -> s.raterKind = kind);
  }

  /**
   * Returns a copy that also reads dates written in a pattern of {@link DateTimeFormatter}, such
   * as {@code dd/MM/yyyy} or {@code M/d/yyyy}; ISO dates are read as well.
   *
   * @param pattern the pattern
   * @return the changed copy
   * @throws IllegalArgumentException if the pattern is not valid
   */
  public RatingsReader withDateFormat(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
    return with(
        s -> {
          s.dateFormat = format;
          s.datePattern = pattern;
        });
  }

  /**
   * Returns a copy with other limits.
   *
   * @param limits the limits
   * @return the changed copy
   */
  public RatingsReader withLimits(SheetLimits limits) {
    Objects.requireNonNull(limits, "limits");
    return with(s -> s.limits = limits);
  }

  /**
   * Returns a copy configured by a mapping file: lines of {@code key = value}, {@code #} for
   * comments, with these keys (each optional):
   *
   * <pre>
   * # columns by the sheet's headers
   * column.person-id = Mitarbeiter-Nr.
   * column.skill = Kompetenz
   * # a wide sheet's column as a skill
   * skill.K8s = kubernetes
   * ignore = Abteilung; Standort
   * # ratings: numbering from 0, a text as a step, a text as "not rated"
   * numbering = 0
   * rating.A = expert
   * rating.n/a =
   * # rater kinds of the sheet's own
   * rater.Führungskraft = manager
   * layout = wide
   * separator = ;            (or: tab)
   * encoding = windows-1252
   * sheet = Ratings
   * date-format = dd/MM/yyyy
   * assessed-on = 2026-11-30
   * rater-kind = manager
   * </pre>
   *
   * Column names after {@code column.} are the {@linkplain RatingColumn#label() labels} of
   * {@link RatingColumn}.
   *
   * @param text the mapping
   * @param name the mapping's name, for messages, such as its file name
   * @return the changed copy
   * @throws InvalidSheetException listing every line that cannot be applied, by line number
   */
  public RatingsReader withMapping(String text, String name) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(name, "name");
    return Mapping.apply(this, text, name);
  }

  /**
   * Returns a copy configured by a mapping file; see {@link #withMapping(String, String)}.
   *
   * @param file the mapping file, UTF-8
   * @return the changed copy
   * @throws InvalidSheetException if the file is missing or a line cannot be applied
   */
  public RatingsReader withMapping(Path file) {
    Objects.requireNonNull(file, "file");
    StringBuilder text = new StringBuilder();
    try (Reader in = TextInput.open(Files.newInputStream(file), StandardCharsets.UTF_8)) {
      char[] buffer = new char[8192];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        text.append(buffer, 0, n);
        if (text.length() > 1_000_000) {
          throw new SheetFailure("file", "the mapping file is longer than 1,000,000 characters");
        }
      }
    } catch (SheetFailure e) {
      throw new InvalidSheetException(List.of(e.problemAt(file.toString())));
    } catch (NoSuchFileException e) {
      throw new InvalidSheetException(List.of(Problem.of(file.toString(), "no such file")));
    } catch (IOException | UncheckedIOException e) {
      throw new InvalidSheetException(
          List.of(Problem.of(file.toString(), "cannot read the mapping file: " + e.getMessage())));
    }
    return withMapping(text.toString(), file.toString());
  }

  private static String requireKey(String text, String what) {
    Objects.requireNonNull(text, what);
    String key = cellKey(text);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("the " + what + " must not be blank");
    }
    return key;
  }

  /**
   * How a cell's text is matched: folded and compacted, or, for a text of punctuation only such
   * as "-", that text itself.
   */
  static String cellKey(String text) {
    String key = Names.key(text);
    String stripped = text.strip();
    return key.isEmpty() && !stripped.isEmpty() ? "\u0000" + stripped : key;
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a whole sheet: a {@code .xlsx} file as a workbook, any other as CSV.
   *
   * @param file the sheet
   * @return a profile per person
   * @throws InvalidSheetException listing every problem, if there is any
   */
  public RatingsImport read(Path file) {
    Objects.requireNonNull(file, "file");
    return read(file, null, SheetFormat.of(file));
  }

  /**
   * Reads a whole sheet from a stream.
   *
   * @param in the bytes; closed when done
   * @param format what they are
   * @return a profile per person
   * @throws InvalidSheetException listing every problem, if there is any
   */
  public RatingsImport read(InputStream in, SheetFormat format) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    return read(null, in, format);
  }

  private RatingsImport read(Path file, InputStream in, SheetFormat format) {
    List<SheetProfile> profiles = new ArrayList<>();
    RatingsParser parser =
        new RatingsParser(settings, catalogue, RatingsParser.Mode.WHOLE, profiles::add);
    SheetSummary summary = run(parser, file, in, format);
    if (!summary.isValid()) {
      throw new InvalidSheetException(listed(summary));
    }
    return new RatingsImport(profiles, summary);
  }

  /**
   * Reads a sheet to report on it, keeping nothing: a dry run of {@link #read(Path)}.
   *
   * @param file the sheet
   * @return what was found, every problem included
   * @throws InvalidSheetException only if the file cannot be opened at all
   */
  public SheetSummary check(Path file) {
    Objects.requireNonNull(file, "file");
    return run(
        new RatingsParser(settings, catalogue, RatingsParser.Mode.CHECK, p -> {}),
        file,
        null,
        SheetFormat.of(file));
  }

  /**
   * Reads a sheet from a stream to report on it, keeping nothing.
   *
   * @param in the bytes; closed when done
   * @param format what they are
   * @return what was found, every problem included
   */
  public SheetSummary check(InputStream in, SheetFormat format) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    return run(
        new RatingsParser(settings, catalogue, RatingsParser.Mode.CHECK, p -> {}),
        null,
        in,
        format);
  }

  /**
   * Reads a sheet of any size one person at a time, passing on each person's profile as soon as
   * their rows end; a person whose rows have a problem is set aside and counted, and the reading
   * goes on. Memory stays at one person's ratings plus 16 bytes per person seen.
   *
   * @param file the sheet
   * @param each receives each valid person, in the sheet's order
   * @return what was found: counts, people set aside, problems
   * @throws InvalidSheetException if the file cannot be read on (bytes that are not text, a
   *     damaged archive, the limits), with the problems found so far; the people passed on
   *     before stay passed on
   */
  public SheetSummary forEach(Path file, Consumer<SheetProfile> each) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(each, "each");
    return stream(file, null, SheetFormat.of(file), each);
  }

  /**
   * Reads a sheet from a stream one person at a time; see {@link #forEach(Path, Consumer)}.
   *
   * @param in the bytes; closed when done
   * @param format what they are
   * @param each receives each valid person, in the sheet's order
   * @return what was found
   */
  public SheetSummary forEach(InputStream in, SheetFormat format, Consumer<SheetProfile> each) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(each, "each");
    return stream(null, in, format, each);
  }

  private SheetSummary stream(
      Path file, InputStream in, SheetFormat format, Consumer<SheetProfile> each) {
    RatingsParser parser = new RatingsParser(settings, catalogue, RatingsParser.Mode.STREAM, each);
    SheetSummary summary = run(parser, file, in, format);
    if (parser.failed()) {
      throw new InvalidSheetException(listed(summary));
    }
    return summary;
  }

  /**
   * Ranks the people of a sheet of any size for a role, reading it one person at a time and
   * keeping the k most ready: O(k) memory beyond one person's ratings. People whose rows have
   * problems are set aside and counted in the summary.
   *
   * @param file the sheet
   * @param role a role of the catalogue
   * @param mode the readiness mode to rank by
   * @param k how many to keep, at least 1
   * @return the best k, most ready first (equal readiness by profile id)
   * @throws IllegalArgumentException if {@code k} is less than 1
   * @throws io.github.competency.core.UnknownIdException if the catalogue has no such role
   * @throws InvalidSheetException if the file cannot be read on; see {@link #forEach}
   */
  public SheetRanking rank(Path file, RoleId role, ReadinessMode mode, int k) {
    Objects.requireNonNull(file, "file");
    return rank(file, null, SheetFormat.of(file), role, mode, k);
  }

  /**
   * Ranks the people of a sheet read from a stream; see {@link #rank(Path, RoleId,
   * ReadinessMode, int)}.
   *
   * @param in the bytes; closed when done
   * @param format what they are
   * @param role a role of the catalogue
   * @param mode the readiness mode to rank by
   * @param k how many to keep, at least 1
   * @return the best k
   */
  public SheetRanking rank(
      InputStream in, SheetFormat format, RoleId role, ReadinessMode mode, int k) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    return rank(null, in, format, role, mode, k);
  }

  private SheetRanking rank(
      Path file, InputStream in, SheetFormat format, RoleId role, ReadinessMode mode, int k) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(mode, "mode");
    if (k < 1) {
      throw new IllegalArgumentException("k " + k + " must be at least 1");
    }
    CompiledRole compiled = assessor.compile(role, mode);
    Leaders leaders = new Leaders(k);
    SheetSummary summary =
        stream(
            file,
            in,
            format,
            person -> leaders.offer(compiled.readiness(compact(person.profile())), person));
    List<RankedPerson> top = new ArrayList<>();
    for (Map.Entry<Leaders.Key, SheetProfile> entry : leaders.best.entrySet()) {
      SheetProfile person = entry.getValue();
      GapReport report = assessor.gaps(person.profile(), role);
      int met = (int) report.outcomes().stream().filter(Outcome::met).count();
      top.add(
          new RankedPerson(
              top.size() + 1,
              person.sheetId(),
              person.profile().id(),
              person.profile().name(),
              person.profile().role(),
              entry.getKey().readiness(),
              met,
              report.outcomes().size(),
              report.essentialGaps()));
    }
    return new SheetRanking(role, mode, top, summary);
  }

  /**
   * A profile checked already, reduced by the assessor's rating rule: the same as {@link
   * Assessor#compact(Profile)} without checking the profile a second time.
   */
  private CompactProfile compact(Profile profile) {
    CompactProfile.Builder compact = assessor.compactBuilder(profile.id());
    for (Rating rating : assessor.ratingRule().effectiveRatings(profile).values()) {
      compact.rate(rating.skill(), rating.proficiency());
    }
    return compact.build();
  }

  /** The k best so far: readiness, then profile id; O(k) memory. */
  private static final class Leaders {
    record Key(double readiness, ProfileId id) {}

    private static final Comparator<Key> ORDER =
        Comparator.comparingDouble(Key::readiness).reversed().thenComparing(Key::id);

    final TreeMap<Key, SheetProfile> best = new TreeMap<>(ORDER);
    private final int k;

    Leaders(int k) {
      this.k = k;
    }

    void offer(double readiness, SheetProfile person) {
      Key key = new Key(readiness, person.profile().id());
      if (best.size() < k) {
        best.put(key, person);
      } else if (ORDER.compare(key, best.lastKey()) < 0) {
        best.pollLastEntry();
        best.put(key, person);
      }
    }
  }

  private static List<Problem> listed(SheetSummary summary) {
    List<Problem> problems = new ArrayList<>(summary.problems());
    long more = summary.problemCount() - problems.size();
    if (more > 0) {
      problems.add(Problem.of("sheet", more + " more problems, not listed"));
    }
    return problems;
  }

  private SheetSummary run(RatingsParser parser, Path file, InputStream in, SheetFormat format) {
    String name = file == null ? "the sheet" : file.toString();
    try (InputStream bytes = in != null ? in : Files.newInputStream(file)) {
      if (format == SheetFormat.CSV) {
        try (CsvRows rows =
            CsvRows.open(
                bytes,
                settings.charset,
                settings.separator,
                new CsvRows.Limits(
                    settings.limits.maxColumns(),
                    settings.limits.maxCellLength(),
                    settings.limits.maxRows()))) {
          return parser.run(rows);
        }
      }
      byte[] all =
          bytes.readNBytes(
              (int) Math.min(Integer.MAX_VALUE - 8, settings.limits.maxFileBytes() + 1));
      if (all.length > settings.limits.maxFileBytes()) {
        throw new SheetFailure(
            "file",
            "the workbook is larger than "
                + settings.limits.maxFileBytes()
                + " bytes, the most allowed");
      }
      try (XlsxRows.Workbook workbook = XlsxRows.open(all, xlsxLimits(settings.limits))) {
        Optional<XlsxRows> sheet = workbook.sheet(settings.sheet);
        if (sheet.isEmpty()) {
          throw new SheetFailure(
              "file",
              settings.sheet == null
                  ? "the workbook has no worksheet"
                  : "the workbook has no sheet "
                      + Names.quote(settings.sheet)
                      + "; its sheets are "
                      + String.join(", ", workbook.sheetNames()));
        }
        try (Rows rows = sheet.get()) {
          return parser.run(rows);
        }
      }
    } catch (NoSuchFileException e) {
      throw new InvalidSheetException(List.of(Problem.of(name, "no such file")));
    } catch (IOException e) {
      throw new InvalidSheetException(List.of(Problem.of(name, "cannot read: " + e.getMessage())));
    } catch (SheetFailure e) {
      return parser.failure(e);
    }
  }

  static XlsxGuard.Limits xlsxLimits(SheetLimits limits) {
    return new XlsxGuard.Limits(
        limits.maxPartBytes(),
        limits.maxTotalBytes(),
        10_000,
        limits.maxColumns(),
        limits.maxCellLength(),
        limits.maxRows());
  }

  /**
   * Makes a profile id from a person's id as a sheet spells it: folded to lowercase without
   * accents, each run of characters other than a-z and 0-9 made one hyphen, hyphens at either
   * end dropped, and cut to 64 characters. {@code E10442} gives {@code e10442}, {@code E 10442}
   * and {@code E-10442} both give {@code e-10442} (two spellings of one id in a sheet are a
   * problem), {@code Müller, Anna} gives {@code muller-anna}.
   *
   * @param sheetId the id as the sheet spells it
   * @return the profile id, or empty if the text has no letter or digit of a-z and 0-9
   */
  public static Optional<ProfileId> profileId(String sheetId) {
    Objects.requireNonNull(sheetId, "sheetId");
    String folded = Names.fold(sheetId);
    StringBuilder slug = new StringBuilder();
    boolean hyphen = false;
    for (int i = 0; i < folded.length() && slug.length() < 64; i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && slug.length() > 0) {
          slug.append('-');
        }
        hyphen = false;
        if (slug.length() < 64) {
          slug.append(c);
        }
      } else {
        hyphen = true;
      }
    }
    while (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') {
      slug.setLength(slug.length() - 1);
    }
    return slug.length() == 0 ? Optional.empty() : Optional.of(ProfileId.of(slug.toString()));
  }

  @Override
  public String toString() {
    return "RatingsReader[" + catalogue.id() + " " + catalogue.version() + "]";
  }
}
