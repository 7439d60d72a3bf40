package io.github.competency.tabular;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Problem;
import io.github.competency.core.Proficiency;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.ProfileId;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import io.github.competency.core.assess.Evidence;
import io.github.competency.core.assess.Profile;
import io.github.competency.core.assess.RaterKind;
import io.github.competency.core.assess.Rating;
import io.github.competency.tabular.internal.CellCache;
import io.github.competency.tabular.internal.LongTable;
import io.github.competency.tabular.internal.Names;
import io.github.competency.tabular.internal.Rows;
import io.github.competency.tabular.internal.SeenIds;
import io.github.competency.tabular.internal.SheetFailure;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the rows of one ratings sheet into profiles; used once. */
final class RatingsParser {

  /** How people are gathered and passed on. */
  enum Mode {
    /** Every person kept, rows in any order; passed on at the end if nothing is wrong. */
    WHOLE,
    /** As WHOLE, but only to report. */
    CHECK,
    /** One person at a time, rows together. */
    STREAM
  }

  private static final RatingColumn[] FIELDS = RatingColumn.values();
  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  private static final Object NOT_RATED = new Object();

  /** A skill a cell names, with its position in the catalogue. */
  private record SkillCell(SkillId id, int index) {}

  /** A step a cell names, with its position on the scale. */
  private record StepCell(ProficiencyId id, int index) {}

  private static final Map<String, RaterKind> KINDS = new HashMap<>();

  static {
    for (RaterKind kind : RaterKind.values()) {
      KINDS.put(Names.key(kind.label()), kind);
    }
    KINDS.put("selfassessment", RaterKind.SELF);
    KINDS.put("selfrating", RaterKind.SELF);
    KINDS.put("colleague", RaterKind.PEER);
    KINDS.put("linemanager", RaterKind.MANAGER);
    KINDS.put("supervisor", RaterKind.MANAGER);
    KINDS.put("test", RaterKind.ASSESSMENT);
  }

  private final RatingsReader.Settings s;
  private final Catalogue catalogue;
  private final Mode mode;
  private final Consumer<SheetProfile> sink;

  private final List<Problem> problems = new ArrayList<>();
  private long problemCount;
  private boolean failed;
  private long rows;
  private long people;
  private long ratings;
  private long setAside;
  private final List<String> setAsideIds = new ArrayList<>();
  private Layout layout;
  private final Map<String, String> columns = new LinkedHashMap<>();

  private final int[] column = new int[FIELDS.length];
  private SkillId[] skillAt = new SkillId[0];
  private int[] skillIndexAt = new int[0];
  private boolean[] unnamedAt = new boolean[0];
  private boolean[] unnamedReported = new boolean[0];
  private int width;

  private final Map<String, ProficiencyId> stepsByKey = new HashMap<>();
  private final Map<SkillId, Integer> skillOrdinal = new HashMap<>();
  private final Map<ProficiencyId, Integer> stepPosition = new HashMap<>();
  private static final int MAX_SHARED = 1 << 16;
  private final LongTable<Rating> shared = new LongTable<>(MAX_SHARED);
  private final Map<String, RoleId> rolesByKey = new HashMap<>();
  private final List<String> skillNames = new ArrayList<>();
  private final List<Skill> skillOfName = new ArrayList<>();
  private final CellCache<Object> skillCells;
  private final CellCache<Object> stepCells;
  private final CellCache<Object> kindCells;
  private final CellCache<Object> roleCells;
  private final CellCache<Object> dateCells;

  private Person current;
  private boolean badDate;

  /** Whether skill i (in catalogue order) is defined at step j (in scale order). */
  private final boolean[][] definedAt;

  private Rows rows0;
  private final Map<String, Person> byId = new LinkedHashMap<>();
  private final SeenIds seen = new SeenIds();

  RatingsParser(
      RatingsReader.Settings settings,
      Catalogue catalogue,
      Mode mode,
      Consumer<SheetProfile> sink) {
    this.s = settings;
    this.catalogue = catalogue;
    this.mode = mode;
    this.sink = sink;
    for (Proficiency step : catalogue.scale()) {
      stepsByKey.putIfAbsent(Names.key(step.id().value()), step.id());
      stepPosition.put(step.id(), stepPosition.size());
    }
    for (Proficiency step : catalogue.scale()) {
      stepsByKey.putIfAbsent(Names.key(step.name()), step.id());
    }
    for (Role role : catalogue.roles()) {
      rolesByKey.putIfAbsent(Names.key(role.id().value()), role.id());
    }
    for (Role role : catalogue.roles()) {
      rolesByKey.putIfAbsent(Names.key(role.title()), role.id());
    }
    for (Skill skill : catalogue.skills()) {
      skillOrdinal.put(skill.id(), skillOrdinal.size());
      skillNames.add(skill.name());
      skillOfName.add(skill);
      for (String alias : skill.aliases()) {
        skillNames.add(alias);
        skillOfName.add(skill);
      }
      skillNames.add(skill.id().value());
      skillOfName.add(skill);
    }
    definedAt = new boolean[catalogue.skills().size()][catalogue.scale().size()];
    for (int i = 0; i < catalogue.skills().size(); i++) {
      for (int j = 0; j < catalogue.scale().size(); j++) {
        definedAt[i][j] = catalogue.skills().get(i).isDefinedAt(catalogue.scale().get(j).id());
      }
    }
    skillCells = new CellCache<>(this::skill);
    stepCells = new CellCache<>(this::step);
    kindCells = new CellCache<>(this::kind);
    roleCells = new CellCache<>(this::role);
    dateCells = new CellCache<>(this::date);
    Arrays.fill(column, -1);
  }

  boolean failed() {
    return failed;
  }

  // ---------------------------------------------------------------- problems

  private void problem(String where, String message) {
    problemCount++;
    if (problems.size() < s.limits.maxProblems()) {
      problems.add(Problem.of(where, message));
    }
  }

  /** A failure that ends reading: reported with what was found so far. */
  SheetSummary failure(SheetFailure e) {
    failed = true;
    problemCount++;
    if (problems.size() < s.limits.maxProblems()) {
      problems.add(e.problem());
    }
    return summary();
  }

  private SheetSummary summary() {
    return new SheetSummary(
        layout == null ? Layout.LONG : layout,
        Collections.unmodifiableMap(new LinkedHashMap<>(columns)),
        rows,
        people,
        ratings,
        setAside,
        setAsideIds,
        problems,
        problemCount);
  }

  // ---------------------------------------------------------------- the sheet

  SheetSummary run(Rows sheet) {
    this.rows0 = sheet;
    if (!sheet.next()) {
      problem("file", "the sheet is empty: it needs a header row and rows of ratings");
      return summary();
    }
    if (!header(sheet)) {
      return summary();
    }
    while (sheet.next()) {
      rows++;
      if (layout == Layout.LONG) {
        longRow(sheet);
      } else {
        wideRow(sheet);
      }
    }
    if (mode == Mode.STREAM) {
      if (current != null) {
        finish(current);
      }
    } else {
      finishAll();
    }
    if (rows == 0) {
      problem(sheet.whereRow(), "the sheet has a header but no rows of ratings");
    }
    return summary();
  }

  // ---------------------------------------------------------------- the header

  private boolean header(Rows sheet) {
    width = sheet.width();
    String[] keys = new String[width];
    for (int i = 0; i < width; i++) {
      keys[i] = Names.key(sheet.text(i));
    }
    boolean[] used = new boolean[width];
    long before = problemCount;
    for (Map.Entry<RatingColumn, String> given : s.columns.entrySet()) {
      String key = Names.key(given.getValue());
      int at = find(keys, used, key);
      if (at < 0) {
        problem(
            sheet.whereRow(),
            "no column "
                + Names.quote(given.getValue())
                + " for "
                + given.getKey().headers().get(0)
                + ", as the mapping says; the columns are "
                + headers(sheet));
      } else {
        column[given.getKey().ordinal()] = at;
        used[at] = true;
      }
    }
    for (RatingColumn field : FIELDS) {
      if (column[field.ordinal()] >= 0 || s.columns.containsKey(field)) {
        continue;
      }
      for (String header : field.headers()) {
        int at = find(keys, used, Names.key(header));
        if (at >= 0) {
          column[field.ordinal()] = at;
          used[at] = true;
          break;
        }
      }
    }
    // a second column with a field's header is a mistake, not a second source
    for (RatingColumn field : FIELDS) {
      int first = column[field.ordinal()];
      if (first < 0) {
        continue;
      }
      for (int i = 0; i < width; i++) {
        if (i != first && !used[i] && keys[i].equals(keys[first])) {
          problem(
              sheet.where(i),
              "a second "
                  + field.headers().get(0)
                  + " column (the first is column "
                  + Names.column(first)
                  + "); delete one of them");
          used[i] = true;
        }
      }
    }
    layout = s.layout;
    if (layout == null) {
      layout =
          column[RatingColumn.SKILL.ordinal()] >= 0 && column[RatingColumn.RATING.ordinal()] >= 0
              ? Layout.LONG
              : Layout.WIDE;
    }
    if (layout == Layout.WIDE) {
      for (RatingColumn longOnly :
          new RatingColumn[] {
            RatingColumn.SKILL,
            RatingColumn.RATING,
            RatingColumn.EVIDENCE,
            RatingColumn.EVIDENCE_URL
          }) {
        int at = column[longOnly.ordinal()];
        if (at >= 0 && !s.columns.containsKey(longOnly)) {
          used[at] = false; // perhaps a skill
          column[longOnly.ordinal()] = -1;
        } else if (at >= 0) {
          problem(
              sheet.where(at),
              "a wide sheet has no "
                  + longOnly.headers().get(0)
                  + " column: each skill has its own column");
          column[longOnly.ordinal()] = -1;
        }
      }
    }
    skillAt = new SkillId[width];
    skillIndexAt = new int[width];
    unnamedAt = new boolean[width];
    unnamedReported = new boolean[width];
    Map<SkillId, Integer> skillColumn = new HashMap<>();
    for (int i = 0; i < width; i++) {
      if (used[i]) {
        continue;
      }
      if (keys[i].isEmpty()) {
        unnamedAt[i] = true;
        continue;
      }
      if (s.ignored.contains(keys[i])) {
        continue;
      }
      if (layout == Layout.WIDE) {
        SkillId mapped = s.skillColumns.get(keys[i]);
        Object skill =
            mapped != null ? new SkillCell(mapped, skillOrdinal.get(mapped)) : skill(sheet.text(i));
        if (skill instanceof SkillCell cell) {
          SkillId id = cell.id();
          Integer first = skillColumn.putIfAbsent(id, i);
          if (first != null) {
            problem(
                sheet.where(i),
                "a second column for skill "
                    + Names.quote(catalogue.get(id).name())
                    + " (the first is column "
                    + Names.column(first)
                    + "); keep one column per skill");
          } else {
            skillAt[i] = id;
            skillIndexAt[i] = cell.index();
          }
        } else {
          problem(sheet.where(i), "column " + skill + "; or ignore the column");
        }
      } else {
        List<String> known = new ArrayList<>();
        for (RatingColumn field : FIELDS) {
          known.add(field.headers().get(0));
        }
        int near = Names.closestIndex(sheet.text(i), allHeaders());
        problem(
            sheet.where(i),
            "unknown column "
                + Names.quote(sheet.text(i))
                + (near >= 0 ? " (did you mean " + Names.quote(allHeaders().get(near)) + "?)" : "")
                + "; the columns of a ratings sheet are "
                + String.join(", ", known)
                + "; ignore other columns in the mapping");
      }
    }
    if (column[RatingColumn.PERSON_ID.ordinal()] < 0
        && column[RatingColumn.PERSON_NAME.ordinal()] >= 0) {
      column[RatingColumn.PERSON_ID.ordinal()] = column[RatingColumn.PERSON_NAME.ordinal()];
    }
    if (column[RatingColumn.PERSON_ID.ordinal()] < 0) {
      problem(
          sheet.whereRow(),
          "no person column: give the sheet a column headed 'person id' (or 'employee id', 'name',"
              + " ...), or name it in the mapping; the columns are "
              + headers(sheet));
    }
    if (layout == Layout.LONG) {
      for (RatingColumn needed : new RatingColumn[] {RatingColumn.SKILL, RatingColumn.RATING}) {
        if (column[needed.ordinal()] < 0) {
          problem(
              sheet.whereRow(),
              "no "
                  + needed.headers().get(0)
                  + " column: a long sheet has a skill and a rating in each row; the columns are "
                  + headers(sheet));
        }
      }
    } else if (skillColumn.isEmpty() && problemCount == before) {
      problem(
          sheet.whereRow(),
          "no skill column and no skill and rating columns: the columns are " + headers(sheet));
    }
    if (column[RatingColumn.DATE.ordinal()] < 0 && s.assessedOn == null) {
      problem(
          sheet.whereRow(),
          "no date column: add one, or give the day of the assessment (assessed-on in the"
              + " mapping, --assessed-on on the command line)");
    }
    describe(sheet);
    return problemCount == before;
  }

  private List<String> allHeaders() {
    List<String> all = new ArrayList<>();
    for (RatingColumn field : FIELDS) {
      all.addAll(field.headers());
    }
    return all;
  }

  private void describe(Rows sheet) {
    String[] what = new String[width];
    for (RatingColumn field : FIELDS) {
      int at = column[field.ordinal()];
      if (at >= 0 && what[at] == null) {
        what[at] = field.headers().get(0);
      }
    }
    for (int i = 0; i < width; i++) {
      if (what[i] == null) {
        what[i] =
            skillAt[i] != null ? "skill " + skillAt[i] : unnamedAt[i] ? "no header" : "ignored";
      }
      columns.put(Names.column(i), what[i]);
    }
  }

  private static int find(String[] keys, boolean[] used, String key) {
    for (int i = 0; i < keys.length; i++) {
      if (!used[i] && keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  private String headers(Rows sheet) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      names.add(Names.quote(sheet.text(i)));
    }
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  // ---------------------------------------------------------------- meanings of cells

  /** A skill, or the text of a problem. */
  private Object skill(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return "has no skill";
    }
    SkillId byId = null;
    try {
      byId = SkillId.of(trimmed);
    } catch (IllegalArgumentException notAnId) {
      // a name, then
    }
    if (byId != null && catalogue.find(byId).isPresent()) {
      return new SkillCell(byId, skillOrdinal.get(byId));
    }
    Optional<Skill> byName = catalogue.findSkillByName(trimmed);
    if (byName.isPresent()) {
      return new SkillCell(byName.get().id(), skillOrdinal.get(byName.get().id()));
    }
    int near = Names.closestIndex(trimmed, skillNames);
    return Names.quote(trimmed)
        + " is not a skill of catalogue '"
        + catalogue.id()
        + "'"
        + (near >= 0 ? "; did you mean " + Names.quote(skillOfName.get(near).name()) + "?" : "")
        + " (skills are found by id, name or alias)";
  }

  /** A step, NOT_RATED, or the text of a problem. */
  private Object step(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return NOT_RATED;
    }
    String key = RatingsReader.cellKey(trimmed);
    Optional<ProficiencyId> given = s.ratingTexts.get(key);
    BigDecimal number = number(trimmed);
    if (given == null && number != null) {
      given = s.ratingTexts.get(Names.key(plain(number)));
    }
    if (given != null) {
      return given.isPresent()
          ? new StepCell(given.get(), stepPosition.get(given.get()))
          : NOT_RATED;
    }
    ProficiencyId step = stepsByKey.get(key);
    List<Proficiency> scale = catalogue.scale();
    if (step == null && number != null) {
      int last = s.firstNumber + scale.size() - 1;
      BigDecimal first = BigDecimal.valueOf(s.firstNumber);
      if (number.stripTrailingZeros().scale() > 0) {
        return "rating "
            + Names.quote(trimmed)
            + " is not a whole number; ratings are numbers from "
            + s.firstNumber
            + " to "
            + last
            + " or steps of the scale ("
            + stepNames()
            + ")";
      }
      BigDecimal index = number.subtract(first);
      if (index.signum() < 0 || index.compareTo(BigDecimal.valueOf(scale.size())) >= 0) {
        return "rating "
            + Names.quote(trimmed)
            + " is outside the scale: numbers run from "
            + s.firstNumber
            + " ("
            + scale.get(0).name()
            + ") to "
            + last
            + " ("
            + scale.get(scale.size() - 1).name()
            + ")";
      }
      step = scale.get(index.intValueExact()).id();
    }
    if (step != null) {
      return new StepCell(step, stepPosition.get(step));
    }
    {
      List<String> names = new ArrayList<>();
      for (Proficiency p : scale) {
        names.add(p.name());
      }
      for (Proficiency p : scale) {
        names.add(p.id().value());
      }
      int near = Names.closestIndex(trimmed, names);
      return "unknown rating "
          + Names.quote(trimmed)
          + (near >= 0
              ? " (did you mean " + Names.quote(scale.get(near % scale.size()).name()) + "?)"
              : "")
          + "; a rating is a step of the scale ("
          + stepNames()
          + ") or a number from "
          + s.firstNumber
          + " to "
          + (s.firstNumber + scale.size() - 1);
    }
  }

  private String stepNames() {
    return catalogue.scale().stream().map(Proficiency::name).collect(Collectors.joining(", "));
  }

  private static BigDecimal number(String text) {
    if (text.isEmpty() || text.length() > 20) {
      return null;
    }
    char c = text.charAt(0);
    if (!(c == '-' || c == '+' || (c >= '0' && c <= '9'))) {
      return null;
    }
    try {
      return new BigDecimal(text.replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String plain(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
  }

  /** A rater kind, or the text of a problem. */
  private Object kind(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return s.raterKind;
    }
    RaterKind kind = s.raterTexts.get(RatingsReader.cellKey(trimmed));
    if (kind == null) {
      kind = KINDS.get(Names.key(trimmed));
    }
    if (kind != null) {
      return kind;
    }
    return "unknown kind of rater "
        + Names.quote(trimmed)
        + "; raters are self, peer, manager or assessment";
  }

  /** A role's id, or the text of a problem. */
  private Object role(String text) {
    String trimmed = text.strip();
    RoleId role = rolesByKey.get(Names.key(trimmed));
    if (role != null) {
      return role;
    }
    List<String> titles = new ArrayList<>();
    for (Role r : catalogue.roles()) {
      titles.add(r.title());
    }
    int near = Names.closestIndex(trimmed, titles);
    return "unknown role "
        + Names.quote(trimmed)
        + (near >= 0 ? " (did you mean " + Names.quote(titles.get(near)) + "?)" : "")
        + "; roles are found by id or title: "
        + String.join(", ", titles);
  }

  /** A day, or the text of a problem. */
  private Object date(String text) {
    String trimmed = text.strip();
    if (s.dateFormat != null) {
      try {
        return LocalDate.parse(trimmed, s.dateFormat);
      } catch (DateTimeParseException e) {
        // ISO below
      }
    }
    String iso = trimmed;
    if (iso.length() > 10 && (iso.charAt(10) == 'T' || iso.charAt(10) == ' ')) {
      iso = iso.substring(0, 10);
    }
    try {
      return LocalDate.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      // dotted below
    }
    Matcher dotted = DOTTED.matcher(trimmed);
    if (dotted.matches()) {
      try {
        return LocalDate.of(
            Integer.parseInt(dotted.group(3)),
            Integer.parseInt(dotted.group(2)),
            Integer.parseInt(dotted.group(1)));
      } catch (java.time.DateTimeException e) {
        return Names.quote(trimmed) + " is not a day of the calendar";
      }
    }
    return Names.quote(trimmed)
        + " is not a date; write dates as 2026-11-30 or 30.11.2026"
        + (s.datePattern == null
            ? ", or give the sheet's format (date-format in the mapping, such as dd/MM/yyyy)"
            : " or as " + s.datePattern);
  }

  // ---------------------------------------------------------------- rows

  private void longRow(Rows sheet) {
    Person person = person(sheet);
    if (person == null) {
      return;
    }
    int skillColumn = column[RatingColumn.SKILL.ordinal()];
    int ratingColumn = column[RatingColumn.RATING.ordinal()];
    Object skill = skillCells.get(sheet, skillColumn);
    Object step = stepCells.get(sheet, ratingColumn);
    if (step == NOT_RATED) {
      if (!(skill instanceof SkillCell) && !sheet.isBlank(skillColumn)) {
        person.problem(sheet.where(skillColumn), String.valueOf(skill));
      }
      return;
    }
    boolean good = true;
    if (!(skill instanceof SkillCell)) {
      person.problem(sheet.where(skillColumn), String.valueOf(skill));
      good = false;
    }
    if (!(step instanceof StepCell)) {
      person.problem(sheet.where(ratingColumn), String.valueOf(step));
      good = false;
    }
    RaterKind kind = kind(sheet);
    LocalDate date = day(sheet);
    Evidence evidence = evidence(sheet, person);
    if (good && kind != null && !badDate) {
      SkillCell rated = (SkillCell) skill;
      StepCell reached = (StepCell) step;
      rate(
          person,
          sheet,
          ratingColumn,
          rated.id(),
          rated.index(),
          reached.id(),
          reached.index(),
          kind,
          date,
          evidence);
    }
  }

  private void wideRow(Rows sheet) {
    Person person = person(sheet);
    if (person == null) {
      return;
    }
    RaterKind kind = kind(sheet);
    LocalDate date = day(sheet);
    if (badDate) {
      kind = null;
    }
    for (int i = 0; i < sheet.width(); i++) {
      if (i < width && skillAt[i] != null) {
        Object step = stepCells.get(sheet, i);
        if (step == NOT_RATED) {
          continue;
        }
        if (!(step instanceof StepCell reached)) {
          person.problem(sheet.where(i), String.valueOf(step));
        } else if (kind != null) {
          rate(
              person,
              sheet,
              i,
              skillAt[i],
              skillIndexAt[i],
              reached.id(),
              reached.index(),
              kind,
              date,
              null);
        }
      } else {
        unnamed(sheet, i);
      }
    }
  }

  private void unnamed(Rows sheet, int i) {
    if ((i >= width || unnamedAt[i]) && !sheet.isBlank(i)) {
      int at = Math.min(i, unnamedReported.length);
      if (at < unnamedReported.length && unnamedReported[at]) {
        return;
      }
      if (at < unnamedReported.length) {
        unnamedReported[at] = true;
      } else {
        unnamedReported = Arrays.copyOf(unnamedReported, unnamedReported.length + 1);
        unnamedReported[unnamedReported.length - 1] = true;
      }
      problem(
          sheet.where(i),
          "a value in column "
              + Names.column(i)
              + ", which has no header; give the column a header, or delete it");
    }
  }

  private void rate(
      Person person,
      Rows sheet,
      int at,
      SkillId skill,
      int skillIndex,
      ProficiencyId step,
      int stepIndex,
      RaterKind kind,
      LocalDate date,
      Evidence evidence) {
    if (!definedAt[skillIndex][stepIndex]) {
      Skill known = catalogue.get(skill);
      person.problem(
          sheet.where(at),
          Names.quote(catalogue.get(step).name())
              + " is not a step of skill "
              + Names.quote(known.name())
              + ", which is described at "
              + known.definedAt().stream()
                  .map(id -> catalogue.get(id).name())
                  .collect(Collectors.joining(", ")));
      return;
    }
    person.add(
        rating(skill, skillIndex, step, stepIndex, kind, date, evidence),
        sheet.number(),
        at,
        skillIndex,
        date);
  }

  /**
   * A rating, shared between the rows that rate the same skill at the same step by the same kind
   * of rater on the same day without evidence: ratings are immutable values, and a sheet of a
   * million rows has far fewer distinct ones.
   */
  private Rating rating(
      SkillId skill,
      int ordinal,
      ProficiencyId step,
      int position,
      RaterKind kind,
      LocalDate date,
      Evidence evidence) {
    long day = date == null ? 0 : date.toEpochDay() + (1L << 24);
    boolean shareable =
        evidence == null
            && day >= 0
            && day < (1L << 25)
            && ordinal < (1 << 20)
            && position < (1 << 8);
    long key = 0;
    if (shareable) {
      key = ((long) ordinal << 36) | ((long) position << 28) | ((long) kind.ordinal() << 25) | day;
      Rating known = shared.get(key);
      if (known != null
          && known.skill().equals(skill)
          && known.proficiency().equals(step)
          && known.rater() == kind
          && known.date().equals(Optional.ofNullable(date))) {
        return known;
      }
    }
    Rating.Builder rating = Rating.builder().skill(skill).proficiency(step).rater(kind);
    if (date != null) {
      rating.date(date);
    }
    if (evidence != null) {
      rating.evidence(evidence);
    }
    Rating built = rating.build();
    if (shareable) {
      shared.put(key, built);
    }
    return built;
  }

  private RaterKind kind(Rows sheet) {
    int at = column[RatingColumn.RATER_KIND.ordinal()];
    if (at < 0) {
      return s.raterKind;
    }
    Object kind = kindCells.get(sheet, at);
    if (kind instanceof RaterKind k) {
      return k;
    }
    current.problem(sheet.where(at), String.valueOf(kind));
    return null;
  }

  private LocalDate day(Rows sheet) {
    badDate = false;
    int at = column[RatingColumn.DATE.ordinal()];
    if (at < 0) {
      return null;
    }
    LocalDate typed = sheet.date(at);
    if (typed != null) {
      return typed;
    }
    BigDecimal serial = sheet.number(at);
    if (serial != null) {
      if (serial.signum() > 0 && serial.compareTo(BigDecimal.valueOf(2_958_465)) <= 0) {
        return EXCEL_EPOCH.plusDays(serial.longValue());
      }
      current.problem(sheet.where(at), Names.quote(sheet.text(at)) + " is not a date");
      badDate = true;
      return null;
    }
    if (sheet.isBlank(at)) {
      return null;
    }
    Object date = dateCells.get(sheet, at);
    if (date instanceof LocalDate day) {
      return day;
    }
    current.problem(sheet.where(at), String.valueOf(date));
    badDate = true;
    return null;
  }

  private Evidence evidence(Rows sheet, Person person) {
    int textAt = column[RatingColumn.EVIDENCE.ordinal()];
    int uriAt = column[RatingColumn.EVIDENCE_URL.ordinal()];
    String text = textAt < 0 || sheet.isBlank(textAt) ? "" : sheet.text(textAt).strip();
    String uri = uriAt < 0 || sheet.isBlank(uriAt) ? "" : sheet.text(uriAt).strip();
    if (text.isEmpty() && uri.isEmpty()) {
      return null;
    }
    if (text.isEmpty()) {
      person.problem(
          sheet.where(uriAt),
          "evidence address without a text: say in the evidence column what it shows");
      return null;
    }
    int surrogate = unpairedSurrogate(text);
    if (surrogate >= 0) {
      person.problem(sheet.where(textAt), unpaired(text, surrogate));
      return null;
    }
    if (text.length() > Evidence.MAX_TEXT_LENGTH) {
      person.problem(
          sheet.where(textAt),
          "the evidence has "
              + text.length()
              + " characters; evidence is a short text of at most "
              + Evidence.MAX_TEXT_LENGTH
              + " characters, with a link to more");
      return null;
    }
    if (uri.isEmpty()) {
      return Evidence.of(text);
    }
    try {
      URI address = new URI(uri);
      if (!address.isAbsolute()) {
        throw new URISyntaxException(uri, "no scheme");
      }
      return Evidence.of(text, address);
    } catch (URISyntaxException e) {
      person.problem(
          sheet.where(uriAt),
          Names.quote(uri) + " is not an absolute address such as https://example.org/review");
      return null;
    }
  }

  /** The index of the first unpaired surrogate, which no Unicode encoding carries; or -1. */
  private static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static String unpaired(String text, int at) {
    return String.format(
        Locale.ROOT,
        "the text has an unpaired surrogate U+%04X at index %d; texts must be well-formed Unicode",
        (int) text.charAt(at),
        at);
  }

  // ---------------------------------------------------------------- people

  /** The person of the current row, new or not; null if the row names no one. */
  private Person person(Rows sheet) {
    int idAt = column[RatingColumn.PERSON_ID.ordinal()];
    if (current != null && sheet.textEquals(idAt, current.raw)) {
      current.rows++;
      person(sheet, current);
      return current;
    }
    String raw = sheet.text(idAt);
    String id = raw.strip();
    if (id.isEmpty()) {
      problem(sheet.where(idAt), "no person in this row: give the person's id");
      current = null;
      return null;
    }
    if (mode == Mode.STREAM) {
      if (current != null && current.sheetId.equals(id)) {
        current.rows++;
        person(sheet, current);
        return current;
      }
      if (current != null) {
        finish(current);
      }
      current = new Person(id, raw, sheet.whereRow(), sheet.number());
    } else {
      Person known = byId.get(id);
      if (known == null) {
        known = new Person(id, raw, sheet.whereRow(), sheet.number());
        byId.put(id, known);
      }
      current = known;
    }
    current.rows++;
    person(sheet, current);
    return current;
  }

  /** Name and role, which must be the same on each of a person's rows. */
  private void person(Rows sheet, Person person) {
    int nameAt = column[RatingColumn.PERSON_NAME.ordinal()];
    if (nameAt >= 0 && nameAt != column[RatingColumn.PERSON_ID.ordinal()]) {
      if (person.name == null || !sheet.textEquals(nameAt, person.nameRaw)) {
        String raw = sheet.text(nameAt);
        String name = raw.strip();
        if (!name.isEmpty()) {
          int surrogate = unpairedSurrogate(name);
          if (surrogate >= 0) {
            person.problem(sheet.where(nameAt), unpaired(name, surrogate));
          } else if (person.name == null) {
            person.name = name;
            person.nameRaw = raw.toCharArray();
            person.nameWhere = sheet.where(nameAt);
          } else if (!person.name.equals(name)) {
            person.problem(
                sheet.where(nameAt),
                "the name "
                    + Names.quote(name)
                    + " differs from "
                    + Names.quote(person.name)
                    + " at "
                    + person.nameWhere
                    + "; give a person one name");
          }
        }
      }
    }
    int roleAt = column[RatingColumn.ROLE.ordinal()];
    if (roleAt >= 0 && person.roleRaw != null && sheet.textEquals(roleAt, person.roleRaw)) {
      return;
    }
    if (roleAt >= 0 && !sheet.isBlank(roleAt)) {
      Object role = roleCells.get(sheet, roleAt);
      if (!(role instanceof RoleId id)) {
        person.problem(sheet.where(roleAt), String.valueOf(role));
      } else if (person.role == null) {
        person.role = id;
        person.roleRaw = sheet.text(roleAt).toCharArray();
        person.roleWhere = sheet.where(roleAt);
      } else if (!person.role.equals(id)) {
        person.problem(
            sheet.where(roleAt),
            "the role "
                + Names.quote(catalogue.get(id).title())
                + " differs from "
                + Names.quote(catalogue.get(person.role).title())
                + " at "
                + person.roleWhere
                + "; give a person one role");
      }
    }
  }

  private void finishAll() {
    Map<ProfileId, Person> byProfile = new HashMap<>();
    for (Person person : byId.values()) {
      Optional<ProfileId> id = person.profileId();
      if (id.isPresent()) {
        Person other = byProfile.putIfAbsent(id.get(), person);
        if (other != null) {
          person.problem(
              person.where,
              "the person ids "
                  + Names.quote(other.sheetId)
                  + " ("
                  + other.where
                  + ") and "
                  + Names.quote(person.sheetId)
                  + " both give the profile id '"
                  + id.get()
                  + "'; spell each person's id one way");
        }
      }
    }
    List<SheetProfile> made = new ArrayList<>();
    for (Person person : byId.values()) {
      SheetProfile profile = build(person);
      if (profile != null) {
        made.add(profile);
      }
    }
    if (mode == Mode.WHOLE && problemCount == 0) {
      made.forEach(sink);
    }
  }

  private void finish(Person person) {
    Optional<ProfileId> id = person.profileId();
    if (id.isPresent()) {
      long earlier =
          seen.add(SeenIds.hash(id.get().value()), SeenIds.hash(person.sheetId), person.line);
      if (earlier > 0) {
        person.problem(
            person.where,
            "the rows of person "
                + Names.quote(person.sheetId)
                + " are not together: they start at line or row "
                + earlier
                + " and again here; sort the sheet by person, or read it whole");
      } else if (earlier < 0) {
        person.problem(
            person.where,
            "the person id "
                + Names.quote(person.sheetId)
                + " gives the profile id '"
                + id.get()
                + "', as another id spelled differently at line or row "
                + (-earlier)
                + " does; spell each person's id one way");
      }
    }
    SheetProfile profile = build(person);
    if (profile != null) {
      sink.accept(profile);
    }
  }

  /** The person's profile, or null with the person set aside. */
  private SheetProfile build(Person person) {
    Optional<ProfileId> id = person.profileId();
    if (id.isEmpty()) {
      person.problem(
          person.where,
          "the person id "
              + Names.quote(person.sheetId)
              + " has no letter or digit of a-z and 0-9 to make a profile id from");
    }
    LocalDate assessedOn = person.latest != null ? person.latest : s.assessedOn;
    if (assessedOn == null && !person.ratings.isEmpty()) {
      person.problem(
          person.where,
          "no date for the ratings of "
              + Names.quote(person.sheetId)
              + ": fill the date column, or give the day of the assessment (assessed-on)");
    }
    if (assessedOn != null) {
      duplicates(person, assessedOn);
    }
    Profile profile = null;
    if (!person.bad && id.isPresent()) {
      Profile.Builder builder =
          Profile.builder()
              .id(id.get())
              .catalogue(catalogue.id())
              .catalogueVersion(catalogue.version())
              .assessedOn(assessedOn == null ? LocalDate.EPOCH : assessedOn)
              .ratings(person.ratings);
      if (person.name != null) {
        builder.name(person.name);
      }
      if (person.role != null) {
        builder.role(person.role);
      }
      profile = builder.build();
    }
    if (person.bad || profile == null) {
      setAside++;
      if (setAsideIds.size() < s.limits.maxProblems()) {
        setAsideIds.add(person.sheetId);
      }
      return null;
    }
    people++;
    ratings += person.ratings.size();
    return new SheetProfile(profile, person.sheetId, person.where);
  }

  /**
   * Reports a second rating of a skill by the same kind of rater on the same day. Each rating
   * becomes one number (skill, rater, day) and the numbers are sorted, so that a person's ratings
   * cost a sort; only a person with a repeated number is looked at rating by rating, by value.
   */
  private void duplicates(Person person, LocalDate assessedOn) {
    List<Rating> all = person.ratings;
    long[] keys = new long[all.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = key(person.ratingSkills[i], all.get(i), assessedOn);
    }
    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    boolean repeated = false;
    for (int i = 1; i < sorted.length && !repeated; i++) {
      repeated = sorted[i] == sorted[i - 1];
    }
    if (!repeated) {
      return;
    }
    Map<List<Object>, Integer> first = new HashMap<>();
    for (int i = 0; i < keys.length; i++) {
      Rating rating = all.get(i);
      Integer earlier =
          first.putIfAbsent(
              List.of(rating.skill(), rating.rater(), rating.date().orElse(assessedOn)), i);
      if (earlier != null) {
        person.problem(
            person.where(i),
            "a second rating of "
                + Names.quote(catalogue.get(rating.skill()).name())
                + " by "
                + rating.rater().label()
                + " on "
                + rating.date().orElse(assessedOn)
                + " (the first is at "
                + person.where(earlier)
                + "); keep one rating per skill, rater and day");
      }
    }
  }

  /** A rating's skill, rater and day as one number. */
  private static long key(int skillIndex, Rating rating, LocalDate assessedOn) {
    long skill = skillIndex;
    long day = rating.date().orElse(assessedOn).toEpochDay() & 0xFFFFFFFFL;
    return (skill << 36) | ((long) rating.rater().ordinal() << 32) | day;
  }

  /** One person's rows so far. */
  private final class Person {
    final String sheetId;
    final char[] raw;
    final String where;
    final long line;
    long rows;
    String name;
    char[] nameRaw;
    char[] roleRaw;
    String nameWhere;
    RoleId role;
    String roleWhere;
    LocalDate latest;
    boolean bad;
    final List<Rating> ratings = new ArrayList<>();
    private long[] ratingRows = new long[32];
    private int[] ratingColumns = new int[32];
    private int[] ratingSkills = new int[32];

    Person(String sheetId, String raw, String where, long line) {
      this.sheetId = sheetId;
      this.raw = raw.toCharArray();
      this.where = where;
      this.line = line;
    }

    private Optional<ProfileId> profileId;

    Optional<ProfileId> profileId() {
      if (profileId == null) {
        profileId = RatingsReader.profileId(sheetId);
      }
      return profileId;
    }

    void problem(String at, String message) {
      bad = true;
      RatingsParser.this.problem(at, message);
    }

    /** Where rating i's cell is. */
    String where(int i) {
      return rows0.where(ratingRows[i], ratingColumns[i]);
    }

    void add(Rating rating, long row, int column, int skill, LocalDate date) {
      int i = ratings.size();
      if (i == ratingRows.length) {
        ratingRows = Arrays.copyOf(ratingRows, i * 2);
        ratingColumns = Arrays.copyOf(ratingColumns, i * 2);
        ratingSkills = Arrays.copyOf(ratingSkills, i * 2);
      }
      ratingRows[i] = row;
      ratingColumns[i] = column;
      ratingSkills[i] = skill;
      ratings.add(rating);
      if (date != null && (latest == null || date.isAfter(latest))) {
        latest = date;
      }
    }
  }
}
