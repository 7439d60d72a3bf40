package io.github.competency.tabular;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueId;
import io.github.competency.core.Category;
import io.github.competency.core.CategoryId;
import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.Family;
import io.github.competency.core.FamilyId;
import io.github.competency.core.GroupId;
import io.github.competency.core.Importance;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Level;
import io.github.competency.core.LevelId;
import io.github.competency.core.Problem;
import io.github.competency.core.Proficiency;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.Reference;
import io.github.competency.core.Requirement;
import io.github.competency.core.Responsibility;
import io.github.competency.core.ResponsibilityId;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import io.github.competency.core.Source;
import io.github.competency.tabular.internal.CsvOut;
import io.github.competency.tabular.internal.Names;
import io.github.competency.tabular.internal.Rows;
import io.github.competency.tabular.internal.SheetFailure;
import io.github.competency.tabular.internal.XlsxOut;
import io.github.competency.tabular.internal.XlsxRows;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A catalogue as a workbook an HR team edits and returns, and back: every field of the catalogue
 * has its cell, so that writing a catalogue and reading the workbook gives an equal catalogue.
 *
 * <pre>{@code
 * CatalogueWorkbook workbook = CatalogueWorkbook.defaults();
 * try (OutputStream out = Files.newOutputStream(Path.of("catalogue.xlsx"))) {
 *   workbook.write(catalogue, out);
 * }
 * Catalogue edited = workbook.read(Path.of("catalogue.xlsx"));
 * }</pre>
 *
 * <h2>The sheets</h2>
 *
 * <table>
 *   <caption>The sheets of a catalogue workbook, in order</caption>
 *   <tr><th>sheet</th><th>a row per</th><th>columns</th></tr>
 *   <tr><td>Catalogue</td><td>field</td><td>field, value: id, version, title, language,
 *       description and the source</td></tr>
 *   <tr><td>Scale</td><td>step</td><td>id, name, rank, description</td></tr>
 *   <tr><td>Levels</td><td>level</td><td>id, name, rank, summary</td></tr>
 *   <tr><td>Families</td><td>family</td><td>id, name, description</td></tr>
 *   <tr><td>Categories</td><td>category</td><td>id, name, description</td></tr>
 *   <tr><td>Skills</td><td>skill</td><td>id, name, category, description, defined at, source
 *       (six columns)</td></tr>
 *   <tr><td>Aliases</td><td>alias</td><td>skill, alias</td></tr>
 *   <tr><td>Behaviours</td><td>skill</td><td>skill, then one column per step of the scale: what a
 *       person at that step does</td></tr>
 *   <tr><td>References</td><td>reference</td><td>item (skill or role), id, scheme, code, rank,
 *       url</td></tr>
 *   <tr><td>Responsibilities</td><td>responsibility</td><td>id, title, area, description,
 *       skills, source</td></tr>
 *   <tr><td>Indicators</td><td>indicator</td><td>responsibility, indicator</td></tr>
 *   <tr><td>Roles</td><td>role</td><td>id, title, family, level, summary, responsibilities,
 *       progresses to, source</td></tr>
 *   <tr><td>Collaborators</td><td>collaborator</td><td>role, collaborator</td></tr>
 *   <tr><td>Matrix</td><td>skill</td><td>skill, name, then one column per role: the step the role
 *       requires, followed by "(optional)" for an optional requirement or by "(in group-id)" for an
 *       option of one of the role's choice groups; blank where the role does not require the
 *       skill</td></tr>
 *   <tr><td>Requirements</td><td>requirement</td><td>role, skill, weight, note: the order of each
 *       role's requirements and of each group's options, and their weights and notes</td></tr>
 *   <tr><td>Groups</td><td>choice group</td><td>role, id, title, at least, importance, weight,
 *       note: "at least n of" the options the matrix marks with the group's id</td></tr>
 * </table>
 *
 * <p>Lists of ids (defined at, skills, responsibilities, progresses to) are written one per line
 * in their cell and read split at line breaks, commas, semicolons or spaces; lists of texts
 * (aliases, indicators, collaborators) have sheets of their own, a row per text, so that any text
 * fits. Steps are written by name where names tell steps apart, by id otherwise, and read by
 * either. A source is present when its "source" column says "yes" or any of its cells is filled.
 * A requirement filled in the matrix but missing from the Requirements sheet is added after the
 * role's listed requirements, in the matrix's order; a row of the Requirements sheet whose matrix
 * cell is blank is a problem. Other sheets a team adds are ignored; unknown columns are
 * problems.
 *
 * <p>Reading reports every problem at once, each at its cell ({@code Skills!C7}), or at its row
 * ({@code Skills!7}) when it concerns the whole item, and throws {@link
 * InvalidCatalogueException}; so do hostile files, within {@link SheetLimits}. Texts keep every
 * character: characters XML cannot carry are written in the {@code _xHHHH_} form spreadsheets use.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CatalogueWorkbook {

  private static final CatalogueWorkbook DEFAULTS = new CatalogueWorkbook(SheetLimits.defaults());

  static final String CATALOGUE = "Catalogue";
  static final String SCALE = "Scale";
  static final String LEVELS = "Levels";
  static final String FAMILIES = "Families";
  static final String CATEGORIES = "Categories";
  static final String SKILLS = "Skills";
  static final String ALIASES = "Aliases";
  static final String BEHAVIOURS = "Behaviours";
  static final String REFERENCES = "References";
  static final String RESPONSIBILITIES = "Responsibilities";
  static final String INDICATORS = "Indicators";
  static final String ROLES = "Roles";
  static final String COLLABORATORS = "Collaborators";
  static final String MATRIX = "Matrix";
  static final String REQUIREMENTS = "Requirements";
  static final String GROUPS = "Groups";

  private static final List<String> GROUP_HEADER =
      List.of("role", "id", "title", "at least", "importance", "weight", "note");

  private static final List<String> SOURCE =
      List.of(
          "source",
          "source title",
          "source publisher",
          "source publisher kind",
          "source url",
          "source date",
          "source section");
  private static final String OPTIONAL = " (optional)";
  private static final Pattern IN_GROUP = Pattern.compile("^(.*?)\\s*\\(in ([^()]*)\\)$");

  private final SheetLimits limits;

  private CatalogueWorkbook(SheetLimits limits) {
    this.limits = limits;
  }

  /**
   * Returns the workbook format with the default limits.
   *
   * @return the defaults
   */
  public static CatalogueWorkbook defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that reads workbooks within other limits.
   *
   * @param limits the limits
   * @return the changed copy
   */
  public CatalogueWorkbook withLimits(SheetLimits limits) {
    return new CatalogueWorkbook(Objects.requireNonNull(limits, "limits"));
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes a catalogue as a workbook.
   *
   * @param catalogue the catalogue
   * @param out where the XLSX bytes go; not closed
   * @throws UncheckedIOException if writing fails
   */
  public void write(Catalogue catalogue, OutputStream out) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(out, "out");
    Steps steps = new Steps(catalogue);
    try (XlsxOut book = new XlsxOut(out)) {
      XlsxOut.Sheet about = book.sheet(CATALOGUE, List.of("field", "value"), 1);
      pair(about, "id", catalogue.id().value());
      pair(about, "version", catalogue.version());
      pair(about, "title", catalogue.title());
      pair(about, "language", catalogue.language().toLanguageTag());
      pair(about, "description", catalogue.description());
      List<String> source = sourceCells(catalogue.source());
      for (int i = 0; i < SOURCE.size(); i++) {
        pair(about, SOURCE.get(i), source.get(i));
      }
      about.wrap(1);
      about.finish();

      XlsxOut.Sheet scale = book.sheet(SCALE, List.of("id", "name", "rank", "description"), 1);
      for (Proficiency step : catalogue.proficiencies()) {
        int r = scale.next();
        scale.text(r, 0, step.id().value());
        scale.text(r, 1, step.name());
        scale.number(r, 2, step.rank());
        scale.text(r, 3, step.description());
      }
      scale.wrap(3);
      scale.finish();

      XlsxOut.Sheet levels = book.sheet(LEVELS, List.of("id", "name", "rank", "summary"), 1);
      for (Level level : catalogue.levels()) {
        int r = levels.next();
        levels.text(r, 0, level.id().value());
        levels.text(r, 1, level.name());
        levels.number(r, 2, level.rank());
        levels.text(r, 3, level.summary());
      }
      levels.wrap(3);
      levels.finish();

      XlsxOut.Sheet families = book.sheet(FAMILIES, List.of("id", "name", "description"), 1);
      for (Family family : catalogue.families()) {
        int r = families.next();
        families.text(r, 0, family.id().value());
        families.text(r, 1, family.name());
        families.text(r, 2, family.description());
      }
      families.finish();

      XlsxOut.Sheet categories = book.sheet(CATEGORIES, List.of("id", "name", "description"), 1);
      for (Category category : catalogue.categories()) {
        int r = categories.next();
        categories.text(r, 0, category.id().value());
        categories.text(r, 1, category.name());
        categories.text(r, 2, category.description());
      }
      categories.finish();

      List<String> skillHeader =
          new ArrayList<>(List.of("id", "name", "category", "description", "defined at"));
      skillHeader.addAll(SOURCE);
      XlsxOut.Sheet skills = book.sheet(SKILLS, skillHeader, 2);
      for (Skill skill : catalogue.skills()) {
        int r = skills.next();
        skills.text(r, 0, skill.id().value());
        skills.text(r, 1, skill.name());
        skills.text(r, 2, skill.category().value());
        skills.text(r, 3, skill.description());
        skills.text(r, 4, lines(skill.definedAt()));
        source(skills, r, 5, skill.source());
      }
      skills.wrap(3);
      skills.finish();

      XlsxOut.Sheet aliases = book.sheet(ALIASES, List.of("skill", "alias"), 1);
      for (Skill skill : catalogue.skills()) {
        for (String alias : skill.aliases()) {
          int r = aliases.next();
          aliases.text(r, 0, skill.id().value());
          aliases.text(r, 1, alias);
        }
      }
      aliases.finish();

      List<String> behaviourHeader = new ArrayList<>(List.of("skill"));
      for (Proficiency step : catalogue.scale()) {
        behaviourHeader.add(steps.label(step.id()));
      }
      XlsxOut.Sheet behaviours = book.sheet(BEHAVIOURS, behaviourHeader, 1);
      for (Skill skill : catalogue.skills()) {
        int r = behaviours.next();
        behaviours.text(r, 0, skill.id().value());
        for (int i = 0; i < catalogue.scale().size(); i++) {
          String text = skill.behaviours().get(catalogue.scale().get(i).id());
          if (text != null) {
            behaviours.text(r, i + 1, text);
          }
        }
      }
      for (int i = 0; i < catalogue.scale().size(); i++) {
        behaviours.wrap(i + 1);
      }
      behaviours.finish();

      XlsxOut.Sheet references =
          book.sheet(REFERENCES, List.of("item", "id", "scheme", "code", "rank", "url"), 2);
      for (Skill skill : catalogue.skills()) {
        for (Reference reference : skill.references()) {
          reference(references, "skill", skill.id().value(), reference);
        }
      }
      for (Role role : catalogue.roles()) {
        for (Reference reference : role.references()) {
          reference(references, "role", role.id().value(), reference);
        }
      }
      references.finish();

      List<String> dutyHeader =
          new ArrayList<>(List.of("id", "title", "area", "description", "skills"));
      dutyHeader.addAll(SOURCE);
      XlsxOut.Sheet duties = book.sheet(RESPONSIBILITIES, dutyHeader, 2);
      for (Responsibility duty : catalogue.responsibilities()) {
        int r = duties.next();
        duties.text(r, 0, duty.id().value());
        duties.text(r, 1, duty.title());
        duties.text(r, 2, duty.area());
        duties.text(r, 3, duty.description());
        duties.text(r, 4, lines(duty.skills()));
        source(duties, r, 5, duty.source());
      }
      duties.wrap(3);
      duties.finish();

      XlsxOut.Sheet indicators = book.sheet(INDICATORS, List.of("responsibility", "indicator"), 1);
      for (Responsibility duty : catalogue.responsibilities()) {
        for (String indicator : duty.indicators()) {
          int r = indicators.next();
          indicators.text(r, 0, duty.id().value());
          indicators.text(r, 1, indicator);
        }
      }
      indicators.wrap(1);
      indicators.finish();

      List<String> roleHeader =
          new ArrayList<>(
              List.of(
                  "id",
                  "title",
                  "family",
                  "level",
                  "summary",
                  "responsibilities",
                  "progresses to"));
      roleHeader.addAll(SOURCE);
      XlsxOut.Sheet roles = book.sheet(ROLES, roleHeader, 2);
      for (Role role : catalogue.roles()) {
        int r = roles.next();
        roles.text(r, 0, role.id().value());
        roles.text(r, 1, role.title());
        roles.text(r, 2, role.family().value());
        roles.text(r, 3, role.level().value());
        roles.text(r, 4, role.summary());
        roles.text(r, 5, lines(role.responsibilities()));
        roles.text(r, 6, lines(role.progressesTo()));
        source(roles, r, 7, role.source());
      }
      roles.wrap(4);
      roles.finish();

      XlsxOut.Sheet collaborators = book.sheet(COLLABORATORS, List.of("role", "collaborator"), 1);
      for (Role role : catalogue.roles()) {
        for (String collaborator : role.collaborators()) {
          int r = collaborators.next();
          collaborators.text(r, 0, role.id().value());
          collaborators.text(r, 1, collaborator);
        }
      }
      collaborators.finish();

      List<String> matrixHeader = new ArrayList<>(List.of("skill", "name"));
      for (Role role : catalogue.roles()) {
        matrixHeader.add(role.id().value());
      }
      XlsxOut.Sheet matrix = book.sheet(MATRIX, matrixHeader, 2);
      for (List<String> row : matrixRows(catalogue, steps)) {
        int r = matrix.next();
        for (int c = 0; c < row.size(); c++) {
          matrix.text(r, c, row.get(c));
        }
      }
      matrix.finish();

      XlsxOut.Sheet requirements =
          book.sheet(REQUIREMENTS, List.of("role", "skill", "weight", "note"), 2);
      for (Role role : catalogue.roles()) {
        List<Requirement> all = new ArrayList<>(role.requirements());
        for (ChoiceGroup group : role.groups()) {
          all.addAll(group.options());
        }
        for (Requirement requirement : all) {
          int r = requirements.next();
          requirements.text(r, 0, role.id().value());
          requirements.text(r, 1, requirement.skill().value());
          if (requirement.weight().isPresent()) {
            requirements.number(r, 2, requirement.weight().getAsDouble());
          }
          requirements.text(r, 3, requirement.note());
        }
      }
      requirements.wrap(3);
      requirements.finish();

      XlsxOut.Sheet groups = book.sheet(GROUPS, GROUP_HEADER, 2);
      for (Role role : catalogue.roles()) {
        for (ChoiceGroup group : role.groups()) {
          int r = groups.next();
          groups.text(r, 0, role.id().value());
          groups.text(r, 1, group.id().value());
          groups.text(r, 2, group.title());
          groups.number(r, 3, group.atLeast());
          groups.text(r, 4, group.importance().name().toLowerCase(Locale.ROOT));
          if (group.weight().isPresent()) {
            groups.number(r, 5, group.weight().getAsDouble());
          }
          groups.text(r, 6, group.note());
        }
      }
      groups.finish();
    }
  }

  /**
   * Writes the roles × skills matrix alone as CSV: a row per skill, a column per role, each cell
   * the step the role requires (by name), followed by "(optional)" for an optional requirement.
   *
   * @param catalogue the catalogue
   * @param out where the text goes; flushed, not closed
   */
  public void writeMatrixCsv(Catalogue catalogue, Writer out) {
    writeMatrixCsv(catalogue, out, UnaryOperator.identity());
  }

  /**
   * Writes the roles × skills matrix alone as CSV, each text passed through a function first:
   * for example one that shows line breaks and control characters visibly, for a terminal.
   *
   * @param catalogue the catalogue
   * @param out where the text goes; flushed, not closed
   * @param cells what to do to each text before it is written
   */
  public void writeMatrixCsv(Catalogue catalogue, Writer out, UnaryOperator<String> cells) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(cells, "cells");
    Steps steps = new Steps(catalogue);
    try (CsvOut csv = new CsvOut(out, ',')) {
      List<String> header = new ArrayList<>(List.of("skill", "name"));
      for (Role role : catalogue.roles()) {
        header.add(role.title());
      }
      header.forEach(text -> csv.text(cells.apply(text)));
      csv.end();
      for (List<String> row : matrixRows(catalogue, steps)) {
        row.forEach(text -> csv.text(cells.apply(text)));
        csv.end();
      }
    }
  }

  private static List<List<String>> matrixRows(Catalogue catalogue, Steps steps) {
    List<List<String>> rows = new ArrayList<>();
    for (Skill skill : catalogue.skills()) {
      List<String> row = new ArrayList<>(List.of(skill.id().value(), skill.name()));
      for (Role role : catalogue.roles()) {
        Optional<Requirement> single = role.requirement(skill.id());
        Optional<ChoiceGroup> group = role.groupOf(skill.id());
        if (single.isPresent()) {
          Requirement q = single.get();
          row.add(
              steps.label(q.proficiency())
                  + (q.importance() == Importance.OPTIONAL ? OPTIONAL : ""));
        } else if (group.isPresent()) {
          Requirement option = group.get().option(skill.id()).orElseThrow();
          row.add(
              steps.label(option.proficiency())
                  + (option.importance() == Importance.OPTIONAL ? OPTIONAL : "")
                  + " (in "
                  + group.get().id()
                  + ")");
        } else {
          row.add("");
        }
      }
      rows.add(row);
    }
    return rows;
  }

  private static void pair(XlsxOut.Sheet sheet, String field, String value) {
    int r = sheet.next();
    sheet.text(r, 0, field);
    sheet.text(r, 1, value);
  }

  private static void reference(XlsxOut.Sheet sheet, String item, String id, Reference reference) {
    int r = sheet.next();
    sheet.text(r, 0, item);
    sheet.text(r, 1, id);
    sheet.text(r, 2, reference.scheme());
    sheet.text(r, 3, reference.code());
    if (reference.rank().isPresent()) {
      sheet.number(r, 4, reference.rank().getAsInt());
    }
    sheet.text(r, 5, reference.uri().map(URI::toString).orElse(""));
  }

  private static void source(XlsxOut.Sheet sheet, int r, int c, Optional<Source> source) {
    List<String> cells = sourceCells(source);
    for (int i = 0; i < cells.size(); i++) {
      sheet.text(r, c + i, cells.get(i));
    }
  }

  private static List<String> sourceCells(Optional<Source> source) {
    if (source.isEmpty()) {
      return List.of("", "", "", "", "", "", "");
    }
    Source s = source.get();
    return List.of(
        "yes",
        s.title().orElse(""),
        s.publisher().orElse(""),
        s.publisherKind().orElse(""),
        s.uri().map(URI::toString).orElse(""),
        s.date().orElse(""),
        s.section().orElse(""));
  }

  private static String lines(Iterable<?> ids) {
    StringBuilder text = new StringBuilder();
    for (Object id : ids) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(id);
    }
    return text.toString();
  }

  /** How steps are written: by name where names tell steps apart, by id otherwise. */
  private static final class Steps {
    private final Map<ProficiencyId, String> labels = new HashMap<>();

    Steps(Catalogue catalogue) {
      Map<String, Integer> uses = new HashMap<>();
      for (Proficiency step : catalogue.proficiencies()) {
        uses.merge(Names.key(step.name()), 1, Integer::sum);
        uses.merge(Names.key(step.id().value()), 1, Integer::sum);
      }
      for (Proficiency step : catalogue.proficiencies()) {
        String name = step.name();
        String key = Names.key(name);
        boolean plain =
            !key.isEmpty()
                && uses.get(key) == (key.equals(Names.key(step.id().value())) ? 2 : 1)
                && name.equals(name.strip())
                && name.chars().noneMatch(ch -> ch < 0x20 || ch == '(' || ch == ')');
        labels.put(step.id(), plain ? name : step.id().value());
      }
    }

    String label(ProficiencyId step) {
      return labels.get(step);
    }
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a catalogue workbook.
   *
   * @param file the workbook
   * @return the catalogue, validated
   * @throws InvalidCatalogueException listing every problem at its sheet, row and column
   */
  public Catalogue read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (NoSuchFileException e) {
      throw new InvalidCatalogueException(List.of(Problem.of(file.toString(), "no such file")));
    } catch (IOException e) {
      throw new InvalidCatalogueException(
          List.of(Problem.of(file.toString(), "cannot read: " + e.getMessage())));
    }
  }

  /**
   * Reads a catalogue workbook from a stream.
   *
   * @param in the XLSX bytes; not closed
   * @return the catalogue, validated
   * @throws InvalidCatalogueException listing every problem at its sheet, row and column
   */
  public Catalogue read(InputStream in) {
    Objects.requireNonNull(in, "in");
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > limits.maxFileBytes()) {
      throw new InvalidCatalogueException(
          List.of(
              Problem.of(
                  "file",
                  "the workbook is larger than "
                      + limits.maxFileBytes()
                      + " bytes, the most allowed")));
    }
    try (XlsxRows.Workbook workbook = XlsxRows.open(bytes, RatingsReader.xlsxLimits(limits))) {
      return new WorkbookReader(workbook, limits).read();
    } catch (SheetFailure e) {
      throw new InvalidCatalogueException(List.of(Problem.of(e.where(), e.getMessage())));
    }
  }

  /** Reads the sheets of one workbook; used once. */
  private static final class WorkbookReader {
    private static final Pattern PATH =
        Pattern.compile(
            "^([a-zA-Z]+)\\[(\\d+)\\](?:\\.([a-zA-Z]+)(?:\\[(\\d+)\\])?(?:\\.(\\w+))?)?");

    private static final Pattern OPTION =
        Pattern.compile("^roles\\[\\d+\\]\\.groups\\[(\\d+)\\]\\.options\\[(\\d+)\\]");

    private final XlsxRows.Workbook workbook;
    private final SheetLimits limits;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Table> tables = new LinkedHashMap<>();

    WorkbookReader(XlsxRows.Workbook workbook, SheetLimits limits) {
      this.workbook = workbook;
      this.limits = limits;
    }

    private void problem(String where, String message) {
      if (problems.size() < limits.maxProblems()) {
        problems.add(Problem.of(where, message));
      }
    }

    /** A sheet read whole: its header columns by key, its rows as texts, numbers and rows. */
    final class Table {
      final String name;
      final Map<String, Integer> columns = new LinkedHashMap<>();
      final List<String> headers = new ArrayList<>();
      final List<String[]> cells = new ArrayList<>();
      final List<BigDecimal[]> numbers = new ArrayList<>();
      final List<Long> rows = new ArrayList<>();

      Table(String name) {
        this.name = name;
      }

      int size() {
        return cells.size();
      }

      String text(int row, String column) {
        Integer at = columns.get(Names.key(column));
        String[] values = cells.get(row);
        return at == null || at >= values.length ? "" : values[at];
      }

      BigDecimal number(int row, String column) {
        Integer at = columns.get(Names.key(column));
        BigDecimal[] values = numbers.get(row);
        return at == null || at >= values.length ? null : values[at];
      }

      String where(int row, String column) {
        Integer at = columns.get(Names.key(column));
        return name + "!" + (at == null ? "" : Names.column(at)) + rows.get(row);
      }

      String whereRow(int row) {
        return name + "!" + rows.get(row);
      }
    }

    private Table table(String name, List<String> expected, boolean open) {
      Table table = new Table(name);
      tables.put(name, table);
      Optional<XlsxRows> sheet = workbook.sheet(name);
      if (sheet.isEmpty()) {
        problem(
            name,
            "the workbook has no sheet "
                + Names.quote(name)
                + "; its sheets are "
                + String.join(", ", workbook.sheetNames()));
        return table;
      }
      try (Rows rows = sheet.get()) {
        if (!rows.next()) {
          problem(name + "!1", "the sheet has no header row");
          return table;
        }
        Set<String> wanted = new HashSet<>();
        expected.forEach(h -> wanted.add(Names.key(h)));
        for (int c = 0; c < rows.width(); c++) {
          String header = rows.text(c);
          String key = Names.key(header);
          table.headers.add(header);
          if (key.isEmpty()) {
            continue;
          }
          if (table.columns.containsKey(key)) {
            problem(
                name + "!" + Names.column(c) + rows.number(),
                "a second column " + Names.quote(header) + "; keep one");
          } else if (!open && !wanted.contains(key)) {
            problem(
                name + "!" + Names.column(c) + rows.number(),
                "unknown column "
                    + Names.quote(header)
                    + "; the columns of "
                    + name
                    + " are "
                    + String.join(", ", expected));
          } else {
            table.columns.put(key, c);
          }
        }
        for (String header : expected) {
          if (!table.columns.containsKey(Names.key(header))) {
            problem(name + "!" + rows.number(), "no column " + Names.quote(header));
          }
        }
        while (rows.next()) {
          String[] texts = new String[rows.width()];
          BigDecimal[] numbers = new BigDecimal[rows.width()];
          for (int c = 0; c < texts.length; c++) {
            texts[c] = rows.text(c);
            numbers[c] = rows.number(c);
          }
          table.cells.add(texts);
          table.numbers.add(numbers);
          table.rows.add(rows.number());
        }
      }
      return table;
    }

    Catalogue read() {
      Table about = table(CATALOGUE, List.of("field", "value"), false);
      Table scale = table(SCALE, List.of("id", "name", "rank", "description"), false);
      Table levels = table(LEVELS, List.of("id", "name", "rank", "summary"), false);
      Table families = table(FAMILIES, List.of("id", "name", "description"), false);
      Table categories = table(CATEGORIES, List.of("id", "name", "description"), false);
      List<String> skillHeader =
          new ArrayList<>(List.of("id", "name", "category", "description", "defined at"));
      skillHeader.addAll(SOURCE);
      Table skills = table(SKILLS, skillHeader, false);
      Table aliases = table(ALIASES, List.of("skill", "alias"), false);
      Table behaviours = table(BEHAVIOURS, List.of("skill"), true);
      Table references =
          table(REFERENCES, List.of("item", "id", "scheme", "code", "rank", "url"), false);
      List<String> dutyHeader =
          new ArrayList<>(List.of("id", "title", "area", "description", "skills"));
      dutyHeader.addAll(SOURCE);
      Table duties = table(RESPONSIBILITIES, dutyHeader, false);
      Table indicators = table(INDICATORS, List.of("responsibility", "indicator"), false);
      List<String> roleHeader =
          new ArrayList<>(
              List.of(
                  "id",
                  "title",
                  "family",
                  "level",
                  "summary",
                  "responsibilities",
                  "progresses to"));
      roleHeader.addAll(SOURCE);
      Table roles = table(ROLES, roleHeader, false);
      Table collaborators = table(COLLABORATORS, List.of("role", "collaborator"), false);
      Table matrix = table(MATRIX, List.of("skill", "name"), true);
      Table requirements = table(REQUIREMENTS, List.of("role", "skill", "weight", "note"), false);
      Table groups = table(GROUPS, GROUP_HEADER, false);
      if (!problems.isEmpty()) {
        throw new InvalidCatalogueException(problems);
      }

      Catalogue.Builder catalogue = Catalogue.builder();
      Map<String, Integer> fields = new HashMap<>();
      Map<String, String> values = new HashMap<>();
      for (int r = 0; r < about.size(); r++) {
        String field = about.text(r, "field").strip();
        String key = Names.key(field);
        Integer earlier = fields.putIfAbsent(key, r);
        if (earlier != null) {
          problem(about.where(r, "field"), "a second row for " + Names.quote(field));
        }
        values.put(key, about.text(r, "value"));
      }
      Set<String> known = new HashSet<>();
      for (String field : List.of("id", "version", "title", "language", "description")) {
        known.add(Names.key(field));
      }
      SOURCE.forEach(f -> known.add(Names.key(f)));
      for (Map.Entry<String, Integer> field : fields.entrySet()) {
        if (!known.contains(field.getKey()) && !field.getKey().isEmpty()) {
          problem(
              about.where(field.getValue(), "field"),
              "unknown field "
                  + Names.quote(about.text(field.getValue(), "field"))
                  + "; the fields are id, version, title, language, description and the source");
        }
      }
      Map<String, String> aboutWhere = new HashMap<>();
      for (Map.Entry<String, Integer> field : fields.entrySet()) {
        aboutWhere.put(field.getKey(), about.where(field.getValue(), "value"));
      }
      String catalogueAt = CATALOGUE + "!B";
      attempt(
          aboutWhere.getOrDefault("id", catalogueAt),
          () -> catalogue.id(CatalogueId.of(required(values, "id"))));
      attempt(
          aboutWhere.getOrDefault("version", catalogueAt),
          () -> catalogue.version(required(values, "version")));
      attempt(
          aboutWhere.getOrDefault("title", catalogueAt),
          () -> catalogue.title(required(values, "title")));
      attempt(
          aboutWhere.getOrDefault("language", catalogueAt),
          () -> catalogue.language(language(required(values, "language"))));
      String description = values.getOrDefault("description", "");
      if (!description.isEmpty()) {
        catalogue.description(description);
      }
      attempt(
          aboutWhere.getOrDefault("source", catalogueAt),
          () ->
              source(
                      name -> values.getOrDefault(Names.key(name), ""),
                      aboutWhere.getOrDefault(Names.key("source url"), catalogueAt))
                  .ifPresent(catalogue::source));

      List<Proficiency> steps = new ArrayList<>();
      for (int r = 0; r < scale.size(); r++) {
        int row = r;
        Proficiency.Builder step = Proficiency.builder();
        boolean ok =
            attempt(scale.where(r, "id"), () -> step.id(ProficiencyId.of(scale.text(row, "id"))))
                & attempt(scale.where(r, "name"), () -> step.name(scale.text(row, "name")))
                & attempt(scale.where(r, "rank"), () -> step.rank(integer(scale, row, "rank")));
        if (!scale.text(r, "description").isEmpty()) {
          step.description(scale.text(r, "description"));
        }
        if (ok) {
          steps.add(step.build());
        }
      }
      catalogue.proficiencies(steps);
      Map<String, ProficiencyId> stepByKey = new HashMap<>();
      for (Proficiency step : steps) {
        stepByKey.putIfAbsent(Names.key(step.id().value()), step.id());
      }
      for (Proficiency step : steps) {
        stepByKey.putIfAbsent(Names.key(step.name()), step.id());
      }
      for (Proficiency step : steps) {
        stepByKey.put("\u0000" + step.id().value(), step.id());
      }

      List<Level> ladder = new ArrayList<>();
      for (int r = 0; r < levels.size(); r++) {
        int row = r;
        Level.Builder level = Level.builder();
        boolean ok =
            attempt(levels.where(r, "id"), () -> level.id(LevelId.of(levels.text(row, "id"))))
                & attempt(levels.where(r, "name"), () -> level.name(levels.text(row, "name")))
                & attempt(levels.where(r, "rank"), () -> level.rank(integer(levels, row, "rank")));
        if (!levels.text(r, "summary").isEmpty()) {
          level.summary(levels.text(r, "summary"));
        }
        if (ok) {
          ladder.add(level.build());
        }
      }
      catalogue.levels(ladder);

      for (int r = 0; r < families.size(); r++) {
        int row = r;
        Family.Builder family = Family.builder();
        boolean ok =
            attempt(families.where(r, "id"), () -> family.id(FamilyId.of(families.text(row, "id"))))
                & attempt(families.where(r, "name"), () -> family.name(families.text(row, "name")));
        if (!families.text(r, "description").isEmpty()) {
          family.description(families.text(r, "description"));
        }
        if (ok) {
          catalogue.addFamilies(family.build());
        }
      }

      for (int r = 0; r < categories.size(); r++) {
        int row = r;
        Category.Builder category = Category.builder();
        boolean ok =
            attempt(
                    categories.where(r, "id"),
                    () -> category.id(CategoryId.of(categories.text(row, "id"))))
                & attempt(
                    categories.where(r, "name"), () -> category.name(categories.text(row, "name")));
        if (!categories.text(r, "description").isEmpty()) {
          category.description(categories.text(r, "description"));
        }
        if (ok) {
          catalogue.addCategories(category.build());
        }
      }

      // skills, with their aliases, behaviours and references
      Map<String, Integer> skillRow = new LinkedHashMap<>();
      Map<String, Skill.Builder> skillBuilders = new LinkedHashMap<>();
      for (int r = 0; r < skills.size(); r++) {
        int row = r;
        String id = skills.text(r, "id");
        Skill.Builder skill = Skill.builder();
        boolean ok =
            attempt(skills.where(r, "id"), () -> skill.id(SkillId.of(id)))
                & attempt(skills.where(r, "name"), () -> skill.name(skills.text(row, "name")))
                & attempt(
                    skills.where(r, "category"),
                    () -> skill.category(CategoryId.of(skills.text(row, "category"))));
        if (!skills.text(r, "description").isEmpty()) {
          skill.description(skills.text(r, "description"));
        }
        for (String step : ids(skills.text(r, "defined at"))) {
          ProficiencyId found = stepByKey.get(Names.key(step));
          if (found == null) {
            problem(
                skills.where(r, "defined at"),
                "unknown step " + Names.quote(step) + "; the steps are " + stepList(steps));
            ok = false;
          } else {
            skill.addDefinedAt(found);
          }
        }
        ok &=
            attempt(
                skills.where(r, "source url"),
                () ->
                    source(name -> skills.text(row, name), skills.where(row, "source url"))
                        .ifPresent(skill::source));
        if (skillRow.putIfAbsent(id, r) != null) {
          problem(skills.where(r, "id"), "a second skill " + Names.quote(id) + "; keep one");
        } else if (ok) {
          skillBuilders.put(id, skill);
        }
      }
      List<Integer> aliasRows = new ArrayList<>();
      for (int r = 0; r < aliases.size(); r++) {
        Skill.Builder skill = owner(skillBuilders, skillRow, aliases, r, "skill");
        if (skill != null) {
          skill.addAliases(aliases.text(r, "alias"));
          aliasRows.add(r);
        }
      }
      List<ProficiencyId> stepColumns = new ArrayList<>();
      for (int c = 1; c < behaviours.headers.size(); c++) {
        String header = behaviours.headers.get(c);
        ProficiencyId step = stepByKey.get(Names.key(header));
        if (step == null) {
          problem(
              BEHAVIOURS + "!" + Names.column(c) + "1",
              "unknown step " + Names.quote(header) + "; the steps are " + stepList(steps));
        }
        stepColumns.add(step);
      }
      for (int r = 0; r < behaviours.size(); r++) {
        Skill.Builder skill = owner(skillBuilders, skillRow, behaviours, r, "skill");
        if (skill == null) {
          continue;
        }
        String[] row = behaviours.cells.get(r);
        for (int c = 1; c < row.length; c++) {
          if (!row[c].isEmpty() && c - 1 < stepColumns.size() && stepColumns.get(c - 1) != null) {
            skill.putBehaviour(stepColumns.get(c - 1), row[c]);
          } else if (!row[c].isEmpty() && c - 1 >= stepColumns.size()) {
            problem(
                BEHAVIOURS + "!" + Names.column(c) + behaviours.rows.get(r),
                "a behaviour in a column without a step");
          }
        }
      }
      Map<String, List<Reference>> roleReferences = new HashMap<>();
      for (int r = 0; r < references.size(); r++) {
        int row = r;
        String item = references.text(r, "item").strip().toLowerCase(Locale.ROOT);
        Reference.Builder reference = Reference.builder();
        boolean ok =
            attempt(
                    references.where(r, "scheme"),
                    () -> reference.scheme(references.text(row, "scheme")))
                & attempt(
                    references.where(r, "code"),
                    () -> reference.code(references.text(row, "code")));
        if (!references.text(r, "rank").isEmpty()) {
          ok &=
              attempt(
                  references.where(r, "rank"),
                  () -> reference.rank(integer(references, row, "rank")));
        }
        if (!references.text(r, "url").isEmpty()) {
          ok &=
              attempt(
                  references.where(r, "url"),
                  () -> reference.uri(uri(references.text(row, "url"))));
        }
        if (!ok) {
          continue;
        }
        if (item.equals("skill")) {
          Skill.Builder skill = owner(skillBuilders, skillRow, references, r, "id");
          if (skill != null) {
            skill.addReferences(reference.build());
          }
        } else if (item.equals("role")) {
          roleReferences
              .computeIfAbsent(references.text(r, "id"), k -> new ArrayList<>())
              .add(reference.build());
        } else {
          problem(
              references.where(r, "item"),
              "unknown item " + Names.quote(item) + "; references belong to a skill or a role");
        }
      }
      Map<String, Skill> built = new LinkedHashMap<>();
      for (Map.Entry<String, Skill.Builder> skill : skillBuilders.entrySet()) {
        attempt(
            skills.whereRow(skillRow.get(skill.getKey())),
            () -> built.put(skill.getKey(), skill.getValue().build()));
      }
      catalogue.skills(built.values());

      // responsibilities and their indicators
      Map<String, Integer> dutyRow = new LinkedHashMap<>();
      Map<String, Responsibility.Builder> dutyBuilders = new LinkedHashMap<>();
      for (int r = 0; r < duties.size(); r++) {
        int row = r;
        String id = duties.text(r, "id");
        Responsibility.Builder duty = Responsibility.builder();
        boolean ok =
            attempt(duties.where(r, "id"), () -> duty.id(ResponsibilityId.of(id)))
                & attempt(duties.where(r, "title"), () -> duty.title(duties.text(row, "title")))
                & attempt(duties.where(r, "area"), () -> duty.area(duties.text(row, "area")));
        if (!duties.text(r, "description").isEmpty()) {
          duty.description(duties.text(r, "description"));
        }
        for (String skill : ids(duties.text(r, "skills"))) {
          ok &= attempt(duties.where(r, "skills"), () -> duty.addSkills(SkillId.of(skill)));
        }
        ok &=
            attempt(
                duties.where(r, "source url"),
                () ->
                    source(name -> duties.text(row, name), duties.where(row, "source url"))
                        .ifPresent(duty::source));
        if (dutyRow.putIfAbsent(id, r) != null) {
          problem(
              duties.where(r, "id"), "a second responsibility " + Names.quote(id) + "; keep one");
        } else if (ok) {
          dutyBuilders.put(id, duty);
        }
      }
      for (int r = 0; r < indicators.size(); r++) {
        Responsibility.Builder duty = owner(dutyBuilders, dutyRow, indicators, r, "responsibility");
        if (duty != null) {
          duty.addIndicators(indicators.text(r, "indicator"));
        }
      }
      List<Responsibility> builtDuties = new ArrayList<>();
      for (Map.Entry<String, Responsibility.Builder> duty : dutyBuilders.entrySet()) {
        attempt(
            duties.whereRow(dutyRow.get(duty.getKey())),
            () -> builtDuties.add(duty.getValue().build()));
      }
      catalogue.responsibilities(builtDuties);

      // roles, their collaborators, references and requirements
      Map<String, Integer> roleRow = new LinkedHashMap<>();
      Map<String, Role.Builder> roleBuilders = new LinkedHashMap<>();
      for (int r = 0; r < roles.size(); r++) {
        int row = r;
        String id = roles.text(r, "id");
        Role.Builder role = Role.builder();
        boolean ok =
            attempt(roles.where(r, "id"), () -> role.id(RoleId.of(id)))
                & attempt(roles.where(r, "title"), () -> role.title(roles.text(row, "title")))
                & attempt(
                    roles.where(r, "family"),
                    () -> role.family(FamilyId.of(roles.text(row, "family"))))
                & attempt(
                    roles.where(r, "level"),
                    () -> role.level(LevelId.of(roles.text(row, "level"))));
        if (!roles.text(r, "summary").isEmpty()) {
          role.summary(roles.text(r, "summary"));
        }
        for (String duty : ids(roles.text(r, "responsibilities"))) {
          ok &=
              attempt(
                  roles.where(r, "responsibilities"),
                  () -> role.addResponsibilities(ResponsibilityId.of(duty)));
        }
        for (String next : ids(roles.text(r, "progresses to"))) {
          ok &=
              attempt(roles.where(r, "progresses to"), () -> role.addProgressesTo(RoleId.of(next)));
        }
        ok &=
            attempt(
                roles.where(r, "source url"),
                () ->
                    source(name -> roles.text(row, name), roles.where(row, "source url"))
                        .ifPresent(role::source));
        role.references(roleReferences.getOrDefault(id, List.of()));
        if (roleRow.putIfAbsent(id, r) != null) {
          problem(roles.where(r, "id"), "a second role " + Names.quote(id) + "; keep one");
        } else if (ok) {
          roleBuilders.put(id, role);
        }
      }
      for (String id : roleReferences.keySet()) {
        if (!roleRow.containsKey(id)) {
          for (int r = 0; r < references.size(); r++) {
            if (references.text(r, "item").strip().equalsIgnoreCase("role")
                && references.text(r, "id").equals(id)) {
              problem(references.where(r, "id"), "no role " + Names.quote(id) + " in " + ROLES);
            }
          }
        }
      }
      for (int r = 0; r < collaborators.size(); r++) {
        Role.Builder role = owner(roleBuilders, roleRow, collaborators, r, "role");
        if (role != null) {
          role.addCollaborators(collaborators.text(r, "collaborator"));
        }
      }
      Map<String, Map<String, MatrixCell>> required = matrix(matrix, stepByKey, steps);
      Map<String, Map<String, ChoiceGroup.Builder>> groupBuilders = new LinkedHashMap<>();
      Map<String, Map<String, Integer>> groupRow = new HashMap<>();
      for (int r = 0; r < groups.size(); r++) {
        int row = r;
        String role = groups.text(r, "role");
        String id = groups.text(r, "id");
        if (!roleRow.containsKey(role)) {
          problem(groups.where(r, "role"), "no role " + Names.quote(role) + " in " + ROLES);
          continue;
        }
        ChoiceGroup.Builder group = ChoiceGroup.builder();
        boolean ok =
            attempt(groups.where(r, "id"), () -> group.id(GroupId.of(id)))
                & attempt(groups.where(r, "title"), () -> group.title(groups.text(row, "title")))
                & attempt(
                    groups.where(r, "at least"),
                    () -> group.atLeast(integer(groups, row, "at least")));
        String importance = groups.text(r, "importance").strip().toLowerCase(Locale.ROOT);
        if (importance.equals("optional")) {
          group.importance(Importance.OPTIONAL);
        } else if (!importance.isEmpty() && !importance.equals("essential")) {
          problem(
              groups.where(r, "importance"),
              "unknown importance " + Names.quote(importance) + "; essential or optional");
          ok = false;
        }
        if (!groups.text(r, "weight").isEmpty()) {
          ok &=
              attempt(
                  groups.where(r, "weight"), () -> group.weight(decimal(groups, row, "weight")));
        }
        if (!groups.text(r, "note").isEmpty()) {
          group.note(groups.text(r, "note"));
        }
        if (groupRow.computeIfAbsent(role, k -> new HashMap<>()).putIfAbsent(id, r) != null) {
          problem(
              groups.where(r, "id"),
              "a second group " + Names.quote(id) + " of role " + Names.quote(role));
        } else if (ok) {
          groupBuilders.computeIfAbsent(role, k -> new LinkedHashMap<>()).put(id, group);
        }
      }
      Map<String, List<String>> order = new LinkedHashMap<>();
      Map<String, Map<String, Integer>> detailRow = new HashMap<>();
      for (int r = 0; r < requirements.size(); r++) {
        String role = requirements.text(r, "role");
        String skill = requirements.text(r, "skill");
        if (!roleRow.containsKey(role)) {
          problem(requirements.where(r, "role"), "no role " + Names.quote(role) + " in " + ROLES);
          continue;
        }
        Map<String, MatrixCell> cells = required.getOrDefault(role, Map.of());
        if (!cells.containsKey(skill)) {
          problem(
              requirements.where(r, "skill"),
              "role "
                  + Names.quote(role)
                  + " does not require "
                  + Names.quote(skill)
                  + " in the "
                  + MATRIX
                  + " sheet; fill that cell of the matrix, or delete this row");
          continue;
        }
        if (detailRow.computeIfAbsent(role, k -> new HashMap<>()).putIfAbsent(skill, r) != null) {
          problem(
              requirements.whereRow(r),
              "a second row for role " + Names.quote(role) + " and skill " + Names.quote(skill));
          continue;
        }
        order.computeIfAbsent(role, k -> new ArrayList<>()).add(skill);
      }
      Map<String, List<String>> requirementWhere = new HashMap<>();
      Map<String, List<String>> groupWhere = new HashMap<>();
      Map<String, List<List<String>>> optionsWhere = new HashMap<>();
      for (Map.Entry<String, Role.Builder> role : roleBuilders.entrySet()) {
        Map<String, MatrixCell> cells = required.getOrDefault(role.getKey(), Map.of());
        List<String> skillsInOrder = new ArrayList<>(order.getOrDefault(role.getKey(), List.of()));
        for (String skill : cells.keySet()) {
          if (!skillsInOrder.contains(skill)) {
            skillsInOrder.add(skill);
          }
        }
        List<String> wheres = new ArrayList<>();
        Map<String, ChoiceGroup.Builder> ofRole =
            groupBuilders.getOrDefault(role.getKey(), Map.of());
        Map<String, List<String>> optionWhere = new LinkedHashMap<>();
        for (String skill : skillsInOrder) {
          MatrixCell cell = cells.get(skill);
          ChoiceGroup.Builder group = null;
          if (cell.group != null) {
            group = ofRole.get(cell.group);
            if (group == null) {
              if (!groupRow.getOrDefault(role.getKey(), Map.of()).containsKey(cell.group)) {
                problem(
                    cell.where,
                    "no group "
                        + Names.quote(cell.group)
                        + " of role "
                        + Names.quote(role.getKey())
                        + " in the "
                        + GROUPS
                        + " sheet");
              }
              continue;
            }
          }
          Requirement.Builder requirement =
              Requirement.builder()
                  .skill(SkillId.of(skill))
                  .proficiency(cell.step)
                  .importance(cell.importance);
          Integer r = detailRow.getOrDefault(role.getKey(), Map.of()).get(skill);
          if (r != null) {
            int row = r;
            String note = requirements.text(r, "note");
            if (!note.isEmpty()) {
              requirement.note(note);
            }
            if (!requirements.text(r, "weight").isEmpty()) {
              if (!attempt(
                  requirements.where(r, "weight"),
                  () -> requirement.weight(decimal(requirements, row, "weight")))) {
                continue;
              }
            }
          }
          if (group != null) {
            ChoiceGroup.Builder options = group;
            attempt(cell.where, () -> options.addOptions(requirement.build()));
            optionWhere.computeIfAbsent(cell.group, k -> new ArrayList<>()).add(cell.where);
          } else {
            attempt(cell.where, () -> role.getValue().addRequirements(requirement.build()));
            wheres.add(cell.where);
          }
        }
        requirementWhere.put(role.getKey(), wheres);
        List<List<String>> roleOptionWhere = new ArrayList<>();
        List<String> roleGroupWhere = new ArrayList<>();
        for (Map.Entry<String, ChoiceGroup.Builder> group : ofRole.entrySet()) {
          int r = groupRow.get(role.getKey()).get(group.getKey());
          if (attempt(
              groups.whereRow(r), () -> role.getValue().addGroups(group.getValue().build()))) {
            roleGroupWhere.add(groups.whereRow(r));
            roleOptionWhere.add(optionWhere.getOrDefault(group.getKey(), List.of()));
          }
        }
        groupWhere.put(role.getKey(), roleGroupWhere);
        optionsWhere.put(role.getKey(), roleOptionWhere);
      }
      for (String role : required.keySet()) {
        if (!roleRow.containsKey(role)) {
          problem(
              required.get(role).values().iterator().next().where,
              "no role " + Names.quote(role) + " in " + ROLES + " for this column");
        }
      }
      List<Role> builtRoles = new ArrayList<>();
      List<String> builtRoleIds = new ArrayList<>();
      for (Map.Entry<String, Role.Builder> role : roleBuilders.entrySet()) {
        attempt(
            roles.whereRow(roleRow.get(role.getKey())),
            () -> {
              builtRoles.add(role.getValue().build());
              builtRoleIds.add(role.getKey());
            });
      }
      catalogue.roles(builtRoles);

      if (!problems.isEmpty()) {
        throw new InvalidCatalogueException(problems);
      }
      try {
        return catalogue.build();
      } catch (InvalidCatalogueException e) {
        Locator locator =
            new Locator(
                aboutWhere,
                skills,
                new ArrayList<>(built.keySet()),
                skillRow,
                duties,
                dutyRow,
                builtDuties,
                roles,
                roleRow,
                builtRoleIds,
                requirementWhere,
                groupWhere,
                optionsWhere);
        for (Problem problem : e.problems()) {
          problem(
              locator.locate(problem.path(), scale, levels, families, categories),
              problem.message());
        }
        throw new InvalidCatalogueException(problems);
      } catch (IllegalStateException e) {
        problem(CATALOGUE, e.getMessage());
        throw new InvalidCatalogueException(problems);
      }
    }

    /** A cell of the matrix: the step required, the importance and where it is. */
    private record MatrixCell(
        ProficiencyId step, Importance importance, String group, String where) {}

    private Map<String, Map<String, MatrixCell>> matrix(
        Table matrix, Map<String, ProficiencyId> stepByKey, List<Proficiency> steps) {
      Map<String, Map<String, MatrixCell>> byRole = new LinkedHashMap<>();
      List<String> roleColumns = new ArrayList<>();
      for (int c = 2; c < matrix.headers.size(); c++) {
        roleColumns.add(matrix.headers.get(c));
        byRole.putIfAbsent(matrix.headers.get(c), new LinkedHashMap<>());
      }
      for (int r = 0; r < matrix.size(); r++) {
        String skill = matrix.text(r, "skill");
        String[] row = matrix.cells.get(r);
        for (int c = 2; c < row.length; c++) {
          String text = row[c].strip();
          if (text.isEmpty()) {
            continue;
          }
          String where = MATRIX + "!" + Names.column(c) + matrix.rows.get(r);
          if (c - 2 >= roleColumns.size()) {
            problem(where, "a requirement in a column without a role");
            continue;
          }
          String group = null;
          Matcher in = IN_GROUP.matcher(text);
          if (in.matches()) {
            text = in.group(1);
            group = in.group(2).strip();
          }
          Importance importance = Importance.ESSENTIAL;
          if (text.endsWith(OPTIONAL.strip())) {
            importance = Importance.OPTIONAL;
            text = text.substring(0, text.length() - OPTIONAL.strip().length()).strip();
          }
          ProficiencyId step = stepByKey.get(Names.key(text));
          if (step == null) {
            step = stepByKey.get("\u0000" + text);
          }
          if (step == null) {
            problem(
                where,
                "unknown step "
                    + Names.quote(text)
                    + "; a cell holds a step of the scale ("
                    + stepList(steps)
                    + "), followed by (optional) for an optional requirement or by (in group-id) for an option");
            continue;
          }
          MatrixCell earlier =
              byRole
                  .get(roleColumns.get(c - 2))
                  .putIfAbsent(skill, new MatrixCell(step, importance, group, where));
          if (earlier != null) {
            problem(
                where, "a second row for skill " + Names.quote(skill) + " (" + earlier.where + ")");
          }
        }
      }
      return byRole;
    }

    private static String stepList(List<Proficiency> steps) {
      List<String> names = new ArrayList<>();
      for (Proficiency step : steps) {
        names.add(step.name());
      }
      return String.join(", ", names);
    }

    private <B> B owner(
        Map<String, B> builders, Map<String, Integer> rows, Table table, int r, String column) {
      String id = table.text(r, column);
      B builder = builders.get(id);
      if (builder == null && !rows.containsKey(id)) {
        problem(
            table.where(r, column),
            "no " + Names.quote(id) + " among the ids of its sheet; the item must exist");
      }
      return builder;
    }

    /** Runs a step of building, turning what it throws into a problem at a cell. */
    private boolean attempt(String where, Runnable step) {
      try {
        step.run();
        return true;
      } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
        problem(where, cleaned(e.getMessage()));
        return false;
      } catch (InvalidCatalogueException e) {
        for (Problem problem : e.problems()) {
          problem(where, problem.message());
        }
        return false;
      }
    }

    private static String cleaned(String message) {
      if (message == null) {
        return "missing or malformed";
      }
      // Immutables names missing attributes: "Cannot build Skill, some of required attributes
      // are not set [name]"
      Matcher empty = Pattern.compile("^'' is not a valid (\\w+) id: it is empty").matcher(message);
      if (empty.find()) {
        return "no " + empty.group(1) + " given; fill the cell";
      }
      Matcher missing = Pattern.compile("attributes are not set \\[(.*)\\]").matcher(message);
      if (missing.find()) {
        return "missing " + missing.group(1);
      }
      return message;
    }

    private static String required(Map<String, String> values, String field) {
      String value = values.get(Names.key(field));
      if (value == null) {
        throw new IllegalArgumentException(
            "no " + field + " row: the catalogue needs its " + field);
      }
      return value;
    }

    private static Locale language(String tag) {
      Locale locale = Locale.forLanguageTag(tag);
      if (locale.getLanguage().isEmpty() || !locale.toLanguageTag().equals(tag)) {
        throw new IllegalArgumentException(
            Names.quote(tag) + " is not a BCP 47 language tag such as en or de-CH");
      }
      return locale;
    }

    private static int integer(Table table, int row, String column) {
      BigDecimal number = table.number(row, column);
      String text = table.text(row, column).strip();
      try {
        return number != null ? number.intValueExact() : Integer.parseInt(text);
      } catch (ArithmeticException | NumberFormatException e) {
        throw new IllegalArgumentException(Names.quote(text) + " is not a whole number");
      }
    }

    private static double decimal(Table table, int row, String column) {
      BigDecimal number = table.number(row, column);
      String text = table.text(row, column).strip();
      try {
        return number != null ? number.doubleValue() : Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(Names.quote(text) + " is not a number");
      }
    }

    private static URI uri(String text) {
      try {
        return new URI(text);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(
            Names.quote(text) + " is not an address: " + e.getReason());
      }
    }

    private interface Cells {
      String text(String column);
    }

    private static Optional<Source> source(Cells cells, String where) {
      boolean marked = !cells.text("source").isBlank();
      Source.Builder source = Source.builder();
      boolean any = false;
      String[] fields = {"source title", "source publisher", "source publisher kind"};
      if (!cells.text(fields[0]).isEmpty()) {
        source.title(cells.text(fields[0]));
        any = true;
      }
      if (!cells.text(fields[1]).isEmpty()) {
        source.publisher(cells.text(fields[1]));
        any = true;
      }
      if (!cells.text(fields[2]).isEmpty()) {
        source.publisherKind(cells.text(fields[2]));
        any = true;
      }
      if (!cells.text("source url").isEmpty()) {
        source.uri(uri(cells.text("source url")));
        any = true;
      }
      if (!cells.text("source date").isEmpty()) {
        source.date(cells.text("source date"));
        any = true;
      }
      if (!cells.text("source section").isEmpty()) {
        source.section(cells.text("source section"));
        any = true;
      }
      return marked || any ? Optional.of(source.build()) : Optional.empty();
    }

    private static List<String> ids(String cell) {
      List<String> ids = new ArrayList<>();
      for (String part : cell.split("[\\s,;]+")) {
        if (!part.isEmpty()) {
          ids.add(part);
        }
      }
      return ids;
    }

    /** Finds the cell of a problem the catalogue's own validation reports by its JSON path. */
    private static final class Locator {
      private final Map<String, String> about;
      private final Table skills;
      private final List<String> skillIds;
      private final Map<String, Integer> skillRow;
      private final Table duties;
      private final Map<String, Integer> dutyRow;
      private final List<Responsibility> builtDuties;
      private final Table roles;
      private final Map<String, Integer> roleRow;
      private final List<String> roleIds;
      private final Map<String, List<String>> requirementWhere;
      private final Map<String, List<String>> groupWhere;
      private final Map<String, List<List<String>>> optionsWhere;

      Locator(
          Map<String, String> about,
          Table skills,
          List<String> skillIds,
          Map<String, Integer> skillRow,
          Table duties,
          Map<String, Integer> dutyRow,
          List<Responsibility> builtDuties,
          Table roles,
          Map<String, Integer> roleRow,
          List<String> roleIds,
          Map<String, List<String>> requirementWhere,
          Map<String, List<String>> groupWhere,
          Map<String, List<List<String>>> optionsWhere) {
        this.groupWhere = groupWhere;
        this.optionsWhere = optionsWhere;
        this.about = about;
        this.skills = skills;
        this.skillIds = skillIds;
        this.skillRow = skillRow;
        this.duties = duties;
        this.dutyRow = dutyRow;
        this.builtDuties = builtDuties;
        this.roles = roles;
        this.roleRow = roleRow;
        this.roleIds = roleIds;
        this.requirementWhere = requirementWhere;
      }

      String locate(String path, Table scale, Table levels, Table families, Table categories) {
        Matcher m = PATH.matcher(path);
        if (!m.find()) {
          String head = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
          return about.getOrDefault(Names.key(head), CATALOGUE);
        }
        String kind = m.group(1);
        int index = Integer.parseInt(m.group(2));
        String field = m.group(3);
        String sub = m.group(4);
        switch (kind) {
          case "proficiencies":
            return at(scale, index, field);
          case "levels":
            return at(levels, index, field);
          case "families":
            return at(families, index, field);
          case "categories":
            return at(categories, index, field);
          case "skills":
            if (index < skillIds.size()) {
              int row = skillRow.get(skillIds.get(index));
              return field == null ? skills.whereRow(row) : at(skills, row, column(field));
            }
            return SKILLS;
          case "responsibilities":
            if (index < builtDuties.size()) {
              int row = dutyRow.get(builtDuties.get(index).id().value());
              return field == null ? duties.whereRow(row) : at(duties, row, column(field));
            }
            return RESPONSIBILITIES;
          case "roles":
            if (index < roleIds.size()) {
              String id = roleIds.get(index);
              int row = roleRow.get(id);
              Matcher option = OPTION.matcher(path);
              if (option.find()) {
                List<List<String>> all = optionsWhere.getOrDefault(id, List.of());
                int g = Integer.parseInt(option.group(1));
                int k = Integer.parseInt(option.group(2));
                if (g < all.size() && k < all.get(g).size()) {
                  return all.get(g).get(k);
                }
              }
              if ("groups".equals(field) && sub != null) {
                List<String> wheres = groupWhere.getOrDefault(id, List.of());
                int g = Integer.parseInt(sub);
                return g < wheres.size() ? wheres.get(g) : roles.whereRow(row);
              }
              if ("requirements".equals(field) && sub != null) {
                List<String> wheres = requirementWhere.getOrDefault(id, List.of());
                int k = Integer.parseInt(sub);
                return k < wheres.size() ? wheres.get(k) : roles.whereRow(row);
              }
              return field == null ? roles.whereRow(row) : at(roles, row, column(field));
            }
            return ROLES;
          default:
            return CATALOGUE;
        }
      }

      private static String column(String field) {
        return switch (field) {
          case "definedAt" -> "defined at";
          case "progressesTo" -> "progresses to";
          case "source" -> "source";
          default -> field;
        };
      }

      private static String at(Table table, int row, String field) {
        if (row >= table.size()) {
          return table.name;
        }
        if (field == null || !table.columns.containsKey(Names.key(field))) {
          return table.whereRow(row);
        }
        return table.where(row, field);
      }
    }
  }
}
