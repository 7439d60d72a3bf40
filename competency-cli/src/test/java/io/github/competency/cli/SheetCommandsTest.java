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

/** The command line over spreadsheets: ratings in, results and catalogues out and back. */
class SheetCommandsTest {

  static final Path SHEET = Path.of("../examples/sheets/team-ratings.csv");

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
  void aDryRunOfTheSampleSheetFindsNoProblem() {
    assertThat(run("assess", "--ratings", SHEET.toString(), "--dry-run")).isZero();
    assertThat(out())
        .isEqualTo(SHEET + ": wide layout, 40 rows, 20 people, 633 ratings\nno problems\n");
  }

  @Test
  void aSheetWithMistakesListsEveryOneAtItsCellAndExitsOne(@TempDir Path dir) throws IOException {
    Path sheet = dir.resolve("mistakes.csv");
    Files.writeString(
        sheet,
        "Person ID;Name;Skill;Rating;Rater kind;Date\n"
            + "E1;Ada;Postgress;3;manager;2026-11-30\n"
            + "E1;Ada;Java;Expret;manager;2026-11-30\n",
        StandardCharsets.UTF_8);
    assertThat(run("assess", "--ratings", sheet.toString(), "--dry-run")).isEqualTo(1);
    assertThat(out())
        .contains("2 problems:")
        .contains("  line 2, field 3: 'Postgress' is not a skill")
        .contains("  line 3, field 4: unknown rating 'Expret' (did you mean 'Expert'?)");
    assertThat(run("assess", "--ratings", sheet.toString())).isEqualTo(1);
    assertThat(err()).startsWith("competency: " + sheet + ": invalid sheet: 2 problems");
  }

  @Test
  void theTeamOfASheetAndOnePersonOfIt() {
    assertThat(run("assess", "--ratings", SHEET.toString())).isZero();
    assertThat(out()).contains("PERSON  NAME").contains("E10258  Søren Ødegaard");
    assertThat(out().lines().count()).isEqualTo(23);
    assertThat(run("assess", "--ratings", SHEET.toString(), "--person", "E10258")).isZero();
    assertThat(out()).startsWith("ASSESSMENT OF SØREN ØDEGAARD (E10258) AGAINST SENIOR");
    assertThat(run("assess", "--ratings", SHEET.toString(), "--person", "E99999")).isEqualTo(1);
    assertThat(err()).contains("no person 'E99999'; the sheet's people are E10231, E10244");
  }

  @Test
  void rankingASheetWritesTheTopAndTheResultsToAFile(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("top.csv");
    assertThat(run("assess", "--rank", SHEET.toString(), "--top", "3", "--out", csv.toString()))
        .isZero();
    assertThat(out()).startsWith("Top 3 of 20 people in " + SHEET).contains("\n1  E10415");
    assertThat(Files.readString(csv, StandardCharsets.UTF_8))
        .startsWith("\uFEFFrank,person,name,current role,readiness (proportional)")
        .contains("E10415,Rahul Mehta,Senior Backend Engineer,");
    Path xlsx = dir.resolve("team.xlsx");
    assertThat(run("assess", "--ratings", SHEET.toString(), "--out", xlsx.toString())).isZero();
    byte[] workbook = Files.readAllBytes(xlsx);
    assertThat(workbook[0]).isEqualTo((byte) 'P');
  }

  @Test
  void mappingOptionsReadAnotherSheetsColumns(@TempDir Path dir) throws IOException {
    Path sheet = dir.resolve("de.csv");
    Files.writeString(
        sheet,
        "Mitarbeiter;Kompetenz;Stufe;Abteilung\nE1;Java;A;Plattform\nE1;SQL;0;Plattform\n",
        StandardCharsets.UTF_8);
    Path mapping = dir.resolve("mapping.txt");
    Files.writeString(
        mapping,
        "column.person-id = Mitarbeiter\ncolumn.skill = Kompetenz\ncolumn.rating = Stufe\n"
            + "rating.A = expert\nrating.0 =\n",
        StandardCharsets.UTF_8);
    assertThat(
            run(
                "assess",
                "--ratings",
                sheet.toString(),
                "--mapping",
                mapping.toString(),
                "--ignore-column",
                "Abteilung",
                "--assessed-on",
                "2026-11-30",
                "--dry-run"))
        .isZero();
    assertThat(out()).contains("long layout, 2 rows, 1 person, 1 ratings");
  }

  @Test
  void everyExportFormatWritesAndAnUnknownOneNamesThemAll(@TempDir Path dir) throws IOException {
    for (String format : new String[] {"case", "rsd", "csv", "xlsx"}) {
      Path file = dir.resolve("catalogue." + format);
      assertThat(run("export", "--format", format, "--output", file.toString()))
          .as(format)
          .isZero();
      assertThat(Files.size(file)).as(format).isGreaterThan(1000);
    }
    assertThat(run("export", "--format", "xlsx")).isEqualTo(2);
    assertThat(err()).contains("give --output FILE.xlsx");
    assertThat(run("export", "--format", "ods")).isEqualTo(2);
    assertThat(err()).contains("valid formats: case, rsd, xlsx, csv");
  }

  @Test
  void aCatalogueWorkbookImportsBackToTheSameJson(@TempDir Path dir) throws IOException {
    Path xlsx = dir.resolve("catalogue.xlsx");
    assertThat(run("export", "--format", "xlsx", "--output", xlsx.toString())).isZero();
    assertThat(run("import", "--from", "xlsx", xlsx.toString())).isZero();
    assertThat(out()).isEqualTo(Files.readString(MainTest.SHIPPED, StandardCharsets.UTF_8));
    Path broken = dir.resolve("broken.xlsx");
    Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0});
    assertThat(run("import", "--from", "xlsx", broken.toString())).isEqualTo(1);
    assertThat(err()).contains("cannot import as xlsx").contains("damaged or incomplete");
  }
}
