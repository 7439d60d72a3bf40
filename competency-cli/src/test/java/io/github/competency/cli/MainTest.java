package io.github.competency.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line as a person uses it: commands, exit codes and messages. */
class MainTest {

  static final Path EXAMPLE = Path.of("../examples/catalogues/platform-team.json");
  static final Path SHIPPED =
      Path.of(
          "../competency-senior-backend/src/main/resources/catalogues/senior-backend-engineer.json");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    out.reset();
    err.reset();
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void showIsTheDefaultCommandAndPrintsTheSeniorRole() {
    assertThat(run()).isZero();
    String implicit = out();
    assertThat(implicit).startsWith("SENIOR BACKEND ENGINEER\n");
    assertThat(err()).isEmpty();
    assertThat(run("show")).isZero();
    assertThat(out()).isEqualTo(implicit);
    assertThat(run("--role", "senior-backend-engineer", "--format", "TEXT")).isZero();
    assertThat(out()).isEqualTo(implicit);
  }

  @Test
  void theTextSummaryFitsAFewScreensAndTheDetailAddsIndicatorsAndBehaviours() {
    assertThat(run()).isZero();
    String summary = out();
    assertThat(summary.lines().count()).isLessThan(130);
    assertThat(summary)
        .contains("One of Java, C#, Python or Node.js: Expert")
        .contains("add --detail")
        .doesNotContain("At this step:");
    assertThat(run("--detail")).isZero();
    String detail = out();
    assertThat(detail.lines().count()).isGreaterThan(3 * summary.lines().count());
    assertThat(detail)
        .contains("At this step: ")
        .contains("Choice: One of Java, C#, Python or Node.js: The language the team works")
        .doesNotContain("add --detail");
  }

  @Test
  void showsARoleOfACatalogueFile() {
    assertThat(run("show", "--catalogue", EXAMPLE.toString(), "--role", "engineering-manager"))
        .isZero();
    assertThat(out()).startsWith("ENGINEERING MANAGER, PLATFORM\n");
    assertThat(run("--catalogue", EXAMPLE.toString())).isZero();
    assertThat(out())
        .as("the first role when none is named")
        .startsWith("JUNIOR PLATFORM ENGINEER\n");
  }

  @Test
  void theJsonRoleSheetNamesItsFormatAndIsDeterministic() {
    assertThat(run("--format", "json", "--role", "junior-backend-engineer")).isZero();
    String first = out();
    JsonNode sheet = JsonMapper.builder().build().readTree(first);
    assertThat(sheet.propertyNames().iterator().next()).isEqualTo("format");
    assertThat(sheet.get("format").asString()).isEqualTo("competency-role-sheet/1");
    assertThat(first).endsWith("}\n").doesNotContain("\r").contains("\n  \"catalogue\": {\n");
    run("--format", "json", "--role", "junior-backend-engineer");
    assertThat(out()).isEqualTo(first);
  }

  @Test
  void mistakesAreOneLineNamingTheValidChoicesWithExitCodeTwo() {
    assertThat(run("--role", "cto")).isEqualTo(Main.USAGE);
    assertThat(err())
        .isEqualTo(
            "competency: unknown role 'cto'; valid roles: "
                + "junior-backend-engineer, mid-level-backend-engineer, senior-backend-engineer\n");
    assertThat(out()).isEmpty();

    assertThat(run("--format", "pdf")).isEqualTo(Main.USAGE);
    assertThat(err())
        .isEqualTo(
            "competency: Invalid value for option '--format': expected one "
                + "of [text, markdown, json] (case-insensitive) but was 'pdf'\n");

    assertThat(run("--catalogue", "frontend")).isEqualTo(Main.USAGE);
    assertThat(err())
        .isEqualTo(
            "competency: unknown catalogue 'frontend': no shipped catalogue has that id, and it "
                + "is not a file; shipped catalogues: senior-backend-engineer\n");

    assertThat(run("--role")).isEqualTo(Main.USAGE);
    assertThat(err()).startsWith("competency: Missing required parameter for option '--role'");
  }

  @Test
  void typosGetSuggestions() {
    assertThat(run("shwo")).isEqualTo(Main.USAGE);
    assertThat(err()).contains("'shwo'").contains("Did you mean: competency show?");
    assertThat(run("--rol", "x")).isEqualTo(Main.USAGE);
    assertThat(err()).contains("Unknown option").contains("Possible solutions: --role");
  }

  @Test
  void versionNamesTheProjectAndEveryCatalogue() {
    assertThat(run("--version")).isZero();
    assertThat(out())
        .startsWith("competency 0.1.0")
        .containsPattern("catalogue senior-backend-engineer \\d+\\.\\d+\\.\\d+");
    assertThat(CompetencyCommand.Version.projectVersion()).doesNotContain("${");
  }

  @Test
  void helpListsTheCommandsAndEachCommandHasItsOwn() {
    assertThat(run("--help")).isZero();
    assertThat(out())
        .contains("Usage: competency")
        .contains("show")
        .contains("list")
        .contains("validate")
        .contains("generate-completion")
        .contains("Exit codes");
    assertThat(run("show", "--help")).isZero();
    assertThat(out()).contains("--role=ID").contains("--format=FORMAT").contains("--catalogue");
    assertThat(run("validate", "--help")).isZero();
    assertThat(out()).contains("FILE...");
  }

  @Test
  void helpIsPlainTextEvenWhereColoursWouldBeOn() {
    String before = System.getProperty("picocli.ansi");
    System.setProperty("picocli.ansi", "true");
    try {
      assertThat(run("--help")).isZero();
      assertThat(out()).contains("Usage: competency").doesNotContain("\\u001B", "\u001B");
      assertThat(run("show", "--help")).isZero();
      assertThat(out()).contains("--role=ID").doesNotContain("\\u001B", "\u001B");
    } finally {
      if (before == null) {
        System.clearProperty("picocli.ansi");
      } else {
        System.setProperty("picocli.ansi", before);
      }
    }
  }

  @Test
  void generatesAShellCompletionScript() {
    assertThat(run("generate-completion")).isZero();
    assertThat(out()).contains("complete -F").contains("_picocli_competency");
  }

  @Test
  void listsTheCataloguesFoundAndGiven() {
    assertThat(run("list", EXAMPLE.toString())).isZero();
    assertThat(out().lines()).first().asString().startsWith("ID ").contains("VERSION");
    assertThat(out())
        .containsPattern("(?m)^senior-backend-engineer +\\S+ +\\d+ +\\d+ +shipped ")
        .containsPattern(
            "(?m)^platform-team +2\\.1\\.0 +4 +5 +\\S*platform-team\\.json +Platform team$");
  }

  @Test
  void listsTheRolesOfOneCatalogueByLevel() {
    assertThat(run("list", "--catalogue", EXAMPLE.toString())).isZero();
    assertThat(out())
        .containsPattern(
            "(?m)^senior-platform-engineer +Senior +platform +"
                + "staff-platform-engineer, engineering-manager +Senior Platform Engineer$");
    assertThat(out().indexOf("junior-platform-engineer "))
        .isLessThan(out().indexOf("staff-platform-engineer  "));
  }

  @Test
  void validateExitsZeroWhenAllAreValid() {
    assertThat(run("validate", SHIPPED.toString(), EXAMPLE.toString())).isZero();
    assertThat(out())
        .contains(SHIPPED + ": valid catalogue senior-backend-engineer")
        .contains(
            EXAMPLE
                + ": valid catalogue platform-team 2.1.0 (4 roles, 5 skills, "
                + "3 responsibilities)");
  }

  @Test
  void validatePrintsEveryProblemWithItsPositionAndExitsOne(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(
        broken,
        Files.readString(EXAMPLE)
            .replace("\"category\": \"languages\"", "\"category\": \"lingo\"")
            .replace("\"level\": \"staff\"", "\"level\": \"principal\""));
    assertThat(run("validate", EXAMPLE.toString(), broken.toString(), "missing.json"))
        .isEqualTo(Main.FAILURE);
    assertThat(out())
        .contains(EXAMPLE + ": valid catalogue")
        .contains(
            broken
                + ": invalid catalogue, 3 problems\n"
                + "  skills[0].category: unknown category 'lingo'; known: languages, operations, "
                + "people (line ")
        .containsPattern(
            "roles\\[2\\]\\.level: unknown level 'principal'; known: junior, "
                + "senior, staff \\(line \\d+, column \\d+\\)")
        .contains("missing.json: no such file");
  }

  @Test
  void anInvalidCatalogueFileGivenToShowIsExitOneWithItsProblems(@TempDir Path dir)
      throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"format\": \"competency-catalogue/1\"}");
    assertThat(run("show", "--catalogue", broken.toString())).isEqualTo(Main.FAILURE);
    assertThat(err())
        .startsWith("competency: " + broken + ": invalid catalogue: 4 problems")
        .contains("missing required field 'id'");
  }

  @Test
  void exportsToCaseAndBackGivesTheShippedCatalogue(@TempDir Path dir) throws IOException {
    assertThat(run("export", "--format", "case")).isZero();
    Path exported = dir.resolve("senior.case.json");
    Files.writeString(exported, out());
    assertThat(out()).startsWith("{\n  \"CFDocument\": {");
    assertThat(run("import", "--from", "CASE", exported.toString())).isZero();
    assertThat(out()).isEqualTo(Files.readString(SHIPPED));
    assertThat(err()).contains("with 0 warnings");
  }

  @Test
  void exportsSkillsAsRichSkillDescriptorsAndImportsThemBack(@TempDir Path dir) throws IOException {
    assertThat(run("export", "--format", "rsd", "--catalogue", EXAMPLE.toString())).isZero();
    Path exported = dir.resolve("skills.rsd.json");
    Files.writeString(exported, out());
    assertThat(out()).contains("\"RichSkillDescriptor\"");
    assertThat(run("import", "--from", "rsd", exported.toString())).isZero();
    assertThat(out()).contains("\"name\": \"Kubernetes\"");
  }

  @Test
  void importListsWhatCouldNotBeMappedAndRefusesBrokenInput(@TempDir Path dir) throws IOException {
    Path sample =
        Path.of(
            "../competency-interchange/src/test/resources/opensalt/"
                + "opensalt-sample-framework.json");
    assertThat(run("import", "--from", "case", sample.toString())).isZero();
    assertThat(err())
        .contains("4 categories, 12 skills")
        .contains("with 30 warnings")
        .contains("CFItems[0] (");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"CFDocument\": 7}");
    assertThat(run("import", "--from", "case", broken.toString())).isEqualTo(Main.FAILURE);
    assertThat(err()).startsWith("competency: " + broken + ": cannot import as case: ");
    assertThat(run("import", "--from", "xml", broken.toString())).isEqualTo(Main.USAGE);
    assertThat(run("export", "--format", "xml")).isEqualTo(Main.USAGE);
    assertThat(err())
        .isEqualTo("competency: unknown format 'xml'; valid formats: case, rsd, xlsx, csv\n");
  }

  @Test
  void showsARoleInAnotherLanguageWithFallback() {
    assertThat(run("--lang", "de-CH")).isZero();
    assertThat(out())
        .startsWith("SENIOR BACKEND ENGINEER\nKompetenzen für Senior Backend")
        .contains("Systementwicklung: Serverseitige Logik entwerfen und bauen")
        .contains("Scale: Grundwissen < Anwendung nach Vorlage");
    assertThat(run("--lang", "fr")).isEqualTo(Main.USAGE);
    assertThat(err())
        .isEqualTo(
            "competency: no translation of 'senior-backend-engineer' into "
                + "'fr'; languages: en, de\n");
    assertThat(run("--lang", "en")).isZero();
    assertThat(out()).contains("Senior backend engineer competencies");
    assertThat(run("--lang", "not a tag")).isEqualTo(Main.USAGE);
  }

  static final Path ACME = Path.of("../examples/overlays/acme-backend.json");

  @Test
  void showsTheShippedCatalogueWithACompanysOverlay() {
    assertThat(run("show", "--overlay", ACME.toString(), "--role", "payments-backend-engineer"))
        .isZero();
    assertThat(out())
        .startsWith("PAYMENTS BACKEND ENGINEER\n")
        .contains("Backend programming, Kotlin, SQL, PostgreSQL, Data integrity");
    assertThat(run("--overlay", ACME.toString(), "--lang", "de")).isZero();
    assertThat(out())
        .as("the overlay's texts stay English, the rest is German")
        .contains("Kotlin")
        .contains("Systementwicklung");
  }

  @Test
  void diffStatesWhatAnOverlayChangesWithRequirementsAsSteps() {
    assertThat(run("diff", "senior-backend-engineer", "--overlay", ACME.toString())).isZero();
    assertThat(out())
        .startsWith(
            "differences from senior-backend-engineer 3.0.0 to "
                + "senior-backend-engineer 3.0.0: 4 items\n")
        .contains("+ skills.kotlin\n")
        .contains(
            "    groups.database-system.options.postgresql.proficiency: practitioner -> (none)\n")
        .contains("    requirements.postgresql.proficiency: (none) -> expert\n")
        .contains("+ roles.payments-backend-engineer\n");
    assertThat(run("diff", "senior-backend-engineer", "senior-backend-engineer")).isZero();
    assertThat(out()).startsWith("no differences");
    assertThat(
            run(
                "diff",
                "senior-backend-engineer",
                "--overlay",
                ACME.toString(),
                "--format",
                "json"))
        .isZero();
    assertThat(out())
        .startsWith("{\n  \"format\": \"competency-diff/1\",")
        .contains("\"change\": \"added\"");
    assertThat(run("diff", "senior-backend-engineer")).isEqualTo(Main.USAGE);
  }

  @Test
  void validateTellsTheFormatsApartAndChecksOverlaysAgainstTheirBase(@TempDir Path dir)
      throws IOException {
    Path german =
        Path.of(
            "../competency-senior-backend/src/main/resources/translations/"
                + "senior-backend-engineer.de.json");
    assertThat(run("validate", ACME.toString(), german.toString())).isZero();
    assertThat(out())
        .contains(
            "valid overlay acme-backend of senior-backend-engineer (applies "
                + "to the shipped 3.0.0)")
        .contains("valid translation of senior-backend-engineer into " + "de, 670 texts");
    Path broken = dir.resolve("broken-overlay.json");
    Files.writeString(
        broken, Files.readString(ACME).replace("\"level\": \"mid\"", "\"level\": \"middle\""));
    assertThat(run("validate", broken.toString())).isEqualTo(Main.FAILURE);
    assertThat(out())
        .isEqualTo(
            broken
                + ": invalid overlay, 1 problem\n"
                + "  add.roles[0].level: unknown level 'middle'; known: junior, mid, senior (line 28, "
                + "column 9)\n");
  }

  static final Path ALEX = Path.of("../examples/profiles/alex-kim.json");

  @Test
  void assessesTheSampleProfileAgainstTheSeniorRoleByDefault() {
    assertThat(run("assess")).isZero();
    String sample = out();
    assertThat(sample)
        .startsWith("ASSESSMENT OF ALEX KIM (ALEX-KIM) AGAINST SENIOR BACKEND " + "ENGINEER\n")
        .containsPattern("proportional +0\\.\\d\\d")
        .contains("GAPS, MOST USEFUL FIRST")
        .contains("Caching: self Expert, manager Working " + "knowledge")
        .contains(
            "NEXT STEPS FROM JUNIOR BACKEND ENGINEER\n  Mid-level Backend "
                + "Engineer: readiness");
    assertThat(run("assess", ALEX.toString())).isZero();
    assertThat(out()).as("the sample ships in the jar and in examples/").isEqualTo(sample);
    assertThat(run("assess", "--role", "mid-level-backend-engineer", "--format", "json")).isZero();
    assertThat(out())
        .startsWith("{\n  \"format\": \"competency-assessment/1\",")
        .contains("\"role\": \"mid-level-backend-engineer\"");
  }

  @Test
  void ranksAFolderOrAJsonLinesFileOfProfiles() {
    assertThat(run("assess", "--rank", "../examples/profiles/team", "--top", "2")).isZero();
    assertThat(out())
        .startsWith(
            "Top 2 of 5 profiles for Senior Backend Engineer, by " + "proportional readiness:")
        .containsPattern("(?m)^1 +\\S+ +0\\.\\d\\d ");
    String folder = out();
    assertThat(run("assess", "--rank", "../examples/profiles/team.jsonl", "--top", "2")).isZero();
    assertThat(out()).isEqualTo(folder);
    assertThat(run("assess", "--rank", "../examples/profiles/team", "--top", "0"))
        .isEqualTo(Main.USAGE);
  }

  @Test
  void rankingReportsEachBadLineByNumberGoesOnAndExitsOneAfterTheRanking(@TempDir Path dir)
      throws IOException {
    java.util.List<String> lines =
        new java.util.ArrayList<>(Files.readAllLines(Path.of("../examples/profiles/team.jsonl")));
    String good = lines.get(0);
    lines.add(1, "not json at all");
    lines.add(2, "");
    lines.add(
        3,
        good.replaceFirst("\"id\": ?\"[^\"]+\"", "\"id\": \"E10442\"")
            .replaceFirst("\"skill\": ?\"python\"", "\"skill\": \"pyhton\""));
    lines.add("x".repeat(ProfileLines.MAX_BYTES + 1));
    Path file = dir.resolve("people.jsonl");
    Files.write(file, lines);

    assertThat(run("assess", "--rank", file.toString(), "--top", "3")).isEqualTo(Main.FAILURE);
    assertThat(out())
        .startsWith(
            "Top 3 of 5 profiles for Senior Backend Engineer, by proportional readiness"
                + " (3 set aside):");
    assertThat(err())
        .contains(file + ":2: unreadable profile: 1 problem")
        .contains(file + ":4: profile 'E10442' set aside: 1 problem")
        .contains("has no skill 'pyhton'; did you mean 'python'?")
        .contains(file + ":" + (lines.size()) + ": unreadable profile")
        .contains("a profile to rank has at most " + ProfileLines.MAX_BYTES + " bytes")
        .endsWith("competency: set aside 3 profiles of 8; each is reported above\n");

    assertThat(run("assess", "--rank", file.toString(), "--top", "2", "--format", "json"))
        .isEqualTo(Main.FAILURE);
    JsonNode json = JsonMapper.builder().build().readTree(out());
    assertThat(json.get("format").asString()).isEqualTo("competency-assessment/1");
    assertThat(json.get("ranked").asInt()).isEqualTo(5);
    assertThat(json.get("top")).hasSize(2);
    JsonNode setAside = json.get("setAside");
    assertThat(setAside).hasSize(3);
    assertThat(setAside.get(1).get("where").asString()).isEqualTo(file + ":4");
    assertThat(setAside.get(1).get("profile").asString()).isEqualTo("E10442");
    assertThat(setAside.get(0).get("problems").get(0).has("line")).isTrue();
  }

  @Test
  void aGapReportShowsGroupsOnceWithTheirClosestOptionsNotesAndWarnings(@TempDir Path dir)
      throws IOException {
    Path late = dir.resolve("late.json");
    Files.writeString(
        late,
        Files.readString(ALEX)
            .replaceFirst("\"date\": \"2026-10-28\"", "\"date\": \"2027-01-05\""));
    assertThat(run("assess", late.toString())).isZero();
    assertThat(out())
        .contains("WARNINGS (1)\n  ratings[0].date: the rating is dated 2027-01-05")
        .contains("  A backend programming language     0 of 1 met         -> 1 of 4")
        .contains(
            "      One of Java, C#, Python or Node.js\n      Closest: Python: Practitioner -> Expert")
        .contains("      Note: The language the team works in.")
        .doesNotContain("requirements not met\n  Java ")
        .doesNotContainPattern("(?m)^  (Java|C#|Node\\.js) ");
    assertThat(run("assess", late.toString(), "--format", "markdown")).isZero();
    assertThat(out())
        .contains("## Warnings\n\n- `ratings[0].date`: the rating is dated 2027-01-05")
        .contains(
            "| A backend programming language: One of Java, C\\#, Python or Node.js | 0 of 1 met"
                + " | 1 of 4 | closest: Python (below by 1 step) | essential | The language the"
                + " team works in. |");
    assertThat(run("assess", late.toString(), "--format", "json")).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(out());
    assertThat(json.get("warnings").get(0).get("path").asString()).isEqualTo("ratings[0].date");
    JsonNode language = json.get("groups").get(0);
    assertThat(language.get("group").asString()).isEqualTo("backend-language");
    assertThat(language.get("closest").get(0).asString()).isEqualTo("python");
    assertThat(language.get("options")).hasSize(4);
    assertThat(json.get("gaps").findValuesAsString("group")).contains("backend-language");
    assertThat(json.get("gaps").findValuesAsString("skill")).doesNotContain("java", "python");
    assertThat(run("validate", late.toString())).isZero();
    assertThat(out()).contains(", 1 warning").contains("  warning: ratings[0].date: ");
  }

  @Test
  void aBrokenProfileIsEveryProblemWithItsPosition(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(
        broken,
        Files.readString(ALEX)
            .replaceFirst("\"skill\": \"python\"", "\"skill\": \"cobol\"")
            .replaceFirst("\"proficiency\": \"working\"", "\"proficiency\": \"guru\""));
    assertThat(run("assess", broken.toString())).isEqualTo(Main.FAILURE);
    assertThat(err())
        .startsWith("competency: " + broken + ": invalid profile 'alex-kim': 2 problems")
        .containsPattern("ratings\\[1\\]\\.skill: .*'cobol'.* \\(line \\d+, column \\d+\\)")
        .contains("'guru'");
    assertThat(run("validate", broken.toString(), ALEX.toString())).isEqualTo(Main.FAILURE);
    assertThat(out())
        .contains(broken + ": invalid profile, 2 problems")
        .contains(ALEX + ": valid profile alex-kim against senior-backend-engineer 3.0.0");
  }
}
